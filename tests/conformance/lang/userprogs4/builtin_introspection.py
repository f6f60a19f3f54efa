# Introspecting built-ins as tutorials do: __doc__ of functions, types, methods and
# instances; __qualname__ of method descriptors and bound methods; class methods of
# built-in types read from an instance; __debug__ and what the compiler refuses for it.
import builtins
import collections
import datetime

for obj in [len, print, int, str, list, dict, object, type, range, ValueError, property]:
    doc = obj.__doc__
    print(f"{obj.__name__:<10} {doc.splitlines()[0] if doc else doc!r}")
print(str.join.__doc__)
print(list.append.__doc__, [].append.__doc__, True.bit_length.__doc__, sep="\n")
print((5).__doc__.splitlines()[0], "x".__doc__.splitlines()[0], [].__doc__)


class Documented:
    """A class with a docstring."""


class Bare:
    pass


class AppError(Exception):
    pass


print(Documented.__doc__, Bare.__doc__, Documented().__doc__, AppError.__doc__, AppError().__doc__)

for f in [list.append, [].append, str.join, "".join, dict.get, {}.get, object.__init__,
          list.__len__, int.__add__, (1).__add__, type.mro, list.sort, set.add,
          dict.__getitem__, collections.deque().append, collections.deque.append,
          collections.OrderedDict.move_to_end, datetime.date.today,
          datetime.date(2020, 1, 1).isoformat, dict.fromkeys, int.from_bytes, str.maketrans,
          len, print]:
    print(f.__qualname__, f.__name__)

print({}.fromkeys("ab"), (5).from_bytes(b"\x01", "big"), "".maketrans("a", "b"))
print(b"".fromhex("41"), bytearray().fromhex("42"), (1.0).fromhex("0x1p1"), True.from_bytes(b"\x00", "big"))
print(collections.OrderedDict().fromkeys("xy"))


class MyDict(dict):
    pass


print(MyDict().fromkeys("a"), type(MyDict().fromkeys("a")).__name__)

print(__debug__, builtins.__debug__, "__debug__" in dir(builtins))
if not __debug__:
    print("optimised")
for source in ["__debug__ = 1", "del __debug__", "x.__debug__ = 1", "def f(__debug__): pass",
               "def __debug__(): pass", "class __debug__: pass", "for __debug__ in []: pass",
               "import __debug__", "import os as __debug__", "(__debug__ := 1)", "f(__debug__=1)",
               "__debug__ += 1", "lambda __debug__: 1", "with a as __debug__: pass",
               "try: pass\nexcept E as __debug__: pass", "def f(*, __debug__): pass",
               "match 1:\n    case __debug__: pass", "a, __debug__ = 1, 2",
               "from m import x as __debug__", "match 1:\n    case [1, *__debug__]: pass",
               "match 1:\n    case {**__debug__}: pass", "match 1:\n    case 1 as __debug__: pass",
               "__debug__: int = 1", "x = [__debug__ for __debug__ in y]", "def f(**__debug__): pass",
               "x.__debug__ += 1", "del x.__debug__", "global __debug__", "print(__debug__)"]:
    try:
        compile(source, "<src>", "exec")
        print(f"{source!r}: compiles")
    except SyntaxError as e:
        print(f"{source!r}: {e.msg} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
