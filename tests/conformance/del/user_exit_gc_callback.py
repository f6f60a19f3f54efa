# Shutdown: atexit, then a gc.collect() with callbacks, then __main__ collected with its globals bound.
import gc, atexit
gc.callbacks.append(print)
atexit.register(print, "atexit ran")
class G:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, G)
a = G(1)
l = [G(2)]
b = G(3)
print("end")
