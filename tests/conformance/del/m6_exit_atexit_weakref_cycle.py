import atexit, weakref, gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("R del", self.n)
def bye(): print("atexit bye")
atexit.register(bye)
atexit.register(print, "atexit print", 1)
r = R(1)
w = weakref.ref(r, lambda _: print("weak cb"))
f = weakref.finalize(R(2), print, "finalize 2")
cyc = R(3); cyc.me = cyc
gc.disable()
x = R(4); y = R(5); x.y = y; y.x = x
del x, y
print("end")
