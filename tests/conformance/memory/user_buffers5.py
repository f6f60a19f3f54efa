# memoryview exports: refcounts, BufferError on resize, release, read-only views, casts.
import sys, array, gc

data = bytearray(b"0123456789" * 10)
base = sys.getrefcount(data)
mv = memoryview(data)
print("memoryview holds the bytearray:", sys.getrefcount(data) - base)
part = mv[10:20]
print("slice of a view:", sys.getrefcount(data) - base, bytes(part), part.obj is data)
part[0] = ord("X")
print("write through slice:", data[:21])
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
try:
    data.extend(b"abc")
except BufferError as e:
    print("BufferError:", e)
try:
    del data[0]
except BufferError as e:
    print("BufferError:", e)
data[0:1] = b"Z"
print("same-size slice assignment ok:", data[:3])
try:
    data[0:1] = b"ZZ"
except BufferError as e:
    print("BufferError:", e)
part.release()
print("after part.release():", sys.getrefcount(data) - base)
try:
    data.append(1)
except BufferError as e:
    print("still exported:", e)
with memoryview(data) as m2:
    print("context-managed view:", m2.nbytes, m2.readonly)
print("m2 released:", repr(m2).startswith("<released memory"))
try:
    m2[0]
except ValueError as e:
    print("ValueError:", e)
mv.release()
data.append(33)
print("append after release ok:", len(data))
print("refcount back:", sys.getrefcount(data) - base)

b = b"immutable bytes"
mb = memoryview(b)
print("readonly:", mb.readonly)
try:
    mb[0] = 1
except TypeError as e:
    print("TypeError:", e)
print("tobytes copies:", mb.tobytes() is b, mb.tobytes() == b)
print("sizes:", sys.getsizeof(mb), sys.getsizeof(mb[1:3]), sys.getsizeof(mb.tobytes()))

arr = array.array("i", range(10))
ma = memoryview(arr)
print("array view:", ma.format, ma.itemsize, ma.nbytes, ma[3])
ma.release()
arr.append(10)
print("array after release:", len(arr))
mc = memoryview(bytearray(12)).cast("i")
print("cast:", mc.format, len(mc), mc.shape)
print("gc tracked memoryview:", gc.is_tracked(mb), "bytearray:", gc.is_tracked(data))
print("bytes(memoryview) refcount of new bytes:", sys.getrefcount(bytes(mb)))
