import sys, math, collections, itertools, functools
def sh(x):
    r = repr(x)
    return r.split(" at 0x")[0]
class C:
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    def m(self): pass
c = C()
for x in [str.maketrans, int.__new__, object.__new__, print.__call__, C.cm, c.cm, C.sm, C.m, c.m, c.__init__, c.__eq__, c.__hash__, C.__init__, C.__eq__, type.__call__, C.mro, int.mro, collections.deque.append, collections.deque().append, functools.partial, math.sqrt, sys.getsizeof, dict.fromkeys, {}.get, [].__len__, "".__add__, (1).__index__, (1.5).is_integer, object.__subclasshook__, C.__subclasshook__, C.__init_subclass__, object().__str__, object.__str__, type(c).__repr__, C.__repr__, slice(1).indices, range(3).count, b"".hex, bytearray().append, set().add, frozenset().union, iter([]).__next__, (x for x in []).send, NotImplemented.__repr__, None.__bool__]:
    print(sh(x))
print(sh(sys), sh(itertools))
print([hasattr(x, "__call__") for x in (lambda: 0, len, int, C().m, C, C(), functools.partial(len), print, str.upper, (1).__add__, staticmethod(len), classmethod(len))])
print(len.__call__("abc"), (lambda *a, **k: (a, k)).__call__(1, z=2), str.upper.__call__("x"), staticmethod(len).__call__([1]))
import gc
print(math.sqrt.__module__, sys.getsizeof.__module__, gc.collect.__module__, len.__module__, len.__self__, repr(math.sqrt.__self__)[:14], [].append.__self__)
for d in (str.upper, int.__add__):
    try:
        d.__self__
    except AttributeError as e:
        print(e)
