def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, "->", r)

class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2 ** 70
class H:
    __hash__ = None
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Idx:
    def __index__(self): return 2
class R:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "A.radd"
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "plain add"
class Missing(dict):
    def __missing__(self, k): return k * 2
class Eq:
    def __eq__(self, o): return "truthy"
class Fmt:
    def __format__(self, spec): return 5
class Neg:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
import math
t(1, lambda: bool(B()))
t(2, lambda: len(L()))
t(3, lambda: len(L2()))
t(4, lambda: hash(H()))
t(5, lambda: {H(): 1})
t(6, lambda: (list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([1, 2]))))
t(7, lambda: ([1, 2, 3, 4][Idx()], "abcdef"[Idx():], range(10)[Idx()], bin(Idx()), hex(Idx())))
t(8, lambda: (round(R()), round(R(), 2), math.trunc(R()), math.floor(R())))
t(9, lambda: (A() + A(), 1 + A(), 1 + Sub(2), Sub(2) + 1))
t(10, lambda: Acc().__iadd__(1))
def iadd():
    a = Acc(); a += 1; return a
t(11, iadd)
t(12, lambda: (Missing(a=1)["a"], Missing()["zz"], Missing().get("q")))
t(13, lambda: (Eq() == 1, Eq() != 1, [Eq()] == [1], 1 in [Eq()]))
t(14, lambda: format(Fmt(), ""))
t(15, lambda: (-Neg(), ~Neg(), +Neg(), abs(Neg())))
t(16, lambda: reversed(Seq()))
t(17, lambda: sorted([3, 1], key=None, reverse=1))
t(18, lambda: [].sort(lambda x: x))
t(19, lambda: sum([1, 2], start=10))
t(20, lambda: ("a" < 1))
t(21, lambda: ([1] < (1,)))
t(22, lambda: (None < None))
t(23, lambda: ({1} < {1, 2}, {1: 2} == {1: 2}, {1: 2} < {1: 3}))
t(24, lambda: (object() < object()))
t(25, lambda: divmod(1, 0))
t(26, lambda: (1).__class__.__name__ + str(type(type)))
t(27, lambda: getattr(1, "nope"))
t(28, lambda: getattr(1, "nope", "dflt"))
t(29, lambda: setattr(1, "x", 2))
t(30, lambda: object().__dict__)
t(31, lambda: delattr(object(), "x"))
t(32, lambda: isinstance(1, "int"))
t(33, lambda: issubclass(1, int))
t(34, lambda: iter(5))
t(35, lambda: next([1]))
t(36, lambda: dict([(1, 2, 3)]))
t(37, lambda: dict([1, 2]))
t(38, lambda: list(zip([1], [2], strict=True)) + list(zip([1, 2], [3], strict=True)))
t(39, lambda: int("  -0x10  ", 0))
t(40, lambda: str(b"abc", "ascii") + str(b"x"))
t(41, lambda: "abc"[5])
t(42, lambda: (1, 2)[1:5:0])
t(43, lambda: [1, 2, 3].remove(9))
t(44, lambda: {}.pop("x"))
t(45, lambda: set().pop())
t(46, lambda: [].pop())
t(47, lambda: "x".join([1, 2]))
t(48, lambda: "abc".index("z"))
t(49, lambda: (1).real.imag)
t(50, lambda: chr(0x110000))
t(51, lambda: ord("ab"))
t(52, lambda: "%d" % "x")
t(53, lambda: "%s %s" % (1,))
t(54, lambda: "{0} {}".format(1, 2))
t(55, lambda: f"{1:abc}")
t(56, lambda: format(1.5, "d"))
t(57, lambda: "{:,d}".format(1.5))
t(58, lambda: int(float("inf")))
t(59, lambda: int(float("nan")))
t(60, lambda: 2 ** 10000 * 1.0)
t(61, lambda: math.exp(1000))
t(62, lambda: [1, 2, 3][::-1][10:] + [None] * -1)
t(63, lambda: tuple.__new__(list))
t(64, lambda: type("X", (int, str), {}))
t(65, lambda: type("X", (), {"__slots__": ("a", "a")}))
t(66, lambda: super())
t(67, lambda: memoryview("abc"))
t(68, lambda: bytes([256]))
t(69, lambda: bytearray(b"a").extend("b"))
t(70, lambda: frozenset([1]).add(2))
