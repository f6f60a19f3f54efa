# Slot wrappers of built-in types called as methods.
import math


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


for expr in [
    "(2.5).__floor__()", "(2.5).__ceil__()", "(-2.5).__abs__()", "(2.7).__trunc__()",
    "(-2.7).__trunc__()", "(-2.5).__floor__()", "(1e300).__floor__() == int(1e300)",
    "float('inf').__floor__()", "float('nan').__ceil__()", "(2.5).__floor__(1)",
    "math.floor(2.5)", "math.ceil(-2.5)", "math.trunc(7.9)",
    "(1j).__add__(1)", "(1j).__radd__(1)", "(1j).__sub__(1)", "(1j).__rsub__(1)",
    "(1j).__mul__(2)", "(1j).__rmul__(2.5)", "(1j).__truediv__(2)", "(2j).__rtruediv__(1)",
    "(1j).__pow__(2)", "(2+0j).__rpow__(2)", "(1j).__add__('x')", "(1j).__truediv__(0)",
    "(2+1j).__neg__()", "(2+1j).__pos__()", "(1j).__pow__(2, 3)",
    "b'x'.__bytes__()", "bytearray(b'a').__add__(b'b')", "bytearray(b'a').__add__(1)",
    "bytearray(b'a').__mul__(3)", "bytearray(b'ab').__rmul__(2)", "bytearray(b'a').__mul__('x')",
    "bytearray(b'%d').__mod__(5)", "bytearray(b'a').__rmod__(5)",
    "sorted({1: 2, 3: 4}.keys().__and__({1}))", "sorted({1: 2}.keys().__or__({3}))",
    "sorted({1: 2, 3: 4}.keys().__sub__([1]))", "sorted({1: 2}.keys().__xor__({1, 5}))",
    "sorted({1: 2}.keys().__rand__([1, 2]))", "sorted({1: 2}.keys().__rsub__([1, 2]))",
    "sorted({1: 2}.items().__or__({3}), key=repr)", "{1: 2}.keys().__and__(5)",
    "{1: 2}.keys().mapping", "{1: 2}.values().mapping", "{1: 2}.items().mapping['x'] if 0 else 1",
    "type({}.keys().mapping).__name__",
    "callable(NotImplemented.__bool__)", "type(None).__bool__(None)", "type.__or__(int, None)",
    "type.__instancecheck__(int, True)", "type.__subclasscheck__(int, bool)", "type.__subclasscheck__(int, 1)",
    "enumerate[int]", "int.__or__(1, 2)",
]:
    show(expr)


class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @property
    def ro(self):
        return 0


c = C()
C.__dict__['x'].__set__(c, 42)
print(c.x, C.__dict__['x'].__get__(c, C))
try:
    C.__dict__['x'].__delete__(c)
except AttributeError as e:
    print('AttributeError', e)
try:
    C.__dict__['ro'].__set__(c, 1)
except AttributeError as e:
    print('AttributeError', e)
print(sorted(n for n in ('__set__', '__delete__', '__get__') if n in vars(property)))
