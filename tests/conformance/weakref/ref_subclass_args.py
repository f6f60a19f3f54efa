import weakref
class A: pass
a = A()
for f in [lambda: weakref.ref(a, None, None), lambda: weakref.ref(), lambda: weakref.ref.__new__(weakref.ref),
          lambda: weakref.ref.__new__(weakref.ref, a, None, 3), lambda: type(weakref.ref.__new__(weakref.ref, a, k=3)).__name__,
          lambda: weakref.ref(a, foo=1)]:
    try: print(f())
    except TypeError as e: print(e)
class R(weakref.ref):
    pass
print(type(R(a, None)).__name__)
try: R(a, None, 5)
except TypeError as e: print(e)
try: R(a, cb=None)
except TypeError as e: print(e)
class R2(weakref.ref):
    def __init__(self, ob, cb=None, **kw):
        super().__init__(ob, cb)
        self.kw = kw
print(R2(a, x=1).kw)
