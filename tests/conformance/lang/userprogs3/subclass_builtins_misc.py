from functools import lru_cache, cache, partial, wraps
import itertools, operator

class Account:
    count = 0
    def __init__(self, owner):
        Account.count += 1
        self.owner = owner
    def __repr__(self):
        return f"Account({self.owner!r})"
    def __eq__(self, other):
        return type(other) is Account and self.owner == other.owner

a = Account("x")
try:
    {a}
except TypeError as e:
    print(e)
print(Account.__hash__, Account.count)

@cache
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(100, 100), ways.cache_info())

def memo(fn):
    store = {}
    @wraps(fn)
    def inner(*args):
        if args not in store:
            store[args] = fn(*args)
        return store[args]
    inner.store = store
    return inner

@memo
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))
print(edit("intention", "execution"), len(edit.store), edit.__name__, edit.__wrapped__.__name__)

class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1, 2]); s.push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__, isinstance(s, list))

class CaseInsensitiveDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
    def get(self, k, default=None): return super().get(k.lower(), default)
d = CaseInsensitiveDict()
d["Name"] = "x"; d["AGE"] = 3
print(d, d["NAME"], "age" in d, d.get("Age"), dict(d), CaseInsensitiveDict({"A": 1}))

class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, cents)
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(1999) + Money(1)
print(m, repr(m), type(m).__name__, m * 2, type(m * 2).__name__, f"{m}", f"{m:>8}", f"{m!s:>8}")

class Temp(float):
    def __repr__(self): return f"Temp({float.__repr__(self)})"
print(Temp(3.5), [Temp(1)], Temp(2) + 1, round(Temp(2.567), 1), str(Temp(1.25)))

class Name(str):
    def __new__(cls, v): return super().__new__(cls, v.strip().title())
    def initials(self): return "".join(w[0] for w in self.split())
n = Name("  ada   lovelace ")
print(n, repr(n), n.initials(), n.upper(), type(n.upper()).__name__, n == "Ada   Lovelace", len(n))

Point = type("Point", (tuple,), {"__new__": lambda cls, x, y: tuple.__new__(cls, (x, y)), "x": property(operator.itemgetter(0))})
p = Point(1, 2)
print(p, p.x, type(p).__name__, p + (3,), isinstance(p, tuple))
print(list(itertools.starmap(operator.mul, zip([1, 2, 3], itertools.count(10)))))
print(sorted(["b", "A", "c", "B"], key=str.casefold), sorted([(2, "b"), (1, "z"), (2, "a")], key=operator.itemgetter(0)))
print(max([1, 5, 3], key=lambda x: -x), min("hello", key=ord), sorted({"x": 2, "y": 1}.items(), key=lambda kv: kv[1]))
nums = [5, 3, 8, 1]
nums.sort(key=lambda x: x % 3, reverse=True)
print(nums, sorted(nums) is not nums, nums.sort() is None)
try:
    sorted([1, None, 2])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    max([], key=len)
except ValueError as e:
    print(e)
print(sum([[1], [2, 3]], start=[]), sum((0.1 for _ in range(3)), 0.5))
print(list(enumerate(["a", "b"], 1)), dict(enumerate("ab")), list(zip("abc", range(2))), list(zip()))
print(*map(lambda x: x ** 2, range(4)), sep=",")
print(round(123.456, -1), round(-123.456, -2), round(5, -1), round(15, -1), round(25, -1), round(1e300, -300), round(0.5 + 1e-17))
print(pow(7, 2, 5), pow(2, 100, 10 ** 9 + 7), pow(5, -1, 12) if False else pow(5, -1, 7), pow(2.5, 2), pow(-2, 3, 5), pow(4, 0.5))
print(int("0x1A", 16), int("1A", 16), int("z", 36), int(" 12 "), int("-0"), int(True), int(-3.9), int("١٢٣"))
print(divmod(10.5, 3), divmod(-10.5, 3), divmod(10, -3.5), 10.5 // 3, -10.5 % 3)
print(isinstance(1, (str, (bytes, int))), isinstance(None, type(None) | int), issubclass(bool, (str, int)), isinstance([], list | dict))
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
