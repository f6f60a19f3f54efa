import sys


def inside(obj):
    return sys.getrefcount(obj)


x = object()
print(sys.getrefcount(x), inside(x))


def two(a, b):
    return sys.getrefcount(a)


print(two(x, x))
