# The same with the collector disabled: no callback collection, finalizers in creation order.
import gc, atexit
gc.disable()
gc.callbacks.append(print)
atexit.register(print, "atexit ran")
class G:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, G)
a = G(1)
l = [G(2)]
b = G(3)
print("end")
