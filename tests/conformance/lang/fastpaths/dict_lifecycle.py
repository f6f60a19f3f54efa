# Dicts made, filled, read and freed on the fast paths: displays with repeated keys, str
# and non-str keys, __hash__/__eq__ overrides, values whose __del__ allocates (and grows
# the heap) while the keys object is being released, dict subclasses, get() defaults.
import gc
import sys

log = []


class Noisy:
    def __init__(self, tag, size=0):
        self.tag = tag
        self.size = size

    def __del__(self):
        junk = [list(range(50)) for _ in range(self.size)]
        log.append((self.tag, len(junk)))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        log.append(("hash", self.v))
        return hash(self.v)

    def __eq__(self, other):
        log.append(("eq", self.v))
        return isinstance(other, Key) and other.v == self.v


d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
d = {1: "x", 1.0: "y", True: "z"}
print(d)
d = {Key(1): 1, Key(2): 2, Key(1): 3}
print(len(d), [k.v for k in d], d[Key(2)])
print(log[:8])
log.clear()

for i in range(3):
    d = {"x": Noisy("x%d" % i, 2000), "y": Noisy("y%d" % i), i: Noisy("n%d" % i, 10)}
    del d
print(log)
log.clear()

big = {}
for i in range(100):
    big["k%d" % i] = Noisy(i, 1 if i % 10 == 0 else 0)
big.clear()
print(len(log), log[:3], log[-1])
log.clear()


class D(dict):
    def __missing__(self, key):
        return "missing:" + str(key)


e = D(a=1)
print(e["a"], e["zz"], e.get("zz"), e.get("zz", 5), type(e).__name__)

counts = {}
for w in "a b c a b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items()))
x = "kalo"
before = sys.getrefcount(x)
m = {x: x}
print(sys.getrefcount(x) - before)
del m
print(sys.getrefcount(x) - before)
gc.collect()
print(gc.get_count()[0] >= 0)
