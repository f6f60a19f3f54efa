import sys
a = "hello"
b = "hello"
print(a is b)
c = "hello world"
d = "hello world"
print(c is d)
e = "".join(["hel", "lo"])
print(e is a, e == a, sys.intern(e) is a)
f = "hello world!"
g = "hello world" + "!"
print(f is g)
h = "_".join(["x"] * 3)
print(h is "x_x_x")
x = 256; y = 256
print(x is y)
x = 257; y = 257
print(x is y)
def make(): return 257
print(make() is make())
m = int("257"); n = int("257")
print(m is n, int("5") is int("5"))
print(-5 is -5, int("-5") is int("-5"), int("-6") is int("-6"))
t1 = (1, 2); t2 = (1, 2)
print(t1 is t2)
print(() is (), tuple() is (), tuple([]) is ())
print(frozenset() is frozenset(), "" is str(), b"" is bytes())
s1 = "a" * 20
s2 = "a" * 20
print(s1 is s2)
s3 = "a" * 5000
s4 = "a" * 5000
print(s3 is s4)
print(chr(97) is "a", chr(300) is chr(300), "é"[0] is "é")
u = "abc"
print(u[0] is "a", u[0:1] is "a", u[:] is u, u[0:3] is u)
print(str(u) is u, u + "" is u, "" + u is u, u * 1 is u)
l = [1, 2]
print(l[:] is l, list(l) is l, tuple(t1) is t1, t1[:] is t1, t1 + () is t1)
print(None is None, type(None)() is None, bool(1) is True)
import math
print(math.pi is math.pi, float("nan") is float("nan"))
print(sys.intern("dynamic" + str(1)) is sys.intern("dynamic1"))
try:
    sys.intern(1)
except TypeError as ex:
    print(ex)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as ex:
    print(ex)
