nums = range(-3, 4)
print(['neg' if n < 0 else 'zero' if n == 0 else 'pos' for n in nums])
print([abs(n) for n in nums if n])
print({n: n * n for n in nums if n % 2})
data = {'a': 1, 'b': None, 'c': 3}
print({k: v for k, v in data.items() if v is not None})
