import sys

d = dict.fromkeys(range(10))
print("fromkeys 10", sys.getsizeof(d))
d.popitem(); print("popitem", sys.getsizeof(d))
d.setdefault(100, 1); print("setdefault", sys.getsizeof(d))
d.update(a=1, b=2, c=3); print("update kw", sys.getsizeof(d))
c = d.copy(); print("copy", sys.getsizeof(c))
for k in list(d)[:8]: del d[k]
print("after deleting 8", sys.getsizeof(d), "copy now", sys.getsizeof(d.copy()), "dict()", sys.getsizeof(dict(d)))
print("views", sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
big = {i: i for i in range(1000)}
print("big", sys.getsizeof(big))
for i in range(990): del big[i]
print("big after del", sys.getsizeof(big))
big[5000] = 1
print("big after insert", sys.getsizeof(big))
print("merged", sys.getsizeof({**{"a": 1}, **{"b": 2}}), sys.getsizeof({"a": 1} | {"b": 2}))
e = {}
e |= {i: i for i in range(20)}
print("ior", sys.getsizeof(e))

class Many:
    pass
m = Many()
sizes = []
for i in range(40):
    setattr(m, f"attr{i}", i)
    sizes.append(sys.getsizeof(m.__dict__))
print("instance dict growth", sorted(set(sizes)))
m2 = Many()
m2.attr0 = 1
print("second instance", sys.getsizeof(m2.__dict__))
class Few:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
f1 = Few(); f2 = Few()
print("few", sys.getsizeof(f1.__dict__), sys.getsizeof(f2.__dict__))
del f1.b
print("after del attr", sys.getsizeof(f1.__dict__))
f1.z = 9
print("after new attr", sys.getsizeof(f1.__dict__), sys.getsizeof(Few().__dict__))
f2.__dict__.update({"x": 1, "y": 2})
print("after update", sys.getsizeof(f2.__dict__))
f3 = Few()
vars(f3)["q"] = 1
print("vars assign", sys.getsizeof(f3.__dict__))

print("list ops")
l = list(range(10))
l.sort(reverse=True); print(sys.getsizeof(l))
l.reverse(); print(sys.getsizeof(l))
l.insert(5, 0); print(sys.getsizeof(l))
l.remove(0); print(sys.getsizeof(l))
l2 = l[:]
l2.extend(l2); print(sys.getsizeof(l2))
l3 = sorted(l2, key=lambda x: -x); print(sys.getsizeof(l3))
l4 = l3 + [1]; print(sys.getsizeof(l4))
l5 = [*l4, *l4]; print(sys.getsizeof(l5))
l6 = list(l5); print(sys.getsizeof(l6))
l7 = l6.copy(); l7.append(1); print(sys.getsizeof(l7))
print([sys.getsizeof([None] * n) for n in range(10)])
print([sys.getsizeof([x for x in range(n)]) for n in range(10)])
print([sys.getsizeof(list(range(n))) for n in range(10)])
print([sys.getsizeof(tuple(range(n))) for n in range(5)])
s = "abc"
print([sys.getsizeof(s * n) for n in range(5)], sys.getsizeof(s.join(["x"] * 100)))
