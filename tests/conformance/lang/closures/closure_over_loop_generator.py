def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])


def accumulate():
    total = 0

    def step(x):
        nonlocal total
        total += x
        return total

    return [step(v) for v in [1, 2, 3, 4]]


print(accumulate())
