class A:
    x = 1
    def __getattr__(self, n):
        raise AttributeError(n)
class B:
    __slots__ = ("s",)
class C:
    @property
    def p(self): return self.q
a, b, c = A(), B(), C()
tests = [lambda: getattr(object(), "zz"), lambda: a.nope, lambda: b.s, lambda: b.t, lambda: c.p, lambda: setattr(object(), "x", 1),
         lambda: delattr(a, "nope"), lambda: A.nope, lambda: (1).real.nope, lambda: b.__dict__, lambda: super(C, c).p,
         lambda: getattr(a, "x").nope, lambda: object.__getattribute__(a, "y")]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(repr(e), repr(e.name), type(e.obj).__name__)
import traceback
for t in (lambda: c.p, lambda: b.t, lambda: delattr(a, "nope"), lambda: setattr(object(), "x", 1), lambda: object.__getattribute__(a, "xx")):
    try:
        t()
    except AttributeError as e:
        print(traceback.format_exception_only(e)[-1], end="")
e = AttributeError("m", name="n", obj=5); print(e.name, e.obj, e.args)
e = AttributeError(); print(e.name, e.obj)
