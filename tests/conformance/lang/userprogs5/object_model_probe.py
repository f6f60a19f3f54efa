def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, "->", repr(r))

class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
class Single(metaclass=Meta):
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v=0):
        self.v = v
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Item:
    qty = Desc()
    price = Desc()
    def __init__(self, q, p):
        self.qty, self.price = q, p
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
class Guard:
    __slots__ = ("a",)
    def __setattr__(self, k, v):
        if k != "a":
            raise AttributeError(f"cannot set {k}")
        super().__setattr__(k, v)
class Tracker:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
class WithClassGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class Base:
    def greet(self):
        return "base"
class Left(Base):
    def greet(self):
        return "left>" + super().greet()
class Right(Base):
    def greet(self):
        return "right>" + super().greet()
class Diamond(Left, Right):
    def greet(self):
        return "diamond>" + super().greet()
class Counted:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounted(Counted):
    pass
class Prop:
    def __init__(self):
        self._t = 0
    @property
    def temp(self):
        "The temperature."
        return self._t
    @temp.setter
    def temp(self, v):
        self._t = v
    @temp.deleter
    def temp(self):
        del self._t
class RO:
    @property
    def val(self):
        return 1

t(1, lambda: (Single(1) is Single(2), Single().v, Single().created_by_meta, repr(Single), type(Single).__name__))
it = Item(2, 3.5)
t(2, lambda: (it.qty, it.price, vars(it), Item.qty.name))
t(3, lambda: Item(-1, 2))
t(4, lambda: (Lazy().xyz, getattr(Lazy(), "abc", "default")))
t(5, lambda: Lazy().abc)
g = Guard()
t(6, lambda: (setattr(g, "a", 5), g.a))
t(7, lambda: setattr(g, "b", 1))
t(8, lambda: (Tracker().secret, Tracker().other))
t(9, lambda: (WithClassGetitem[int], WithClassGetitem["x", 1], list[int], dict[str, list[int]], type(list[int]).__name__))
t(10, lambda: (Diamond().greet(), [c.__name__ for c in Diamond.__mro__], Diamond.mro() == list(Diamond.__mro__)))
SubCounted(); SubCounted(); Counted()
t(11, lambda: (Counted.count, SubCounted.count, SubCounted.__dict__.get("count")))
p = Prop()
p.temp = 30
t(12, lambda: (p.temp, Prop.temp.__doc__, type(Prop.temp).__name__))
del p.temp
t(13, lambda: p.temp)
t(14, lambda: setattr(RO(), "val", 2))
t(15, lambda: delattr(RO(), "val"))
t(16, lambda: (Base.greet(Left()), super(Left, Diamond()).greet(), isinstance(Diamond(), (int, Right))))
t(17, lambda: type("Dyn", (Base,), {"x": 1, "greet": lambda self: "dyn"})().greet())
t(18, lambda: Base.__subclasses__())
t(19, lambda: (Base.__name__, Base.__qualname__, Base.__module__, Left.__bases__, Base.__doc__, Single.__class__))
t(20, lambda: (callable(Base), callable(Base()), callable(len), hasattr(Base, "greet"), getattr(Base(), "greet")()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
t(21, lambda: (Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp.__hash__, Cmp(1) in [Cmp(1)]))
t(22, lambda: {Cmp(1)})
t(23, lambda: Cmp(1) < Cmp(2))
t(24, lambda: sorted([Cmp(2), Cmp(1)]))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Num) else o
        return self
t(25, lambda: (Num(1) + 2, 3 + Num(1), sum([Num(1), Num(2)]), sum([Num(1)], Num(10))))
t(26, lambda: Num(1) - 1)
t(27, lambda: -Num(1))
t(28, lambda: Num(1)())
t(29, lambda: Num(1)[0])
t(30, lambda: len(Num(1)))
t(31, lambda: iter(Num(1)))
t(32, lambda: Num(1) < 2)
t(33, lambda: Base().missing_method())
t(34, lambda: Base.greet())
t(35, lambda: Base().greet(1))
t(36, lambda: Item(1))
t(37, lambda: Item(1, 2, 3))
t(38, lambda: Item(q=1, p=2, z=3))
t(39, lambda: Single.__new__(int))
t(40, lambda: object.__new__(Single).__class__.__name__)
