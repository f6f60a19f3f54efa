def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no break")
    return i
print(f())
def g():
    try:
        return "try"
    finally:
        print("cleanup runs")
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        return "finally wins"
print(h())
def k():
    for x in range(3):
        try:
            return x
        finally:
            if x == 0:
                continue
print(k())
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y)
print([(a, b) for a in range(3) for b in range(a) if a != b])
print({x: x ** 2 for x in range(4) if x}, {x % 3 for x in range(10)}, sum(x for x in range(10) if x % 2))
first, *middle, last = "abcdef"
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
a = b = c = []
a.append(1)
print(b, c is a)
x = [0, 1, 2, 3, 4, 5]
x[1:3] = ["a", "b", "c"]
del x[::2]
print(x)
x[::2] = [9, 9]
print(x)
try:
    x[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
print(*range(3), sep="-")
print(*[1, 2], *"ab", **{"sep": "|"})
def kw(**kwargs):
    return kwargs
print(kw(**{"a": 1}, b=2, **{"c": 3}))
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
print([*range(2), *"xy"], (*"ab",), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
adder = make()
print(adder(1), adder(10), adder.__closure__[0].cell_contents)
funcs = [lambda i=i: i * 10 for i in range(3)]
late = [lambda: i for i in range(3)]
print([f() for f in funcs], [f() for f in late])
def deco_args(prefix):
    def deco(fn):
        def wrapper(*a):
            return f"{prefix}{fn(*a)}"
        return wrapper
    return deco
@deco_args(">> ")
@deco_args("[")
def hello(name):
    return name
print(hello("bob"), hello.__name__)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
print(Thing.registered, Thing.doubled, Thing.total)
cond = "yes" if Thing.total > 5 else "no"
print(cond, not Thing.items, Thing.items and "has items", [] or "empty", 0 or None)
print(1 if 0 else 2 if 0 else 3, (lambda *a, **k: (a, k))(1, x=2))
i = 10
print([i for i in range(3)], i)
matrix = [[1, 2], [3, 4]]
flat = [v for row in matrix for v in row]
print(flat, [[r[i] for r in matrix] for i in range(2)])
s = "hello"
s += " world"
s *= 2
print(s)
t = (1, 2)
t += (3,)
print(t)
lst = [1]
lst += "ab"
print(lst)
lst *= 2
print(lst)
d = {"a": 1}
d |= {"b": 2}
print(d | {"c": 3}, d)
print(f"{'nested {braces}'}", "{{literal}}".format(), f"{{{1+1}}}")
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(type(...), ..., Ellipsis is ..., NotImplemented)
assert counter == 3, f"counter is {counter}"
