"""str() of exceptions follows the MRO; codec errors carry their fields."""
import sys


class AppError(Exception):
    """Base of the application's errors."""


class MissingSetting(AppError, KeyError):
    pass


class Settings(dict):
    def __missing__(self, key):
        raise MissingSetting(key)


s = Settings(host="localhost")
try:
    s["port"]
except KeyError as e:
    print(f"str={e} repr={e!r} args={e.args}")
    print(KeyError.__str__(e), Exception.__str__(e), isinstance(e, AppError))


class Wrapped(KeyError):
    def __str__(self):
        return "wrapped " + super().__str__()


print(Wrapped("k"), Wrapped(), Wrapped(1, 2), str(Wrapped(None)))
print(Exception.__str__(KeyError("a")), KeyError.__str__(KeyError("a")), BaseException.__str__(OSError(2, "x")))
print(OSError.__str__(FileNotFoundError(2, "No such file", "a.txt")))
try:
    KeyError.__str__(ValueError("x"))
except TypeError as e:
    print(e)

for data, enc in [(b"ab\xffcd", "utf-8"), (b"\xe9t\xe9", "ascii"), (b"\xc3", "utf-8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
        print(" ", e.args, e.encoding, e.object, e.start, e.end, e.reason, e.object[e.start:e.end])
for text, enc in [("h\xe9llo \u20ac", "ascii"), ("caf\xe9\u2603", "latin-1")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(" ", e.args, repr(e.object[e.start:e.end]), e.reason)
    except UnicodeError as e:
        print("other", e)

e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(e, sys.getsizeof(e) - sys.getsizeof(ValueError()), UnicodeError.__str__(e))
try:
    UnicodeDecodeError("utf-8")
except TypeError as exc:
    print("TypeError:", exc)


class ParseError(UnicodeEncodeError):
    def __init__(self, text):
        super().__init__("ascii", text, 0, 1, "not ascii")


p = ParseError("\xe9x")
print(p, p.object, p.start, p.end, repr(p))
print(float("\u0663.\u0665"), float(" \u2003 12_5.5e1 "), float("-iNfInItY"))
try:
    float("1__0")
except ValueError as exc:
    print(exc)
