import types
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[int], type[int])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], type(a))
print(a([1, 2]), a(), list[int]('ab'))
print(int | None, int | str | None, (int | str) == (str | int), type(int | None))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
print(types.FunctionType, types.BuiltinFunctionType, types.ModuleType, types.NoneType, types.GeneratorType)
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(types) is types.ModuleType)
class C(list[int]):
    pass
print(C.__mro__, C.__orig_bases__, C([1]))
def f(x: int) -> list[int]:
    return [x]
print(f(1))
