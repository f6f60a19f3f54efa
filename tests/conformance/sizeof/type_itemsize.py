# type.__itemsize__ of built-in types, their subclasses and metaclasses (test_list uses
# tuple.__itemsize__ to size an overflowing repeat).
import collections
for t in (int, tuple, bytes, str, list, dict, object, type, bool, float, complex, bytearray, range, frozenset, set):
    print(t.__name__, t.__itemsize__, t.__basicsize__)
class C: pass
class T(tuple): pass
class I(int): pass
class B(bool.__base__): pass
class M(type): pass
print(C.__itemsize__, T.__itemsize__, I.__itemsize__, B.__itemsize__, M.__itemsize__, type(len).__itemsize__)
print(collections.OrderedDict.__itemsize__)
lst = [0] * 65
del lst[1:]
size = ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
for f in (lambda: lst * size,):
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
try:
    lst *= size
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print(len(lst))
