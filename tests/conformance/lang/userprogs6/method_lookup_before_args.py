# obj.method(args): the method is looked up before the arguments are evaluated.
class C:
    def real(self, *a):
        return a
o = C()
calls = []
def f(tag):
    calls.append(tag)
    return tag
for expr in ["o.missing_attr(f(1))", "o.missing(f(1), f(2))", "(1).foo(f('int'))", "[].apend(f('list'))",
             "'s'.uper(f('str'))", "{}.iterkeys(f('dict'))", "o.real(f('ok'), f('ok2'))", "len.foo(f('builtin'))"]:
    try:
        print(expr, "->", eval(expr))
    except AttributeError as e:
        print(expr, "-> AttributeError:", e, "| name:", e.name, "| obj is o:", e.obj is o)
print("evaluated:", calls)
def method_changes():
    class K:
        def m(self, x):
            return "old " + x
    k = K()
    def swap():
        K.m = lambda self, x: "new " + x
        return "arg"
    print(k.m(swap()), k.m("again"))
method_changes()
class G:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: (name, a)
g = G()
print(g.dyn(print("arg evaluated")))
class P:
    @property
    def meth(self):
        print("property read")
        return lambda x: x * 2
print(P().meth(print("arg") or 21))
import math
try:
    math.sqrtt(f("module"))
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.missing_attr(undefined_name)
except AttributeError as e:
    print("AttributeError:", e)
def gen():
    x = yield
    o.nope((yield x))
gi = gen(); next(gi)
try:
    gi.send(1)
except AttributeError as e:
    print("AttributeError:", e)
print("calls:", calls)
o.valeu(f("last"))
