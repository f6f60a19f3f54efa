import sys


class Box:
    pass


v = object()
b = Box()
print(sys.getrefcount(v))
b.item = v
print(sys.getrefcount(v))
b.other = v
print(sys.getrefcount(v))
del b
print(sys.getrefcount(v))
print(sys.getrefcount(Box) > 2)
