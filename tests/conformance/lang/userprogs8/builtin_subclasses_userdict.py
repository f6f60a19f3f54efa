from collections import UserDict, UserList, UserString, defaultdict
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
    def __repr__(self):
        return f"AttrDict({super().__repr__()})"
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, dict(ad), ad.copy(), type(ad.copy()).__name__, ad | {"c": 3}, type(ad | {}).__name__)
try:
    ad.zzz
except AttributeError as e:
    print("AttributeError:", e, repr(e))
class CaseDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
cd = CaseDict()
cd["Hello"] = 1
cd.update({"WORLD": 2})
print(cd, "HELLO" in cd, cd["hello"], cd.get("HELLO"), CaseDict(A=1), dict.fromkeys.__self__ is dict, type(CaseDict.fromkeys("ab")).__name__)
class Missing(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
m = Missing()
print(m["abc"], m, m.get("zz"), "zz" in m)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2]).push(3)
print(s, s.peek(), type(s[:2]).__name__, type(s + [4]).__name__, type(s * 2).__name__, s == [1, 2, 3], isinstance(s, list), len(s))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
lg = Logged()
lg.append(1); lg.extend([2, 3]); lg += [4]; lg.insert(0, 0)
print(lg, sorted(lg, reverse=True), list(reversed(lg)))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
u = Upper("hi there")
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, type(u[0]).__name__, u.split(), len(u), u == "HI THERE", f"{u:>10}")
class Meters(float):
    def __repr__(self):
        return f"{float(self):.1f}m"
    def __add__(self, o):
        return Meters(float(self) + o)
m1 = Meters(1.5)
print(m1, repr(m1), m1 + 2, m1 * 2, type(m1 * 2).__name__, str(m1), f"{m1}", f"{m1:.3f}", round(m1), int(m1), [m1])
class Money(int):
    def __str__(self):
        return f"${int(self):,}"
mo = Money(1234567)
print(mo, repr(mo), mo + 1, type(mo + 1).__name__, f"{mo}", f"{mo:,}", "%d" % mo, "%s" % mo, str(mo), [mo], -mo, abs(Money(-5)))
class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
ud = UD(a=1)
ud["b"] = 2
print(ud, ud.data, len(ud), list(ud), ud.get("a"), "a" in ud, dict(ud), ud == {"a": 2, "b": 4})
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, ul + [9], ul.data)
us = UserString("hello")
print(us.upper(), us[1:3], us * 2, type(us.upper()).__name__, us == "hello", len(us), "ell" in us)
class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def add(self, x):
        self._d[x] = None
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __contains__(self, x):
        return x in self._d
    def __repr__(self):
        return f"OrderedSet({list(self._d)})"
    def __or__(self, other):
        return OrderedSet([*self, *other])
    def __and__(self, other):
        return OrderedSet(x for x in self if x in other)
os1 = OrderedSet("hello")
print(os1, len(os1), "l" in os1, os1 | "world", os1 & OrderedSet("lol"), sorted(os1))
class Tup(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    @property
    def first(self):
        return self[0]
t = Tup(1, 2, 3)
print(t, t.first, type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__, hash(t) == hash((1, 2, 3)), t == (1, 2, 3))
dd = defaultdict(lambda: "n/a", x=1)
print(dd["y"], dict(dd), repr(defaultdict(int)), defaultdict(list, {1: [2]}))
class FrozenDict(dict):
    def __hash__(self):
        return hash(frozenset(self.items()))
    def _readonly(self, *a, **k):
        raise TypeError(f"{type(self).__name__} is read-only")
    __setitem__ = __delitem__ = update = _readonly
fd = FrozenDict(a=1)
print({fd: "ok"}[FrozenDict(a=1)])
fd["b"] = 2
