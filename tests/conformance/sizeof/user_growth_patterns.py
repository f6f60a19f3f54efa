# getsizeof while lists, dicts, sets and strs grow and shrink.
import sys
# list growth as the course exercise shows it
lst = []
prev = sys.getsizeof(lst)
print(0, prev)
for i in range(70):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != prev:
        print(len(lst), s)
        prev = s
print("pop down")
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != prev:
        print(len(lst), s)
        prev = s
print("dict growth")
d = {}
prev = sys.getsizeof(d)
print(0, prev)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print(len(d), s)
        prev = s
for i in range(95):
    del d[i]
print("after deletes", len(d), sys.getsizeof(d))
d2 = dict(d)
print("copy", sys.getsizeof(d2), sys.getsizeof(d.copy()))
d.clear()
print("cleared", sys.getsizeof(d))
print("set growth")
s = set()
prev = sys.getsizeof(s)
print(0, prev)
for i in range(200):
    s.add(i)
    z = sys.getsizeof(s)
    if z != prev:
        print(len(s), z)
        prev = z
for i in range(190):
    s.discard(i)
print("after discards", len(s), sys.getsizeof(s))
s.clear()
print("cleared", sys.getsizeof(s))
print("str building")
t = ""
for i in range(5):
    t += "x" * 10
    print(len(t), sys.getsizeof(t))
print([sys.getsizeof([0] * n) for n in range(6)])
print([sys.getsizeof([None] * n * 2) for n in range(4)])
print([sys.getsizeof(list(range(n))) for n in range(6)])
print([sys.getsizeof([x for x in range(n)]) for n in range(10)])
print(sys.getsizeof([1, 2] + [3]), sys.getsizeof([1] * 3), sys.getsizeof([*range(3)]))
l2 = [1, 2, 3]; l2.extend([4, 5]); print(sys.getsizeof(l2))
l3 = list(range(100)); del l3[10:]; print(sys.getsizeof(l3))
l4 = list(range(100)); l4[:] = []; print(sys.getsizeof(l4))
