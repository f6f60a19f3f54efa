import pprint, reprlib, copy, pickle, sys
data = {"name": "x" * 30, "items": list(range(30)), "nested": {"deep": [{"a": i, "b": [i] * 3} for i in range(4)]}, "t": (1, 2), "s": {3, 1, 2}, "f": frozenset({1})}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(40)), compact=True, width=50))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": 1}), pprint.isrecursive([1]))
pprint.pp({"z": 1, "y": [1, 2]})
print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100), reprlib.repr({i: i for i in range(20)}))
class Tree:
    def __init__(self, v, kids=()):
        self.v = v; self.kids = list(kids)
    def __repr__(self):
        return f"Tree({self.v}, {self.kids})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
t2 = copy.deepcopy(t)
t2.kids[1].kids[0].v = 99
print(t, t2)
sh = copy.copy(t); sh.kids.append(Tree(5)); print(t)
class WithCopy:
    def __init__(self): self.log = []
    def __deepcopy__(self, memo):
        print("custom deepcopy"); n = WithCopy(); n.log = ["copied"]; return n
print(copy.deepcopy([WithCopy()])[0].log)
blob = pickle.dumps({"t": (1, 2.5, "s", None, True), "l": [b"x", bytearray(b"y")], "set": {1}})
print(pickle.loads(blob))
import dataclasses
@dataclasses.dataclass
class Pt:
    x: int
    y: int
print(pickle.loads(pickle.dumps(Pt(1, 2))), copy.replace if hasattr(copy, "replace") else "no copy.replace")
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.maxsize, sys.byteorder, type(sys.argv), len(sys.argv))
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit, sys.getdefaultencoding(), sys.flags.optimize)
print(2**100, -2**63, 10**30 // 7, 10**30 % 7, pow(3, 200, 1000), (-7) // 2, (-7) % 2, 7 // -2, divmod(-7, 2), round(2.675, 2), round(-0.5), round(1.5), round(1234, -2))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123456789, 1.0e22, float("1e309"), -0.0, 5e-324, 1.7976931348623157e308)
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), float(" 3.5e2 "), complex("1+2j"), int(3.99), int(-3.99))
print(bin(-5), hex(255), oct(8), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (5).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 0)
print(abs(-3 + 4j), (1 + 2j) * (3 - 1j), (1j) ** 2, complex(1, -0.0), 3 + 0j == 3)
print(chr(9731), ord("€"), ascii("naïve ☃"), repr("tab\t'quote'\"dq\""), repr("it's"), repr('"'), str(b"\x00\xff"), repr(bytearray(b"ab")))
print(sorted([3, 1, 2], reverse=True), sorted("Banana", key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), min("abc", key=ord), max([], default="empty"))
print(list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], 5 in range(10), range(3) == range(0, 3), len(range(0, 100, 7)), repr(range(1, 5, 2)))
print(all([]), any([]), sum([0.1] * 3), sum([[1], [2]], []), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "a"])), dict(zip("ab", range(2))))
print(isinstance(True, int), issubclass(bool, int), type(1) is int, callable(len), hasattr([], "append"), getattr(1, "nope", "default"))
print(hash(1) == hash(1.0), hash("") == 0, hash(-1), hash(-2), hash(2**61 - 1), hash(1.5))
print(f"{'a'!r:>5}", f"{3.0:.0%}", f"{1_000_000:,}".replace(",", "."), f"{-1.5:+08.2f}", f"{255:#010b}", f"{'|':=^9}", f"{12.0:g}", f"{1e-5:.1e}", f"{123.456:.2e}")
x = 10
print(f"{x=}", f"{x * 2 = }", f"{x!r:>4}", f"{'nested {x}'}", f"{{literal}}", f"{x:{'>'}{8}}")
