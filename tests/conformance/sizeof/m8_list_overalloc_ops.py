import sys
lst = []
prev = sys.getsizeof(lst)
print(0, prev)
for i in range(100):
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
print("insert")
lst = []
prev = sys.getsizeof(lst)
for i in range(40):
    lst.insert(0, i)
    s = sys.getsizeof(lst)
    if s != prev:
        print(len(lst), s); prev = s
print("extend by 3")
lst = []
for i in range(15):
    lst.extend((1, 2, 3))
    print(len(lst), sys.getsizeof(lst), end="; ")
print()
print("repeat")
for n in range(0, 12):
    print(n, sys.getsizeof([None] * n), sys.getsizeof([1, 2] * n), sys.getsizeof(list(range(n))), sys.getsizeof([x for x in range(n)]))
print("slices")
base = list(range(50))
for a, b in [(0, 0), (0, 10), (5, 25), (0, 50), (10, 11)]:
    print(a, b, sys.getsizeof(base[a:b]))
c = list(range(20))
print(sys.getsizeof(c))
c[5:15] = []
print(len(c), sys.getsizeof(c))
c[0:0] = range(30)
print(len(c), sys.getsizeof(c))
c[:] = [1]
print(len(c), sys.getsizeof(c))
del c[:]
print(len(c), sys.getsizeof(c))
c += [1, 2, 3, 4, 5]
print(len(c), sys.getsizeof(c))
c *= 7
print(len(c), sys.getsizeof(c))
c.clear()
print(len(c), sys.getsizeof(c))
d = [0] * 10
d.sort()
print(sys.getsizeof(d))
d = sorted(range(10))
print(sys.getsizeof(d))
print(sys.getsizeof(list("abcdefghij")), sys.getsizeof(list(iter(range(10)))), sys.getsizeof(list((x for x in range(10)))))
print(sys.getsizeof([*range(10)]), sys.getsizeof([1,2,3,4,5,6,7,8,9,10]))
print(sys.getsizeof("a b c d e f g".split()), sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list(map(str, range(10)))))
print(sys.getsizeof(list(zip(range(9), range(9)))), sys.getsizeof(list(filter(None, range(10)))))
