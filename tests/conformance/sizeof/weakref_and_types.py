import sys
import weakref


class C:
    pass


c = C()
print(sys.getsizeof(weakref.ref(c)))
print(sys.getsizeof(C), sys.getsizeof(int), sys.getsizeof(object))
print(sys.getsizeof(sys), sys.getsizeof(Exception()))
