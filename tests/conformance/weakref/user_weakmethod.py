# WeakMethod versus a plain ref to a bound method.
import weakref, re
def norm(s): return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", s)
class Handler:
    def __init__(self, name): self.name = name
    def handle(self, x): return f"{self.name} handled {x}"
h = Handler("h1")
plain = weakref.ref(h.handle)
print("plain ref to bound method alive:", plain() is not None)
wm = weakref.WeakMethod(h.handle)
print(wm()(1))
print(type(wm).__name__, isinstance(wm, weakref.ref))
print(norm(repr(wm)))
called = []
wm2 = weakref.WeakMethod(h.handle, lambda r: called.append("dead"))
del h
print(wm(), called)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
def func(): pass
try:
    weakref.WeakMethod(func)
except TypeError as e:
    print("TypeError:", e)
