import sys

a = 1
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([a, a, a]))
print([sys.getsizeof(list(range(n))) for n in range(8)])
print([sys.getsizeof([0] * n) for n in range(6)])
print(sys.getsizeof([x for x in range(5)]))
