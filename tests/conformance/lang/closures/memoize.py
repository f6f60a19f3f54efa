def memoize(fn):
    cache = {}

    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapped.cache = cache
    return wrapped


@memoize
def slow_square(n):
    print('computing', n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
