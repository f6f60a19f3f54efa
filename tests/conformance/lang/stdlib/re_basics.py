# re: compile/match/search/fullmatch, Pattern and Match objects, flags.
import re

print(re.compile('a+'), re.compile('a', re.I | re.M), re.compile(b'x'), re.compile('x', re.A | re.S))
m = re.match(r'(\w+) (\w+)', 'hello world!')
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(1), m.end(), m.lastindex)
print(m[0], m[2], m.regs, m.pos, m.endpos, m.string, m.re)
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2024-05-17.')
print(m, m.groupdict(), m['year'], m.group('mon'), m.lastgroup, m.re.groupindex)
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch('a|ab', 'ab'))
print(re.match('(?i)hello', 'HeLLo'), re.findall('^a', 'a\na', re.M), re.findall('a.b', 'a\nb', re.S))
print(re.findall('a$', 'a\n'), re.findall('a$', 'a\na\n', re.M), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'))
print(re.compile(r'''\d+  # digits
   \.  # a dot''', re.X).match('12.'))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\d', '1٣x'))
print(re.search('😀(.)', 'ab😀cd'), re.search('c', 'ab😀cd').span(), re.findall('.', '😀é'))
p = re.compile(r'(a)(?:(b)|c)(d)?')
m = p.match('ac')
print(m.groups(), m.groups('-'), m.regs, m.lastindex, p.groups, p.groupindex, p.pattern, p.flags)
print(m.expand(r'[\1|\2|\3]'), m.group(1, 3), m.span(2), m.start(3))
try:
    m.group(4)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(re.I, repr(re.I | re.S), re.NOFLAG, int(re.X), re.compile('a', re.I).flags, re.I | re.M | re.A)
print(re.match('a', 'b'), bool(re.match('a', 'a')), re.compile('x') is re.compile('x'))
print(re.compile('(?s).').flags, re.compile('(?im)a').flags, re.compile('(?x) a').match('a'))
print(re.findall(r'(?<=-)\w+', 'a-bc-de'), re.findall(r'(?<!-)\b\w+', 'a-bc de'))
print(re.findall(r'(?>a+)b', 'aaab'), re.findall(r'a++b', 'aab'), re.findall(r'\d{2,}?', '12345'))
print(re.findall(r'(?i:AB)c', 'abc abC ABc'), re.findall(r'[^\W\d]+', 'ab12_c d3'), re.findall(r'[\s,]+', 'a, b  c'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo) barfoo'), re.findall(r'\Bo\B', 'foo boo'))
print(re.findall(r'(\w)\1', 'aabbcd eef'), re.findall(r'(?P<c>\w)(?P=c)', 'xxyz'), re.search(r'x{2}', 'axxx').span())
print(re.search(r'a{,2}b', 'aaab').span(), re.search(r'{', 'a{b').span(), re.search(r'x{1,2', 'x{1,2').group())
print(re.match(r'\x41\u00e9\t\n\\', 'Aé\t\n\\'), re.match(r'[\x41-\x43]+', 'ABCD').group(), re.match(r'\0', '\0'))
print(re.compile('b').search('abcb', 2), re.compile('b').search('abcb', 0, 1), re.compile('^b').search('ab', 1))
print(re.compile('c$').search('abcd', 0, 3), re.compile('b').match('ab', 1), re.compile('a').fullmatch('ab', 0, 1))
print(type(m), type(p), re.Match, re.Pattern, re.error, isinstance(re.error('x'), Exception))
print(re.compile('x') == re.compile('x'), re.compile('x') == re.compile('x', re.I), hash(re.compile('x')) == hash(re.compile('x')))
m = re.match(b'(a)(b)', b'abc')
print(m, m.groups(), m.group(0), re.findall(rb'\d+', b'a12b3'))
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex, re.match('(a)|(b)', 'b').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup, re.match('a', 'a').lastindex)
