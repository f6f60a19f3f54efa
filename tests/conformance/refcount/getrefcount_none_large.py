import sys

print(sys.getrefcount(None) > 1000)
print(sys.getrefcount(True) > 10)
print(sys.getrefcount(1) > 10)
a = 100000
b = a
print(sys.getrefcount(b) >= 3)
