import sys

print(sys.getsizeof(()))
for n in range(1, 8):
    print(n, sys.getsizeof(tuple(range(n))))
print(sys.getsizeof((1, 2, 3)), sys.getsizeof(('a', [], None)))
