# fnmatch: matching names against shell patterns, filter, translate's regex text.
import fnmatch

names = ['main.py', 'Main.PY', 'setup.cfg', 'README.md', 'test_a.py', 'a.txt', '.hidden',
         'data[1].csv', 'x-y', 'notes', '']
for pat in ['*.py', '*.PY', 'test_*', '?.txt', '[!.]*', '*[[]1]*', '*-*', '*', '', '[a-z]*',
            'data?1?.csv', '[]]', '[!]]*', '*.[ct][xs][tv]']:
    print(repr(pat), fnmatch.filter(names, pat))
    print('  ', [n for n in names if fnmatch.fnmatchcase(n, pat)] == fnmatch.filter(names, pat))

print(fnmatch.fnmatch('foo.PY', '*.py'), fnmatch.fnmatchcase('foo.PY', '*.py'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('a\nb', 'a*'))
print(fnmatch.fnmatchcase('abc', 'a[b-a]c'), fnmatch.fnmatchcase('a-c', 'a[z-]c'))
print(fnmatch.fnmatchcase('a^c', 'a[^]c'), fnmatch.fnmatchcase('a\\c', 'a[\\]c'))
print(fnmatch.fnmatchcase('a&c', 'a[&&]c'), fnmatch.fnmatchcase('a~c', 'a[~]c'))
print(fnmatch.fnmatchcase('héllo', 'h?llo'), fnmatch.fnmatchcase('日本.txt', '*.txt'))

for pat in ['*.py', 'a*b*c', '[!a-c]?x', '*', '**a*', '[]', '[!]', '[!]]', 'a[b-a]c',
            '[a-c-e]', '[--]', '[^x]', '[[x]', 'a.b+c(d)', 'x|y', '[a&&b]', '[a~~b]',
            '[a||b]', '*a*b*', '[\\]', 'a[-z]', '[z-a-c]', '\\*', 'é?*']:
    print(repr(pat), repr(fnmatch.translate(pat)))

# bytes patterns and names
print(fnmatch.fnmatchcase(b'file.bin', b'*.bin'), fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
print(fnmatch.fnmatch(b'X.C', b'*.C'))

# errors users hit
for args in [(1, 'a'), ('a', 1), (b'a', 'a'), ('a', b'a'), (None, '*')]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(f.__name__, f(*args))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    fnmatch.filter(['a'], 3)
except TypeError as e:
    print('filter', type(e).__name__, e)
try:
    fnmatch.filter([1], '*')
except TypeError as e:
    print('filter', type(e).__name__, e)
print(sorted(fnmatch.__all__))
