import sys

print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float('inf')))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print(sys.getsizeof(None), sys.getsizeof(object()))
print(sys.getsizeof(...), sys.getsizeof(NotImplemented))
