# f-string = specifiers, match class patterns and __match_args__, unpacking forms,
# walrus, class bodies, for/while/try else, built-in reprs and operators.
x = 42; name = "pymm"; items = [1, 2, 3]
print(f"{x=}", f"{name!r:>10}", f"{x * 2 = }", f"{items[1:]=}", f"{x=:08.2f}", f"{'nested ' + name=}")
print(f"{x:{'>'}{10}}|{3.14159:.{2}f}|{name:^{x // 4}}|")
print(f"""multi
{x}
line""", f"{{literal}} {x}", f"{x!s}{x!a}", f"{'é'!a}")
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(0, 0): return "origin"
        case Pt(x, 0) if x > 0: return "positive x-axis"
        case Pt(_, y) if y < 0: return "below"
        case _: return "elsewhere"
print([where(p) for p in [Pt(0, 0), Pt(3, 0), Pt(1, -1), Pt(1, 1)]])
class Vec:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
match Vec(1, 2):
    case Vec(1, b): print("Vec b =", b)
match 5:
    case int(n) if n > 3: print("int >3", n)
match (1, "a", [2, 3]):
    case (int() as i, str() as s, [*rest]): print(i, s, rest)
match {"k": [1, {"z": 2}]}:
    case {"k": [_, {"z": z}]}: print("deep z", z)
match "hello":
    case "hi" | "hello" as greet: print("greet", greet)
try:
    match Vec(1, 2):
        case Vec(1, 2, 3): pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError:", e)
import sys
match sys.version_info:
    case (3, minor, *_) if minor >= 10: print("3.10+")
a = [10, 20, 30, 40]
idx = (1, 2)
print(a[1:3], a[slice(1, None, 2)])
def calls():
    print("called"); return 1
print(0 < calls() < 2, 1 < 2 > 0 != 3)
print(__name__, __debug__, type(__builtins__).__name__ if isinstance(__builtins__, dict) else "module")
if __name__ == "__main__":
    print("main guard")
lst = list(range(10))
del lst[2:8:2]; print(lst)
del lst[-2:]; print(lst)
a, *b, c = range(6); print(a, b, c)
(p, q), r = (1, 2), 3; print(p, q, r)
first, *_ = "xyz"; print(first)
d = {**{"a": 1}, "b": 2, **dict(c=3)}; print(d, [*range(3), *"ab"], {*"aab", 1})
print(*[1, 2], *(3,), sep="-")
def kw(*, a, b=2): return a + b
print(kw(**{"a": 1}), kw(a=1, **{"b": 5}))
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
z = [y := 5, y ** 2]; print(z, y)
print([w for w in range(10) if (sq := w * w) > 20 and sq < 60], sq)
g = lambda *a, **k: (a, k); print(g(1, x=2))
print((lambda: (yield))().__class__.__name__ if False else "skip")
nums = [3, 1, 2]
nums.sort(key=lambda v: -v); print(nums)
class Cls:
    attr = [i for i in range(3)]
    total = sum(i for i in range(4))
    global gvar
    gvar = "set in class"
print(Cls.attr, Cls.total, gvar)
def outer():
    v = "outer"
    class Inner:
        w = v
        def get(self): return v
    return Inner.w, Inner().get()
print(outer())
i = 0
while True:
    i += 1
    if i == 2: continue
    if i > 4: break
else:
    print("never")
for j in range(3):
    pass
else:
    print("for-else ran", j)
try:
    pass
except Exception:
    pass
else:
    print("try-else ran")
finally:
    print("finally ran")
print(int.__doc__.splitlines()[0][:20], len.__doc__[:20], str.join.__doc__[:25])
print(type(print).__name__, repr(len), repr(str.upper), repr([].append)[:30], repr(object.__init__))
print(divmod(10, 3), 10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 10, 2 ** -2, 7 ^ 3, 7 & 3, 7 | 8, ~7, 1 << 10, -16 >> 2)
