import sys
def rc(x): return sys.getrefcount(x)
big = 123456789012345
print("big literal", sys.getrefcount(big))
other = 123456789012345
print("same literal other name", sys.getrefcount(big), big is other)
computed = 123456789012344 + 1
print("computed", sys.getrefcount(computed), computed is big)
s = "hello_world_unique"
print("str const", sys.getrefcount(s))
t = "hello_world_unique"
print("str const again", sys.getrefcount(s), s is t)
u = "".join(["hello_world", "_unique"])
print("joined", sys.getrefcount(u), u is s, sys.intern(u) is s)
f = 3.14159
print("float", sys.getrefcount(f))
tup = (1, 2, "three")
print("tuple const", sys.getrefcount(tup))
def uses_tuple():
    return (1, 2, "three")
print(uses_tuple() is tup)
fs = frozenset({1, 2})
print("frozenset", sys.getrefcount(fs))
print("bytes", sys.getrefcount(b"some bytes const"))
print("in call", rc(big), rc(s), rc(computed))
lst = [big, big, big]
print("in list", sys.getrefcount(big))
d = {big: big}
print("in dict", sys.getrefcount(big))
del lst, d
print("after del", sys.getrefcount(big))
class K:
    attr = 987654321987
print("class attr", sys.getrefcount(K.attr))
def defaults(a=55555555555, *, b=66666666666):
    return sys.getrefcount(a), sys.getrefcount(b)
print("defaults", defaults())
x = None
print(sys.getrefcount(1) > 100, sys.getrefcount(None) > 1000, sys.getrefcount(True) > 100)
print(sys.getrefcount(300) , sys.getrefcount(-6))
n = 1000
m = n + 0
print(sys.getrefcount(n), sys.getrefcount(m))
