# gc.get_count() deltas of everyday allocations, measured with the collector disabled.
import gc
gc.collect()
gc.disable()
def delta(label, fn):
    before = gc.get_count()[0]
    keep = fn()
    after = gc.get_count()[0]
    print(f"{label:28} {after - before}")
    return keep
k1 = delta("empty list", lambda: [])
k2 = delta("list of 3 ints", lambda: [1, 2, 3])
k3 = delta("dict literal", lambda: {"a": 1})
k4 = delta("tuple of ints", lambda: (1, 2, 3))
k5 = delta("nested lists", lambda: [[], [], []])
class P:
    def __init__(self): self.x = 1
k6 = delta("instance", lambda: P())
k7 = delta("instance __dict__", lambda: P().__dict__)
k8 = delta("set", lambda: {1, 2})
k9 = delta("frozenset", lambda: frozenset([1]))
k10 = delta("closure", lambda: (lambda: k1))
def g():
    yield 1
k11 = delta("generator", lambda: g())
k12 = delta("bound method", lambda: P().__init__)
k13 = delta("str concat", lambda: "a" * 10 + "b")
k14 = delta("big int", lambda: 10 ** 30 + 1)
k15 = delta("float", lambda: 1.5 * 3.1)
k16 = delta("list comp", lambda: [i for i in range(5)])
k17 = delta("dict comp", lambda: {i: i for i in range(5)})
k18 = delta("exception", lambda: ValueError("x"))
k19 = delta("slice", lambda: slice(1, 2))
k20 = delta("bytearray", lambda: bytearray(b"ab"))
gc.enable()
