import sys
class Neg:
    def __sizeof__(self): return -1
class Str:
    def __sizeof__(self): return "big"
class Flt:
    def __sizeof__(self): return 1.5
class Huge:
    def __sizeof__(self): return 2**70
class Raises:
    def __sizeof__(self): raise RuntimeError("nope")
class Boolish:
    def __sizeof__(self): return True
class IntSub(int): pass
class Sub:
    def __sizeof__(self): return IntSub(10)
for cls in (Neg, Str, Flt, Huge, Raises, Boolish, Sub):
    for args in ((), (99,)):
        try:
            print(cls.__name__, args, sys.getsizeof(cls(), *args))
        except Exception as e:
            print(cls.__name__, args, type(e).__name__, e)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
try:
    sys.getsizeof(object=1)
except TypeError as e:
    print(e)
print(sys.getsizeof(Neg, 5) > 0)
print(sys.getsizeof(1, default=5))
class Slotless:
    __slots__ = ()
    def __sizeof__(self): return 0
print(sys.getsizeof(Slotless()))
print(object.__sizeof__(Neg()), int.__sizeof__(5), list.__sizeof__([1, 2]), [1, 2, 3].__sizeof__())
print(str.__sizeof__("abc"), "abc".__sizeof__(), (1, 2).__sizeof__(), {}.__sizeof__(), set().__sizeof__())
