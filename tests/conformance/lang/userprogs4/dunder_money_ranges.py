# Dunder methods a course covers: __format__, __bool__, arithmetic with reflected ops
# and NotImplemented, __contains__/__iter__/__getitem__/__reversed__, __getattr__,
# __setattr__/__delattr__/__getattribute__, __call__, total_ordering.
from functools import total_ordering

class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.currency} {self.amount:{spec[:-1]}f}"
        return format(self.amount, spec)

    def __bool__(self):
        return self.amount != 0

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return Money(self.amount + other.amount, self.currency)
        if isinstance(other, (int, float)):
            return Money(self.amount + other, self.currency)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Money(self.amount * k, self.currency)

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

m = Money(12.5)
print(m, repr(m), f"{m:.2c}", f"{m:>10.1f}", format(m, "08.3f"))
print(bool(Money(0)), bool(m))
print(m + 1, 1 + m, m * 3, 2 * m, -m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * m
except TypeError as e:
    print("TypeError:", e)
try:
    m @ m
except TypeError as e:
    print("TypeError:", e)
try:
    m < m
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
print(m == Money(12.5), m != Money(12.5), m == 12.5, {m, Money(12.5)})
try:
    m.extra = 1
except AttributeError as e:
    print("AttributeError:", e)

class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print(f"  __contains__({x})")
        return self.lo <= x < self.hi
    def __iter__(self):
        return RangeIter(self.lo, self.hi)
    def __len__(self):
        return self.hi - self.lo
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.lo, self.hi))[i]
        if not 0 <= i < len(self):
            raise IndexError("Range index out of range")
        return self.lo + i
    def __reversed__(self):
        return iter(range(self.hi - 1, self.lo - 1, -1))

class RangeIter:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1

r = Range(3, 7)
print(5 in r, 9 not in r)
print(list(r), list(reversed(r)), r[1], r[1:3], len(r))
print(sorted(r, reverse=True), max(r), min(r), sum(r), dict(zip(r, r)))
a, *rest = r
print(a, rest)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq())

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

d = Dyn()
print(d.real, d.auto_x, getattr(d, "auto_yz"), hasattr(d, "nope"), getattr(d, "nope", "default"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "_log", [])
    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        super().__delattr__(name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)

lg = Logged()
lg.x = 1
lg.y = [2]
del lg.x
print(lg._log, lg.secret, vars(lg))
try:
    del lg.zzz
except AttributeError as e:
    print("AttributeError:", e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2])), callable(add5), callable(3))
try:
    add5(1, 2)
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") > Version("1.0"))
