import sys

l = []
l.extend(range(5))
print(sys.getsizeof(l))
l.extend(range(5))
print(sys.getsizeof(l))
m = [1, 2]
m += [3, 4, 5, 6, 7, 8, 9]
print(sys.getsizeof(m))
n = [0] * 10
n.append(1)
print(sys.getsizeof(n))
