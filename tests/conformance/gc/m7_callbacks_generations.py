import gc
gc.collect()

log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"], gc.get_count()))

class Node:
    def __init__(self):
        self.ref = self

gc.callbacks.append(cb)
print("explicit collect(0)")
n = Node(); del n
gc.collect(0)
print(log); log.clear()
print("explicit collect(1)")
n = Node(); del n
gc.collect(1)
print(log); log.clear()
print("explicit collect() full")
n = Node(); del n
gc.collect()
print(log); log.clear()

print("automatic: creating cycles until the first collection")
made = 0
while not log:
    n = Node()
    made += 1
del n
print("made", made, "first event", log[0][:2], "count at start", log[0][4])
print("stop event", log[1][:4])
log.clear()

print("automatic: gen1 collection after 10 gen0 collections")
gens = []
while len(gens) < 11:
    n = Node()
    if log:
        gens.extend(e[1] for e in log if e[0] == "start")
        log.clear()
del n
print("generations", gens)

print("callback sees collected counts for garbage made just before")
gc.collect()
log.clear()
for i in range(50):
    a = Node()
    b = Node()
    a.other = b
del a, b
gc.collect(0)
print([e[:4] for e in log])
log.clear()

print("callback that raises")
def bad(phase, info):
    if phase == "stop":
        raise RuntimeError("callback failed")
gc.callbacks.insert(0, bad)
import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object is bad or u.object)
sys.unraisablehook = hook
print("collect ->", gc.collect())
gc.callbacks.remove(bad)
print("callbacks left", len(gc.callbacks))
gc.callbacks.remove(cb)
print(gc.callbacks)
