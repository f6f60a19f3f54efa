import sys

n = 1
last = None
for i in range(0, 400, 7):
    size = sys.getsizeof(n << i)
    if size != last:
        print(i, size)
        last = size
print(sys.getsizeof(10**100), sys.getsizeof(-10**100))
print(sys.getsizeof(int('9' * 50)))
