# One-argument super(), built-in class hierarchies and breakpoint hooks
import sys

class Shape:
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Cube(Square):
    def area(self):
        return 6 * super().area()
    # an unbound super object, bound on access through __get__
    _base = super(Square)

c = Cube(2)
print(c.describe(), Square.describe(c))
print(super(Square))
bound = Cube._base.__get__(c, Cube)
print(bound.area(), super(Cube, c).area(), super(Square, c).area())
print(type(Cube._base).__name__, Cube._base.__thisclass__, Cube._base.__self__, Cube._base.__self_class__)
try:
    Cube._base.area
except AttributeError as e:
    print("AttributeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)

def family(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        if sub.__module__ in ("builtins", "__main__"):
            family(sub, depth + 1)

family(ArithmeticError)
family(LookupError)
family(OSError)
family(Shape)
print(bool in int.__subclasses__(), [c.__name__ for c in Warning.__subclasses__()][:4])

class AppError(ValueError):
    pass
print(AppError in ValueError.__subclasses__(), ValueError.__subclasses__()[0].__name__)

calls = []
def my_hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hooked"
sys.breakpointhook = my_hook
print(breakpoint(1, where="here"), calls)
sys.breakpointhook = sys.__breakpointhook__
print(sys.__breakpointhook__.__name__, callable(breakpoint))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
print(f"\{6*7}", f"path\\{'file'}", len(f"\{1}"))
