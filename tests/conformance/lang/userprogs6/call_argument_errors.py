def f(a, b): pass
def g(a, b=1, *, c): pass
def h(*, k): pass
def p(a, /, b): pass
def v(*args, **kw): pass
class A:
    def m(self, x): pass
    @classmethod
    def c(cls, x): pass
    @staticmethod
    def s(x): pass
    def __init__(self, q): pass
cases = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3), lambda: f(1, a=2), lambda: f(), lambda: g(1), lambda: g(1, 2, 3),
         lambda: g(1, c=1, d=2), lambda: h(1), lambda: h(), lambda: p(a=1, b=2), lambda: p(1, 2, a=3), lambda: A(1).m(), lambda: A(1).m(1, 2),
         lambda: A.m(1), lambda: A.c(), lambda: A.s(1, 2), lambda: A(), lambda: A(1, 2), lambda: A(1, z=3), lambda: v(**{1: 2}),
         lambda: f(*1), lambda: f(**[1]), lambda: f(*[1], **{"a": 2}), lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: len(1, 2),
         lambda: f(1, 2, **{"b": 3}), lambda: dict(1, 2), lambda: list(1, 2), lambda: int("1", base=10, x=1), lambda: print(foo=1), lambda: sorted([], 1),
         lambda: "abc".join(1, 2), lambda: max(), lambda: max(1), lambda: iter(1, 2, 3), lambda: getattr(), lambda: isinstance(1, "int"), lambda: issubclass(1, int),
         lambda: A.__init__(), lambda: object.__init__(A(1), 5), lambda: type("X"), lambda: type("X", (), {}, 1), lambda: super(), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5)]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
    except Exception as e:
        print(i, type(e).__name__, e)
