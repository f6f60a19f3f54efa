# difflib.SequenceMatcher: blocks, opcodes, groups, ratios, junk, autojunk; get_close_matches.
import difflib
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
m = s.find_longest_match(0, 5, 0, 4)
print(m.a, m.b, m.size, isinstance(m, tuple), Match(1, 2, 3), Match._fields)

a = "private Thread currentThread;"
b = "private volatile Thread currentThread;"
s = SequenceMatcher(lambda x: x == " ", a, b)
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(sorted(s.bjunk), s.bpopular)

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes():
    print(g)
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(0))[:2])
print(list(SequenceMatcher(None, 'same', 'same').get_grouped_opcodes()))
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()), SequenceMatcher(None, '', '').ratio())
print(SequenceMatcher(None, '', 'abc').get_opcodes(), SequenceMatcher(None, 'abc', '').get_opcodes())

# autojunk: b with 200+ elements, a popular element is ignored
b = 'a' * 100 + 'b' * 150
s = SequenceMatcher(None, 'ab' * 5, b)
print(s.bpopular, s.get_matching_blocks()[:3], round(s.ratio(), 4))
s = SequenceMatcher(None, 'ab' * 5, b, autojunk=False)
print(s.bpopular, s.get_matching_blocks(), round(s.ratio(), 4))

s = SequenceMatcher()
s.set_seqs('hello world', 'hallo word')
print(s.a, s.b, round(s.ratio(), 5))
s.set_seq1('yellow world')
print(round(s.ratio(), 5))
s.set_seq2('mellow')
print(round(s.ratio(), 5), s.get_opcodes())
s = SequenceMatcher(None, [1, 2, 3, 4], (1, 3, 4, 5))
print(s.get_opcodes(), s.ratio())
print(SequenceMatcher[int])

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('lamda', ['lambda', 'lam', 'llama', 'amda'], n=2, cutoff=0.5))
print(difflib.get_close_matches('x', []))
for n, cutoff in [(0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches('a', ['a'], n, cutoff)
    except ValueError as e:
        print(type(e).__name__, e)
