x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x
print(outer(), x)
def make_counters():
    counters = []
    for i in range(3):
        counters.append(lambda: i)
    return [c() for c in counters]
print(make_counters())
def shadow():
    try:
        print(len)
        len = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def del_local():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_local()
def closure_del():
    v = 1
    def get(): return v
    del v
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
closure_del()
class K:
    attr = 1
    items = [attr * i for i in range(3)] if False else None
    def m(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
print(K().m())
try:
    class K2:
        a = 1
        b = [a for _ in range(2)]
except NameError as e:
    print("NameError:", e)
class K3:
    a = 5
    b = [i for i in range(a)]
print(K3.b)
def walrus_demo(data):
    if (n := len(data)) > 3:
        print(f"long list ({n})")
    results = [y for x in data if (y := x * 2) > 4]
    print(results, y)
    while (chunk := data[:2]):
        data = data[2:]
        print("chunk", chunk)
walrus_demo([1, 2, 3, 4, 5])
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
print(*[1, 2], *"ab", sep="-")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *"xy"], (*"ab",), {*"aab"} == {"a", "b"})
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 3, "z": 0}))
for bad in [lambda: kw(), lambda: kw(1), lambda: kw(1, c=1, a=2), lambda: kw(1, 2, c=3, **{"c": 4})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
gen_global = 0
def g_inc():
    global gen_global
    for _ in range(3):
        gen_global += 1
        yield gen_global
print(list(g_inc()), gen_global)
def nested_funcs():
    level = 0
    def a():
        def b():
            def c():
                nonlocal level
                level += 1
                return level
            return c()
        return b()
    return a(), a(), level
print(nested_funcs())
fns = {name: (lambda n=name: n.upper()) for name in ["x", "y"]}
print({k: f() for k, f in fns.items()})
import sys
def uses_builtin_shadow():
    print = lambda *a: sys.stdout.write("shadowed print\n")
    print("hi")
uses_builtin_shadow()
print(eval("x + '!'"), eval("a + b", {"a": 1, "b": 2}), eval("z", {}, {"z": 9}))
ns = {}
exec("def f(n):\n    return n * 2\nresult = f(21)", ns)
print(ns["result"], sorted(k for k in ns if not k.startswith("__")))
def early_return(flag):
    for i in range(10):
        if i == flag:
            return i
    else:
        return "no break"
print(early_return(3), early_return(99))
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
while False:
    pass
else:
    print("while-else ran")
print(global_later if "global_later" in globals() else "not yet")
global_later = 1
lambda_rec = lambda n: 1 if n <= 1 else n * lambda_rec(n - 1)
print(lambda_rec(10))
