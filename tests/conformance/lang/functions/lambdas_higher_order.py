square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(square(7), compose(square, inc)(3), compose(inc, square)(3))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x * 2, range(5))))
print(list(filter(lambda s: s.startswith('a'), ['ant', 'bee', 'ape'])))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(inc, 10, 0), apply_n(square, 3, 2))
