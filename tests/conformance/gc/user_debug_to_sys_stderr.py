# gc debug lines and unraisable reports are written to sys.stderr (here a capturing object).
import gc, sys, re
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
    def getvalue(self): return ''.join(self.parts)
buf = Cap()
old = sys.stderr
sys.stderr = buf
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_STATS)
class A: pass
a = A(); a.me = a
del a
gc.collect()
gc.set_debug(0)
class Bad:
    def __del__(self): raise ValueError("x")
b = Bad(); del b
sys.stderr = old
out = buf.getvalue()
out = re.sub(r"0x[0-9a-f]+", "0xADDR", out)
out = re.sub(r"\d+\.\d+s elapsed", "N.NNNs elapsed", out)
out = re.sub(r"each generation: .*", "each generation: N N N", out)
print(out)
