import sys
print("id([]) == id([])", id([]) == id([]))
print("id({}) == id({})", id({}) == id({}))
print("id(object()) == id(object())", id(object()) == id(object()))
print("id(()) == id(())", id(()) == id(()))
print("id(1.5) == id(2.5)", id(1.5) == id(2.5))
print("id(float('1.5')) == id(float('2.5'))", id(float("1.5")) == id(float("2.5")))
print("id(10**20) == id(10**21)", id(10**20) == id(10**21))
print("id('ab'*3) == id('cd'*3)", id("ab" * 3) == id("cd" * 3))
print("[] is []", [] is [])
class C:
    pass
print("C() is C()", C() is C())
print("id(C()) == id(C())", id(C()) == id(C()))
ids = set()
for i in range(10):
    ids.add(id(C()))
print("distinct ids for 10 temp instances", len(ids))
ids = set()
for i in range(10):
    ids.add(id([i]))
print("distinct ids for 10 temp lists", len(ids))
keep = [C() for _ in range(5)]
print("live instances distinct", len({id(k) for k in keep}))
a = 256; b = 256
print("256 is 256", a is b)
c = int("257"); d = int("257")
print("runtime 257 is 257", c is d)
e = -5; f = int("-5")
print("-5 cached", e is f)
g = int("-6"); h = int("-6")
print("-6 not cached", g is h)
s1 = "hello"; s2 = "hel" + "lo"
print("folded str is", s1 is s2)
s3 = "".join(["hel", "lo"])
print("joined str is", s1 is s3, s1 == s3, sys.intern(s3) is s1)
t1 = (1, 2); t2 = (1, 2)
print("const tuples is", t1 is t2)
t3 = tuple([1, 2])
print("built tuple is", t1 is t3)
print("empty containers", tuple() is (), frozenset() is frozenset(), "" is str(), b"" is bytes())
print("single chars", chr(97) is "a", "abc"[0] is "a", str(b"a", "ascii") is "a")
print("bool singletons", bool(1) is True, (1 == 1) is True)
x = [1, 2, 3]
y = x
y += [4]
print("list += keeps identity", x is y, x)
u = (1, 2)
v = u
v += (3,)
print("tuple += new object", u is v, u, v)
n = 1000
m = n
m += 1
print("int += new object", n is m)
