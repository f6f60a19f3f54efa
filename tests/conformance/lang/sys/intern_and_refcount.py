import sys

a = ''.join(['py', 'mm', '_name'])
b = ''.join(['py', 'mm', '_name'])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a)
print(sys.getrefcount(ia) >= 2)
