import gc
gc.collect()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Reg(dict):
    def __del__(self): print("del Reg", len(self))
class Bag(list):
    __slots__ = ("owner",)
    def __del__(self): print("del Bag", len(self))
class Pair:
    __slots__ = ("left", "right", "__weakref__")
    def __del__(self): print("del Pair")
r = Reg(a=D("a"), b=D("b"))
r["self"] = r
bag = Bag([D("x"), D("y")])
bag.owner = D("owner")
bag.append(bag)
p = Pair(); p.left = D("L"); p.right = p
del r, bag, p
print("collected", gc.collect())
class Node(dict):
    pass
n1 = Node(name=D("n1")); n2 = Node(name=D("n2")); n1["next"] = n2; n2["next"] = n1
n1.extra = D("n1extra")
del n1, n2
print("collected", gc.collect())
class E(Exception):
    def __del__(self): print("del E")
def make():
    try:
        raise E(D("arg"))
    except E as e:
        e.me = e
make()
print("collected", gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
class T(tuple): pass
l = []
t = T((l, D("in tuple")))
l.append(t)
class K(dict): pass
k = K(); k["k"] = k; k.attr = [D("attr")]
del l, t, k
print("collected", gc.collect())
print([type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("end", gc.collect())
