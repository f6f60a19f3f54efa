import sys, warnings
def parse(s):
    try:
        return int(s)
    except ValueError:
        return float(s)
print([parse(x) for x in ["1", "2.5", "-3", "1e3"]])
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr\n")
print("a", "b", sep="", end="!\n")
print(*range(5), sep=", ")
print()
print(end="")
print("x", flush=True)
class Node:
    def __init__(self, val, children=()):
        self.val = val; self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.walk(depth + 1)
tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for d, v in tree.walk(): print("  " * d + v)
def outer():
    x = 1
    def inner():
        return x + y
    y = 2
    return inner()
print(outer())
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0}))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, c=1, c2=3, **{"c": 4})
except TypeError as e:
    print(e)
def g(x, /, y, *, z): return x, y, z
print(g(1, y=2, z=3))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print(e)
lam = lambda *a, **k: (a, k)
print(lam(1, x=2), (lambda: 42)(), sorted([3, 1, 2], key=lambda v: -v))
data = [("b", 2), ("a", 2), ("c", 1)]
data.sort(key=lambda t: t[1]); print(data)
data.sort(key=lambda t: (t[1], t[0]), reverse=True); print(data)
nums = [5, 3, 8]; nums[1:2] = [9, 9, 9]; del nums[0]; nums.insert(-1, 0); print(nums, nums.index(9), nums.count(9), nums[::-2])
t = (1, [2, 3]); t[1].append(4); print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
d = {"a": 1}; d.setdefault("b", []).append(2); d.update(c=3); d |= {"d": 4}; print(d, d.pop("a"), d.get("zz", "def"), list(d.items())[-1], {**d, "e": 5})
s = {1, 2, 3}; s2 = frozenset({3, 4}); print(s | s2, s & s2, s - s2, s ^ s2, s <= {1, 2, 3, 4}, s.isdisjoint(s2))
print(sys.argv[0].endswith("u8.py"), len(sys.argv), __name__, __file__.endswith(".py") if "__file__" in dir() else None)
def risky(n):
    if n == 0:
        raise RuntimeError("bottom")
    return risky(n - 1)
try:
    risky(3)
except RuntimeError as e:
    import traceback
    print("".join(traceback.format_exception(e)).count("risky"))
class Cfg(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    __setattr__ = dict.__setitem__
c = Cfg(a=1); c.b = 2; print(c.a, c.b, c)
try:
    c.zz
except AttributeError as e:
    print("AttributeError", e)
sys.exit("fatal: giving up")
