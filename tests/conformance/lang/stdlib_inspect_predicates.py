# inspect's is* predicates, getmembers, getmro, getdoc/cleandoc, isabstract, generator states.
import abc
import inspect
import sys


def func(x):
    """Return x.

    Indented second paragraph.
        Deeper line.
    """
    return x


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base:
    """Base class doc."""

    cls_attr = 1

    def method(self):
        """Method doc in Base."""

    @property
    def prop(self):
        return 5

    @staticmethod
    def smeth():
        pass

    @classmethod
    def cmeth(cls):
        pass


class Child(Base):
    def method(self):
        pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 1


objects = [func, gen, gen(), coro, agen, Base, Base(), Base().method, Base.method, len, [].append,
           sys, 1, "s", lambda: 0, Base.smeth, Base.cmeth, Base.__dict__["prop"], type]
preds = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator",
         "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "isroutine", "isabstract",
         "ismethoddescriptor", "isdatadescriptor", "iscode", "isframe", "istraceback", "isawaitable"]
for name in preds:
    pred = getattr(inspect, name)
    print(name, [int(pred(o)) for o in objects])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(int))

print([n for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Base, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(Base(), inspect.ismethod)])
print([n for n, _ in inspect.getmembers(sys.modules[__name__], inspect.isclass)])
print(inspect.getmembers(Child(), lambda v: isinstance(v, int) and not isinstance(v, bool)))
print(inspect.getmro(Child))
print(inspect.getmro(Square)[-2:])

print(repr(inspect.getdoc(func)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Child.method)))
print(repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(lambda: 0)))
print(repr(inspect.cleandoc("  first\n\n      a\n    b\n\n")))
print(repr(inspect.cleandoc("\tTabbed\n\t\tx")))
print(repr(func.__doc__ == inspect.getdoc(func)))

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(Base).__name__)
print(type(inspect.getattr_static(Base(), "prop")), inspect.getattr_static(Base, "cls_attr"))
print(inspect.getattr_static(Base, "missing", "dflt"))
try:
    inspect.getattr_static(Base(), "missing")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(inspect.getclosurevars(func))
print(inspect.get_annotations(func), inspect.get_annotations(Base))
