# dict.fromkeys over an exact dict or set reuses the stored hashes (no __hash__ calls) and
# presizes the table, as CPython's _PyDict_FromKeys; other iterables hash each key.
import sys


class H:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        H.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, H) and other.v == self.v


d = dict.fromkeys(map(H, range(10)))
print('made', H.calls)
for src in (d, set(d), frozenset(d), list(d), tuple(d)):
    before = H.calls
    r = dict.fromkeys(src, 0)
    print(type(src).__name__, H.calls - before, len(r), sys.getsizeof(r))
for src in ({i: 0 for i in range(10)}, set(range(100)), {str(i): 1 for i in range(20)}, set(), {}, range(30)):
    r = dict.fromkeys(src, 5)
    print(type(src).__name__, len(r), sys.getsizeof(r), list(r)[:3])


class D(dict):
    pass


r = D.fromkeys({1, 2}, 'x')
print(type(r).__name__, r, sys.getsizeof(r))
