# The C method objects: method_descriptor (str.join), wrapper_descriptor (object.__init__),
# method-wrapper ((1).__add__), classmethod_descriptor (dict.__dict__['fromkeys']) and
# builtin_function_or_method (len, [].append): their types, attributes and binding.
import inspect
import sys
import types

samples = [
    ("str.join", str.join),
    ("object.__init__", object.__init__),
    ("object().__init__", object().__init__),
    ("(1).__add__", (1).__add__),
    ("dict.__dict__['fromkeys']", dict.__dict__["fromkeys"]),
    ("dict.fromkeys", dict.fromkeys),
    ("len", len),
    ("[].append", [].append),
    ("list.__len__", list.__len__),
    ("int.__new__", int.__new__),
]
for label, x in samples:
    attrs = [a for a in ("__self__", "__objclass__", "__module__", "__get__", "__call__") if hasattr(x, a)]
    print(f"{label:26} {type(x).__name__:24} {sys.getsizeof(x):3} {attrs}")
    print(" " * 27, inspect.isbuiltin(x), inspect.ismethoddescriptor(x), inspect.isroutine(x), callable(x))

print(types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType)
print(isinstance(str.upper, types.MethodDescriptorType), isinstance(len, types.BuiltinFunctionType))
print(str.__dict__["join"] is str.join, list.append.__objclass__, (1).__add__.__objclass__)
print(str.join.__get__(None, str) is str.join, str.join.__get__("-")(["a", "b"]))
print(list.append.__qualname__, object.__init__.__qualname__, (1).__add__.__name__)
try:
    str.join.__get__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.__module__, str.join.__module__
except AttributeError as e:
    print("AttributeError:", e)


class Shout:
    upper = str.upper
    h = object.__hash__


print(Shout.upper("quiet"), type(Shout.__dict__["upper"]).__name__, type(Shout().h).__name__)
try:
    Shout().upper()
except TypeError as e:
    print("TypeError:", e)
print(str.join("-", "abc"), int.__add__(1, 2), dict.fromkeys("ab", 0))
print(sorted(vars(types.MethodDescriptorType)))
print(sorted(vars(types.MethodWrapperType)))
d = dict.__dict__['fromkeys']
print(d.__get__({}, None)('ab'), d.__get__(None, dict)([1]))
class D(dict): pass
print(type(d.__get__(D())('x')).__name__)
try: d.__get__(None, None)
except TypeError as e: print(e)
