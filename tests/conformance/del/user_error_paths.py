# Objects caught up in errors are released when the error is handled: dunders that raise,
# failed class creation (__init_subclass__, __set_name__, metaclass, class body), failing
# decorators, setters, close() and __exit__, bad calls and unpacking (gc disabled, so
# only reference counting frees them).
import sys
class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return f"T({self.name})"
    def __eq__(self, o): raise ValueError("eq fails")
    def __hash__(self): return 1
    def __lt__(self, o): raise TypeError("lt fails")
    def __len__(self): raise RuntimeError("len fails")
    def __iter__(self): raise RuntimeError("iter fails")
    def __getitem__(self, k): raise KeyError(k)
    def __add__(self, o): raise ArithmeticError("add fails")
    def __format__(self, spec): raise ValueError("format fails")
    def __str__(self): raise ValueError("str fails")
    def __bool__(self): raise ValueError("bool fails")
    def __call__(self, *a): raise ValueError("call fails")
    def __getattr__(self, n): raise AttributeError(n)
    def __contains__(self, x): raise ValueError("contains fails")
def scenario(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__)
    print("  after")
scenario("dict key eq", lambda: {T("k1"): 1, T("k2"): 2})
scenario("list index", lambda: [T("i1")].index(T("i2")))
scenario("sort", lambda: sorted([T("s1"), T("s2")]))
scenario("len", lambda: len(T("l")))
scenario("iter", lambda: list(T("it")))
scenario("getitem", lambda: T("g")["x"])
scenario("add", lambda: T("a") + 1)
scenario("radd", lambda: 1 + T("r"))
scenario("format", lambda: f"{T('f')}")
scenario("str", lambda: str(T("st")))
scenario("print", lambda: print(T("p")))
scenario("bool", lambda: not T("b"))
scenario("if", lambda: 1 if T("if") else 2)
scenario("call", lambda: T("c")(1, 2))
scenario("getattr", lambda: T("ga").missing)
scenario("contains", lambda: 1 in T("in"))
scenario("set add", lambda: {T("set1"), T("set2")})
scenario("max", lambda: max(T("m1"), T("m2")))
scenario("min key", lambda: min([1, 2], key=lambda v: T(f"mk{v}") < 0))
scenario("unpack", lambda: [a for a, b in [(T("u"), 1, 2)]])
scenario("join", lambda: ",".join([T("j")]))
scenario("int", lambda: int(T("int")))
scenario("map", lambda: list(map(lambda t: t + 1, [T("map")])))
scenario("zip strict", lambda: list(zip([T("z1")], [], strict=True)))
scenario("dict update", lambda: {}.update([(T("du"),)]))
scenario("kwargs", lambda: (lambda **k: k)(**{T("kw"): 1}))
scenario("star", lambda: (lambda *a: a)(*T("star")))
scenario("setattr slots", lambda: setattr(object(), "x", T("so")))
scenario("list.remove", lambda: [1].remove(T("rm")))
scenario("dict pop default", lambda: {T("dp"): 1}.pop(T("dp2")))
scenario("f-string conv", lambda: f"{T('fs')!s}")
scenario("%", lambda: "%s" % T("pct"))
scenario("hash list", lambda: {[]: T("hl")})
scenario("comparison chain", lambda: T("c1") < T("c2") < T("c3"))
scenario("with", lambda: exec("with T('w'): pass", {"T": T}))
scenario("raise non-exception", lambda: exec("raise T('rn')", {"T": T}))
scenario("yield from", lambda: list((yield from T("yf")) for _ in [1]))
scenario("assert msg", lambda: exec("assert False, T('am')", {"T": T}))
print("end")

import gc, weakref, sys
gc.disable()
class T2:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return f"T2({self.name})"
def scenario(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__, e)
    print("  after")
def init_subclass_raises():
    class Base:
        def __init_subclass__(cls, **kw):
            raise TypeError("no subclasses")
    holder = T2("isc")
    class Sub(Base):
        attr = holder
scenario("__init_subclass__ raises", init_subclass_raises)
def set_name_raises():
    class D:
        def __set_name__(self, owner, name):
            raise RuntimeError("set_name fails")
    t = T2("sn")
    class C:
        d = D()
        x = t
scenario("__set_name__ raises", set_name_raises)
def meta_raises():
    class M(type):
        def __new__(mcs, name, bases, ns):
            raise ValueError("meta says no")
    t = T2("meta")
    class C(metaclass=M):
        x = t
scenario("metaclass __new__ raises", meta_raises)
def body_raises():
    t = T2("body")
    class C:
        x = t
        raise KeyError("in body")
scenario("class body raises", body_raises)
def deco_raises():
    def deco(f):
        raise ValueError("deco fails")
    t = T2("deco")
    @deco
    def f(a=t):
        pass
scenario("decorator raises", deco_raises)
def prop_setter():
    class P:
        @property
        def v(self): return 1
        @v.setter
        def v(self, val): raise ValueError("no set")
    p = P()
    p.v = T2("ps")
scenario("property setter raises", prop_setter)
def gen_close_raises():
    def g():
        t = T2("gc")
        try:
            yield 1
        finally:
            raise RuntimeError("close fails")
    it = g(); next(it); it.close()
scenario("generator close raises", gen_close_raises)
def exit_raises():
    class CM:
        def __enter__(self): return T2("cm")
        def __exit__(self, *a): raise OSError("exit fails")
    with CM() as x:
        pass
scenario("__exit__ raises", exit_raises)
def dict_comp():
    return {k: T2(f"dc{k}") for k in [1, [2]]}
scenario("dict comprehension unhashable", dict_comp)
def args_bind():
    def f(a, b): pass
    f(T2("ab1"), T2("ab2"), T2("ab3"))
scenario("too many args", args_bind)
def kw_dup():
    def f(a): pass
    f(T2("kd1"), a=T2("kd2"))
scenario("duplicate kw", kw_dup)
def starargs():
    def f(*a, **k): raise ValueError("inside")
    f(*[T2("sa")], **{"x": T2("sk")})
scenario("star args raising", starargs)
def tuple_unpack():
    a, b = [T2("tu1"), T2("tu2"), T2("tu3")]
scenario("unpack too many", tuple_unpack)
def star_unpack():
    a, *b, c = [T2("su1")]
scenario("star unpack too few", star_unpack)
def listcomp_error():
    [T2(f"lc{i}") for i in range(3) if 1 / (i - 1)]
scenario("listcomp error", listcomp_error)
def fstring():
    x = T2("fs")
    return f"{x:>{T2('fw')}}"
scenario("f-string bad width", fstring)
def nested_exc():
    try:
        raise ValueError(T2("ne1"))
    except ValueError:
        raise KeyError(T2("ne2"))
scenario("nested exceptions", nested_exc)
print("collect:", gc.collect())
print("end")
