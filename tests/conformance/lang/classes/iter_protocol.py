class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from range(0, self.n, 2)


print(list(Range2(9)), sum(Range2(9)))
