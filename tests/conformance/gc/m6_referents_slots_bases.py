import gc
def show(o): print([x if isinstance(x, str) else type(x).__name__ for x in gc.get_referents(o)])
class S1:
    __slots__ = ("a", "b")
class S2(S1):
    __slots__ = ("c", "d")
class S3(S2):
    pass
s = S3(); s.a = "a"; s.b = "b"; s.c = "c"; s.d = "d"; s.e = "e"
show(s)
class Z:
    __slots__ = ("zz", "aa", "mm")
z = Z(); z.zz = "zz"; z.aa = "aa"; z.mm = "mm"
show(z)
class T(tuple): pass
show(T(("t1", "t2")))
class LL(list):
    __slots__ = ("x",)
ll = LL(["i1"]); ll.x = "x"
show(ll)
class DD(dict):
    pass
dd = DD(k=("v",)); dd.attr = "A"
show(dd)
class Sub(DD): pass
show(Sub(k=("v",)))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(len(gc.get_referents(WithMeta)))
class Ex(ValueError):
    pass
e = Ex("msg"); e.note = "n"
show(e)
class FS(frozenset): pass
print(sorted(type(x).__name__ for x in gc.get_referents(FS([1]))))
class SetSub(set):
    __slots__ = ("q",)
ss = SetSub(["m"]); ss.q = "q"
show(ss)
