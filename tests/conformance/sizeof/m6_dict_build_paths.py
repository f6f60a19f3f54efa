import sys
d = {i: i for i in range(100)}
for i in range(90): del d[i]
print("sparse", sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
for i in range(200, 260):
    d[i] = i
print("reinsert", sys.getsizeof(d), len(d))
e = {}
e.update({i: i for i in range(10)})
print("update from dict", sys.getsizeof(e))
e2 = {}
e2.update([(i, i) for i in range(10)])
print("update from list", sys.getsizeof(e2))
e3 = {}
e3.update(a=1, b=2, c=3, d=4, e=5, f=6, g=7)
print("update kw", sys.getsizeof(e3))
print("merge |", sys.getsizeof({1: 1} | {i: i for i in range(8)}))
x = {i: i for i in range(8)}
x |= {i: i for i in range(8, 20)}
print("|=", sys.getsizeof(x))
print("dict(**)", sys.getsizeof(dict(**{str(i): i for i in range(9)})))
print("{**a, **b}", sys.getsizeof({**{1: 1, 2: 2}, **{3: 3, 4: 4, 5: 5, 6: 6}}))
print("literal 10", sys.getsizeof({0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}))
print("literal keys str", sys.getsizeof({"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5, "g": 6}))
import collections
c = collections.Counter("mississippi")
print("Counter", sys.getsizeof(c))
dd = collections.defaultdict(int)
for ch in "hello world": dd[ch] += 1
print("defaultdict", sys.getsizeof(dd))
print("views", sys.getsizeof(d.keys()), sys.getsizeof(d.items()))
g = globals()
print("globals type", type(g).__name__)
kw = (lambda **k: sys.getsizeof(k))(a=1, b=2)
print("kwargs dict", kw)
kw2 = (lambda **k: sys.getsizeof(k))(**{str(i): i for i in range(10)})
print("kwargs dict 10", kw2)
print("locals", (lambda: sys.getsizeof(locals()))())
class A:
    x = 1; y = 2
print("vars(class) mappingproxy", sys.getsizeof(vars(A)))
def f(): pass
f.a = 1
print("func dict", sys.getsizeof(f.__dict__))
print("setdefault growth", end=" ")
h = {}
sizes = []
for i in range(12):
    h.setdefault(i, [])
    sizes.append(sys.getsizeof(h))
print(sizes)
print("fromkeys(dict)", sys.getsizeof(dict.fromkeys({i: 0 for i in range(20)})))
print("fromkeys(set)", sys.getsizeof(dict.fromkeys(set(range(20)))))
print("fromkeys(str)", sys.getsizeof(dict.fromkeys("abcdefghijklmnop")))
