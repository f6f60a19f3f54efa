# Container sizes after pops, deletes, copies, set merges, list operations, bytearray growth.
import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
d.pop(3); d.popitem()
print(sys.getsizeof(d))
for i in range(100, 200):
    d[i] = i
print(sys.getsizeof(d))
for k in list(d)[:100]:
    del d[k]
print(len(d), sys.getsizeof(d))
d[1000] = 1
print(sys.getsizeof(d))
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict(zip("abc", range(3)))))
print(sys.getsizeof({**d}), sys.getsizeof(d | {}))
s = set(range(10))
print(sys.getsizeof(s))
s.remove(5)
print(sys.getsizeof(s))
s |= set(range(100))
print(sys.getsizeof(s))
print(sys.getsizeof(s & {1, 2}), sys.getsizeof(s - s), sys.getsizeof(set(s)))
print(sys.getsizeof(frozenset("abc")), sys.getsizeof({x for x in range(5)}))
l = [3, 1, 2]
l.sort(); print(sys.getsizeof(l))
l.insert(0, 9); print(sys.getsizeof(l))
l.remove(9); print(sys.getsizeof(l))
l *= 3; print(sys.getsizeof(l))
l.reverse(); print(sys.getsizeof(l), sys.getsizeof(sorted(l)), sys.getsizeof(l.copy()), sys.getsizeof(l[:]))
print(sys.getsizeof(list(l)), sys.getsizeof([*l]), sys.getsizeof(l + []))
l.clear(); print(sys.getsizeof(l))
print(sys.getsizeof(tuple(range(5))), sys.getsizeof(tuple(x for x in range(5))))
print(sys.getsizeof(list("abcdefgh")), sys.getsizeof(list(map(int, "123"))))
print(sys.getsizeof(bytes(10)), sys.getsizeof(bytes(range(5))), sys.getsizeof(b"ab" * 10))
ba = bytearray()
sizes = []
for i in range(40):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sorted(set(sizes)))
print(sys.getsizeof(bytearray(b"x" * 10)), sys.getsizeof(bytearray(range(20))))
