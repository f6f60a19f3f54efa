import sys

print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)), sys.getsizeof(iter([])))
print(sys.getsizeof(iter(())), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(ValueError('x')))
