# __slots__ in subclasses of built-in containers add 8 bytes per slot to sys.getsizeof (as
# test_sys.SizeofTest.test_slots checks), OrderedDict included.
import sys, gc
from collections import OrderedDict
class BA(bytearray): __slots__ = 'a', 'b', 'c'
class D(dict): __slots__ = 'a', 'b', 'c'
class L(list): __slots__ = 'a', 'b', 'c'
class S(set): __slots__ = 'a', 'b', 'c'
class FS(frozenset): __slots__ = 'a', 'b', 'c'
class OD(OrderedDict): __slots__ = 'a', 'b', 'c'
for o, b in [(BA(), bytearray()), (D(x=[]), {'x': []}), (L(), []), (S(), set()), (FS(), frozenset()), (OD(x=[]), OrderedDict(x=[]))]:
    print(type(o).__name__, sys.getsizeof(o), sys.getsizeof(b), gc.is_tracked(o), gc.is_tracked(b))
