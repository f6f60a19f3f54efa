# gc.set_debug(DEBUG_LEAK / DEBUG_STATS / DEBUG_COLLECTABLE) output, captured from sys.stderr and normalised.
import gc, sys, io, re
buf = io.StringIO()
real, sys.stderr = sys.stderr, buf
gc.collect()
class Leaky:
    def __init__(self, n):
        self.n = n
        self.me = self
def fn_cycle():
    def inner():
        return inner
    return inner
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() == gc.DEBUG_LEAK, gc.DEBUG_LEAK)
for i in range(2):
    Leaky(i)
fn_cycle()
l = []; l.append(l); del l
d = {}; d['self'] = d; del d
n = gc.collect()
print('collected', n, 'garbage', len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
gc.collect(1)
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE)
x = [1]; x.append(x); del x
gc.collect()
gc.set_debug(0)
sys.stderr = real
out = buf.getvalue()
out = re.sub(r'0x[0-9a-f]+', '0x..', out)
out = re.sub(r'\d+\.\d+s elapsed', 'Ns elapsed', out)
out = re.sub(r'objects in each generation: \d+ \d+ \d+', 'objects in each generation: ...', out)
out = re.sub(r'objects in permanent generation: \d+', 'objects in permanent generation: ...', out)
print(out)
