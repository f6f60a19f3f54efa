# Comparisons, truth tests and iterations that raise inside built-ins (index, in, any, all,
# min, heapq, bisect, sorted, dict/set lookups, iter(callable, sentinel), generators failing
# part-way into tuple/list/set/dict/zip/map/join/unpacking): every object is released.
import gc, heapq, bisect, functools
gc.disable()
class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return f"T({self.name})"
class Bad(T):
    def __eq__(self, o): raise ValueError("eq")
    def __lt__(self, o): raise ValueError("lt")
    def __bool__(self): raise ValueError("bool")
    def __hash__(self): return 7
    def __format__(self, s): raise ValueError("fmt")
    def __str__(self): raise ValueError("str")
def scenario(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__, e)
    print("  after")
def gen(*items, fail_at=None):
    for i, x in enumerate(items):
        if i == fail_at:
            raise RuntimeError("gen fails")
        yield x
scenario("list.index eq", lambda: [T("li1"), T("li2")].index(Bad("li3")))
scenario("in list eq", lambda: Bad("in1") in [T("in2")])
scenario("any bool", lambda: any([Bad("an")]))
scenario("all bool", lambda: all([Bad("al")]))
scenario("tuple(gen) mid", lambda: tuple(gen(T("tg1"), T("tg2"), fail_at=1)))
scenario("list.extend gen", lambda: [].extend(gen(T("le1"), T("le2"), fail_at=1)))
scenario("set.update gen", lambda: set().update(gen(T("su1"), T("su2"), fail_at=1)))
scenario("dict.update gen", lambda: {}.update(gen((T("du1"), 1), (T("du2"), 2), fail_at=1)))
scenario("zip second fails", lambda: list(zip([T("z1"), T("z2")], gen(1, fail_at=1))))
scenario("enumerate fails", lambda: list(enumerate(gen(T("e1"), T("e2"), fail_at=1))))
scenario("map 2 iters", lambda: list(map(lambda a, b: a, [T("m1"), T("m2")], gen(1, fail_at=1))))
scenario("heappush lt", lambda: heapq.heappush([Bad("h1")], Bad("h2")))
scenario("heapify lt", lambda: heapq.heapify([Bad("hf1"), Bad("hf2")]))
scenario("bisect lt", lambda: bisect.insort([Bad("b1")], Bad("b2")))
scenario("cmp_to_key", lambda: sorted([T("ck1"), T("ck2")], key=functools.cmp_to_key(lambda a, b: 1 / 0)))
scenario("format", lambda: "{}".format(Bad("fo")))
scenario("str()", lambda: str(Bad("so")))
scenario("print", lambda: print(Bad("pr")))
scenario("dict setdefault eq", lambda: {Bad("sd1"): 1}.setdefault(Bad("sd2"), 2))
scenario("set contains eq", lambda: Bad("sc1") in {Bad("sc2")})
scenario("dict get eq", lambda: {Bad("dg1"): 1}.get(Bad("dg2")))
scenario("list.count", lambda: [Bad("lc1")].count(T("lc2")))
scenario("list.remove", lambda: [T("lr1")].remove(Bad("lr2")))
scenario("sorted lt", lambda: sorted([Bad("so1"), Bad("so2")]))
scenario("min lt", lambda: min(Bad("mn1"), Bad("mn2")))
scenario("iter sentinel", lambda: list(iter(lambda: Bad("is"), 5)))
scenario("reversed gi", lambda: list(reversed(type("R", (), {"__len__": lambda s: 2, "__getitem__": lambda s, i: 1 / 0})())))
scenario("str.join gen", lambda: "".join(gen("a", "b", fail_at=1)))
scenario("sum gen", lambda: sum(gen(1, 2, fail_at=1)))
scenario("frozenset gen", lambda: frozenset(gen(T("fs1"), T("fs2"), fail_at=1)))
scenario("sorted gen", lambda: sorted(gen(T("sg1"), T("sg2"), fail_at=1)))
scenario("max gen", lambda: max(gen(T("mg1"), T("mg2"), fail_at=1)))
scenario("dict comp gen", lambda: {k: 1 for k in gen(T("dcg1"), T("dcg2"), fail_at=1)})
scenario("unpack gen", lambda: [*gen(T("ug1"), T("ug2"), fail_at=1)])
scenario("star call gen", lambda: print(*gen(T("scg1"), T("scg2"), fail_at=1)))
print("collect:", gc.collect())
print("end")
