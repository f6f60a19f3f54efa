# A grab bag of built-ins: print options, recursive reprs, Template, zip(strict=True),
# dict/set operators, slice assignment, sort errors, heapq, bisect, copy protocols,
# bytes methods, array, eval/exec namespaces.
import sys, copy, heapq, bisect, string, array
print("a", "b", sep="-", end="!\n")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print()
print(1, None, [None], {"k": None}, sep="|", end="")
print(flush=True)
a = [1, 2]; a.append(a)
d = {"x": 1}; d["self"] = d
print(a, d, repr(a), str(d))
t = ([],); t[0].append(t)
print(t)
class R:
    def __repr__(self):
        return f"R({self.inner!r})"
r = R(); r.inner = [r]
try:
    print(r)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
print(string.Template("$who likes ${what}!").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute(a=1))
try:
    string.Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
print("{name}-{0}".format_map({"name": "n", 0: "zero"}) if False else "{name}".format_map({"name": "n"}))
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello   world"))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("abc", start=10)), list(reversed(range(0, 10, 3))), list(range(10)[2:8:3]), range(10)[-1], range(0, 10, 3)[::-1])
d1 = {"a": 1, "b": 2}; d2 = {"b": 3, "c": 4}
print(d1 | d2, d2 | d1, {**d1, **d2}, list(reversed(d1)), d1.keys() & d2.keys(), d1.keys() | {"z"}, d1.items() - {("a", 1)})
d1 |= {"z": 0}; print(d1, dict.fromkeys("ab", []), d1.setdefault("q", 5), d1.get("nope"), d1.pop("nope", "dflt"))
s1 = {1, 2, 3}; fs = frozenset({2, 3, 4})
print(s1 & fs, type(s1 & fs).__name__, type(fs & s1).__name__, fs | s1, s1 ^ fs, s1 - fs, s1 <= {1, 2, 3, 4}, s1.isdisjoint({9}), fs.union([9]))
lst = list(range(10))
lst[2:5] = ["a"]; print(lst)
lst[::3] = ["X"] * len(lst[::3]); print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del lst[::2]; print(lst)
lst[1:1] = "hey"; print(lst)
lst[-100:100] = []; print(lst)
nums = [5, 3, 8, 1, 9, 2]
print(nums.index(8, 1, 4), sorted(nums, reverse=True), nums.count(3))
try:
    nums.index(8, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
recs = [("b", 2), ("a", 2), ("c", 1)]
recs.sort(key=lambda r: r[1]); print(recs)
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [5, 1, 8], key=lambda v: -v), list(heapq.merge([1, 4], [2, 3])))
heapq.heapify(nums); print(nums, heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
srt = [1, 3, 3, 5]
print(bisect.bisect_left(srt, 3), bisect.bisect_right(srt, 3), bisect.bisect(srt, 4)); bisect.insort(srt, 4); print(srt)
print(bisect.bisect_left([("a", 1), ("c", 2)], "b", key=lambda p: p[0]))
class Deep:
    def __init__(self):
        self.items = [1, [2, 3]]
        self.me = self
dp = Deep(); cp = copy.copy(dp); dc = copy.deepcopy(dp)
print(cp.items is dp.items, dc.items is dp.items, dc.items[1] is dp.items[1], dc.me is dc, cp.me is dp)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__"); return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
copy.copy(Custom(1)); copy.deepcopy([Custom([1])])
print(b"%d-%s-%x" % (5, b"ab", 255), b"abc".hex(), b"abcdef".hex(":", 2), bytes.fromhex("de ad be ef"), bytes(3), bytes([65, 66]), b"a,b".split(b","))
print(b"hello".upper(), b"  x ".strip(), b"abc"[1], b"abc"[1:], list(b"ab"), b"ab" * 2, bytearray(b"ab") + b"c", b"x" in b"xyz", 120 in b"xyz")
ba = bytearray(b"hello"); ba[0] = 72; ba.extend(b"!!"); ba.insert(0, 32); print(ba, ba.decode().strip(), ba.find(b"l"), ba.replace(b"l", b"L"))
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
arr = array.array("h", [1, -2, 3]); arr.append(4); print(arr, arr.tolist(), arr.itemsize, arr[::-1], sum(arr), arr.tobytes()[:4])
try:
    arr.append(1 << 20)
except OverflowError as e:
    print("OverflowError:", e)
g = {"x": 5}
print(eval("x * 2", g), eval("y + 1", {}, {"y": 1}), eval("[i for i in range(3)]"))
exec("def sq(n):\n    return n * n\nres = sq(x)", g)
print(g["res"], "sq" in g, "__builtins__" in g)
def localtest():
    a = 1
    b = [2]
    return sorted(locals().items())
print(localtest(), vars(R) is not None, sorted(k for k in vars(Deep) if not k.startswith("__")))
print(divmod(-17, 5), abs(-3.5), pow(2, -1), pow(3, 4, 5), pow(2, -1, 7), round(2.675, 2), max([], default="empty"), min(3, 1, 2), max("abc", key=ord))
print(any([]), all([]), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 3), isinstance(True, int), issubclass(bool, (str, int)))
print(chr(9731), ord("€"), hex(-255), oct(8), bin(5), format(255, "x"), format(1234.5, ","), format("x", "^5"), format(3, "b"))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(iter([1, 2, 3].pop, 1)))
it = iter(range(3)); print(next(it), next(it), next(it), next(it, "done"))
print(type(type), type(None)(), type(...).__name__, NotImplemented, Ellipsis, bool.__mro__, int.__name__, (1).__class__.__name__)
print(getattr(1, "real"), hasattr([], "append"), callable(len), id(None) == id(None), hash("a") == hash("a"))
print(sorted({3: "c", 1: "a"}.items()), sorted("hello"), sorted((3, 1, 2)), sorted([[2, 1], [1, 2], [1]]))
print(str(b"x"), str(b"x", "ascii"), repr(1.0), str(1e100), int("0o17", 0), int(" 0b11 ", 0), float("1e-3"), complex(" 1+1j "))
