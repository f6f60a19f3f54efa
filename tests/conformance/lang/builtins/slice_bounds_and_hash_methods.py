import sys
l = [1, 2, 3, 2]
t = (1, 2, 3, 2)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for args in [(2,), (2, 2), (2, -2), (2, 0, sys.maxsize), (2, -sys.maxsize, sys.maxsize), (2, 10**30), (2, -10**30, 10**30),
             (2, I(2)), (3, 0, I(-1)), (3, 0, -1), (1, 1), (2, 0, 1)]:
    for seq in (l, t):
        try:
            print(type(seq).__name__, [a if not isinstance(a, I) else "I(%d)" % a.v for a in args], seq.index(*args))
        except Exception as e:
            print(type(seq).__name__, type(e).__name__, e)
for seq in (l, t):
    for bad in ('a', 1.5, None):
        try:
            seq.index(2, bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        seq.index()
    except TypeError as e:
        print(e)
    try:
        seq.index(1, 2, 3, 4)
    except TypeError as e:
        print(e)
for b in (b'abcb', bytearray(b'abcb')):
    print(b.count(b'b', 0, sys.maxsize), b.find(b'b', -sys.maxsize), b.index(b'c', 0, 10**40), b.rfind(b'b', None, None), b.startswith(b'a', -10**30))
    for bad in ('x', 1.5):
        try: b.find(b'b', bad)
        except TypeError as e: print(e)
f = frozenset({1, 2, 3})
print(hash(f) == f.__hash__(), hash(frozenset()) == frozenset().__hash__())
for v in (1, -1, 2**61, 2**64 + 5, -7, 1.5, -0.0, float('inf'), 'abc', b'xy', (1, 'a'), frozenset('ab'), None, True):
    print(type(v).__name__, hash(v) == type(v).__hash__(v), hash(v) == v.__hash__())
for c in (3+4j, 1j, -2.5+0j, complex(2**60, -1)):
    print(hash(c), c.__hash__() == hash(c), complex.__hash__(c) == hash(c))
from collections import deque
d = deque(range(5))
print(d.index(3, 0, sys.maxsize), d.index(4, -10**30, 10**30), 'abcb'.rfind('b', -sys.maxsize, 10**40))
for f in (lambda: 'abc'.find('b', 'x'), lambda: 'abc'.count('b', 1.5), lambda: d.index(1, 'x')):
    try:
        f()
    except TypeError as e:
        print(e)
