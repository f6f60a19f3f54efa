# array.array's memory: exact allocation from a list, tuple or array, over-allocation
# while appending or extending from an iterator, shrinking on delete, and a list for contrast.
import sys
from array import array
print(sys.getsizeof(array('i')), sys.getsizeof(array('d')))
print(sys.getsizeof(array('i', range(1000))), sys.getsizeof(array('d', [1.0] * 1000)), sys.getsizeof(array('b', b"abc")))
a = array('i')
sizes = []
for i in range(40):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
print(sys.getsizeof(array('u', "hello")), sys.getsizeof(array('q', [1,2,3])))
a = array('i', range(10)); a.extend(range(10)); print(sys.getsizeof(a))
a = array('i', range(100)); del a[10:]; print(sys.getsizeof(a))
a = array('i', [0]) * 100; print(sys.getsizeof(a))
a = array('i', range(10)); a.pop(); print(sys.getsizeof(a))
a = array('i', range(10)); a.frombytes(b"\0" * 40); print(sys.getsizeof(a))
a = array('i', range(10)); a.fromlist([1, 2, 3]); print(sys.getsizeof(a))
a = array('i', range(10)); a.insert(0, 5); print(sys.getsizeof(a))
a = array('i', range(10)); a += array('i', [1]); print(sys.getsizeof(a))
a = array('i', range(10)); a *= 3; print(sys.getsizeof(a))
a = array('i', range(10)); a[2:4] = array('i', [7, 7, 7, 7]); print(sys.getsizeof(a))
print(sys.getsizeof(array('i', range(10))[2:5]), sys.getsizeof(array('i', array('i', range(7)))))
import gc
print(gc.is_tracked(array('i')), a.itemsize, a.buffer_info()[1])
a = array('d')
grow = []
for i in range(100):
    a.append(float(i))
    grow.append(sys.getsizeof(a))
print(sorted(set(grow)))
while len(a) > 3:
    a.pop()
print(sys.getsizeof(a))
a = array('i', range(100))
del a[::2]
print(sys.getsizeof(a), len(a))
a.remove(1)
print(sys.getsizeof(a))
b = array('h', range(50))
b.byteswap()
print(sys.getsizeof(b))
b.fromunicode if False else None
u = array('u', "ab")
u.fromunicode("cdefghijklmnop")
print(sys.getsizeof(u))
c = array('l', array('i', range(5)))
print(sys.getsizeof(c))
lst = list(range(1000))
arr = array('i', range(1000))
print("list + ints:", sys.getsizeof(lst) + sum(sys.getsizeof(x) for x in lst), "array:", sys.getsizeof(arr))
print(sys.getsizeof(array('i', (1, 2, 3))), sys.getsizeof(array('i', iter([1, 2, 3]))), sys.getsizeof(array('b', bytearray(20))))
e = array('i', [1, 2, 3])
e *= 0
print(sys.getsizeof(e), sys.getsizeof(array('i', [1, 2]) * -1))
