class Defaults(dict):
    def __missing__(self, key):
        v = self[key] = len(key)
        return v
d = Defaults(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])), [x for x in Seq()])
try:
    reversed(Seq())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), len(Rev()))
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 7 in Cont(), sorted(Cont(), reverse=True), max(Cont()), dict.fromkeys(Cont()))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [0] * Idx(2), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
class Unhash:
    def __eq__(self, o): return True
try:
    hash(Unhash())
except TypeError as e:
    print("TypeError:", e)
print(Unhash.__hash__, Unhash() == 5, Unhash() != 5)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["x"]
print("continued")
try:
    with Suppress(KeyError) as s:
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    @classmethod
    def create(cls, *args):
        return cls(*args)
    def __init__(self, x=0): self.x = x
class Derived(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.derived = True
        return obj
o = Derived.create(4)
print(type(o).__name__, o.x, o.derived)
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat(); pet.__class__ = Dog; print(pet.speak(), type(pet).__name__)
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Call:
    def __init__(self): self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return (a, k, self.n)
c = Call(); print(c(1, x=2), c(), callable(c), callable(Call), callable(5))
class SlotBase:
    __slots__ = ("a",)
class SlotChild(SlotBase):
    __slots__ = ("b",)
sc = SlotChild(); sc.a, sc.b = 1, 2
print(sc.a, sc.b, hasattr(sc, "__dict__"), SlotChild.__slots__)
class SlotDict(SlotBase):
    pass
sd = SlotDict(); sd.z = 5; print(sd.__dict__)
try:
    class Conflict(SlotBase):
        __slots__ = ("a",)
    print("no conflict error", Conflict.__slots__)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __repr__(self): return "R<" + repr(self.items) + ">"
    def __init__(self): self.items = [self]
print(repr(R())[:20])
lst = [1]; lst.append(lst); print(lst, {"k": lst})
dd = {}; dd["self"] = dd; print(dd)
class Ctx:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never"); return False
try:
    with Ctx():
        print("body")
except RuntimeError as e:
    print("RuntimeError:", e)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted([Num(3), Num(1)]), max([Num(3), Num(9)]), Num(1) > Num(0))
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)
class Length:
    def __length_hint__(self): return 7
    def __iter__(self): return iter(range(3))
import operator
print(operator.length_hint(Length()), list(Length()), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
print(getattr(D, "who")(D()), D.who.__qualname__, D.__dict__["who"].__name__, B.who is D.__mro__[1].who)
