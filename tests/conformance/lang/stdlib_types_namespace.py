# types: SimpleNamespace, the names of built-in types, new_class, GenericAlias and UnionType.
import types
from types import SimpleNamespace

ns = SimpleNamespace(b=2, a=1)
ns.c = 'x'
print(ns, repr(ns), ns.a, vars(ns), ns == SimpleNamespace(b=2, a=1, c='x'), ns != SimpleNamespace())
print(SimpleNamespace(), SimpleNamespace(**{'k': 1}, j=2))
del ns.c
print(ns, hasattr(ns, 'c'), ns.__dict__)
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__)


class Sub(SimpleNamespace):
    pass


s = Sub(x=1)
print(s, s == SimpleNamespace(x=1), isinstance(s, SimpleNamespace), type(s).__name__)
nested = SimpleNamespace(inner=SimpleNamespace(v=[1, 2]))
print(nested, nested.inner.v)
try:
    SimpleNamespace({'k': 1})
except TypeError as e:
    print(type(e).__name__, e)
print(SimpleNamespace.__module__, SimpleNamespace.__name__)


def fn():
    pass


def gen():
    yield 1


class K:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GeneratorType, types.CodeType, types.CellType)
print(isinstance(fn, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(K().m, types.MethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(fn.__code__, types.CodeType), isinstance(None, types.NoneType))
print(isinstance(..., types.EllipsisType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
try:
    raise ValueError('v')
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))

Made = types.new_class('Made', (object,), {}, lambda ns: ns.update(x=5, hello=lambda self: 'hi'))
print(Made.__name__, Made.x, Made().hello(), Made.__mro__)


class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['flag'] = kw.get('flag')
        return super().__new__(mcls, name, bases, ns)


Made2 = types.new_class('Made2', (), {'metaclass': M, 'flag': 7})
print(type(Made2).__name__, Made2.flag, types.new_class('E').__mro__)

ga = list[int]
print(type(ga) is types.GenericAlias, types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
u = int | str
print(type(u) is types.UnionType, u.__args__, isinstance(u, types.UnionType), int | str | int, (int | None).__args__)
print(dict[str, list[int]].__args__, tuple[int, ...].__args__, list[int] | None, hash(list[int]) == hash(list[int]))
