# The references Python code can see during subscription: a class's __getitem__ /
# __setitem__, a key's __hash__ inside a dict store (3.11 takes the references before
# hashing), augmented assignment's extra stack copies, and __index__ for list indexes.
import sys


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print('hash refs', sys.getrefcount(self))
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v

    def __index__(self):
        print('index refs', sys.getrefcount(self))
        return self.v


class C:
    def __getitem__(self, k):
        print('getitem refs', sys.getrefcount(self), sys.getrefcount(k))
        return 1000

    def __setitem__(self, k, v):
        print('setitem refs', sys.getrefcount(self), sys.getrefcount(k), sys.getrefcount(v))


def f():
    c = C()
    k = K(1)
    lst = [10, 20, 30]
    d = {}
    c[k]
    c[k] = k
    c[k] += 1
    d[k] = 5
    print(d[k])
    d[k] += 1
    print(d[k])
    print(lst[k], lst[-1], lst[1])
    lst[k] = 7
    lst[-1] += 5
    print(lst, lst[K(0):K(2)])
    t = (1, 2, 3)
    print(t[0], t[-3], t[k])
    for bad in (3, -4, 2**40, K(9)):
        try:
            lst[bad]
        except IndexError as e:
            print('IndexError:', e)
        try:
            lst[bad] = 1
        except IndexError as e:
            print('IndexError:', e)
    try:
        t[5]
    except IndexError as e:
        print('IndexError:', e)
    try:
        lst['x']
    except TypeError as e:
        print('TypeError:', e)
    print(lst[True], lst[False], 'abc'[1], 'abc'[-1])
    counts = {}
    for w in 'a b a c b a'.split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)


f()
d = {}
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
print(d)
