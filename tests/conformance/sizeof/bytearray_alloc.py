# bytearray.__alloc__() is the buffer's allocated size; sys.getsizeof counts it.
import sys

for b in (bytearray(), bytearray(b"ab"), bytearray(b"u" * 1000)):
    print(len(b), b.__alloc__(), sys.getsizeof(b) - b.__alloc__())
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
b.clear()
print(b.__alloc__(), sys.getsizeof(b))
