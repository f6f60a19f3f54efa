# Built-in helpers that fail part-way (a key, predicate, default or + that raises) release
# the items they held: nothing leaks and nothing waits for the collector.
import gc, json, functools, itertools, operator, copy, dataclasses
gc.disable()
class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return f"T({self.name})"
def scenario(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__, e)
    print("  after")
def bad_key(x): raise ValueError("key fails")
scenario("sorted key raises", lambda: sorted([T("sk1"), T("sk2")], key=bad_key))
scenario("list.sort key raises", lambda: [T("ls1"), T("ls2")].sort(key=bad_key))
scenario("max key raises", lambda: max([T("mk1"), T("mk2")], key=bad_key))
scenario("map raises", lambda: list(map(bad_key, [T("mp")])))
scenario("filter raises", lambda: list(filter(bad_key, [T("fl")])))
scenario("reduce raises", lambda: functools.reduce(lambda a, b: bad_key(a), [T("r1"), T("r2")]))
scenario("groupby key raises", lambda: list(itertools.groupby([T("gb")], key=bad_key)))
scenario("json default raises", lambda: json.dumps({"k": T("jd")}, default=bad_key))
scenario("json unserializable", lambda: json.dumps([T("ju")]))
scenario("format map missing", lambda: "{a} {b}".format(a=T("fm")))
scenario("dict() bad item", lambda: dict([(T("di"), 1, 2)]))
scenario("copy.deepcopy raises", lambda: copy.deepcopy([T("dc"), lambda: None, type("X", (), {"__deepcopy__": lambda s, m: bad_key(s)})()]))
@dataclasses.dataclass(frozen=True)
class F:
    a: object
scenario("frozen setattr", lambda: setattr(F(T("fz")), "a", T("fz2")))
scenario("partial bad call", lambda: functools.partial(bad_key, T("pc"))())
scenario("starmap", lambda: list(itertools.starmap(bad_key, [(T("sm"),)])))
scenario("sum", lambda: sum([T("su1"), T("su2")]))
scenario("tuple()", lambda: tuple(map(bad_key, [T("tp")])))
scenario("set()", lambda: set([T("st"), []]))
scenario("enumerate", lambda: [bad_key(x) for _, x in enumerate([T("en")])])
scenario("str.join mixed", lambda: "".join(["a", T("sj")]))
scenario("bytes()", lambda: bytes([1, T("by")]))
scenario("divmod", lambda: divmod(T("dv"), 2))
scenario("round", lambda: round(T("rd")))
scenario("isinstance bad", lambda: isinstance(T("ii"), T("ii2")))
scenario("getattr default path", lambda: getattr(T("gd"), 5))
scenario("hash unhashable", lambda: hash([T("hu")]))
print("collect:", gc.collect())
print("end")
