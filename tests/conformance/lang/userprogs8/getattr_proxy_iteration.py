class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **kw):
                r = attr(*a, **kw)
                self.log.append(f"{name}{a} -> {r!r}")
                return r
            wrapper.__name__ = name
            return wrapper
        return attr
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)
    def __dir__(self):
        return ["log"] + [n for n in dir(self._target) if not n.startswith("_")][:3]
    def __len__(self):
        return len(self._target)

p = LoggingProxy([3, 1, 2])
p.append(5)
p.sort()
print(p.count(1), len(p), p._target, p.log)
print(dir(p))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sorted(sq, reverse=True), sum(sq), [x for x in sq if x % 2])
it = iter(sq)
print(type(it).__name__, next(it), next(it), list(it))
print(list(reversed([1, 2])), list(enumerate(sq, start=1)))
try:
    reversed(sq)
except TypeError as e:
    print("TypeError:", e)

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __contains__(self, x):
        print("contains called", x)
        return 0 < x <= self.start
    def __len__(self):
        return self.start
c = Countdown(3)
print(list(c), 2 in c, 7 in c, len(c), list(zip(c, "abc")), dict.fromkeys(c))

class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    5 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    len(Squares(1))
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point.__hash__, Point(1, 2) == Point(1, 2), Point(1, 2) in [Point(1, 2)])
try:
    {Point(1, 2): 1}
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __repr__(self):
        return f"<{type(self).__name__} {self.describe()}>"
    def describe(self):
        return "base"
class Child(Base):
    def __repr__(self):
        return "Child:" + super().__repr__()
    def describe(self):
        return "child of " + super().describe()
print(Child(), [Child()], str(Child()), f"{Child()!r}")
class Grand(Child):
    pass
print(Grand(), super(Child, Grand()).__repr__())
it = iter([1])
next(it)
next(it)
