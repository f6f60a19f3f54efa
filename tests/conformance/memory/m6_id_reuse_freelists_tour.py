print("[] []", id([]) == id([]))
print("{} {}", id({}) == id({}))
print("() ()", id(()) == id(()))
print("object", id(object()) == id(object()))
print("float", id(1.5 + 0) == id(2.5 + 0))
print("str concat", id("a" * 50) == id("b" * 50))
class C: pass
print("instances", id(C()) == id(C()))
a = [1, 2]; ia = id(a); del a
b = [3, 4]
print("list freelist reuse", id(b) == ia)
t = (1, 2, 3); it = id(tuple([1, 2, 3])); 
print("tuple of 3 reuse", id(tuple([4, 5, 6])) == it)
print("tuple diff size", id(tuple([1, 2])) == id(tuple([1, 2, 3, 4])))
x = 1000.5; ix = id(x); del x
y = float("2.5")
print("float freelist", id(y) == ix)
d1 = {"a": 1}; i1 = id(d1); del d1
d2 = {"b": 2}
print("dict freelist", id(d2) == i1)
ids = set()
for i in range(100):
    o = C()
    ids.add(id(o))
    del o
print("loop distinct ids", len(ids))
ids = set()
keep = []
for i in range(100):
    o = C()
    keep.append(o)
    ids.add(id(o))
print("kept distinct ids", len(ids))
ids = [id(C()) for _ in range(5)]
print("comprehension ids equal", len(set(ids)))
def make(): return [1]
print("function result", id(make()) == id(make()))
s1 = "hello"; s2 = "".join(["he", "llo"])
print("equal str ids", id(s1) == id(s2))
print("big ints", id(10**20) == id(10**20))
n1 = 10**20
print("ints held", id(n1) == id(10**20))
