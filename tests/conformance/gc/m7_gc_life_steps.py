import gc
gc.collect()

def in_gen(x, g):
    return any(o is x for o in gc.get_objects(g))

def where(x):
    return [g for g in range(3) if in_gen(x, g)]

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

gc.disable()
gc.collect()
print("start", gc.get_count())
a = Node("a")
print("after a", gc.get_count(), where(a))
b = Node("b")
print("after b", gc.get_count(), where(b))
a.next = b
b.next = a
print("linked", gc.get_count())
s0 = [dict(st) for st in gc.get_stats()]
print("collect(0) ->", gc.collect(0), gc.get_count(), where(a))
print("collect(1) ->", gc.collect(1), gc.get_count(), where(a))
print("collect(2) ->", gc.collect(2), gc.get_count(), where(a))
s1 = gc.get_stats()
for i, (x, y) in enumerate(zip(s0, s1)):
    print("gen", i, {k: y[k] - x[k] for k in sorted(x)})
del a, b
print("after del", gc.get_count())
s0 = [dict(st) for st in gc.get_stats()]
print("collect(0) ->", gc.collect(0))
print("collect(1) ->", gc.collect(1))
print("collect(2) ->", gc.collect(2))
s1 = gc.get_stats()
for i, (x, y) in enumerate(zip(s0, s1)):
    print("gen", i, {k: y[k] - x[k] for k in sorted(x)})

c = Node("c")
c.next = c
print("c where", where(c))
gc.collect(0)
print("c after collect(0)", where(c))
gc.collect(1)
print("c after collect(1)", where(c))
del c
print("collect(0) young only ->", gc.collect(0))
print("collect(2) ->", gc.collect(2))

lst = []
for i in range(5):
    lst.append([i])
    print(i, gc.get_count())
t = (1, 2)
print("tuple", gc.get_count(), gc.is_tracked(t))
t2 = ([],)
print("tuple with list", gc.get_count(), gc.is_tracked(t2))
d = {}
print("empty dict", gc.get_count(), gc.is_tracked(d))
d["x"] = []
print("dict with list", gc.get_count(), gc.is_tracked(d))
gc.enable()
