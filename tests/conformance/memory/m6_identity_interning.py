import sys
a = 256; b = 256
print(a is b)
a = 257; b = 257
print(a is b)
def f():
    x = 1000; y = 1000
    return x is y
print(f())
x = int("1000"); y = int("1000")
print(x is y)
x = int("100"); y = int("100")
print(x is y)
print(-5 is -5, int("-5") is int("-5"), int("-6") is int("-6"))
s1 = "hello"; s2 = "hello"
print(s1 is s2)
s3 = "hello world"; s4 = "hello world"
print(s3 is s4)
s5 = "".join(["hel", "lo"])
print(s5 is s1, s5 == s1)
print(sys.intern(s5) is s1)
s6 = "hello world!"
s7 = "hello " + "world!"
print(s6 is s7)
t1 = (1, 2, 3); t2 = (1, 2, 3)
print(t1 is t2)
print(() is (), tuple() is (), tuple([]) is ())
print("" is str(), "a"[0:0] is "")
print([] is [], {} is {})
ch = "abc"[1]
print(ch is "b")
print(chr(65) is "A", chr(300) is chr(300))
print(bytes() is b"", b"a"[0:0] is b"")
fs1 = frozenset(); fs2 = frozenset()
print(fs1 is fs2)
print(float("1.0") is float("1.0"))
print(None is None, type(None)() is None)
print(True is bool(1), (1 == 1) is True)
class A: pass
print(id(A()) == id(A()))
o1 = object(); i1 = id(o1); del o1
o2 = object()
print("reuse", id(o2) == i1)
l = [1, 2]
i = id(l); l += [3]
print("iadd same", id(l) == i)
t = (1, 2); i = id(t); t += (3,)
print("tuple iadd same", id(t) == i)
s = "ab"; i = id(s); s += "c"
print("str iadd", s)
n = 10; i = id(n); n += 1
print("int iadd same", id(n) == i)
def g(): return "const string"
def h(): return "const string"
print(g() is h())
print(g() is g())
names = [sys.intern("x" + str(i)) for i in range(3)]
print(names[0] is sys.intern("x0"))
print(max is max, len(str(id(max))) > 0)
