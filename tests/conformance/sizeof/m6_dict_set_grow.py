import sys
d = {}
prev = sys.getsizeof(d)
print("empty", prev)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print("insert ->", len(d), s); prev = s
for i in range(95):
    del d[i]
print("after deletes", len(d), sys.getsizeof(d))
d[1000] = 1; print("insert after deletes", sys.getsizeof(d))
d.clear(); print("clear", sys.getsizeof(d))
d = {str(i): i for i in range(20)}
print("dictcomp 20", sys.getsizeof(d))
print("copy", sys.getsizeof(d.copy()))
print("dict(d)", sys.getsizeof(dict(d)))
print("dict(items)", sys.getsizeof(dict(d.items())))
print("fromkeys", [sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 100)])
print("literal", sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print("dict kw", sys.getsizeof(dict(a=1)), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
print("zip", sys.getsizeof(dict(zip("abcdefgh", range(8)))))
print("int keys vs str keys", sys.getsizeof({i: None for i in range(6)}), sys.getsizeof({str(i): None for i in range(6)}))
print("mixed", sys.getsizeof({1: 1, "a": 2}))
d = dict.fromkeys("abc")
d.update(x=1, y=2, z=3)
print("update", sys.getsizeof(d))
d = {}
d.setdefault("a", []); print("setdefault", sys.getsizeof(d))
d = {i: i for i in range(1000)}
d2 = {}
for k in list(d):
    d2[k] = d.pop(k)
print("moved", sys.getsizeof(d), sys.getsizeof(d2))
print("popitem", end=" ")
d = {i: i for i in range(10)}
while d:
    d.popitem()
print(sys.getsizeof(d))
# sets
s = set(); prev = sys.getsizeof(s); print("set empty", prev)
for i in range(100):
    s.add(i)
    n = sys.getsizeof(s)
    if n != prev:
        print("add ->", len(s), n); prev = n
for i in range(100): s.discard(i)
print("discard all", sys.getsizeof(s))
s.clear(); print("set clear", sys.getsizeof(s))
print("set(range)", [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 8, 18, 19, 50, 100)])
print("frozenset", [sys.getsizeof(frozenset(range(n))) for n in (0, 1, 4, 5, 19, 100)])
print("set literal", sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5, 6}))
print("setcomp", sys.getsizeof({i for i in range(10)}))
print("union", sys.getsizeof(set(range(5)) | set(range(5, 10))))
print("copy", sys.getsizeof(set(range(50)).copy()))
print("set(str)", sys.getsizeof(set("abcdefghij")))
print("set(dict)", sys.getsizeof(set(dict.fromkeys(range(30)))))
