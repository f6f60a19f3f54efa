# Copies of an instance __dict__: .copy() stays split, dict() and {**d} are combined.
import copy
import sys


class Item:
    def __init__(self, a, b):
        self.a = a
        self.b = b


it = Item(1, 2)
d = it.__dict__
print('dict:', sys.getsizeof(d))
print('copy():', sys.getsizeof(d.copy()))
print('copy.copy:', sys.getsizeof(copy.copy(d)))
print('dict(d):', sys.getsizeof(dict(d)))
print('{**d}:', sys.getsizeof({**d}))
u = {}
u.update(d)
print('update into {}:', sys.getsizeof(u))
c = d.copy()
c['c'] = 3
print('copy with new key:', sys.getsizeof(c), sorted(Item(0, 0).__dict__))
c.clear()
print('cleared copy:', sys.getsizeof(c))
e = Item(3, 4).__dict__
e.popitem()
print('after popitem:', sys.getsizeof(e))
