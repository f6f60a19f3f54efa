import re
import textwrap
import string
import unicodedata
import json
from collections import Counter, defaultdict

TEXT = """\
The Quick brown fox -- jumped over the lazy dog's back; the DOG didn't care.
Email me at alice@example.com or bob.smith@mail.co.uk before 2024-06-01!
Prices: $3.50, $12, $1,299.99 and €5. Call +1 (555) 123-4567 now.
Naïve café owners say “hello” — résumé, façade, Zürich, 東京.
"""

words = re.findall(r"[A-Za-z']+", TEXT)
print(len(words), Counter(w.lower() for w in words).most_common(5))
print(re.findall(r"[\w.]+@[\w.]+\.\w+", TEXT))
print(re.findall(r"\$(\d{1,3}(?:,\d{3})*(?:\.\d\d)?)", TEXT))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", TEXT)
print(m.group(0), m.group("year", "day"), m.groupdict(), m.span("month"), m.start(), m.end(), m.lastgroup, m.lastindex)
print(re.sub(r"\b(\w)(\w*)\b", lambda mo: mo.group(1).upper() + mo.group(2).lower(), "hello WORLD fooBar"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"), re.sub(r"(?P<n>\d)", r"\g<n>\g<n>", "x1y2"), re.subn("a", "A", "banana", count=2))
print(re.split(r"[;,\s]+", "a, b;c  d,,e"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"), re.split(",", "a,b,c", maxsplit=1))
print(re.fullmatch(r"\+?\d[\d ()-]+", "+1 (555) 123-4567"), re.match("dog", TEXT), bool(re.search("DOG", TEXT, re.I)))
pat = re.compile(r"^(\w+):\s*(.*)$", re.M)
print(pat.findall("name: Bob\nage: 42\nbad line\ncity:Paris"), pat.pattern[:5], pat.flags & re.M, pat.groups)
for mo in re.finditer(r"(?i)the\s+(\w+)", TEXT):
    print(" ", mo.group(1), mo.span())
print(re.escape("a.b*c?(d)"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"(a)(b)?", "ab a"))
print(re.match(r"(a)?", "").group(1), re.search(r"\bfox\b", TEXT).start())
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
print(repr(re.compile(r"\d+", re.I | re.M)), re.search(r"\d+", "ab12cd"), re.sub(r"\s+", " ", "  a \n b\t"))

para = " ".join(TEXT.split())
print(textwrap.fill(para, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.dedent("""
    def f():
        return 1
    """), end="")
print(textwrap.indent("a\n\nb\n", "+ "), textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("a b  c", width=3, break_long_words=False), textwrap.TextWrapper(width=12, max_lines=2).fill(para))

table = str.maketrans({"a": "4", "e": "3", "o": None}) 
print("hello world of leet".translate(table), "abc".translate(str.maketrans("abc", "xyz", "b")))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello, World!".translate(rot13), string.capwords("hello   big world"), string.punctuation)
tmpl = string.Template("$who likes ${what}s, costs $$5")
print(tmpl.substitute(who="Tim", what="apple"), tmpl.safe_substitute(who="Ann"))
try:
    tmpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)

s = "Naïve café Zürich 東京 ﬁ ẞ Straße"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase())
print(len(s), len(s.encode()), s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace")[:30])
nfd = unicodedata.normalize("NFD", "café")
print(len(nfd), nfd == "café", unicodedata.normalize("NFC", nfd) == "café", [unicodedata.name(c) for c in "é€"], unicodedata.category("東"))
print("".join(c for c in unicodedata.normalize("NFKD", "Zürich résumé") if not unicodedata.combining(c)))
print(f"[{'東京':^8}]", f"[{'abc':*>7}]", f"[{'x':_<4}]", "東京".center(6, "."), "é".isalpha(), "٣".isdigit(), "½".isnumeric(), "²".isdecimal())
print(ascii("café ✓"), repr("tab\there\x00\u200b"), "\N{GREEK SMALL LETTER ALPHA}", chr(0x1F600).encode("utf-8"), ord("€"))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"\xff\xfe".decode("latin-1"), "x".encode("utf-16"))
try:
    b"\xffabc".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.reason)

index = defaultdict(set)
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in re.findall(r"\w+", line.lower()):
        index[w].add(lineno)
print(sorted((w, sorted(v)) for w, v in index.items() if len(v) > 1))
doc = {"words": len(words), "top": Counter(words).most_common(2), "chars": {"é": 3, "ü": 1}, "ratio": 2 / 3, "none": None, "t": (1, 2)}
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, ensure_ascii=False, indent=2, separators=(",", ": ")))
print(json.loads(json.dumps(doc))["top"], json.dumps("東\n\"q\""), json.dumps(float("inf")), json.loads("[1e400, -0.0, 1E2]"))
