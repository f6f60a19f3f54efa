print(id(object()) == id(object()))
print(id([]) == id([]), id({}) == id({}), id(()) == id(()), id(1.5 * 2) == id(2.5 * 2))
class A: pass
print(id(A()) == id(A()))
a = A(); ia = id(a); del a
b = A(); print(id(b) == ia)
l = [1]; il = id(l); del l
m = [2]; print(id(m) == il)
d = {}; idd = id(d); del d
e = {}; print(id(e) == idd)
x = 1000; y = 1000; print(x is y)
def f(): return 1000
print(f() is f())
print(int("1000") is int("1000"), 256 is int("256"), -5 is int("-5"), -6 is int("-6") if False else None)
s1 = "hello world"; s2 = "hello world"; print(s1 is s2)
t1 = (1, 2); t2 = (1, 2); print(t1 is t2)
print(tuple([1]) is tuple([1]), frozenset() is frozenset(), "" is str(), b"" is bytes())
f1 = 0.1; f2 = 0.1; print(f1 is f2)
ids = set()
for i in range(10):
    o = A()
    ids.add(id(o))
print("distinct ids in loop", len(ids))
ids = [id(A()) for _ in range(5)]
print("comprehension temp ids equal", len(set(ids)))
keep = [A() for _ in range(5)]
print("kept distinct", len(set(map(id, keep))))
print(hash(a := A()) == id(a) >> 4)
