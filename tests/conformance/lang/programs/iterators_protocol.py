# Iterator classes, __getitem__ iteration, __contains__, __call__, __missing__ and sentinel iter().


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, pos):
        r, c = pos
        return 0 <= r < self.rows and 0 <= c < self.cols


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __repr__(self):
        terms = [f'{c}x^{i}' if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return ' + '.join(reversed(terms)) or '0'


class DefaultList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value


print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
grid = Range2D(2, 3)
print(list(grid), len(grid), (1, 2) in grid, (2, 0) in grid)
print(list(Squares()), 16 in Squares(), 3 in Squares())
p = Polynomial(1, 0, 2)
print(p, p(3), list(map(p, range(4))), callable(p), callable(Polynomial))
groups = DefaultList()
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups, groups.get('z'), 'z' in groups)
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 5)), list(data))
numbers = [1, 2, 3, 4]
it = iter(numbers)
print(list(zip(it, it)))
print(list(enumerate(Countdown(3), 1)), dict(zip('abc', Countdown(3))))
evens = filter(lambda x: x % 2 == 0, range(10))
print(next(evens), list(evens), list(evens))
m = map(str.upper, 'abc')
print(list(m), list(m))
r = reversed(range(1, 10, 3))
print(list(r), list(reversed('abc')), list(reversed([1, 2, 3])))
print(sorted(Countdown(5), reverse=True) == sorted(range(1, 6))[::-1], min([], default='empty'))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
