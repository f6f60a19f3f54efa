from collections import Counter, defaultdict, OrderedDict, ChainMap
import re, string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. "Don't panic!" -- she said; e-mail me at x@y.org ... OK?"""
words = re.findall(r"[a-z']+", text.lower())
c = Counter(words)
print(len(words), len(c), c.most_common(5))
print(c["was"], c["missing"], "missing" in c, c.total())
bigrams = Counter(zip(words, words[1:]))
for (a, b), n in bigrams.most_common(4):
    print(f"{a:>6} {b:<8}{n:3d}")
letters = Counter(ch for ch in text.lower() if ch in string.ascii_lowercase)
top = letters.most_common(6)
width = max(n for _, n in top)
for ch, n in top:
    bar = "█" * (n * 30 // width)
    print(f"{ch} |{bar:<30}| {n:>3} {n / sum(letters.values()):6.2%}")
c2 = Counter(a=3, b=1, c=0, d=-2)
c3 = Counter(a=1, b=5)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3, +c2, -c2)
print(sorted(c2.elements()), list(c2.items()))
c2.update(a=10); c2.subtract({"b": 4})
print(c2, c2 == Counter(a=13, b=-3, c=0, d=-2), dict(c2))
print(Counter("abracadabra").most_common(), Counter("abc") < Counter("aabbcc"), Counter(a=1) <= Counter(a=1, b=0))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len)[:5]:
    print(k, by_len[k])
print(repr(by_len.default_factory), dict(list(by_len.items())[:1]))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
defaults = {"color": "red", "user": "guest"}
cm = ChainMap({}, {"user": "admin"}, defaults)
cm["color"] = "blue"
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.maps[0], cm.parents, cm.new_child({"x": 1}))
sentences = re.split(r"(?<=[.!?])\s+", text.replace("\n", " "))
print(len(sentences), [s[:20] for s in sentences])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "hello big world"))
print(re.findall(r"(\w+)@(\w+)\.(\w+)", text), re.search(r"(?i)DARKNESS", text).span())
print(re.sub(r"(?P<w>was)", r"<\g<w>>", "it was", count=1), re.subn(r"of", "OF", text)[1])
m = re.match(r"(?P<first>\w+) (?P<second>\w+)", "It was")
print(m.groupdict(), m.group(0, 1, 2), m.start("second"), m.end(), m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"x*", "axbc"))
print(re.escape("1+1=2? (yes)"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(text.count("it was"), text.title()[:30], string.capwords(text[:30]))
pat = re.compile(r"^(\w+):\s*(.*)$", re.M)
print(pat.findall("name: Bob\nage: 42\n bad line\nk:v"))
print([m.group(1) for m in pat.finditer("a: 1\nb: 2")], pat.sub(r"\2=\1", "x: 1\ny: 2"))
print(re.compile(r"a+").search("baaac", 2), repr(re.compile(r"(a)|b").match("b").group(1)))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos, e.msg)
print(c.most_common()[-1], c["Light"])
