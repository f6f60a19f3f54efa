# re: findall, finditer, sub/subn (templates, functions, counts), split, escape, empty matches.
import re

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2 c'), re.findall(r'(a)|b', 'ab'))
print([m.span() for m in re.finditer(r'x*', 'abxd')], [m.group() for m in re.finditer(r'\w+', 'a bc d')])
print(re.findall('', 'abc'), re.findall(r'\b', 'ab cd'), re.findall('a|', 'bab'), re.findall(r'x?', 'xax'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site bob@x'), re.sub('', '-', 'abc'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'), re.sub('a', r'\n\t\\', 'xay'), re.sub('a', '\\.', 'a'))
print(re.subn('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1), re.subn('z', 'y', 'abc'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub(r'(\d+)', r'\1\1', 'x12y3'), re.sub(r'(\d)', r'\g<1>0', 'x1'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\b', 'a b'), re.split('x*', 'axbc'))
print(re.split(r'[,;]', 'a,b;c', maxsplit=1), re.split('(a)|(b)', 'xaybz'), re.split('z', 'abc'), re.split('a', ''))
print(re.escape('a.b*c?d'), re.escape('hello world_1'), re.escape(b'a.b+'), re.escape('é-[x]'))
p = re.compile(r'(?P<k>\w+)=(?P<v>\w+)')
print(p.sub(r'\g<v>=\g<k>', 'a=1, b=2'), p.findall('a=1, b=2'), [m.groupdict() for m in p.finditer('x=y z=w')])
print(p.split('a=1;b=2'), p.subn(lambda m: m.group('k').upper(), 'a=1 b=2'))
print(re.sub(b'a', b'\\n-', b'bab'), re.sub(b'(a)', lambda m: m.group(1) * 2, b'aba'))
for repl in [r'\3', r'\g<x>', r'\g<', r'\g<1', r'\q', '\\']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
words = re.findall(r"[A-Za-z']+", "It's the end of the world as we know it")
print(words, len(words))
log = '2024-01-02 ERROR disk full\n2024-01-03 INFO ok\n2024-01-04 ERROR cpu hot'
for m in re.finditer(r'^(\S+) ERROR (.*)$', log, re.M):
    print(m.group(1), '->', m.group(2), m.span())
print(re.sub(r'\s+', ' ', '  a \t b\n\nc  ').strip(), re.sub(r'(?m)^', '> ', 'l1\nl2'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseName').lower())
re.purge()
print(re.compile('x'))
