import re, string, textwrap, json
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness... Contact: dickens@example.com, c.d@lit.org.uk
Dates: 1859-04-30, 2024-12-07; phone +44 (20) 7946-0958. Price: $3.50 or €4,20!"""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), freq.most_common(5))
print(re.findall(r"[\w.]+@[\w.]+", TEXT), re.findall(r"(\d{4})-(\d\d)-(\d\d)", TEXT))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "on 2024-12-07 and 1999-01-02"), re.sub(r"\s+", " ", "a  b\t\nc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", TEXT)
print(m.group(), m.group("user"), m.groupdict(), m.span(), m.start("host"), m.expand(r"\g<host>:\1"))
print(bool(re.match(r"\d+", "abc123")), re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.compile(r"(a)(b)?").match("ac").groups())
pat = re.compile(r"\b(\w)(\w*)\b")
print(pat.sub(lambda m: m.group(1).upper() + m.group(2), "hello big world"), pat.subn("X", "a bc"), len(pat.findall(TEXT)))
print([m.group(0) for m in re.finditer(r"\$\d+\.\d\d|€\d+,\d\d", TEXT)], re.escape("a.b*c?"), re.I | re.M)
print(re.findall(r"^it", TEXT, re.M | re.I), re.findall(r"(?i)WAS the (\w+)", TEXT)[:3], re.search(r"(?<=\+)\d+", TEXT).group())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(string.ascii_letters[:5], string.punctuation, string.capwords("hello   world  again"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
try:
    string.Template("$missing").substitute({})
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$a $b").safe_substitute(a=1))
para = " ".join(words[:40])
print(textwrap.fill(para, width=36))
print(textwrap.shorten(para, width=50, placeholder=" [...]"), textwrap.dedent("    a\n      b\n    c").splitlines(), textwrap.indent("x\ny", "> "))
table = [("name", "qty", "price"), ("apple", 3, 1.5), ("watermelon", 10, 0.25)]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for row in table:
    print(" | ".join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(row, widths)))
doc = {"title": "Tale", "year": 1859, "tags": ["classic", "novel"], "ratio": 0.5, "none": None, "nested": {"ok": True, "unicode": "é€"}}
s = json.dumps(doc, indent=2, sort_keys=True)
print(s)
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), json.loads(s) == doc, json.loads('[1, 2.0, "x", null, true]'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", (2): [float("inf")]}, allow_nan=True), json.dumps("tab\there\"quote\\"), json.dumps([], indent=4), json.dumps({}, indent=4))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(caesar), "hello".translate({ord("l"): None, ord("h"): "J"}), "abc".encode("utf-16-le"), "héllo".encode("ascii", "replace"), b"caf\xc3\xa9".decode(), "ö".encode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(" ".join(w[::-1] for w in "reverse each word".split()), "".join(sorted("python", key=lambda c: (c in "aeiou", c))), "racecar" == "racecar"[::-1])
