import sys, array, collections
b = b"hello world, this is bytes"
print(sys.getsizeof(b), sys.getsizeof(b[:5]), sys.getsizeof(b[5:6]), sys.getsizeof(b[:0]), sys.getsizeof(b * 3))
mv = memoryview(b)
print(sys.getsizeof(mv), sys.getsizeof(mv[2:5]), sys.getsizeof(mv.tobytes()))
ba = bytearray()
prev = sys.getsizeof(ba)
print(0, prev)
for i in range(100):
    ba.append(i)
    z = sys.getsizeof(ba)
    if z != prev:
        print("ba", len(ba), z); prev = z
ba2 = bytearray(b"abc")
ba2 += b"x" * 20
print(sys.getsizeof(ba2))
ba2.extend(range(30))
print(sys.getsizeof(ba2))
del ba2[:40]
print(len(ba2), sys.getsizeof(ba2))
print(sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b"x" * 10)))
for code in "bhilqfd":
    a = array.array(code)
    sizes = [sys.getsizeof(a)]
    for i in range(20):
        a.append(1)
        sizes.append(sys.getsizeof(a))
    print(code, a.itemsize, sorted(set(sizes)))
a = array.array("i", range(100))
print(sys.getsizeof(a), sys.getsizeof(a[:10]), sys.getsizeof(array.array("u", "hello")))
dq = collections.deque()
prev = sys.getsizeof(dq)
print("deque", prev)
for i in range(200):
    dq.append(i)
    z = sys.getsizeof(dq)
    if z != prev:
        print("dq", len(dq), z); prev = z
print(sys.getsizeof(collections.deque(maxlen=3)))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**20)), sys.getsizeof(iter(range(10))), sys.getsizeof(iter(range(10**20))))
print(sys.getsizeof(object()), sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(sys.getsizeof(slice(1, 2)), sys.getsizeof(type), sys.getsizeof(int), sys.getsizeof(property()))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(100))))
od = collections.OrderedDict.fromkeys(range(5))
print(sys.getsizeof(od), sys.getsizeof(collections.Counter("abc")), sys.getsizeof(collections.defaultdict(list)))
