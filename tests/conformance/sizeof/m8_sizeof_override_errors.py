import sys
class Neg:
    def __sizeof__(self): return -1
class Str:
    def __sizeof__(self): return "big"
class Flt:
    def __sizeof__(self): return 3.0
class Big:
    def __sizeof__(self): return 2**70
class IntSub(int): pass
class Sub:
    def __sizeof__(self): return IntSub(10)
class Boolish:
    def __sizeof__(self): return True
class Slotted:
    __slots__ = ()
    def __sizeof__(self): return 10
class Raise:
    def __sizeof__(self): raise KeyError("nope")
for cls in (Neg, Str, Flt, Big, Sub, Boolish, Slotted, Raise):
    try:
        print(cls.__name__, sys.getsizeof(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        print(cls.__name__, "default", sys.getsizeof(cls(), 7))
    except Exception as e:
        print(cls.__name__, "default", type(e).__name__, e)
class NoSizeof:
    __sizeof__ = None
try:
    sys.getsizeof(NoSizeof())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1, 2), sys.getsizeof([]), [].__sizeof__(), object().__sizeof__())
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
class T: pass
print(sys.getsizeof(T()) - T().__sizeof__(), sys.getsizeof(1) - (1).__sizeof__(), sys.getsizeof(()) - ().__sizeof__())
print(sys.getsizeof(T) - T.__sizeof__(), sys.getsizeof(len) - len.__sizeof__())
