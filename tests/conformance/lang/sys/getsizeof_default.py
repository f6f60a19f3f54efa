import sys

print(sys.getsizeof(1, 'unused'), sys.getsizeof([], 0))
try:
    sys.getsizeof()
except TypeError as e:
    print('TypeError:', e)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder)
