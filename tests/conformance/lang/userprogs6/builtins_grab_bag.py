import sys
print("a", "b", sep="", end="|\n"); print(*range(3), sep=", ", file=sys.stdout, flush=True); print(); print("x", end=""); print()
r = range(10, 0, -3)
print(r, list(r), r[1], r[-1], r[1:3], r[::-1], len(r), 4 in r, 4.0 in r, r.index(7), r.count(4), range(5) == range(0, 5, 1), hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__)
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), [1, 2, 3][slice(None, None, 2)])
print(isinstance(3, int | str), isinstance("s", (int, (float, str))), issubclass(bool, int), int | None, type(int | str).__name__)
print(abs(True), abs(-0.0), pow(-2, 3, 5), pow(2, -1, 5), bin(-5), oct(-8), hex(-255), ord("€"), chr(8364), ascii("é€"), repr("a'b\"c"), repr('a\'b'), str(b"x"), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"))
for f in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: pow(2, -1, 4), lambda: bytes([256]), lambda: bytes("x"), lambda: int("12", 1), lambda: int(2.5, 10)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(all([]), any([]), all([1, 0]), any(x > 2 for x in [1, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), 10), min("bca"), max([1, 3, 2], key=lambda v: -v), min([], default=0), max(3, 1, 2))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("ab", -1)), list(zip()), list(zip("ab", range(5))), dict(enumerate("xy")), sorted([(2, "b"), (1, "b"), (2, "a")], key=lambda t: t[1]))
ba = bytearray(b"hello")
ba[0] = 72; ba += b"!"; ba.extend([33]); del ba[1]; ba.insert(0, 62)
print(ba, ba.decode(), bytes(ba).hex(), bytes.fromhex("de ad"), ba.find(b"l"), ba.upper(), b" x ".strip(), b"a,b".split(b","), b"ab" * 2, b"abc"[1], b"abc"[1:], list(b"ab"))
mv = memoryview(b"abcdef")
print(mv[1], mv[1:3].tobytes(), len(mv), mv.nbytes, bytes(mv[::2]), mv.readonly)
print((1024).to_bytes(2, "big"), (5).to_bytes(), int.from_bytes(b"\xff\xfe", "little", signed=True), (-1).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
class P:
    def __init__(self): self.a, self.b = 1, 2
    def m(self): pass
print(vars(P()), [n for n in dir(P()) if not n.startswith("__")], type("X", (), {})().__class__.__name__, hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(format(True), format(True, "d"), format(3, "") == str(3), str(True), repr(None), int(True), float(False), True & False, True ^ True, ~True, -True)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(2.5), round(3.5), round(0.125, 2), round(0.375, 2), type(round(2.5)), type(round(2.5, 0)), round(7, 0))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 5 % -3, -5 % 3, 5.0 % -3, 2 ** 100 % 7, (-2) ** 0.5)
print("%.2f" % 2.675, "%.1f" % 0.25, "%.0f" % 0.5, "%.0f" % 1.5, f"{0.125:.2f}", f"{1e21}", f"{1e-4}", f"{123456789.0}", 1e21, 1.0e-5, 100000000000000000000.0, 0.1 + 0.7)
print(sorted({3: "c", 1: "a"}.items()), list({1: 1, 2: 2}.values()), {1: 2}.items() == {(1, 2)}, {}.fromkeys([1, 2]), dict([(1, 2)], x=3), dict(a=1).copy(), list(reversed({"a": 1, "b": 2}.items())))
it = iter([1, 2, 3]); next(it); print(list(it), list(it))
print(int.__name__, int.__qualname__, len.__name__, len.__module__ if hasattr(len, "__module__") else "", type(len).__name__, type(print).__name__, type(sys).__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(iter([])).__name__, type(iter({})).__name__, type({}.keys()).__name__, type(range(1)).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(reversed([])).__name__, type(enumerate([])).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.maxsize > 2 ** 32, sys.byteorder, sys.getdefaultencoding(), sys.platform != "", isinstance(sys.argv, list), sys.flags.optimize, sys.implementation.name)
