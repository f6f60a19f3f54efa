# repr of a namedtuple field descriptor (tuplegetter_repr): its index and doc.
from collections import namedtuple
P = namedtuple('P', 'x y')
print(repr(P.x), P.x.__reduce__())
print(repr(P.y), [P.x, P.y])
P.x.__doc__ = 'changed'
print(repr(P.x))
del P.y.__doc__
print(repr(P.y))
