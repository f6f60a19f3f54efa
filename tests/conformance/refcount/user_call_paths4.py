import sys


class T:
    def __repr__(self): return "T"
t = T()
base = sys.getrefcount(t)
def show(label, value):
    print(f"{label:32} {value - base:+d}")

def star(*args):
    return sys.getrefcount(t)
def kw(**kwargs):
    return sys.getrefcount(t)
def both(a, *args, k=None, **kwargs):
    return sys.getrefcount(t)
def plain(a):
    return sys.getrefcount(a)
def plain2(a, b):
    return sys.getrefcount(a)

show("plain(t)", plain(t))
show("plain2(t, t)", plain2(t, t))
show("star(t)", star(t))
show("star(t, t, t)", star(t, t, t))
show("star(*[t])", star(*[t]))
show("star(*(t,))", star(*(t,)))
show("kw(x=t)", kw(x=t))
show("kw(**{'x': t})", kw(**{"x": t}))
show("both(t, t, k=t, z=t)", both(t, t, k=t, z=t))
show("plain(a=t)", plain(a=t))
show("lambda", (lambda x: sys.getrefcount(x))(t))
show("lambda default", (lambda x=t: sys.getrefcount(x))())
del p2
show("map", list(map(plain, [t]))[0])
show("sorted key", [sorted([t], key=lambda x: sys.getrefcount(x) and 0), sys.getrefcount(t)][1])
class WithProp:
    @property
    def prop(self):
        return sys.getrefcount(self)
    def __getitem__(self, k):
        return sys.getrefcount(k)
    def __call__(self, x):
        return sys.getrefcount(x)
    def __eq__(self, other):
        print(f"  __eq__ sees other at {sys.getrefcount(other) - base:+d}")
        return True
    __hash__ = object.__hash__
w = WithProp()
wb = sys.getrefcount(w)
print("property self", w.prop - wb)
show("__getitem__ key", w[t])
show("__call__ arg", w(t))
w == t
show("after eq", sys.getrefcount(t))
show("in list", [t].__len__() and sys.getrefcount(t))
show("dict.get default", {}.get(1, t) is t and sys.getrefcount(t))
show("getattr default", getattr(w, "nope", t) is t and sys.getrefcount(t))
show("isinstance", isinstance(t, T) and sys.getrefcount(t))
show("id", id(t) and sys.getrefcount(t))
show("conditional expr", sys.getrefcount(t if True else None))
show("walrus", sys.getrefcount(x := t))
del x
show("f-string", len(f"{t}{t}") and sys.getrefcount(t))
show("tuple pack", sys.getrefcount((t, t)[0]))
show("list index", sys.getrefcount([t][0]))
show("dict lookup", sys.getrefcount({"k": t}["k"]))
show("attr", sys.getrefcount(type("N", (), {"a": t}).a))
show("after all", sys.getrefcount(t))
