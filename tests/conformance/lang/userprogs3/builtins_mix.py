import sys
def f(a, b=2, *args, c, **kw):
    x = a + b
    return sorted(locals().items())
print(f(1, c=3, d=4))
g = globals()
g["dynamic"] = 42
print(dynamic, "dynamic" in dir(), sorted(k for k in vars() if not k.startswith("_"))[:5])
print(eval("a * 2 + b", {"a": 3}, {"b": 1}), eval("[x**2 for x in range(4)]"), eval("len(s)", {"s": "abc"}))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3), sorted(k for k in ns if k != "__builtins__"))
code = compile("x + 1", "<expr>", "eval")
print(eval(code, {"x": 41}), code.co_filename, type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    exec("x = (1,\n2")
except SyntaxError as e:
    print("SyntaxError:", e)
Point = type("Point", (object,), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point(); p.x = 5
print(p, type(p).__name__, Point.__bases__, Point.__mro__)
counter = iter(lambda c=[0]: c.append(1) or len(c), 5)
print(list(counter), next(iter([]), "default"), next(iter("ab")))
s = slice(1, 10, 3)
print(s, s.indices(5), list(range(20))[s], "abcdefghij"[s], s.start, s.stop, s.step)
d = {"b": 1, "a": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(ascii("héllo ☃"), repr("héllo"), bin(10), oct(-8), hex(-255), format(255, "08b"), format(3.14159, ".2f"), format("x", "^5"))
print(callable(print), callable(1), isinstance(print, type(len)), type(len).__name__, len.__name__, print.__module__)
print(sorted(set("mississippi")), frozenset([1, 2]) | {3}, {1, 2} ^ frozenset([2, 3]), frozenset() == set())
b = bytearray(b"hello")
b[0] = ord("J"); b += b"!"; b.extend([33]); del b[1]
print(b, bytes(b), b.decode(), b.upper(), b.find(b"l"), bytes(3), bytes([65, 66]), b"a-b".split(b"-"), b"%d-%s" % (1, b"x"))
print(bytes.fromhex("de ad be ef").hex(), b"\x00\xff".hex(":"), int.from_bytes(b"\xff\xff", "big", signed=True), list(b"ab"))
class Base:
    def greet(self): return "base"
class Mid(Base):
    def greet(self): return "mid+" + super().greet()
class Leaf(Mid):
    def greet(self): return "leaf+" + super(Mid, self).greet()
print(Leaf().greet(), Leaf.__mro__[1].__name__, issubclass(Leaf, (int, Base)))
o = Leaf(); setattr(o, "tag", 1); print(getattr(o, "tag"), hasattr(o, "tag")); delattr(o, "tag"); print(hasattr(o, "tag"))
try:
    delattr(o, "tag")
except AttributeError as e:
    print(e)
print(sum(x * y for x, y in zip(range(5), range(5, 10))), any(x > 3 for x in range(5)), all([]), any([]))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "a", None, []])))
print(divmod(-7, 2), pow(3, -2), round(-0.5), round(0.5), round(1.5), abs(-0.0), max(0.0, -0.0), min(-0.0, 0.0))
print(id(o) == id(o), hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), type(hash(1.5)))
print(int.__name__, int.__qualname__, int.__module__, sys.version_info[:2], sys.version_info.major)
print(__import__("math").pi, __name__, __doc__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__))
print(isinstance(True, int), bool.__mro__, type(None)(), type(...), ..., NotImplemented, type(NotImplemented).__name__)
print(repr(object()).startswith("<object object at 0x"), str(type), repr(type(type)), object.__name__)
print(range(3), range(0, 10, 3)[1:], range(10)[-1], list(range(5, 0, -2)), len(range(0, 100, 7)), 7 in range(0, 100, 7))
