import sys, copy, pickle, gc
class Buffer(bytearray):
    """A bytearray that remembers how many writes it has seen."""
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0
    def write(self, data):
        self.extend(data)
        self.writes += 1
        return len(data)
    def __repr__(self):
        return f"Buffer({bytes(self)!r}, writes={self.writes})"
b = Buffer(b"head:")
b.write(b"abc"); b.write(b"\x00\xff")
print(b, len(b), b.writes, b[0], b[-1], b[:4], type(b[:4]).__name__, b.hex(), b.upper())
print(isinstance(b, bytearray), type(b).__mro__, b == b"head:abc\x00\xff", b + b"!", type(b + b"!").__name__)
b[0:4] = b"HEAD"
b.append(33); b.insert(0, 62); del b[1]
print(bytes(b), b.find(b"abc"), b.count(b"a"), b.split(b":"), b.decode("latin-1"))
class Plain(bytearray): pass
p = Plain(b"xyz")
print(repr(p), p, str(p), p.pop(), p, Plain(3), Plain("é", "utf-8"), Plain([65, 66]), Plain())
p.__init__(b"reset")
print(p, p.__dict__, sys.getsizeof(Plain()) > 0)
p.tag = "t"
print(p.tag, vars(p), p.reverse(), p, memoryview(p)[0], bytes(memoryview(p)[1:3]))
print(copy.copy(p), copy.deepcopy(b).writes if hasattr(copy.deepcopy(b), "writes") else "no writes")
q = pickle.loads(pickle.dumps(p))
print(type(q).__name__, q, q.tag)
for bad in [lambda: Plain("text"), lambda: Plain(-1), lambda: Plain(b"a", "utf-8"), lambda: Plain(errors="x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
items = [Plain(b"%d" % i) for i in range(1000)]
del items
gc.collect()
class Slotted(bytearray):
    __slots__ = ("name",)
s = Slotted(b"ab"); s.name = "n"
print(s, s.name, hasattr(s, "__dict__"))
s += b"cd"
print(s, type(s).__name__, s * 2, type(s * 2).__name__)
