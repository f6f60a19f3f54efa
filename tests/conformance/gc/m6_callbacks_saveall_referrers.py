import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)

class Leaky:
    def __init__(self, name):
        self.name = name
        self.self_ref = self
for i in range(3):
    Leaky(i)
n = gc.collect()
print("collected", n)
for entry in log:
    print(entry)
log.clear()
gc.collect(0); gc.collect(1)
print(log)
gc.callbacks.remove(cb)

gc.set_debug(gc.DEBUG_SAVEALL)
for i in range(2):
    l = [i]; l.append(l)
    d = {"i": i}; d["d"] = d
print("saveall", gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clear", gc.collect())

a = []
b = {"key": a}
c = [a, a]
refs = gc.get_referrers(a)
print("referrers", sorted(type(r).__name__ for r in refs), len(refs))
print("referents", [type(x).__name__ for x in gc.get_referents(b)])
print("referents list", len(gc.get_referents(c)))
class P:
    def __init__(self):
        self.x = [1]
        self.y = "s"
p = P()
print("inst referents", sorted(type(x).__name__ for x in gc.get_referents(p)))
print("dict referents", sorted(type(x).__name__ for x in gc.get_referents(p.__dict__)))

for v in [1, "s", 1.5, None, (), (1, 2), (1, []), [], {}, {"a": 1}, {"a": []}, set(), frozenset(), P(), P, len, lambda: 0, b"x", bytearray(), range(3), iter([])]:
    print(type(v).__name__, gc.is_tracked(v))
t = (1, [])
print("tuple w/ list", gc.is_tracked(t))
t2 = tuple([1, 2, 3])
print("new tuple of ints", gc.is_tracked(t2))
gc.collect()
print("after collect", gc.is_tracked(t2))
d = {}
print("empty dict", gc.is_tracked(d))
d[1] = 2
print("atomic value", gc.is_tracked(d))
d[2] = []
print("list value", gc.is_tracked(d))
d2 = {"a": (1, 2)}
print("tuple value", gc.is_tracked(d2))
