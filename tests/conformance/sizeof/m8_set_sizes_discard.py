import sys
s = set()
prev = sys.getsizeof(s)
print(0, prev)
for i in range(200):
    s.add(i)
    z = sys.getsizeof(s)
    if z != prev:
        print("grow", len(s), z); prev = z
for i in range(190):
    s.discard(i)
print("discarded", len(s), sys.getsizeof(s))
s.clear()
print("clear", sys.getsizeof(s))
for n in (0, 1, 4, 5, 8, 18, 19, 50, 100):
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))), sys.getsizeof({i for i in range(n)}), sys.getsizeof(set(list(range(n)))))
a = set(range(10)); b = set(range(5, 15))
print(sys.getsizeof(a | b), sys.getsizeof(a & b), sys.getsizeof(a - b), sys.getsizeof(a ^ b))
a |= set(range(100))
print(sys.getsizeof(a))
print(sys.getsizeof(a.copy()), sys.getsizeof(set(a)))
print(sys.getsizeof(set("hello world")), sys.getsizeof(set(b"abcabc")))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5, 6}))
