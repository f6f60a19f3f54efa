from collections import Counter, deque, ChainMap, namedtuple, defaultdict, UserDict, UserList, UserString
import heapq, bisect

c = Counter("abracadabra")
d = Counter(a=1, b=5, z=2)
print(c, c.most_common(2), c.total(), sorted(c.elements())[:6])
print(c + d, c - d, c & d, c | d, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.subtract("aaaaaaa")
print(c, c["missing"], "missing" in c)
c.update({"q": 3})
print(c.most_common()[-2:], Counter() == Counter(a=0), Counter(a=1) <= Counter(a=2, b=1))
print(repr(Counter()), Counter({"x": 0.5, "y": 1.5}), dict(Counter("hello")))
words = "the quick brown the lazy the quick end".split()
for w, n in Counter(words).most_common():
    print(f"{w:<6}{'*' * n}")

dq = deque(range(5), maxlen=5)
print(dq)
dq.append(5)
dq.appendleft(-1)
print(dq, dq.maxlen)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.index(3), dq.count(1), dq[2], dq[-1])
dq.extendleft([10, 20])
print(dq, list(reversed(dq)))
try:
    dq.insert(0, 99)
except IndexError as e:
    print("IndexError:", e)
d2 = deque([1, 2, 3])
d2.insert(1, 1.5)
d2.remove(2)
print(d2, d2.pop(), d2.popleft(), d2, deque(), deque("ab", 1), deque([], 0))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d2.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(d2 * 3, d2 + deque([9]), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents, child.maps[0])
child["extra"] = 1
print(child.maps[0], dict(child) == {**defaults, **user, "color": "blue", "extra": 1})
try:
    del cm["color"]
except KeyError as e:
    print("KeyError:", e)

Card = namedtuple("Card", "rank suit")
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=["eng", 100])
print(Card("A", "S"), Emp("x"), Emp._field_defaults, Emp._make(["a", "b", 1]), Card._fields)
R = namedtuple("R", "a def class a", rename=True)
print(R._fields, R(1, 2, 3, 4))
e = Emp("y", salary=50)
print(e._replace(dept="ops"), e._asdict(), e.salary, e[0], e[-1], tuple(e))
try:
    Card("A")
except TypeError as ex:
    print("TypeError:", ex)
try:
    namedtuple("Bad", "1x")
except ValueError as ex:
    print("ValueError:", ex)
try:
    e.name = "z"
except AttributeError as ex:
    print("AttributeError:", ex)

dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
print(dd, dict(dd), dd.default_factory)
dc = defaultdict(int)
for ch in "mississippi":
    dc[ch] += 1
print(sorted(dc.items()), dc.get("z"), "z" in dc, dc["z"], "z" in dc)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print({k: dict(v) for k, v in nested.items()})
try:
    defaultdict(None)["x"]
except KeyError as ex:
    print("KeyError:", ex)

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld.data, "a" in ld)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul[:2]).__name__)
us = UserString("hello"); print(us.upper(), us[1:], type(us.upper()).__name__)

heap = []
for item in [(5, "write"), (1, "eat"), (3, "code"), (2, "sleep")]:
    heapq.heappush(heap, item)
print([heapq.heappop(heap) for _ in range(len(heap))])
nums = [9, 1, 8, 2, 7, 3]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, words, key=len), list(heapq.merge([1, 4, 7], [2, 5, 8], [0])))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
try:
    heapq.heappush(heap, (1, {"a": 1}))
    heapq.heappush(heap, (1, {"b": 2}))
except TypeError as ex:
    print("TypeError:", ex)
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
srt = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(srt, x)
print(srt, bisect.bisect_left(srt, 1), bisect.bisect_right(srt, 1))
recs = [("a", 1), ("b", 3)]
bisect.insort(recs, ("c", 2), key=lambda r: r[1])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[1]))
