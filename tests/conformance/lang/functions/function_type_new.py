import types
def f(a, b=2): return a + b
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
tests = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(f.__code__, 1),
    lambda: types.FunctionType(f.__code__, {}, 3),
    lambda: types.FunctionType(f.__code__, {}, None, [1]),
    lambda: types.FunctionType(f.__code__, {}, None, None, 5),
    lambda: types.FunctionType(f.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}),
    lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}, None, None, 1),
    lambda: types.FunctionType(),
    lambda: types.FunctionType(f.__code__),
    lambda: types.FunctionType(f.__code__, {}, 'n', None, None, 6),
    lambda: types.FunctionType(f.__code__, globals=1, code=2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
g = types.FunctionType(f.__code__, {'__name__': 'mod'}, 'g', (10,))
print(g.__name__, g.__qualname__, g.__module__, g.__defaults__, g(1), g(1, 1))
h = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(h(), h.__name__, h.__qualname__)
k = types.FunctionType(code=f.__code__, globals=globals(), argdefs=(5,))
print(k(1), k.__kwdefaults__, k.__dict__, k.__doc__)
print(type(f)(f.__code__, globals())(3, 4))
