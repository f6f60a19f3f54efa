import weakref


class R:
    pass


r = R()
f = weakref.finalize(r, print, 'finalizer ran')
print(f(), f.alive)
print(f())
r2 = R()
g = weakref.finalize(r2, print, 'never')
obj, func, args, kwargs = g.detach()
print(obj is r2, func is print, args, kwargs, g.alive)
del r2
h = weakref.finalize(R(), print, 'immediately')
print(h.peek())
