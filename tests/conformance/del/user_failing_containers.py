# Equality, hashing and augmented assignment that raise inside containers and operators:
# the objects involved are released as the error propagates (dict.fromkeys leaked its dict).
import gc
gc.disable()
class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return f"T({self.name})"
class Bad(T):
    def __eq__(self, o): raise ValueError("eq")
    def __lt__(self, o): raise ValueError("lt")
    def __hash__(self): raise TypeError("hash")
    def __iadd__(self, o): raise ValueError("iadd")
    def __radd__(self, o): raise ValueError("radd")
    def __getitem__(self, k): raise KeyError("gi")
    def __str__(self): raise ValueError("str")
class Eq(T):
    def __eq__(self, o): raise ValueError("eq")
    __hash__ = T.__hash__
def scenario(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__, e)
    print("  after")
scenario("list ==", lambda: [Eq("l1")] == [T("l2")])
scenario("tuple <", lambda: (Bad("t1"),) < (T("t2"),))
scenario("dict ==", lambda: {1: Eq("d1")} == {1: T("d2")})
scenario("set hash", lambda: {Bad("sh")})
scenario("dict key hash", lambda: {Bad("dk"): 1})
scenario("in dict hash", lambda: Bad("ih") in {})
scenario("dict.fromkeys", lambda: dict.fromkeys([T("fk1"), Bad("fk2")]))
scenario("radd", lambda: 1 + Bad("ra"))
def aug_item():
    d = {"k": Bad("ai")}
    d["k"] += 1
scenario("augassign item", aug_item)
def aug_attr():
    class O: pass
    o = O(); o.a = Bad("aa")
    o.a += 1
scenario("augassign attr", aug_attr)
def aug_getitem():
    b = Bad("ag")
    b[0] += 1
scenario("augassign getitem", aug_getitem)
scenario("%s", lambda: "%s %s" % (T("p1"), Bad("p2")))
scenario("format_map", lambda: "{x}".format_map(Bad("fm")))
scenario("str.join", lambda: " ".join([T("j1"), "x"]))
scenario("set ops", lambda: {Eq("so1")} & {Eq("so2")})
scenario("list in", lambda: T("li") in [Eq("li2")])
scenario("tuple index", lambda: (Eq("ti1"),).index(T("ti2")))
scenario("dict pop", lambda: {Eq("dp1"): 1}.pop(Eq("dp2")))
scenario("frozenset ==", lambda: frozenset([Eq("fz1")]) == frozenset([Eq("fz2")]))
scenario("sorted tuples", lambda: sorted([(1, Bad("st1")), (1, Bad("st2"))]))
scenario("max tuples", lambda: max([(1, Bad("mt1")), (1, Bad("mt2"))]))
scenario("unpack to attr", lambda: exec("class O: pass\no = O()\no.a, o.b = T('ua'), Bad('ub')[0]", {"T": T, "Bad": Bad}))
print("collect:", gc.collect())
print("end")
