# Getset and member descriptors on built-in types, and calling descriptors directly.
import types


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


for expr in [
    "int.real", "int.imag", "int.numerator", "int.denominator", "type(int.real)",
    "type(complex.real)", "float.real", "float.imag", "complex.real", "complex.imag",
    "int.real.__get__(5)", "int.imag.__get__(5)", "float.imag.__get__(2.5)",
    "complex.imag.__get__(3+4j)", "int.real.__get__(True)", "int.real.__get__('x')",
    "int.real.__name__", "int.real.__objclass__", "int.real.__qualname__",
    "BaseException.args", "BaseException.__traceback__", "BaseException.__cause__",
    "BaseException.__context__", "BaseException.__suppress_context__",
    "BaseException.args.__get__(ValueError(1, 2))", "StopIteration.value",
    "OSError.errno", "types.FunctionType.__code__", "types.FunctionType.__name__",
    "types.FunctionType.__defaults__", "types.FunctionType.__globals__",
    "types.MethodType.__func__", "types.MethodType.__self__", "range.start",
    "slice.stop", "property.fget", "type.__dict__['__bases__'].__get__(bool)",
    "hasattr(int, 'real')", "hasattr(float, 'imag')", "hasattr(list, 'real')",
    "type(int.real) is types.GetSetDescriptorType" if hasattr(types, 'GetSetDescriptorType') else "0",
    "list.append((), 1)", "list.append([])", "str.upper(5)", "int.__add__('a', 1)",
    "dict.__dict__['fromkeys'](list, 'a')", "dict.__dict__['fromkeys'](1, 'a')",
    "int.__add__(3, 4)", "float.__add__(1.5, 2)", "list.__len__([1, 2])",
]:
    show(expr)


class E(Exception):
    pass


print(E.args, E.__traceback__)
e = E('a', 'b')
print(BaseException.__dict__['args'].__get__(e, E))
BaseException.__dict__['args'].__set__(e, ('c',))
print(e.args)
try:
    int.__dict__['real'].__set__(5, 6)
except AttributeError as exc:
    print('AttributeError', exc)


def f(a, b=2):
    return a + b


print(types.FunctionType.__dict__['__defaults__'].__get__(f), f.__name__)
types.FunctionType.__dict__['__name__'].__set__(f, 'g')
print(f.__name__)
