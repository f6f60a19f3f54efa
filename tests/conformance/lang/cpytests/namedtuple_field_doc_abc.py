from collections import namedtuple, ChainMap
import collections.abc as abc
P = namedtuple('P', 'x y')
P.x.__doc__ = 'the x coordinate'
print(P.x.__doc__, P.y.__doc__)
print(isinstance(memoryview(b'ab'), abc.Sequence), issubclass(memoryview, abc.Sequence))
class Sub(ChainMap): pass
c = Sub({'a': 1}) | {'b': 2}
print(type(c).__name__, c)
c2 = {'b': 2} | Sub({'a': 1})
print(type(c2).__name__, c2)
del P.y.__doc__
print(P.y.__doc__)
try:
    P.x.index = 3
except AttributeError as e:
    print(e)
