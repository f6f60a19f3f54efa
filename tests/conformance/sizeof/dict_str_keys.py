import sys

d = {}
last = None
for n in range(25):
    size = sys.getsizeof(d)
    if size != last:
        print(n, size)
        last = size
    d['k%d' % n] = n
print(sys.getsizeof(dict(a=1)), sys.getsizeof({'a': 1}))
