import pprint, io, re, collections, dataclasses, types, sys
def show(s): print(re.sub(r'id=\d+', 'id=N', s))
data = {
    'name': 'pymm', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': {'d': {'e': {'f': 'deep'}}}},
    'tuple1': (1,), 'empty': [], 'emptyd': {}, 'emptyt': (), 'set': {3, 1, 2}, 'fs': frozenset({'x', 'y'}), 'none': None,
    'long string': 'The quick brown fox jumps over the lazy dog. ' * 4, 'multi': 'line one\nline two\n\nline four that is rather long and goes on and on and on past the width',
    'bytes': bytes(range(40)), 'ba': bytearray(b'hello world, this is a bytearray of some length!!'), 42: 'int key', (1, 2): 'tuple key',
    'floats': [1.5, 2.25, 1e100, float('inf')], 'bignum': 123456789012345678901234567890,
}
for w in (80, 40, 20, 1):
    show(pprint.pformat(data, width=w))
    show(pprint.pformat(data, width=w, sort_dicts=False))
show(pprint.pformat(data, indent=4, width=60))
show(pprint.pformat(data, indent=0, width=60))
show(pprint.pformat(data, depth=1)); show(pprint.pformat(data, depth=2, width=50))
show(pprint.pformat(list(range(100)), compact=True)); show(pprint.pformat(list(range(100)), width=30, compact=True, indent=3))
show(pprint.pformat([['ab'] * 10, 'x' * 30, ('y',) * 8] * 3, compact=True, width=40))
show(pprint.pformat(123456789, underscore_numbers=True)); show(pprint.pformat([10**12, 3], underscore_numbers=True))
r = [1, 2]; r.append(r); d = {'self': None}; d['self'] = d; t = ([],); t[0].append(t)
for obj in (r, d, t):
    show(pprint.pformat(obj)); show(pprint.saferepr(obj)); print(pprint.isrecursive(obj), pprint.isreadable(obj))
    show(pprint.pformat([obj] * 3, width=20))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()), pprint.isreadable({1: len}), pprint.isrecursive([1]))
print(pprint.saferepr({'b': 1, 'a': [3, 2]}), pprint.saferepr('x' * 100))
od = collections.OrderedDict((str(i) * 5, i) for i in range(12))
dd = collections.defaultdict(list, {k: [k] * 6 for k in 'abcdef'})
ct = collections.Counter('abracadabra alakazam hocus pocus simsalabim')
cm = collections.ChainMap({'a': list(range(10))}, {'b': list(range(20, 35))}, {'c': 'z' * 40})
dq = collections.deque(range(40)); dq2 = collections.deque(range(40), maxlen=50)
for obj in (od, dd, ct, cm, dq, dq2, collections.OrderedDict(), collections.defaultdict(int), collections.Counter(), collections.deque(), collections.ChainMap()):
    show(pprint.pformat(obj)); show(pprint.pformat(obj, width=30))
ns = types.SimpleNamespace(alpha=list(range(15)), beta='b' * 30, gamma={'k': 'v' * 20})
show(pprint.pformat(ns)); show(pprint.pformat(ns, width=40))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default='zed', repr=False)
@dataclasses.dataclass
class Line:
    start: Point
    end: Point
    label: str
ln = Line(Point(1, list(range(12))), Point(2, list(range(20, 32))), 'a label that is long enough to wrap')
show(pprint.pformat(ln)); show(pprint.pformat(ln, width=40)); show(pprint.pformat([ln], depth=1))
class MyDict(dict): pass
class MyList(list):
    def __repr__(self): return 'MyList!'
show(pprint.pformat(MyDict({i: 'v' * 10 for i in range(8)}))); show(pprint.pformat(MyList(range(50))))
show(pprint.pformat({'k': MyList([1])}, width=5))
class Big:
    def __repr__(self): return '<Big ' + 'x' * 90 + '>'
show(pprint.pformat([Big(), Big()])); print(pprint.isreadable(Big()))
s = io.StringIO(); pprint.pprint({'z': 1, 'a': 2}, stream=s); print(repr(s.getvalue()))
pprint.pprint(data, width=50); pprint.pp({'z': 1, 'a': 2, 'm': list(range(40))}); pprint.pp({'z': 1, 'a': 2}, sort_dicts=True)
p = pprint.PrettyPrinter(indent=2, width=30, depth=3); p.pprint(data['nested']); print(p.pformat([[[[1]]]]), p.isrecursive(r), p.isreadable([1]))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'indent': 'x'}):
    try: pprint.PrettyPrinter(**kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
show(pprint.pformat('short')); show(pprint.pformat('a' * 100)); show(pprint.pformat(['a b c d e f g h ' * 8]))
show(pprint.pformat('word ' * 30, width=30)); show(pprint.pformat({'k': 'word ' * 30}, width=30)); show(pprint.pformat(''))
show(pprint.pformat(b'abcdefgh' * 12)); show(pprint.pformat([b'\x00\xff' * 30], width=30)); show(pprint.pformat(b'abc')); show(pprint.pformat(bytearray(b'xy' * 60)))
show(pprint.pformat({1: 'a', 'b': 2, None: 3, (1,): 4, 2.5: 5}))
show(pprint.pformat({3, 'a', 1.5, (1, 2), None, frozenset([1])}, width=20))
show(pprint.pformat(set(range(40)))); show(pprint.pformat(frozenset(range(40))))
class S(set): pass
show(pprint.pformat(S(range(30))))
show(pprint.pformat((1,) * 1)); show(pprint.pformat(((1, 2, 3) * 10,), width=20)); show(pprint.pformat(('x' * 40,), width=30))
show(pprint.pformat([{'a': 1, 'b': [1, 2, 3]}] * 4, width=25))
print(pprint.__all__)
class PP(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str): return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)
PP(width=20).pprint(['abc', 'def', ['ghi'] * 5])
