# The program whose run makes the worker bundle's code cache (scripts/bundle.mjs): the everyday
# constructs (a class, calls, loops, comprehensions, f-strings, str methods, an exception
# caught), so that V8 neither parses nor compiles the interpreter's functions they need in a
# typical short program (some 20 ms of CPU per run), for ~0.3 MB more cache (`pass`: ~4 ms).
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
data = {"a": 1, "b": 2}
for k, v in sorted(data.items()):
    print(k, v, end=" ")
print()
xs = [i * i for i in range(10) if i % 2]
print(xs, sum(xs), len(xs), max(xs), min(xs))
try:
    raise ValueError("bad")
except ValueError as e:
    print("caught", e)
s = "hello world"
print(s.upper(), s.split(), "-".join(["a", "b"]), s.replace("o", "0"))
print(Point(1, 2), fib(10), str(3.5), int("42"), repr([1, (2, 3)]))
t = (1, 2, 3)
a, b, c = t
while a < 3:
    a += 1
print({1, 2, 3}, {x: x for x in range(3)}, list(enumerate("ab")), list(zip([1], [2])))
