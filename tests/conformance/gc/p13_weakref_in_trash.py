# P13: a weakref stored inside the garbage never calls its callback.
import gc
import weakref

gc.collect()


class W:
    pass


w = W()
w.s = w
w.wr = weakref.ref(w, lambda r: print('never printed'))
del w
print(gc.collect())
print('end')
