# test_gc's test_function_tp_clear_leaves_consistent_state (run there in a subprocess): a
# function reached again through a weakref while the collector clears it has the empty
# name and qualname func_clear gives it, and the program goes on.
import gc
import weakref
class LateFin:
    __slots__ = ('ref',)
    def __del__(self):
        global func
        func = self.ref()
class Cyclic(tuple):
    __slots__ = ()
    def __del__(self):
        self[1].ref = weakref.ref(self[0])
        global latefin
        del latefin
latefin = LateFin()
def func():
    pass
cyc = tuple.__new__(Cyclic, (func, latefin))
func.__module__ = cyc
del func, cyc
gc.collect()
print(f"{func=}"[:18])
