def naturals():
    n = 1
    while True:
        yield n
        n += 1


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n


print(list(take(10, primes())))
evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)))
