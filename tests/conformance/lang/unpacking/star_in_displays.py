a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, {**{'x': 1}, **{'y': 2, 'x': 3}})
print(*a, *'xy', sep='-')


def f(*args, **kw):
    return args, kw


print(f(*range(3), *a, k=1, **{'m': 2}))
first, *_ = sorted({3, 1, 2})
print(first)
