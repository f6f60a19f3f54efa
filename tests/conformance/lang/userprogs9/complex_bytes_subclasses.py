# Subclasses of complex, bytes and bytearray as user programs write them
import copy, pickle, cmath

class Phasor(complex):
    """A complex number shown as magnitude and angle."""
    def __repr__(self):
        r, phi = cmath.polar(self)
        return f"Phasor({r:.3f}∠{phi:.3f})"
    @classmethod
    def from_polar(cls, r, phi):
        z = cmath.rect(r, phi)
        return cls(round(z.real, 12), round(z.imag, 12))
    @property
    def magnitude(self):
        return abs(self)

z = Phasor(3, 4)
print(z, str(z), z.magnitude, z.real, z.imag, z.conjugate(), type(z.conjugate()).__name__)
w = z + 1
print(w, type(w).__name__, z * 2j, z - z, z / 2, z ** 2, -z, +z, abs(-z))
print(z == 3 + 4j, z != 3, hash(z) == hash(3 + 4j), Phasor("1-2j"), Phasor(), Phasor(2), Phasor(1.5, -0.5))
print(Phasor.from_polar(2, cmath.pi / 2), isinstance(z, complex), issubclass(Phasor, complex))
print(f"{z:.2f}", format(z, ">20"), complex(z), type(complex(z)).__name__)
print({z: "five"}[3 + 4j], sorted([Phasor(1), Phasor(0, 2)], key=abs))
print(copy.copy(z), pickle.loads(pickle.dumps(z)), type(pickle.loads(pickle.dumps(z))).__name__)
try:
    z < 1
except TypeError as e:
    print("TypeError:", e)
try:
    Phasor("nope")
except ValueError as e:
    print("ValueError:", e)

class Tagged(bytes):
    def __new__(cls, data, tag="?"):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
    def __repr__(self):
        return f"Tagged({bytes(self)!r}, tag={self.tag!r})"

t = Tagged(b"payload", tag="v1")
print(t, repr(t), str(t), f"{t}", t.tag, t.upper(), type(t.upper()).__name__, t[1:3], len(t), t.decode())
print(t == b"payload", t + b"!", b"<" + t, t.startswith(b"pay"), bytes(t), t.hex(":"))

class Ring(bytearray):
    def __init__(self, size):
        super().__init__(size)
        self.pos = 0
    def push(self, value):
        self[self.pos] = value
        self.pos = (self.pos + 1) % len(self)
    def __str__(self):
        return "Ring[" + " ".join(f"{b:02x}" for b in self) + "]"

r = Ring(4)
for v in (1, 2, 3, 4, 5, 255):
    r.push(v)
print(r, repr(r), r.pos, list(r), bytes(r), r.count(3), r[::-1], type(r[::-1]).__name__)
r.extend(b"\x10\x20")
print(str(r), len(r), r.pop(), r.pos, r == bytearray(b"\x05\xff\x03\x04\x10"))
print(Ring(2) + b"x", type(Ring(2) * 2).__name__, Ring(0), repr(Ring(1)))
Ring("text")
