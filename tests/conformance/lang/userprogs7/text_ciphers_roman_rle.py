import textwrap, string, re
from string import Template

text = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly."""
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, 30)[:3])
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.indent("a\nb\n", "+ ", predicate=lambda l: True))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder="...")
print(w.wrap("supercalifragilisticexpialidocious is a very long word indeed, yes it is"))
print(textwrap.fill("a\tb\tc", 20, expand_tabs=True, tabsize=4))
print(string.capwords("hello   world  from python"), string.capwords("a-b c-d", "-"))
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable))
t = Template("$who likes ${what}s, costs $$$amount")
print(t.substitute(who="Tim", what="apple", amount=5))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").substitute({"a": 1}, b=2), Template("x").template)
print(t.get_identifiers() if hasattr(t, "get_identifiers") else None, t.is_valid())
class MyT(Template):
    delimiter = "%"
print(MyT("%name is %{age}y").substitute(name="Bo", age=3))
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{b!r:>3}c{}")))

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(s, key, decrypt=False):
    res, ki = [], 0
    for ch in s:
        if ch.isalpha():
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            res.append(caesar(ch, shift))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)

msg = "Attack at Dawn! Meet @ 5pm."
enc = caesar(msg, 13)
print(enc, caesar(enc, 13) == msg, msg.translate(str.maketrans("aeiou", "AEIOU", "!")))
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "Lemon", True))
table = str.maketrans({"a": "4", "e": None, "t": "7"})
print("beta test data".translate(table), table)
print(str.maketrans("ab", "xy"))

def rle_encode(s):
    return "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s))
def rle_decode(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s)

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out += s * q
    return out
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
print(" ".join(f"{w!r:>8}" for w in "to be or not".split()))
print("%s" % [1, "a"], "%5.1s|" % "xyz", "%-6r|" % "q", "%+.2e" % 12345.6789, "%#x %#o %X" % (255, 8, 255))
print("tab\there".expandtabs(4), "a\u00e9b".encode("utf-8"), "a\u00e9b".encode("ascii", "replace"), "x".center(4, "*"))
print("Hello World".swapcase(), "hello world".title(), "it's a dog's life".title(), "ß".upper(), "İ".lower().encode())
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(True))
print("abc".partition("b"), "abc".rpartition("x"), "hello".find("l"), "hello".rfind("l"), "hello".index("lo"), "hello".count("l"))
print("Python".startswith(("Py", "Ja")), "file.tar.gz".endswith(".gz", 0, 20), "  xx  ".strip(), "xxhixx".strip("x"), "abc".removeprefix("a"), "abc".removesuffix("bc"))
