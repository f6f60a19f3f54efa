import gc
class D(dict):
    __slots__ = ("s",)
d = D(a=[1]); d.s = (1,)
print([type(x).__name__ for x in gc.get_referents(d)])
class L(list): pass
l = L([1.5]); l.attr = "x"
print([type(x).__name__ for x in gc.get_referents(l)])
class O: pass
o = O(); o.a = 1
print([type(x).__name__ for x in gc.get_referents(o)])
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1; s.b = "x"
print([type(x).__name__ for x in gc.get_referents(s)])
class E(Exception): pass
print([type(x).__name__ for x in gc.get_referents(E("m"))])
