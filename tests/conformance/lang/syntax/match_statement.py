import sys
from dataclasses import dataclass
from enum import Enum
from collections import deque, OrderedDict, defaultdict
from collections.abc import Sequence, Mapping

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class P2:
    __match_args__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b

def describe(v):
    match v:
        case None: return 'none'
        case True: return 'true'
        case 0 | 1 as small: return f'small {small}'
        case -5: return 'minus five'
        case 2.5: return 'float'
        case 'hi' | b'hi': return 'greeting'
        case Color.RED: return 'red'
        case Point(x=0, y=0): return 'origin'
        case Point(0, y): return f'on y {y}'
        case Point(x, y) if x == y: return f'diag {x}'
        case Point(): return 'point'
        case P2(a, b=3): return f'p2 {a}'
        case [] : return 'empty seq'
        case [x]: return f'one {x}'
        case [1, *rest]: return f'starts 1 rest {rest}'
        case [x, *_, y]: return f'ends {x} {y}'
        case (a, b, c) if a > 100: return 'big tuple'
        case {'type': 'circle', 'r': r}: return f'circle {r}'
        case {'type': t, **others}: return f'typed {t} {others}'
        case {}: return 'mapping'
        case str() as s: return f'str {s!r}'
        case int(n) | float(n): return f'number {n}'
        case _: return 'other'

tests = [None, True, 0, 1, -5, 2.5, 'hi', b'hi', Color.RED, Color.GREEN, Point(0, 0), Point(0, 3), Point(4, 4), Point(1, 2),
         P2(1, 3), P2(1, 2), [], [7], [1, 2, 3], [5, 6, 7], (200, 1, 2), (1, 2, 3), {'type': 'circle', 'r': 2},
         {'type': 'sq', 'w': 1, 'h': 2}, {'a': 1}, 'text', 42, 3.5, deque([1, 9]), range(3), OrderedDict(type='x'),
         defaultdict(int), (x for x in []), {1, 2}, False, 1.0]
for t in tests:
    print(describe(t) if not hasattr(t, '__next__') else describe(t)[:5])

def cmd(command):
    match command.split():
        case [('go' | 'move') as verb, ('north' | 'south') as d]:
            return f'{verb} {d}'
        case ['drop', *objs] if objs:
            return f'drop {objs}'
        case ['quit' | 'exit']:
            return 'bye'
        case [_, _, *_]:
            return 'long'
        case _:
            return 'unknown'
for c in ['go north', 'move south', 'drop a b', 'drop', 'quit', 'exit', 'a b c', 'x']:
    print(c, '->', cmd(c))

class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
match MySeq(1, 2):
    case [a, b]: print('myseq', a, b)
match MyMap(k=3):
    case {'k': v}: print('mymap', v)
match 5:
    case x if x > 10: print('no')
    case y: print('captured', y)
print(x if 'x' in dir() else 'x unbound', y)

# errors at run time
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print('TypeError', e)
try:
    match 3:
        case int(1, 2): pass
except TypeError as e: print('TypeError', e)
class BadMA:
    __match_args__ = ['a']
try:
    match BadMA():
        case BadMA(1): pass
except TypeError as e: print('TypeError', e)
K1 = 'a'
class NS: K = 'a'
try:
    match {'a': 1}:
        case {'a': 1, NS.K: 2}: pass
except Exception as e: print(type(e).__name__, e)
notaclass = 3
try:
    match 3:
        case notaclass(): pass
except TypeError as e: print('TypeError', e)
# nested and as
match {'points': [Point(1, 2), Point(3, 4)]}:
    case {'points': [Point(x=x1), Point(y=y2) as second]}:
        print(x1, y2, second)
# match in a loop with break/continue
for i in range(5):
    match i:
        case 1: continue
        case 3: break
        case _: print('loop', i)
def gen():
    for v in [1, 'a', [1, 2]]:
        match v:
            case int(): yield 'int'
            case str(): yield 'str'
            case [*items]: yield f'list of {len(items)}'
print(list(gen()))
print(sys.getrefcount(Point(1, 2)) > 0)
