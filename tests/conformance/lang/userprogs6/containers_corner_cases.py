data = [{"n": "b", "v": 2}, {"n": "a", "v": None}, {"n": "c", "v": 1}]
try:
    data.sort(key=lambda d: d["v"])
except TypeError as e:
    print("TypeError:", e)
print([d["n"] for d in data])
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True), sorted("hello", reverse=True))
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "d": 4}
print(d1.keys() & d2.keys(), d1.keys() | d2, d1.keys() - {"a"}, d1.keys() ^ d2.keys(), d1.items() & {("a", 1)}, d1 | d2, d2 | d1)
d3 = dict(d1); d3 |= d2; print(d3, d1.keys() == {"a", "b", "c"}, d1.values() == d1.values(), list(reversed(d1)), "a" in d1.keys(), ("a", 1) in d1.items())
try:
    d1 | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
d3 |= [("z", 26)]
print(d3)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} == frozenset({2, 1}), {1} < {2}, {1, 2}.isdisjoint([3]), frozenset([1]) | {2}, {2} | frozenset([1]))
lst = list(range(10))
print(lst.index(5), lst.index(5, 3), lst.index(5, 3, 6), lst.index(9, -3))
for args in [(5, 6), (5, 0, 5), (42,)]:
    try:
        lst.index(*args)
    except ValueError as e:
        print("ValueError:", e)
a = list(range(10))
a[::2] = "abcde"; print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a[1:3] = []; print(a)
a[2:2] = [7, 7, 7]; print(a)
del a[::3]; print(a)
a[::-1] = range(len(a)); print(a)
a[5:] = (); print(a, a[::-2], a[-100:100], a[3:1])
b = [1, 2, 3]
b[len(b):] = [4]; b[:0] = [0]; print(b)
try:
    b[0:1:0]
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(t.index(3), t.count(2), t + (4,), t * 2, (1,) * 0, t[::-1], t < (1, 2, 4), (1, 2) < (1, 2, 0))
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
d = {}
d.setdefault("k", []).append(1)
d.setdefault("k", []).append(2)
print(d, d.pop("k"), d.pop("x", "dflt"), d.get("y"), dict.fromkeys("ab", 0), dict(zip("xy", (1, 2)), z=3))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
dd = {i: i * i for i in range(5)}
try:
    for k in dd:
        if k == 2:
            del dd[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst, [1, 2, 3] * 2, [[0] * 2] * 2, [] or "empty", [0] and "nonempty")
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m, list(zip(*m)), [row[::-1] for row in m], sum(m, []), max([], default="none"), min([3, 1, 2], key=lambda x: -x))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(enumerate("ab", start=1)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print("abc".center(9, "*"), "Hello World".swapcase(), "a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "x".join("abc"), "  pad ".strip(), "abc".partition("b"), "tEST".capitalize(), "hello world".title(), "a\tb".expandtabs(4))
print("ß".upper(), "İ".lower(), "ﬁ".upper(), "straße".casefold(), "abc".zfill(6), "-12".zfill(6), "x".ljust(3, "."), "{:>5}".format("ab"), "%5s|%-5s|" % ("a", "b"), "abc"[::-1], "abcdef"[1:5:2])
print("one two three".split(maxsplit=1), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(keepends=True), "Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1), "abc".find("z"), "abc".rfind("c"), "12".isdigit(), "١٢".isdigit(), "½".isnumeric(), "abc".isidentifier(), "A1".isalnum())
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
