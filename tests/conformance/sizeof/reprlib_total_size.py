# reprlib: the size and nesting limits per type, custom Repr limits, recursive_repr; and
# the well-known total_size() recipe (getsizeof over containers) that imports reprlib.repr.
import reprlib
from collections import deque
from array import array
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(20))), r((1,)), r(set(range(20))), r(frozenset('abcdefghij')))
print(r({i: str(i) * i for i in range(10)}), r({}), r(set()), r(frozenset()))
print(r('x' * 100), r('ab'), r(2 ** 200), r(12345))
print(r(deque(range(10))), r(array('i', range(10))), r(array('d')))
print(r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
class Long:
    def __repr__(self):
        return 'L' * 50
class Bad:
    def __repr__(self):
        raise ValueError
print(r(Long()), r(Bad()).startswith('<Bad instance at 0x'))
print(r({3, 'a', 1}))
a = reprlib.Repr(); a.maxlist = 2; a.maxstring = 10; a.fillvalue = '~~'
print(a.repr([1, 2, 3, 4]), a.repr('abcdefghijklmnop'))
print(reprlib.aRepr.maxdict, reprlib.__all__)

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.v}, {self.kids})'
n = Node(1); n.kids.append(n); n.kids.append(Node(2))
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Other({self.me})'
o = Other(); o.me = [o]
print(o)

import sys
from sys import getsizeof, stderr
from itertools import chain
from reprlib import repr


def total_size(o, handlers={}, verbose=False):
    dict_handler = lambda d: chain.from_iterable(d.items())
    all_handlers = {tuple: iter,
                    list: iter,
                    deque: iter,
                    dict: dict_handler,
                    set: iter,
                    frozenset: iter,
                   }
    all_handlers.update(handlers)
    seen = set()
    default_size = getsizeof(0)

    def sizeof(o):
        if id(o) in seen:
            return 0
        seen.add(id(o))
        s = getsizeof(o, default_size)
        if verbose:
            print(s, type(o), repr(o), file=stderr)
        for typ, handler in all_handlers.items():
            if isinstance(o, typ):
                s += sum(map(sizeof, handler(o)))
                break
        return s
    return sizeof(o)

d = dict(a=1, b=2, c=3, d=[4,5,6,7], e='a string of chars')
print(total_size(d, verbose=True))
print(total_size([list(range(100)), 'x' * 1000, {1: 2}, deque([1,2,3])]))
