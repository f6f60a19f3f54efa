# Calls a user makes with keyword arguments (or too few/many arguments) to built-ins:
# CPython's argument parsers decide which are allowed and what the error says.
def attempt(label, fn):
    try:
        r = fn()
        print(f"{label:<40} -> {r!r}")
    except Exception as e:
        print(f"{label:<40} !! {type(e).__name__}: {e}")

attempt("int('ff', base=16)", lambda: int("ff", base=16))
attempt("int(x=5)", lambda: int(x=5))
attempt("int(base=10)", lambda: int(base=10))
attempt("int('1', 2, base=3)", lambda: int("1", 2, base=3))
attempt("sum([1, 2], start=10)", lambda: sum([1, 2], start=10))
attempt("sum(iterable=[1])", lambda: sum(iterable=[1]))
attempt("sum(start=1, iterable=[1])", lambda: sum(start=1, iterable=[1]))
attempt("max(key=len)", lambda: max(key=len))
attempt("min(iterable=[1])", lambda: min(iterable=[1]))
attempt("max([1], default=1, key=None, foo=1)", lambda: max([1], default=1, key=None, foo=1))
attempt("bytes(source=b'ab')", lambda: bytes(source=b"ab"))
attempt("bytes('hé', encoding='utf-8')", lambda: bytes("hé", encoding="utf-8"))
attempt("bytes('x', errors='strict')", lambda: bytes("x", errors="strict"))
attempt("bytes(b'x', errors='strict')", lambda: bytes(b"x", errors="strict"))
attempt("bytes(encoding='ascii')", lambda: bytes(encoding="ascii"))
attempt("bytes(3, 'ascii')", lambda: bytes(3, "ascii"))
attempt("bytes('x', encoding=None)", lambda: bytes("x", encoding=None))
attempt("object(1)", lambda: object(1))
attempt("object(x=1)", lambda: object(x=1))
attempt("object().__init__(1)", lambda: object().__init__(1))
attempt("object.__new__(object, 1)", lambda: object.__new__(object, 1))
attempt("object.__new__()", lambda: object.__new__())
attempt("object.__new__(1)", lambda: object.__new__(1))
class Plain:
    pass
attempt("Plain(1)", lambda: Plain(1))
attempt("setattr(Plain(), 5, 1)", lambda: setattr(Plain(), 5, 1))
attempt("hasattr(Plain(), None)", lambda: hasattr(Plain(), None))
attempt("delattr(Plain(), 1.5)", lambda: delattr(Plain(), 1.5))
attempt("getattr(Plain(), 5, 'd')", lambda: getattr(Plain(), 5, "d"))
attempt("open()", lambda: open())
attempt("open(None, mode=1)", lambda: open(None, mode=1))
attempt("open(None, encoding=1)", lambda: open(None, encoding=1))
attempt("open('f', bogus=1)", lambda: open("f", bogus=1))
attempt("staticmethod()", lambda: staticmethod())
attempt("classmethod(len, len)", lambda: classmethod(len, len))
attempt("locals(x=1)", lambda: locals(x=1))
attempt("ord(b'A')", lambda: ord(b"A"))
attempt("ord(bytearray(b'z'))", lambda: ord(bytearray(b"z")))
attempt("ord(b'ab')", lambda: ord(b"ab"))
attempt("format(1, None)", lambda: format(1, None))
attempt("'a'.encode(None)", lambda: "a".encode(None))
attempt("(1).to_bytes(2, None)", lambda: (1).to_bytes(2, None))
attempt("str.maketrans('a', None)", lambda: str.maketrans("a", None))
attempt("type(None, (), {})", lambda: type(None, (), {}))
attempt("{}.update({}, {})", lambda: {}.update({}, {}))
attempt("super(5, 5)", lambda: super(5, 5))
attempt("1 << 10 ** 20", lambda: 1 << 10 ** 20)
attempt("0 << 10 ** 20", lambda: 0 << 10 ** 20)
def f(a=1):
    return a
attempt("f.__defaults__ = [2]", lambda: setattr(f, "__defaults__", [2]))
attempt("f.__kwdefaults__ = 1", lambda: setattr(f, "__kwdefaults__", 1))
f.__annotations__ = None
print(f.__annotations__, f.__defaults__)
# A typical "parse a number" helper that passes base by keyword.
def parse(text):
    text = text.strip().lower()
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if text.startswith(prefix):
            return int(text[2:], base=base)
    return int(text)
print([parse(t) for t in ["0x1F", " 42 ", "0b101", "0o17"]])
print(int(x="7"))
