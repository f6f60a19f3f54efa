# A gc.callbacks logger: phases and info dicts per collection, then removal.
import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
class A:
    pass
a = A(); a.self = a
del a
n = gc.collect()
print(n)
for e in log:
    print(e)
log.clear()
gc.collect(0)
gc.collect(1)
for e in log:
    print(e)
gc.callbacks.remove(cb)
print(len(gc.callbacks))
print(gc.callbacks)
print(type(gc.callbacks))
def cb2(phase, info):
    print("cb2", phase, info["generation"], info["collected"], info["uncollectable"])
gc.callbacks.append(cb2)
print(gc.callbacks[0].__name__)
x = []; x.append(x); del x
gc.collect(2)
gc.callbacks.clear()
gc.collect()
