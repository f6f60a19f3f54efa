import difflib
a = """The quick brown fox
jumps over
the lazy dog.
It was fun.""".splitlines(keepends=True)
b = """The quick brown cat
jumps over
the lazy dog!
It was fun.
Really.""".splitlines(keepends=True)
for line in difflib.unified_diff(a, b, fromfile='old.txt', tofile='new.txt'):
    print(line, end='')
print()
for line in difflib.context_diff(a, b, fromfile='old', tofile='new', n=1):
    print(line, end='')
print()
print(list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
words = ['apple', 'apply', 'ape', 'peach', 'puppy', 'appel']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('pech', words, n=2, cutoff=0.5))
s2 = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s2.ratio(), 3))
print(s2.find_longest_match(0, 29, 0, 38))
