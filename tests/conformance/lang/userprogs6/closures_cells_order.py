def make_acc():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def reset():
        nonlocal total
        total = 0
        history.clear()
    add.reset = reset
    add.history = history
    return add
acc = make_acc(); acc(5); acc(10); print(acc(1), acc.history); acc.reset(); print(acc(2), acc.history)
print([c.cell_contents for c in acc.__closure__] if acc.__closure__ else None, acc.__code__.co_freevars)
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get(): return count
    return inc, get
inc, get = counter_gen(); inc(); inc(); print(get())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def cell_in_loop():
    funcs = []
    for i in range(3):
        def f(): return i
        funcs.append(f)
    i = 99
    return [f() for f in funcs]
print(cell_in_loop())
def class_closure():
    v = "enclosed"
    class K:
        v = "class attr"
        def m(self): return v
        w = [v for _ in range(1)]
    return K().m(), K.v, K.w
print(class_closure())
def deco_with_state(fn):
    calls = 0
    def wrapper(*a):
        nonlocal calls
        calls += 1
        return fn(*a), calls
    return wrapper
@deco_with_state
def sq(x): return x * x
print(sq(3), sq(4))
import functools
def compose(*fns): return functools.reduce(lambda f, g: lambda *a: g(f(*a)), fns)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(3))
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache: cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(memo_fib()(90))
x = "global"
def reads_global(): return x
def shadows():
    x = "local"
    return reads_global()
print(shadows())
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
