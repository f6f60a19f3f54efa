import re
import string
from collections import Counter, defaultdict, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair. Contact: dickens@example.com or
charles.d@books.co.uk on 1859-11-26; call +44 20 7946 0958! Price: $12.50 (was $15).
"""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts), counts.most_common(5))
print(counts["it"], counts["nothing"], sum(counts.values()))

print("{:<12}|{:^7}|{:>8}".format("word", "count", "share"))
print("-" * 12 + "+" + "-" * 7 + "+" + "-" * 8)
for w, c in counts.most_common(8):
    print("{:<12}|{:^7d}|{:>8.2%}".format(w, c, c / len(words)))
print(f"{'total':<12}|{len(words):^7}|{1:>8.1%}")

emails = re.findall(r"[\w.]+@[\w.]+\.\w+", TEXT)
print(emails)
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", TEXT)
print(m.group(), m.group("year"), m.groups(), m.groupdict(), m.span(), m.start("month"), m.end(2))
print(m["day"], m.expand(r"\g<day>/\g<month>/\1"), m.lastgroup, m.lastindex, m.re.pattern[:10])

def money(mo):
    value = float(mo.group(1))
    return f"€{value * 0.9:.2f}"

print(re.sub(r"\$(\d+(?:\.\d+)?)", money, TEXT.splitlines()[-1]))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "a@b c@d"), re.subn(r"\s+", " ", "a  b\t\nc"))
print(re.split(r"[,;.!]\s*", "a, b;c.  d!e"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " x y ", maxsplit=1))
for mo in re.finditer(r"\b(\w)(\w*)\1\b", "noon anna level stats bob radar xyz"):
    print(mo.group(0), mo.start(), end="; ")
print()
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(pat.findall("name: pymm\nversion: 1.0\nbad line\nlicense: MIT"))
print(re.findall(r"of\s+(\w+)", TEXT, flags=re.I)[:6])
print(bool(re.fullmatch(r"\+?\d[\d ]+", "+44 20 7946 0958")), re.match(r"it", TEXT, re.IGNORECASE) is not None)
print(re.escape("a.b*c?"), re.sub(r"(?i)WAS", "IS", "it was, It WAS"))
print(re.findall(r"(\d+)-(\d+)", "1-2 33-44 5-"), re.findall(r"\d+(?=%)", "50% 3 70%"))
vowels = defaultdict(int)
for ch in TEXT.lower():
    if ch in "aeiou":
        vowels[ch] += 1
print(sorted(vowels.items(), key=lambda kv: (-kv[1], kv[0])))
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print(letters.most_common(3), (letters - Counter("eeee")).most_common(1), letters.total())
table = str.maketrans("", "", string.punctuation)
clean = TEXT.translate(table)
print(clean.split()[:8])
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
longest = max(words, key=lambda w: (len(w), w))
print(longest, len(longest), sorted(set(words), key=lambda w: (len(w), w))[-3:])
first_pos = OrderedDict()
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print(list(first_pos.items())[:5])
first_pos.move_to_end("it")
print(next(reversed(first_pos)), first_pos.popitem(last=False))
print("{0:*^30}".format(" REPORT "), "{:#x} {:08.3f} {:+,} {:e} {:.3g} {:g}".format(255, 3.14159, 1234567, 12345.678, 0.000123456, 1e20))
print("%-10s|%5d|%7.2f|%x|%r" % ("left", 42, 2.5, 255, "q"), "%(a)s-%(b)03d" % {"a": "x", "b": 7})
print(re.sub(r"\b(\w)", lambda m: m.group(1).upper(), "hello big world"), "hello big world".title())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "ab cd"), re.sub("x*", "-", "abc"))
print(repr(re.compile(r"\d+", re.I)), re.compile("a").flags)
