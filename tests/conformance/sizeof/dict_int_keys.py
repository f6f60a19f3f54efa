import sys

d = {}
last = None
for n in range(45):
    size = sys.getsizeof(d)
    if size != last:
        print(n, size)
        last = size
    d[n] = n
