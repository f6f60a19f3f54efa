import asyncio, contextlib
buttons = [lambda: "a", lambda: "b"]
@buttons[1].__call__.__self__ if False else (lambda f: f)
def decorated(): return "decorated"
print(decorated())
class Colors:
    RED = "red"; BLUE = "blue"
def paint(c):
    match c:
        case Colors.RED: return "warm"
        case Colors.BLUE: return "cool"
        case [*_, "last"]: return "ends with last"
        case [first, *_] if isinstance(first, int): return f"starts with int {first}"
        case {"k": [x, y], **rest} if rest: return f"k=({x},{y}) rest={rest}"
        case {"k": _}: return "k only"
        case (1 | 2) as n: return f"one-or-two {n}"
        case str(s) if len(s) > 3: return "long str"
        case _: return "?"
for v in ["red", "blue", ["a", "last"], [5, 6], {"k": [1, 2], "z": 0}, {"k": 3}, 2, "hello", "hi", ("x", "last")]:
    print(repr(v), paint(v))
def flow(x):
    out = []
    try:
        out.append("try")
        if x == 1: raise ValueError
        if x == 2: return out + ["return-in-try"]
    except ValueError:
        out.append("except")
        return out
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
print(flow(0), flow(1), flow(2))
with (open(__file__) as f1,
      contextlib.nullcontext(5) as five):
    print(len(f1.readline()) > 0, five)
calls = []
def side(v):
    calls.append(v); return v
print(side(1) < side(2) < side(0) < side(5), calls)
print([y for x in range(5) if (y := x * x) % 2], [(a, b) for a in range(3) for b in range(a)], {k: v for k, v in zip("ab", "cd")})
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    res = [x async for x in agen(3)]
    async def worker(name, d):
        await asyncio.sleep(d)
        return name
    done = await asyncio.gather(worker("slow", 0.02), worker("fast", 0.01))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        done.append("timeout")
    q = asyncio.Queue()
    for i in range(3): await q.put(i)
    got = [await q.get() for _ in range(3)]
    return res, done, got
print(asyncio.run(main()))
x = 10
class Scope:
    x = 20
    y = x + 1
    z = [x for _ in range(1)]
print(Scope.y, Scope.z)
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x=[]: x.append(1) or len(x))(), (lambda: (yield))().__class__.__name__)
a = b = c = []
a.append(1); print(b, c is a)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0, 0]; k = 0
k, lst[k] = 1, 5
print(k, lst)
print(1 if 0 else 2 if 0 else 3, not 1 == 2, (not 1) == 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, 7 // 2 * 2, 1 < 2 == 2, 0 or [] or {} or "last", 1 and 0 and 2)
print(f"{'a' if True else 'b'}", f"{[1,2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda: 5)()}", f"{x!r:>4}", f"{'{'}", f"{3:{'0'}{4}}")
print(type(...), ... is Ellipsis, [1, 2][...] if False else "ok", __name__, __doc__ is None, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
del a
try:
    a
except NameError as e:
    print("NameError:", e)
n = 0
while True:
    n += 1
    if n < 3: continue
    if n > 5: break
else:
    print("never")
print("n =", n)
def gen_return():
    yield 1
    return 2
def delegator():
    r = yield from gen_return()
    yield r
print(list(delegator()))
