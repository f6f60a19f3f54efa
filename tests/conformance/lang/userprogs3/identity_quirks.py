a = 256
b = 256
print(a is b)
a = 257
b = 257
print(a is b)
def f():
    return 1000
def g():
    return 1000
print(f() is g(), f() is f())
x = int("300")
y = int("300")
print(x is y, x == y)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "hello world!"
s4 = "hello world!"
print(s3 is s4)
s5 = "".join(["hel", "lo"])
print(s5 is s1, s5 == s1)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
print([] is [], () is (), "" is "", None is None)
n = 10
print(n - 5 is 5, 2 ** 8 is 256, 2 ** 9 is 512)
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(3), calls)
print(0.1 + 0.2, 1.1 * 3, 1e-10 + 1, 3 * 0.1 == 0.3, round(2.5), round(0.1 + 0.2, 15))
print(True + True, True * 10, sum([True, False, True]), -True, ~True, True / 2)
print([1, 2] * 2, [[0] * 2] * 2, "ab" * -1, (1,) * 3)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(hash(1) == hash(1.0) == hash(True), {1, 1.0, True}, {0, False, 0.0, -0.0})
print(float("nan") == float("nan"), [float("nan")] == [float("nan")], (lambda n: [n] == [n])(float("nan")))
import sys
print(sys.intern("a b") is sys.intern("a b"), "a" * 20 is "a" * 20, "a" * 5000 is "a" * 5000)
