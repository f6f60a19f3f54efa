# P12: a weakref (kept outside the garbage) to a cycle member gets its callback.
import gc
import weakref

gc.collect()


class W:
    pass


def cb(ref):
    print('callback, referent is', ref())


w = W()
w.s = w
wr = weakref.ref(w, cb)
del w
print(gc.collect())
print(wr())
