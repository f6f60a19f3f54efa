import sys
d = {}
prev = sys.getsizeof(d)
print(0, prev)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print("grow at", len(d), s); prev = s
for i in range(95):
    del d[i]
print("after deletes", len(d), sys.getsizeof(d))
for i in range(1000, 1010):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print("reinsert", len(d), s); prev = s
d.clear()
print("clear", sys.getsizeof(d))
d = {str(i): i for i in range(20)}
print("strkeys", sys.getsizeof(d))
for i in range(20):
    d.pop(str(i))
print("emptied", len(d), sys.getsizeof(d))
d["x"] = 1
print("one more", sys.getsizeof(d))
print("copy", sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 44, 100):
    src = {i: None for i in range(n)}
    print(n, sys.getsizeof(src), sys.getsizeof(dict.fromkeys(range(n))), sys.getsizeof(dict(src)), sys.getsizeof(src.copy()), sys.getsizeof(dict(zip(range(n), range(n)))))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({"a": 1, "b": 2}), sys.getsizeof(dict([("a", 1)])))
for n in range(0, 12):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    lit = eval("{" + ",".join("'k%d': %d" % (i, i) for i in range(n)) + "}")
    print(n, sys.getsizeof(d), sys.getsizeof(lit))
d = dict.fromkeys("abcdefgh")
print(sys.getsizeof(d))
d.update(dict.fromkeys("ijklmnop"))
print(sys.getsizeof(d))
k = dict.fromkeys(range(3))
k.setdefault(5, 1)
print(sys.getsizeof(k), sys.getsizeof({}.keys()), sys.getsizeof(k.items()))
