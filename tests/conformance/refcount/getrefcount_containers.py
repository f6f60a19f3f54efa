import sys

x = object()
l = [x, x]
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
d = {'a': x, 'b': x}
print(sys.getrefcount(x))
l.clear()
del t
d.clear()
print(sys.getrefcount(x))
