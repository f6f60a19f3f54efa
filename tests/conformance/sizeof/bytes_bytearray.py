import sys

print(sys.getsizeof(b''), sys.getsizeof(b'a'), sys.getsizeof(b'abc'), sys.getsizeof(b'x' * 100))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')))
print(sys.getsizeof(bytes(10)))
