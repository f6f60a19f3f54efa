import atexit, weakref, gc, sys
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def bye(name): print("atexit", name)
atexit.register(bye, "first")
a = R("a")
fa = weakref.finalize(a, print, "finalize a")
b = R("b")
b.self = b
fb = weakref.finalize(b, print, "finalize b")
atexit.register(bye, "second")
c = R("c")
wr = weakref.ref(c, lambda r: print("weakref cb c"))
d = R("d")
fd = weakref.finalize(d, print, "finalize d (atexit False)")
fd.atexit = False
def closer():
    print("closer sees a:", a.n)
atexit.register(closer)
print("main end")
