import sys
# global / nonlocal at runtime
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    total = []
    n = 0
    def add(x):
        nonlocal n
        n += x
        total.append(n)
    for i in range(4):
        add(i)
    return total, n
print(outer())
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs], [f() for f in [lambda: i for i in range(3)]])
x = 10
def shadow():
    x = 20
    def inner():
        return x
    return inner()
print(shadow(), x)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
# chained comparisons with side effects
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(1 < 2 == 2 > 1, 1 is not None is not False, "a" in "abc" in ["abc"], not 1 == 2)
# star unpacking
a, *b, c = "hello"
print(a, b, c)
(x1, y1), (x2, *rest) = [(1, 2), (3, 4, 5)]
print(x1, y1, x2, rest)
def f(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))
print(f(*[1, 2], *(3,), sep="+", **{"z": 1}, **dict(y=2)))
first, *_ = range(10)
*_, last = range(10)
print(first, last, [*range(3), *"ab", *{"k": 1}], {**{"a": 1}, **{"a": 2, "b": 3}}, {*[1, 2], *(2, 3)})
# walrus
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
print([y for x in data if (y := x * 2) > 6], y)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
# conditional imports / try-else-finally ordering
def tef(k):
    out = []
    try:
        out.append("try")
        if k == 1:
            raise ValueError
        if k == 2:
            return out + ["return"]
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(tef(0), tef(1), tef(2))
# integer string conversion limits
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
