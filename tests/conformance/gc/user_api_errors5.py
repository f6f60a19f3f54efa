# Argument errors and edge cases of the gc, sys, weakref and tracemalloc functions.
import gc, sys, weakref

def attempt(label, fn):
    try:
        r = fn()
        print(f"{label:<44} -> {r!r}"[:120])
    except Exception as e:
        print(f"{label:<44} !! {type(e).__name__}: {e}")

attempt("gc.collect(3)", lambda: gc.collect(3))
attempt("gc.collect(-1)", lambda: gc.collect(-1))
attempt("gc.collect('x')", lambda: gc.collect("x"))
attempt("gc.collect(generation=0)", lambda: gc.collect(generation=0))
attempt("gc.collect(1.0)", lambda: gc.collect(1.0))
attempt("gc.get_objects(3)", lambda: gc.get_objects(3))
attempt("gc.get_objects(-1) is a list", lambda: type(gc.get_objects(-1)).__name__)
attempt("gc.get_objects(generation=None) type", lambda: type(gc.get_objects(generation=None)).__name__)
attempt("gc.set_threshold()", lambda: gc.set_threshold())
attempt("gc.set_threshold(1,2,3,4)", lambda: gc.set_threshold(1, 2, 3, 4))
attempt("gc.set_threshold(-1)", lambda: (gc.set_threshold(-1), gc.get_threshold())[1])
gc.set_threshold(700, 10, 10)
attempt("gc.set_threshold('a')", lambda: gc.set_threshold("a"))
attempt("gc.set_debug()", lambda: gc.set_debug())
attempt("gc.set_debug('x')", lambda: gc.set_debug("x"))
attempt("gc.is_tracked()", lambda: gc.is_tracked())
attempt("gc.is_finalized(1)", lambda: gc.is_finalized(1))
attempt("gc.get_referents()", lambda: gc.get_referents())
attempt("gc.get_referrers()", lambda: gc.get_referrers())
attempt("gc.freeze(1)", lambda: gc.freeze(1))
attempt("gc.callbacks type", lambda: type(gc.callbacks).__name__)
attempt("gc.garbage type", lambda: type(gc.garbage).__name__)
attempt("gc.get_stats()[0] keys", lambda: sorted(gc.get_stats()[0]))
attempt("gc.DEBUG_LEAK", lambda: gc.DEBUG_LEAK)
attempt("gc.enable(1)", lambda: gc.enable(1))
attempt("sys.getsizeof()", lambda: sys.getsizeof())
attempt("sys.getsizeof(1, 2)", lambda: sys.getsizeof(1, 2))
attempt("sys.getsizeof(1, 2, 3)", lambda: sys.getsizeof(1, 2, 3))
attempt("sys.getsizeof(1, default=5)", lambda: sys.getsizeof(1, default=5))
class BadSize:
    def __sizeof__(self):
        return -1
class StrSize:
    def __sizeof__(self):
        return "big"
class BigSize:
    def __sizeof__(self):
        return 2 ** 70
class FloatSize:
    def __sizeof__(self):
        return 1.5
attempt("getsizeof(negative __sizeof__)", lambda: sys.getsizeof(BadSize()))
attempt("getsizeof(str __sizeof__)", lambda: sys.getsizeof(StrSize()))
attempt("getsizeof(str __sizeof__, default)", lambda: sys.getsizeof(StrSize(), 7))
attempt("getsizeof(huge __sizeof__)", lambda: sys.getsizeof(BigSize()))
attempt("getsizeof(float __sizeof__)", lambda: sys.getsizeof(FloatSize()))
attempt("getsizeof(int class)", lambda: sys.getsizeof(int))
attempt("sys.getrefcount()", lambda: sys.getrefcount())
attempt("sys.getrefcount(1, 2)", lambda: sys.getrefcount(1, 2))
attempt("sys.setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))
attempt("sys.setrecursionlimit('x')", lambda: sys.setrecursionlimit("x"))
attempt("sys.intern(1)", lambda: sys.intern(1))
class S(str): pass
attempt("sys.intern(S('x'))", lambda: sys.intern(S("x")))
attempt("weakref.ref()", lambda: weakref.ref())
attempt("weakref.ref(1, 2, 3)", lambda: weakref.ref(1, 2, 3))
attempt("weakref.proxy(1)", lambda: weakref.proxy(1))
attempt("weakref.finalize(1, print)", lambda: weakref.finalize(1, print))
attempt("WeakValueDictionary()[1]", lambda: weakref.WeakValueDictionary()[1])
attempt("WeakKeyDictionary()[1]", lambda: weakref.WeakKeyDictionary()[1])
attempt("WeakKeyDictionary()[1] = 2", lambda: weakref.WeakKeyDictionary().__setitem__(1, 2))
attempt("WeakValueDictionary()[1] = 2", lambda: weakref.WeakValueDictionary().__setitem__(1, 2))
attempt("WeakSet([1])", lambda: weakref.WeakSet([1]))
attempt("WeakMethod(len)", lambda: weakref.WeakMethod(len))
attempt("WeakMethod(lambda: 0)", lambda: weakref.WeakMethod(lambda: 0))
import tracemalloc
attempt("tracemalloc.start(0)", lambda: tracemalloc.start(0))
attempt("tracemalloc.start(-1)", lambda: tracemalloc.start(-1))
attempt("tracemalloc.start('x')", lambda: tracemalloc.start("x"))
attempt("take_snapshot when off", lambda: tracemalloc.take_snapshot())
attempt("get_traced_memory when off", lambda: tracemalloc.get_traced_memory())
attempt("get_object_traceback when off", lambda: tracemalloc.get_object_traceback([]))
attempt("Filter(True, 1)", lambda: tracemalloc.Filter(True, 1))
attempt("Filter lineno", lambda: tracemalloc.Filter(True, "x.py", lineno=3).lineno)
attempt("statistics('bad')", lambda: (tracemalloc.start(), tracemalloc.take_snapshot().statistics("bad")))
attempt("statistics('traceback', cumulative=True)", lambda: tracemalloc.take_snapshot().statistics("traceback", cumulative=True))
attempt("compare_to('lineno') type", lambda: type(tracemalloc.take_snapshot().compare_to(tracemalloc.take_snapshot(), "lineno")).__name__)
tracemalloc.stop()
