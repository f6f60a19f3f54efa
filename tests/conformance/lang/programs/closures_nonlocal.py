# Closures: counters, accumulators, memo tables, late binding and nonlocal state machines.


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    increment.reset = reset
    return increment


def make_averager():
    values = []

    def average(x):
        values.append(x)
        return sum(values) / len(values)
    return average


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    return n * n


def tokenizer(text):
    pos = 0
    state = 'start'

    def next_token():
        nonlocal pos, state
        while pos < len(text) and text[pos] == ' ':
            pos += 1
        if pos >= len(text):
            state = 'done'
            return None
        start = pos
        kind = 'num' if text[pos].isdigit() else 'word'
        while pos < len(text) and text[pos] != ' ' and (text[pos].isdigit() == (kind == 'num')):
            pos += 1
        state = kind
        return kind, text[start:pos]
    return next_token


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__closure__ is not None, len(c.__code__.co_freevars))
avg = make_averager()
print([avg(x) for x in (10, 20, 30, 40)])
print(slow_square(12), slow_square(12), sorted(slow_square.cache.items()))

lazy = [lambda: i for i in range(3)]
eager = [lambda i=i: i for i in range(3)]
print([f() for f in lazy], [f() for f in eager])

tok = tokenizer('abc 12 de34  5')
tokens = []
while (t := tok()) is not None:
    tokens.append(t)
print(tokens)


def outer():
    x = 'outer'

    def middle():
        def inner():
            return x
        return inner
    x = 'rebound'
    return middle()()


print(outer())


def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError('insufficient funds')
        balance -= amount
        return balance
    return deposit, withdraw


dep, wd = bank(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print(e)
adders = {n: (lambda n: lambda x: x + n)(n) for n in (1, 10, 100)}
print({k: f(1) for k, f in adders.items()})
