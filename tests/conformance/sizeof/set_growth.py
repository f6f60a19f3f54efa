import sys

s = set()
last = None
for n in range(40):
    size = sys.getsizeof(s)
    if size != last:
        print(n, size)
        last = size
    s.add(n)
print(sys.getsizeof(frozenset()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(5))))
