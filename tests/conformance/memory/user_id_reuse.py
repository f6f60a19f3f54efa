# id() reuse after del, per size class and free list; small ints and constants identity.
class A: pass
class B: pass
a = A()
ida = id(a)
del a
b = A()
print("same class reuse:", id(b) == ida)
del b
c = B()
print("other class same size reuse:", id(c) == ida)
ids = set()
for i in range(5):
    ids.add(id(A()))
print("temporaries share id:", len(ids))
print(id([]) == id([]))
print(id({}) == id({}))
print(id(object()) == id(object()))
x = [1, 2]
y = [1, 2]
print(x == y, x is y, id(x) == id(y))
fl = 1.5 + 1
i1 = id(fl)
del fl
fl2 = 2.5 * 2
print("float freelist reuse:", id(fl2) == i1)
t1 = (1, [2])
i2 = id(t1)
del t1
t2 = (3, [4])
print("tuple reuse:", id(t2) == i2)
n1 = 10 ** 20
i3 = id(n1)
del n1
n2 = 10 ** 21 + 7
print(id(n2) == i3)
s1 = "abc" * 100
i4 = id(s1)
del s1
s2 = "xyz" * 100
print("str reuse:", id(s2) == i4)
a1 = 256; a2 = 256
print(a1 is a2)
b1 = 257; b2 = 257
print(b1 is b2)
def mk(): return 1000
print(mk() is mk())
print(int("1000") is int("1000"))
v1 = -6; v2 = -6
print(v1 is v2)
