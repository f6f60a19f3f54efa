import unicodedata, string
for ch in ['A', 'é', '中', '😀', '\u00a0', '½', 'ß', '\t']:
    print(repr(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), unicodedata.numeric(ch, None), ch.isalpha(), ch.isprintable())
s = 'Café'
print(len(s), len(unicodedata.normalize('NFD', s)), unicodedata.normalize('NFC', unicodedata.normalize('NFD', s)) == s)
print(''.join(c for c in unicodedata.normalize('NFKD', 'naïve façade') if not unicodedata.combining(c)))
print(unicodedata.lookup('GREEK SMALL LETTER ALPHA'), unicodedata.decimal('٣'), unicodedata.east_asian_width('中'), unicodedata.mirrored('('))
print('straße'.upper(), 'ǅ'.lower(), 'ǆ'.title(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
print('Hello World'.casefold(), 'ß'.casefold(), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
t = string.Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='y')
except KeyError as e:
    print('KeyError', e)
print(string.capwords('hello   world  of python'), string.ascii_letters[:5], string.punctuation)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith('u'):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}?>'
        return super().get_value(key, args, kwargs)
f = Upper()
print(f.format('{0:>8u}|{name}|{missing}|{1:.2f}', 'abc', 3.14159, name='N'))
print(list(string.Formatter().parse('a{0}b{x!r:>3}c{{}}')))
print('%-6s|%6.2f|%c|%r' % ('ab', 2.5, 65, 'q'), 'tab\there'.expandtabs(4), '①②'.isdigit(), '½'.isnumeric(), '٣'.isdecimal())
print('abc'.encode('utf-16'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'), 'x€'.encode('ascii', 'replace'), 'x€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
