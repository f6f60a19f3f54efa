import gc
import collections

log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)

def show(label):
    print(f"{label:28} {log}")
    log.clear()

x = [D(i) for i in range(4)]; del x; show("list dealloc")
x = [D(i) for i in range(4)]; x.clear(); show("list.clear")
x = [D(i) for i in range(6)]; del x[1:4]; show("del slice")
x = [D(i) for i in range(6)]; x[1:4] = []; show("slice assign []")
x = [D(i) for i in range(6)]; del x[::2]; show("del extended slice")
x = [D(i) for i in range(4)]; x *= 0; show("list *= 0")
x = [D(i) for i in range(4)]; x[:] = [D(9)]; show("x[:] = [D(9)]"); del x; show("then del")
x = [D(i) for i in range(4)]; x.pop(); x.pop(0); show("pops")
x = tuple(D(i) for i in range(4)); del x; show("tuple dealloc")
x = {i: D(i) for i in range(4)}; del x; show("dict dealloc")
x = {i: D(i) for i in range(4)}; x.clear(); show("dict.clear")
x = {D(i): i for i in range(4)}; del x; show("dict keys dealloc")
x = {i: D(i) for i in range(4)}; x.popitem(); show("popitem")
x = collections.deque(D(i) for i in range(4)); del x; show("deque dealloc")
x = collections.deque(D(i) for i in range(4)); x.clear(); show("deque.clear")
x = collections.OrderedDict((i, D(i)) for i in range(4)); del x; show("OrderedDict dealloc")

class Holder:
    pass
h = Holder(); h.a = D("a"); h.b = D("b"); h.c = D("c"); del h; show("instance attrs")
class Slots:
    __slots__ = ("a", "b", "c")
s = Slots(); s.c = D("c"); s.a = D("a"); s.b = D("b"); del s; show("slots dealloc")

nested = [D("outer"), [D("inner1"), [D("inner2")]], D("last")]
del nested; show("nested lists")
x = [D(0), (D(1), D(2)), {"k": D(3)}, D(4)]
del x; show("mixed")

a = D("first"); a = D("second"); show("rebinding")
del a; show("del rebinding")

def f():
    p = D("local-p")
    q = D("local-q")
    r = D("local-r")
f(); show("function locals")
def g():
    p = D("p"); q = D("q")
    del p
    return q
res = g(); show("del in function"); del res; show("return value dropped")

class Node:
    def __init__(self, n, nxt=None): self.n = n; self.nxt = nxt
    def __del__(self): log.append(self.n)
chain = Node(0, Node(1, Node(2, Node(3))))
del chain; show("linked chain")

gc.disable()
c1 = D("cyc1"); c2 = D("cyc2"); c3 = D("cyc3")
c1.o = c2; c2.o = c3; c3.o = c1
del c1, c2, c3
print("before collect", log)
gc.collect(); show("3-cycle collect")
ring = [D(i) for i in range(5)]
for i in range(5):
    ring[i].nxt = ring[(i + 1) % 5]
del ring, i
gc.collect(); show("5-ring collect")
gc.enable()
