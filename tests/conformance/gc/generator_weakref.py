# Weak references to generators: dead when the generator is freed by its refcount or by the
# collector, with the callback run before the generator's frame is closed.
import gc
import weakref

gc.collect()


def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print('counter closed at', n)


g = counter()
next(g)
next(g)
r = weakref.ref(g, lambda ref: print('callback, dead:', ref() is None))
print(r() is g)
del g
print('after del:', r())


class Holder:
    pass


h = Holder()
h.g = counter()
next(h.g)
h.g2 = h.g
h.me = h
r = weakref.ref(h.g, lambda ref: print('callback in collection'))
del h
print('collected', gc.collect())
print('after collect:', r())
s = weakref.WeakSet()
gens = [counter() for _ in range(3)]
for x in gens:
    s.add(x)
print(len(s))
del gens, x
print(len(s))
