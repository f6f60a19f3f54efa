def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw
class K:
    def m(self, x, *, y):
        return x, y
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a, b):
        return a
    def __init__(self, v):
        self.v = v
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, d=1, a=2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, d=4, c=1, **{"c": 2}),
    lambda: f(1, **{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K(1).m(1, y=2, z=3),
    lambda: K.m(1, y=2),
    lambda: K.cm(),
    lambda: K.sm(1),
    lambda: K(),
    lambda: K(1, 2),
    lambda: K(v=1, w=2),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=5),
    lambda: sorted([3], key=len, reverse=1, extra=2),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: "".split(1),
    lambda: max(),
    lambda: max([]),
    lambda: min(1),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "x"),
    lambda: divmod(1),
    lambda: isinstance(1, "int"),
    lambda: getattr(1),
    lambda: setattr(K(1), 5, 1),
    lambda: dict(1, 2),
    lambda: dict([1]),
    lambda: dict([(1, 2, 3)]),
    lambda: list(1, 2),
    lambda: zip(1),
    lambda: map(len),
    lambda: enumerate(),
    lambda: range(1.5),
    lambda: range(1, 2, 0),
    lambda: "abc"[1.5],
    lambda: [1][None:"x"],
    lambda: (lambda x, /: x)(x=1),
    lambda: (lambda *, k: k)(1),
    lambda: print(sep=1),
    lambda: open(),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: round("x"),
    lambda: hash([]),
    lambda: object().__init__(1),
    lambda: object(1),
    lambda: type("X"),
    lambda: type("X", 1, {}),
    lambda: super(),
    lambda: iter(1, 2, 3),
    lambda: next(iter([]), 1, 2),
    lambda: str(b"x", "bogus-enc"),
    lambda: bytes("x"),
    lambda: bytes(-1),
    lambda: bytearray([256]),
    lambda: int("5", base=1),
    lambda: float([]),
    lambda: complex("1+"),
    lambda: tuple.__new__(list),
    lambda: frozenset().add(1),
    lambda: (1).real.imag.foo,
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: [].remove(1),
    lambda: {1}.remove(2),
    lambda: {}.popitem(),
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: "a" < 1,
    lambda: [] < (),
    lambda: None + None,
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 @ 2,
    lambda: [] * 1.0,
    lambda: "x" * "y",
    lambda: 2 ** "x",
    lambda: {} | [],
    lambda: callable(),
    lambda: K.__dict__["m"](),
]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
