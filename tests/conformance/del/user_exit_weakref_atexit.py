# atexit handlers run before globals die; weakref callbacks and finalize at exit.
import weakref, atexit
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
objs = [R(i) for i in range(3)]
refs = [weakref.ref(o, lambda r, i=i: print("weak cb", i)) for i, o in enumerate(objs)]
fin = weakref.finalize(objs[0], print, "finalize 0")
def goodbye():
    print("atexit: objs alive =", [r() is not None for r in refs])
atexit.register(goodbye)
holder = {"x": R("dict value")}
print("end of script")
