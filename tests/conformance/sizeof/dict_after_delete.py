import sys

d = {i: i for i in range(10)}
print(sys.getsizeof(d))
for i in range(9):
    del d[i]
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d))
e = {i: i for i in range(10)}
print(sys.getsizeof(e.copy()), sys.getsizeof(dict(e)))
