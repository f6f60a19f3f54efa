import re, string, collections, textwrap
text = """It was the best of times, it was the worst of times; it was the age of wisdom...
"Quoted," she said -- and left. Numbers: 3.14, 1,000, -42, 7e3. E-mail: a.b@c.org, x@y.co.uk!"""
words = re.findall(r"[a-z']+", text.lower())
freq = collections.Counter(words)
for w, c in freq.most_common(5):
    print(f'{w:<8}{c:>3} {"*" * c}')
print(re.findall(r'-?\d+(?:[.,]\d+)*(?:e\d+)?', text))
print(re.findall(r'[\w.]+@[\w.]+\w', text), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home'))
print(re.split(r'[;,.!?]\s*', 'a, b; c. d! e?'), re.split(r'(\d)', 'a1b2c'), re.split(r'\s+', ' x  y ', maxsplit=1))
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace wrote')
print(m.group('first'), m['last'], m.groupdict(), m.span(), m.start(2), m.expand(r'\g<last>, \1'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'), re.subn('a', 'A', 'banana'))
pat = re.compile(r'''
    (?P<key>[a-z_]+)   # key
    \s*=\s*
    (?P<val>"[^"]*"|\S+)  # value
''', re.VERBOSE | re.IGNORECASE)
for mm in pat.finditer('Name = "Ann Lee" age=30 CITY=Paris'):
    print(mm.group('key'), mm.group('val'))
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, re.match(r'(?i)hello', 'HeLLo world').group(), bool(re.search(r'^b', 'a\nb', re.M)))
print(re.findall(r'\b\w+(?=ing\b)', 'singing ringing bring'), re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.escape('a.b*c'), repr(re.compile(r'\d+', re.I)), re.compile('x').pattern, re.I | re.M)
tbl = str.maketrans({'a': '4', 'e': '3', 'o': None}); print('hello banana'.translate(tbl), 'abc'.translate(str.maketrans('abc', 'xyz', 'b')))
print(string.capwords("o'neil mc-donald"), 'hello world'.title(), "they're bill's".title())
para = ' '.join(words[:30])
print(textwrap.fill(para, 28))
for line in textwrap.wrap(para, 30):
    print(line.center(34, '.'), '|', line.ljust(30), '|', line.rjust(30))
print('%-10s|%10s|' % ('left', 'right'), 'x'.zfill(5), '-7'.zfill(5), '{:^9}'.format('mid'), 'ab'.center(7, '*'))
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error:', e, e.pos)
try:
    re.compile('a{2,1}')
except re.error as e:
    print('re.error:', e)
