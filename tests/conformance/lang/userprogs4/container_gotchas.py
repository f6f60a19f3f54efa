# Container gotchas: mutating while iterating, [[0]*3]*3, mutable defaults, tuple +=
# with a list, aliasing, equal keys of different types, nested defaultdicts, copies.
d = {"b": 1, "a": 2}
for k in list(d):
    if k == "a":
        del d[k]
print(d)
try:
    for k in d:
        d["new"] = 1
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
print(lst)
m = [[0] * 3] * 3
m[0][0] = 1
print(m)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
t = (1, [2, 3])
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e, t)
a = b = []
a += [1]
print(a, b, a is b)
c = [1]
c = c + [2]
print(c)
print(sorted({3: "a", 1: "b"}), list({"x": 1}.items()), dict([("k", 1), ("k", 2)]), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float", True: "bool"})
print({0, False, 0.0}, {"a", "b"} == {"b", "a"}, [1, 2] == [2, 1], (1,) + (2,), [1] * 3, "ab" in "cabd")
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("d", {}).get("e"), nested.get("x", {}).get("y", "default"))
from collections import Counter, defaultdict, OrderedDict, deque
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2), sorted(Counter(words).items())[:3])
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], "x" in root, dict(root).keys())
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print([1, 2, 3][::-1], [1, 2, 3, 4, 5][1::2], "hello"[::2], (1, 2, 3)[-1:], list(range(10))[-3:-1])
x = [3, 1, 2]
y = x.sort()
print(y, x, sorted(x, reverse=True), x.copy() is not x, x[:] == x)
print(max([1, 5, 3], key=lambda v: -v), min("bca"), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), sum([1.5, 2.5]), round(sum([0.1] * 10), 10))
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, "a1b2")), list(zip(*[(1, "a"), (2, "b")])))
e = enumerate(["x", "y"])
print(next(e), list(e))
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, "2"]))
dq = deque(maxlen=3)
for i in range(5):
    dq.append(i)
print(dq, list(dq), dq[1], len(dq), 3 in dq)
od = OrderedDict(a=1, b=2)
od["a"] = 3
print(od, list(od.items()), od == {"b": 2, "a": 3}, od == OrderedDict(b=2, a=3))
print(dict.fromkeys(range(3), 0), {k: v for k, v in zip("abc", range(3)) if v}, {v: k for k, v in {"a": 1}.items()})
print(list(iter(lambda: 5, 5)), [*"abc"], "".join(reversed("abc")), " ".join(map(str, range(3))))
ls = [[3, "c"], [1, "a"], [2, "b"]]
ls.sort()
print(ls, sorted(ls, key=lambda p: p[1], reverse=True))
import copy
orig = {"l": [1, 2], "d": {"k": [3]}}
shallow = copy.copy(orig); deep = copy.deepcopy(orig)
orig["l"].append(99); orig["d"]["k"].append(100)
print(shallow, deep)
print(len(set("mississippi")), sorted(set("mississippi")), "".join(sorted(set("mississippi"), key="mississippi".index)))
print(list(dict.fromkeys([3, 1, 3, 2, 1])), [i for i, v in enumerate("abcb") if v == "b"])
print(str([1, "a", None, 2.0, (1,), {"k": [1]}]), repr("it's"), repr('say "hi"'), repr("both ' and \""))
