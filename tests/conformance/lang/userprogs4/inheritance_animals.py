# Class hierarchies: super() chains, classmethod factories, __eq__/__hash__/__lt__, call
# errors, __init_subclass__ registration, cooperative multiple inheritance, properties.
class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self._sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self._sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return self.name
    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name
    def __hash__(self):
        return hash((type(self), self.name))
    def __lt__(self, other):
        return self.name < other.name
    @classmethod
    def create(cls, *names):
        return [cls(n) for n in names]
    @staticmethod
    def kingdom():
        return "Animalia"
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def fetch(self):
        return f"{self.name} fetches"
class Puppy(Dog):
    def speak(self):
        return super().speak().replace("woof", "yip")
class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name, "meow")
        self.indoor = indoor
    def __repr__(self):
        return super().__repr__()[:-1] + f", indoor={self.indoor})"
pets = Dog.create("rex", "fido") + [Puppy("bit"), Cat("tom"), Cat("kit", False)]
for p in sorted(pets):
    print(repr(p), str(p), p.speak(), isinstance(p, Dog), type(p).__mro__[1].__name__)
print(Animal.count, Dog.count, Animal.kingdom(), Puppy.kingdom(), Puppy("x").kingdom())
print(Dog("rex") == Dog("rex"), Dog("rex") == Puppy("rex"), len({Dog("a"), Dog("a"), Cat("a")}))
print(issubclass(Puppy, Animal), Puppy.__bases__, Puppy.__base__, Animal.__subclasses__())
print(hasattr(Puppy("p"), "fetch"), getattr(Cat("c"), "fetch", None), Puppy.speak.__qualname__, Dog.fetch.__qualname__)
print([c.__name__ for c in Puppy.mro()], Puppy.__name__, Puppy.__module__, Puppy.__qualname__)
print(vars(Cat("z")), Cat.__dict__["__init__"].__name__, "speak" in Dog.__dict__, "speak" in dir(Dog))
try:
    Animal.speak()
except TypeError as e:
    print("TypeError:", e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
try:
    Dog("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    Cat("a", indoor=True, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Dog("r").fly()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog("r").nam
except AttributeError as e:
    print("AttributeError:", e)
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("registered", cls.__name__)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Shape): pass
print(Sq(3).area())
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class A:
    def __init__(self):
        print("A init"); super().__init__()
class B:
    def __init__(self):
        print("B init"); super().__init__()
class C(A, B):
    def __init__(self):
        print("C init"); super().__init__()
C()
print(C.__mro__)
class Base:
    def __init__(self, **kw):
        self.extra = kw
class Mixin:
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Thing(Mixin, Base):
    pass
t = Thing(color="blue", size=3)
print(t.color, t.extra)
class Temperature:
    def __init__(self, c): self._c = c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
class SubTemp(Temperature):
    @property
    def fahrenheit(self): return round(super().fahrenheit)
print(Temperature(21.5).fahrenheit, SubTemp(21.5).fahrenheit)
print(super(Puppy, Puppy("q")).speak(), super(Dog, Puppy("q")).speak())
