# difflib diff formats: unified_diff, context_diff, ndiff / Differ with '? ' hints, restore,
# diff_bytes, IS_LINE_JUNK / IS_CHARACTER_JUNK, and the errors users hit.
import difflib
import sys

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
sys.stdout.writelines(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.unified_diff([], ['x\n'], 'f', 'g', '2024-01-01', '2024-01-02')))
print(list(difflib.context_diff(['x\n'], [], 'f', 'g', 'd1', 'd2')))

old = ['line %d\n' % i for i in range(1, 21)]
new = old[:]
new[2] = 'line three\n'
new.insert(10, 'inserted\n')
del new[17]
sys.stdout.writelines(difflib.unified_diff(old, new, 'old', 'new', n=1))
sys.stdout.writelines(difflib.context_diff(old, new, 'old', 'new', n=2))
sys.stdout.writelines(difflib.unified_diff(old, new, n=0))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
diff = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(list(difflib.ndiff(['\tindented x\n'], ['\tindented y\n'])))
print(list(difflib.ndiff(['abc'], ['abd'])))
print(list(difflib.ndiff(['same\n', '#\n'], ['#\n', 'same\n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(['aaa\n', 'bbb\n'], ['xyz\n', 'qrs\n', 'tuv\n'])))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(['a b c\n'], ['a  b c\n'])))
print(list(difflib.ndiff('abc', 'abd')))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
for which in (0, 3, '1'):
    try:
        print(list(difflib.restore(diff, which))[:1])
    except ValueError as e:
        print(type(e).__name__, e)

print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'b\n'], b'x', b'y')))
print(list(difflib.diff_bytes(difflib.context_diff, [b'a\n'], [b'b\n'])))
for call in [lambda: list(difflib.unified_diff([b'a'], [b'b'])),
             lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=1)),
             lambda: list(difflib.context_diff(['a'], [2])),
             lambda: list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
g = difflib.unified_diff([1], [2])
print(type(g).__name__)
print(sorted(difflib.__all__))
