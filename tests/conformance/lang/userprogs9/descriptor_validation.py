class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def __repr__(self):
        return f"<{type(self).__name__} {self.public}>"

class Positive(Validated):
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")

class OneOf(Validated):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{value!r} not in {sorted(self.options)}")

class Lazy:
    """non-data descriptor: caches into the instance dict"""
    def __init__(self, func):
        self.func = func
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = obj.__dict__[self.name] = self.func(obj)
        return value

class Product:
    price = Positive()
    qty = Positive()
    kind = OneOf("book", "toy", "food")
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Product.registry.append(cls)
    def __init__(self, name, price, qty, kind):
        self.name, self.price, self.qty, self.kind = name, price, qty, kind
    @Lazy
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, {self.qty}, {self.kind!r})"

class Book(Product, tag="bk"): pass
class Toy(Product): pass

p = Book("Dune", 9.99, 3, "book")
print(p, p.total, p.total, vars(p))
print(Product.price, Product.__dict__["kind"], type(Product.total).__name__, [c.tag for c in Product.registry])
for attr, val in [("price", -1), ("qty", "3"), ("kind", "car"), ("price", 0.5)]:
    try:
        setattr(p, attr, val)
        print("set", attr, "=", getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
del p.total
print(p.total)
print(type(Product.__dict__["total"]).__name__, hasattr(Lazy, "__set__"), hasattr(Positive, "__set__"))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("created_by", mcls.__name__)
        cls = super().__new__(mcls, name, bases, ns)
        print(f"Meta.__new__({name!r}, bases={[b.__name__ for b in bases]}, kw={kw})")
        return cls
    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
class Base(metaclass=Meta, flavor="x"):
    def __init__(self, v): self.v = v
class Child(Base): pass
c = Child(5)
print(c.v, Child, len(Child), Child.created_by, type(Child), isinstance(Child, Meta))
class GenericBox:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(GenericBox[int], GenericBox["T"], GenericBox[int, str] if False else "")
p.price = "free"
