# Everyday uses of the text modules together: slugs, accent stripping, punctuation removal,
# glob-to-regex, shell command building, HTML templating, fuzzy suggestions, diffs printed.
import codecs
import difflib
import fnmatch
import html
import re
import shlex
import unicodedata


def slugify(text):
    text = unicodedata.normalize('NFKD', text).encode('ascii', 'ignore').decode('ascii')
    text = re.sub(r'[^\w\s-]', '', text).strip().lower()
    return re.sub(r'[-\s]+', '-', text)


print(slugify('Héllo, Wörld! Ça va?  — ﬁne'))
print(''.join(c for c in 'Hello, world! (yes)...' if not unicodedata.category(c).startswith('P')))
print([unicodedata.name(c) for c in 'A1 ß€😀'])
print(sum(1 for c in 'naïve café' if unicodedata.combining(c)),
      sum(1 for c in unicodedata.normalize('NFD', 'naïve café') if unicodedata.combining(c)))
width = sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in '日本語abc')
print(width)

rx = re.compile(fnmatch.translate('*.tx?'))
print(bool(rx.match('notes.txt')), bool(rx.match('notes.txt.bak')), bool(rx.match('a/b.txy')))
print([p for p in ['src/a.py', 'src/b.js', 'test/c.py', 'README'] if fnmatch.fnmatch(p, 'src/*')])
patterns = ['*.py', 'test_*', '[Mm]akefile']
files = ['main.py', 'test_main.c', 'Makefile', 'makefile', 'notes.md']
print({f: any(fnmatch.fnmatch(f, p) for p in patterns) for f in files})

cmd = ['grep', '-r', 'hello world', "it's here", '--include=*.py']
line = shlex.join(cmd)
print(line)
print(shlex.split(line) == cmd)
print(shlex.split('python -c "print(1)" --flag=value # trailing', comments=True))
print(' '.join(shlex.quote(a) for a in ['safe', 'not safe', '']))

rows = [('<b>Tom & Jerry</b>', 'say "hi"'), ("O'Reilly", '5 > 3')]
for name, note in rows:
    print('<tr><td>%s</td><td title="%s">%s</td></tr>' % (html.escape(name), html.escape(note), html.escape(note, quote=False)))
print(html.unescape('&lt;p&gt;caf&eacute; &amp; cr&egrave;me &#8212; &#x1F600;&lt;/p&gt;'))

commands = ['status', 'commit', 'checkout', 'branch', 'merge', 'rebase', 'stash']
for typo in ['stauts', 'comit', 'chekout', 'rebsae', 'xyz']:
    print(typo, difflib.get_close_matches(typo, commands, n=1))
old = 'The quick brown fox\njumps over\nthe lazy dog\n'.splitlines(keepends=True)
new = 'The quick brown cat\njumps over\nthe lazy dog\nand runs\n'.splitlines(keepends=True)
for line in difflib.unified_diff(old, new, fromfile='a.txt', tofile='b.txt', lineterm=''):
    print(line.rstrip('\n'))
print('\n'.join(difflib.ndiff(['apple', 'banana', 'cherry'], ['apple', 'bananas', 'cherry', 'date'])))
print(round(difflib.SequenceMatcher(None, 'kitten', 'sitting').ratio(), 4),
      round(difflib.SequenceMatcher(a='abc', b='abd').quick_ratio(), 4))

print(codecs.encode('secret message', 'rot_13'), codecs.encode(b'\x01\xfe', 'hex').decode())
print(codecs.decode(r'C:\\path\twith\ttabs\u00e9', 'unicode_escape'))
print('naïve'.encode('ascii', errors='namereplace'), 'naïve'.encode('ascii', 'backslashreplace'))
