# Pure-Python objects are never uncollectable: DEBUG_UNCOLLECTABLE prints nothing.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)


class F:
    def __del__(self):
        print('F.__del__')


f = F()
f.me = f
del f
print(gc.collect())
print(gc.garbage)
gc.set_debug(0)
