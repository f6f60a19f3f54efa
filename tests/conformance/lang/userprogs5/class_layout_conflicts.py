def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, "->", r)
class S1: __slots__ = ("a",)
class S2: __slots__ = ("b",)
class S3(S1): pass
class D: pass
class E1(Exception): pass
class O1(OSError): pass
class SD: __slots__ = ("__dict__",)
t(1, lambda: type("X", (int, str), {}))
t(2, lambda: type("X", (list, dict), {}))
t(3, lambda: type("X", (S1, S2), {}))
t(4, lambda: type("X", (S3, D), {}).__mro__)
t(5, lambda: type("X", (E1, O1), {}).__mro__)
t(6, lambda: type("X", (ValueError, TypeError), {}).__mro__)
t(7, lambda: type("X", (KeyError, IndexError), {})("k"))
t(8, lambda: type("X", (OSError, SyntaxError), {}))
t(9, lambda: type("X", (S1, Exception), {}))
t(10, lambda: type("X", (D, int), {})(5) + 1)
t(11, lambda: type("X", (SD, S1), {}).__mro__)
t(12, lambda: type("X", (dict, D), {})(a=1))
t(13, lambda: type("X", (float, int), {}))
t(14, lambda: type("X", (tuple, list), {}))
t(15, lambda: type("X", (S1, D), {"__slots__": ("c",)})().__class__.__name__)
t(16, lambda: type("X", (Exception, S1), {}))
t(17, lambda: type("X", (bytes, int), {}))
t(18, lambda: type("X", (str, D), {})("x").upper())
class M1(type): pass
t(19, lambda: type("X", (M1, int), {}))
t(20, lambda: type("X", (object, D), {}))
