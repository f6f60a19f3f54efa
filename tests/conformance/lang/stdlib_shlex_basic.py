# shlex: split (POSIX and not, comments), quote, join, the lexer class and its errors.
import shlex

for s in ['ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'a "b c" d',
          'x="1 2" y=3', 'cmd # a comment', "it's", '', '   ', 'a\tb\nc', '"a\\"b"',
          "'a\\'", '"a\\$b\\\\c\\d"', 'a"b"c', "one two'three four'", 'é ñ ü',
          'grep -e "foo|bar" file.txt > out.log', '""', "''"]:
    try:
        print(repr(s), shlex.split(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(shlex.split('a b # c d', comments=True))
print(shlex.split('a b#c d', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split("it's 'here' \\x", posix=False))
for bad in ['"unterminated', "it's", 'trailing\\', "'a b", '"a\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

for s in ['', 'simple', 'has space', "it's", 'a"b', '$HOME', 'safe@%+=:,./-_x', 'tab\t', 'é']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '', '*.py']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f', ''])))
for bad in [123, None, b'x']:
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print(type(e).__name__, e)

lex = shlex.shlex('foo bar+baz "quoted str" 12.5')
print(lex.posix, repr(lex.eof), lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape)
print(list(lex))
lex = shlex.shlex('a=1; b = "two words"\n# comment\nc=3', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex('x y z')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('a && b || (c; d) > f', punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('ls -l|grep x;echo ~/a.txt', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a b', infile='conf.txt')
print(lex.error_leader(), lex.error_leader('other', 7))
lex = shlex.shlex('one,two three', posix=True)
lex.whitespace_split = True
lex.whitespace += ','
print(list(lex))
lex = shlex.shlex('abc#comment\ndef ghi')
print(list(lex))
print(shlex.shlex(posix=True).wordchars[-20:], sorted(shlex.__all__))
