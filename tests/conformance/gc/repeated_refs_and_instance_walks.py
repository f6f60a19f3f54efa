# The collector's inline walks: runs of references to one object in lists and tuples
# ([x] * n), and instances whose attributes are inline values or a materialised __dict__.
import gc
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


class Loud:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.me = self

    def __del__(self):
        self.log.append(self.name)


# A cycle held many times over by a list and a tuple: all garbage once dropped.
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
row = [a] * 50 + [b] * 30 + [None] * 5 + [a]
tup = tuple(row)
row.append(row)
del a, b
print("live rows:", gc.collect())
del tup
print("after tuple:", gc.collect())
del row
print("after list:", gc.collect())

# Rows of repeated references kept alive from outside: nothing is freed, twice.
levels = []
below = []
for k in range(30):
    r = [below] * k
    levels.append(r)
    below = r
print("kept:", gc.collect(), gc.collect(), len(levels[-1]))
del levels, below, r
print("levels:", gc.collect())

# Reachable only through a run of references from a younger container.
x = Node("x")
x.peer = x
holder = [x] * 10
del x
print("held:", gc.collect(), holder[0].name, sys_ref := len(holder))
del holder
print("dropped:", gc.collect())

# Instances with inline values, with a __dict__ made by reading it, and finalizers: the
# order in which __del__ runs follows the collector's walk.
log = []
ring = [Loud(f"n{i}", log) for i in range(6)]
for i, obj in enumerate(ring):
    obj.next = ring[(i + 1) % len(ring)]
ring[2].__dict__["extra"] = [ring[4]] * 3
ring[3].__dict__
del obj
del ring
print("ring:", gc.collect())
print("finalized:", log)

# An instance that gained many attributes (past the inline values) in a cycle.
class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, f"a{i}", w if i % 3 == 0 else i)
del w
print("wide:", gc.collect())

# Survivors the walk rescues land in the next generation in the order it visits them:
# an instance's attributes in insertion order, a list's items from the end.
gc.collect()
gc.disable()
b = Node("b")
c = Node("c")
d = Node("d")
holder_obj = Node("holder")
holder_obj.first = d
holder_obj.second = b
holder_obj.third = c
holder_list = [Node("l1"), Node("l2"), Node("l3")]
with_dict = Node("dict")
with_dict.__dict__
with_dict.p = Node("p1")
with_dict.q = Node("p2")
del b, c, d
gc.collect(0)
names = [o.name for o in gc.get_objects(generation=1) if type(o) is Node]
print("generation 1 order:", names)
gc.enable()
