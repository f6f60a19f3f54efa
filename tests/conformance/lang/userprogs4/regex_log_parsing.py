# re as a log parser uses it: named groups, finditer, sub with functions, split,
# lookarounds, verbose patterns, a scanner with lastgroup, errors.
import re
log = """2024-01-15 10:23:45 ERROR [db] Connection failed: timeout after 30s
2024-01-15 10:24:01 INFO [web] GET /index.html 200 0.023s
2024-01-15 10:24:02 WARNING [web] GET /missing 404 0.002s
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice id=42
2024-01-16 08:00:05 DEBUG [auth] retry count=3"""
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level", "mod"), m.start(), m.span("msg"), m["date"], len(m.groups()))
print(pat.groupindex, pat.groups, pat.pattern[:20], pat.flags & re.M != 0)
print(re.findall(r"(\w+)=(\w+)", log))
print(re.findall(r"\d+\.\d+s", log))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"o", "0", "foo boo"), re.sub("x*", "-", "abc"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " lead trail ", maxsplit=1))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("X"), m.group(0, 1, 2), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(repr(m)[:40], m.expand(r"\1-\3"), m.span(2), m.start(2))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"\bcat\b", "cat concat cat's"), re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\d+(?!px)", "10px 20em 30"))
print(re.findall(r"(\w)\1", "hello book keeper"), re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"))
print(re.escape("a.b*c?"), re.findall(r"[^\W\d_]+", "abc_123 déf"), re.findall(r"\s", "a b\tc\nd"))
email = re.compile(r"""
    (?P<user>[\w.+-]+)   # user part
    @
    (?P<domain>[\w-]+(?:\.[\w-]+)+)  # domain
""", re.X)
for addr in ["john.doe@example.com", "bad@", "x+y@sub.domain.org"]:
    mm = email.fullmatch(addr)
    print(addr, "->", mm.groupdict() if mm else None)
print(re.compile(r"(?P<a>x)|(?P<b>y)").sub(lambda m: m.lastgroup, "xyzx"))
tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    out = []
    for num, op in tokens.findall(s):
        out.append(float(num) if num else op)
    return out
print(tokenize("3 + 4.5 * (2 - 1)"))
scanner_spec = [("NUM", r"\d+"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/=]"), ("WS", r"\s+"), ("ERR", r".")]
master = re.compile("|".join(f"(?P<{n}>{p})" for n, p in scanner_spec))
print([(m.lastgroup, m.group()) for m in master.finditer("x = 42 + y1 $") if m.lastgroup != "WS"])
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos, e.msg)
try:
    re.compile("a**")
except re.error as e:
    print("re.error:", e)
print(re.sub(r"\\", "/", r"a\b\c"), re.findall(r"[\u4e00-\u9fff]+", "中文 text 字"), re.IGNORECASE | re.MULTILINE)
print(bool(re.match(r"^(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}$", "(555) 123-4567")))
print(re.findall(r"(\d+)(?:px|em)", "10px 2em 5pt"), re.match(r"(?P<x>a)(?P=x)", "aa").group(), re.search(r"a{2,3}", "aaaa").group(), re.search(r"a{2,3}?", "aaaa").group())
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"\Aa|b\Z", "ab"), re.purge())
