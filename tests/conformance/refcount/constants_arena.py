# While the main script runs, CPython keeps its AST: each literal (and folded value) has one
# more reference than co_consts and the names give it. Equal constants are one object per
# compilation, across functions too.
import sys
x = "hello world"
print(sys.getrefcount(x))
y = 123456
print(sys.getrefcount(y))
z = 2.5
print(sys.getrefcount(z))
b = b"bytes!"
print(sys.getrefcount(b))
def f():
    s = "in function"
    return sys.getrefcount(s)
print(f())
t = (1, 2, 3)
print(sys.getrefcount(t))
u = 1000 + 1
print(sys.getrefcount(u))
print(sys.getrefcount(5000))
a1 = 5000
a2 = 5000
print(sys.getrefcount(a1), a1 is a2)
def g():
    return 5000
def h():
    return 5000
print(g() is h(), g() is a1, sys.getrefcount(a1))
nested = ((1, 2), (3, 4))
print(sys.getrefcount(nested), sys.getrefcount(nested[0]))
big = 10 ** 20
print(sys.getrefcount(big), big is 10 ** 20)
neg = -7.5
print(sys.getrefcount(neg))
