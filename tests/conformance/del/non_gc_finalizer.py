# Finalizers of objects the collector does not track (_testcapi.without_gc, as CPython's
# test_finalization uses it): __del__ runs when the count drops to zero, every time the
# object dies, since an untracked object has no "finalized" flag to remember it by.
import gc
import sys
from _testcapi import without_gc

survivors = []
calls = []


class Base:
    __slots__ = ()

    def __del__(self):
        calls.append(type(self).__name__)
        if type(self).__name__ == "Phoenix":
            survivors.append(self)


@without_gc
class Plain(Base):
    __slots__ = ()


@without_gc
class Phoenix(Base):
    __slots__ = ()


gc.collect()
p = Plain()
print(gc.is_tracked(p), sys.getsizeof(p), gc.is_finalized(p))
del p
print(calls)
f = Phoenix()
del f
print(calls, len(survivors))
survivors.clear()
print(calls, len(survivors))
survivors.clear()
print(calls, gc.collect())
try:
    without_gc(42)
except TypeError as e:
    print("TypeError:", e)
