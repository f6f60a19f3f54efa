import re, string, textwrap
from collections import Counter, defaultdict, namedtuple, OrderedDict, ChainMap, deque
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness..."""
words = re.findall(r"[a-z']+", text.lower())
cnt = Counter(words)
print(cnt.most_common(5), len(cnt), cnt["was"], cnt["zebra"])
print(sum(cnt.values()), list((cnt - Counter(it=5)).items())[:3], (cnt & Counter(it=2, the=1)))
print(textwrap.fill(text, width=50))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.indent("x\ny", "> "), textwrap.shorten("The quick brown fox jumps", 15))
print(text.title()[:40], text.swapcase()[:20], text.center(10, "*")[:10], "abc".zfill(6), "-5".zfill(4))
print("a,b,,c".split(","), "a b  c".split(), " x ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("Hello".ljust(8, ".") + "|", "Hello".rjust(8) + "|", "hello world".capitalize(), "ß".upper(), "İ".lower().encode(), "ǅ".casefold())
print("tab\tsep".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "banana".count("an"), "banana".find("na", 3), "banana".rindex("a"), "banana".replace("a", "o", 2))
print("42".isdigit(), "4.2".isdecimal(), "abc".isalpha(), "a1".isalnum(), "  ".isspace(), "Title Case".istitle(), "ABC".isupper(), "x_1".isidentifier(), "½".isnumeric())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")), "%s-%s" % ("a", "b"), "{}{}".format(1, 2))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com now"), re.split(r"[,;]\s*", "a, b;c"), re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-01").groupdict())
m = re.search(r"(\d+)\s*(apples|pears)", "I have 12 apples")
print(m.group(0), m.group(1, 2), m.span(), m.start(2), m.groups(), bool(re.fullmatch(r"\d+", "123")))
print([m.group() for m in re.finditer(r"\b\w{5}\b", text)][:5], re.sub(r"\s+", " ", "a   b \n c"), re.escape("a.b*c"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 plus 20 is 21"), re.compile(r"^\s*#", re.M).findall("#a\n  #b\nc"), re.IGNORECASE | re.DOTALL)
Person = namedtuple("Person", "name age city", defaults=["?"])
people = [Person("ann", 31, "oslo"), Person("bob", 25), Person(name="cy", age=40, city="rome")]
print(people[1], people[0]._asdict(), people[2]._replace(age=41), Person._fields, people[0] < people[1])
by_city = defaultdict(list)
for p in people: by_city[p.city].append(p.name)
print(dict(by_city), sorted(by_city.items()))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(od.keys()), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"z": 0}))
dq = deque(range(5), maxlen=5); dq.rotate(2); dq.appendleft(-1); print(dq, dq.maxlen, list(reversed(dq)))
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'item':<10}|{'price':>8}|{'qty':>5}")
print("-" * 25)
for name, price, qty in table:
    print(f"{name:<10}|{price:>8.2f}|{qty:>5d}")
print(f"{'total':<10}|{sum(p * q for _, p, q in table):>8.2f}|{sum(q for *_, q in table):>5}")
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  world"), string.Template("$x and ${y}").substitute(x=1, y=2))
csv_like = "name,score\nann,90\nbob,85\n"
rows = [line.split(",") for line in csv_like.strip().split("\n")]
header, *body = rows
print(header, body, {r[0]: int(r[1]) for r in body})
print(" ".join(reversed("one two three".split())), "".join(sorted("hello")), "abc"[::-1], "abcdef"[1:5:2], "x" * 3, ord("€"), chr(8364), ascii("é€"), repr("it's"), repr('"q"'))
s = "The Zen of Python"
print(s.encode("utf-8"), s.encode("utf-16")[:6], "é".encode("latin-1"), b"caf\xc3\xa9".decode(), bytes([72, 105]), bytearray(b"ab").hex(), bytes.fromhex("4142"))
