import pprint, reprlib, textwrap, shlex
data = {'users': [{'name': 'alice', 'roles': ['admin', 'dev'], 'meta': {'age': 30, 'langs': ('py', 'js', 'go')}},
                  {'name': 'bob', 'roles': [], 'meta': {'age': 25, 'langs': ()}}],
        'count': 2, 'zeta': list(range(30)), 'alpha': {'x': {'y': {'z': {'w': 1}}}}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat(list(range(50)), width=30, compact=True))
pprint.pp({'b': 1, 'a': 2})
print(pprint.pformat('x' * 100, width=40))
print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr({i: i for i in range(20)}))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(r.repr([1, 2, 3, 4, 5]), r.repr('abcdefghijklmnop'), r.repr(set(range(10))))
text = """    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor
    incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam."""
d = textwrap.dedent(text)
print(d)
print(textwrap.fill(d, width=30))
print(textwrap.wrap(d, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(d, width=40, placeholder=' [...]'))
print(textwrap.indent('a\n\nb\n', '> '))
print(textwrap.indent('a\n\nb\n', '> ', lambda l: True))
print(shlex.split('ls -la "my file.txt" \'x y\' a\\ b # c'), shlex.split('a #b', comments=True))
print(shlex.quote("it's"), shlex.join(['a b', 'c']))
class R:
    def __init__(self, n): self.n = n
    @reprlib.recursive_repr()
    def __repr__(self): return f'R({self.n}, {self.child!r})'
x = R(1); x.child = x
print(repr(x))
