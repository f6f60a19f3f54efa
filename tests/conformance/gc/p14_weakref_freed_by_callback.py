# P14: the callback drops the last reference to its own weakref, which is then counted.
import gc
import weakref

gc.collect()


class W:
    pass


holder = []


def cb(ref):
    print('callback')
    holder.clear()


w = W()
w.s = w
holder.append(weakref.ref(w, cb))
del w
print(gc.collect())
print(holder)
