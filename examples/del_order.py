# When __del__ runs: at once when a refcount reaches zero, in the order a container
# releases its items; for cycles, only when the collector finds them (PEP 442: once each).
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ {self.name}")


print("a list releases its items last to first:")
xs = [Res("x0"), Res("x1"), Res("x2")]
del xs

print("a dict releases its values in insertion order:")
d = {k: Res(k) for k in ("d-a", "d-b", "d-c")}
d = None

print("a chain frees from the head:")
head = Res("n0")
head.next = Res("n1")
head.next.next = Res("n2")
del head

print("a cycle waits for the collector:")
gc.collect()
a, b = Res("cyc-a"), Res("cyc-b")
a.other, b.other = b, a
del a, b
print("  (nothing yet)")
print("  collected:", gc.collect())

survivors = []


class Phoenix:
    def __del__(self):
        print("  Phoenix.__del__: resurrecting")
        survivors.append(self)


print("resurrection: __del__ runs only once per object")
p = Phoenix()
p.self = p
del p
gc.collect()
print("  survivors:", len(survivors))
survivors.clear()
print("  collected once released again:", gc.collect(), "(and no second __del__ above)")
