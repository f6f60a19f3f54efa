# __new__ returning an instance of a subclass: type_call initialises it with that
# subclass's own __init__ (type = Py_TYPE(obj)), and not at all when it is no instance.
class Shape:
    def __new__(cls, kind):
        if cls is Shape:
            sub = {"circle": Circle, "square": Square}[kind]
            return object.__new__(sub)
        return object.__new__(cls)
    def __init__(self, kind):
        self.kind = "base:" + kind
class Circle(Shape):
    def __init__(self, kind):
        self.kind = "circle:" + kind
class Square(Shape):
    pass
for k in ("circle", "square"):
    s = Shape(k)
    print(type(s).__name__, s.kind)
print(Circle("x").kind)


class A:
    def __new__(cls, *args):
        return object.__new__(B) if args and args[0] == "b" else object.__new__(cls)


class B(A):
    def __init__(self, *args):
        print("B.__init__", args)


class Other:
    def __init__(self, *args):
        print("never")


print(type(A("b")).__name__, type(A()).__name__)


class Factory:
    def __new__(cls, x):
        return Other() if x else 42

    def __init__(self, x):
        print("Factory.__init__ not called for", x)


print(type(Factory(0)).__name__)
