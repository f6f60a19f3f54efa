import sys, types, copy, functools, collections, itertools
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f"Stack({self._items})"
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s.pop(), bool(Stack()), [x * 2 for x in s])
def tokenize(expr):
    num = ""
    for ch in expr:
        if ch.isdigit() or ch == ".": num += ch; continue
        if num: yield float(num) if "." in num else int(num); num = ""
        if ch in "+-*/()": yield ch
    if num: yield float(num) if "." in num else int(num)
def rpn(tokens):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}; out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)): out.append(t)
        elif t == "(": ops.append(t)
        elif t == ")":
            while ops[-1] != "(": out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t]: out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]
def evaluate(r):
    st = []
    for t in r:
        if isinstance(t, str):
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else: st.append(t)
    return st[0]
for e in ["1+2*3", "(1+2)*3", "10/4-1.5", "2*(3+4)*(5-1)"]:
    print(e, "=", evaluate(rpn(tokenize(e))), rpn(tokenize(e)))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [1]; print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]))
orig = {"k": [1, 2], "n": {"m": 3}}; sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["k"].append(9); orig["n"]["m"] = 0; print(sh, dp)
Point = collections.namedtuple("Point", ["x", "y"])
p = Point(3, 4); print(p._replace(x=0), p._asdict(), Point._make([5, 6]), p.x + p.y, tuple(p), p == (3, 4), hash(p) == hash((3, 4)))
@functools.singledispatch
def describe(x): return f"object {x!r}"
@describe.register
def _(x: int): return f"int {x}"
@describe.register(list)
def _(x): return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(1) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(2), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
pm = functools.partialmethod if hasattr(functools, "partialmethod") else None
class Cell:
    def set_state(self, state): self.state = state
    set_alive = functools.partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.state)
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched", list(itertools.pairwise("abcd")))
def gen_with_return():
    yield 1
    return "result"
g = gen_with_return(); next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(sys.getrecursionlimit(), sys.version_info[:2], sys.version_info >= (3, 8), sys.platform != "", type(sys.maxsize))
