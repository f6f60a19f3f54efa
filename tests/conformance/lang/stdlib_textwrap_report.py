# Formatting a report: dedented templates, filled paragraphs, indented blocks.
import textwrap

INTRO = """
    pymm rebuilds CPython's memory manager in TypeScript: an ArrayBuffer heap,
    pymalloc's arenas and pools, reference counting and the cyclic garbage
    collector, with a Python interpreter on top.

        Indented more: this line keeps four extra spaces.
    """

print(repr(textwrap.dedent(INTRO)))
body = textwrap.dedent(INTRO).strip()
for para in body.split('\n\n'):
    print(textwrap.fill(' '.join(para.split()), width=44))
    print('-' * 44)

items = {
    'arena': 'A 256 KiB block of memory from which pools are carved; freed when all its pools are empty.',
    'pool': 'A 16 KiB page holding blocks of one size class.',
    'block': 'The unit handed out by the allocator.',
    'generation': 'One of three lists of tracked containers; the young generation is collected most often.',
}
w = textwrap.TextWrapper(width=60, initial_indent='  * ', subsequent_indent='    ')
for term, text in items.items():
    print(term.upper())
    print(w.fill(text))
print(textwrap.indent(textwrap.fill(items['arena'], 30), '> '))
print(textwrap.indent('one\n\ntwo\n   \nthree', '| ', lambda line: True))
for width in (10, 25, 40):
    print(repr(textwrap.shorten('The quick brown fox jumps over the lazy dog', width=width)))
print(textwrap.shorten('Hello     world!   How   are you?', 20, placeholder=' ...'))
print(textwrap.wrap('A sentence. Another one! And a third? Yes.', 20, fix_sentence_endings=True))
print(textwrap.fill('Tab\tseparated\tcolumns\there', 30, tabsize=4))
print(textwrap.fill('Tab\tseparated\tcolumns\there', 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('pneumonoultramicroscopicsilicovolcanoconiosis is long', 12))
print(textwrap.wrap('pneumonoultramicroscopicsilicovolcanoconiosis is long', 12, break_long_words=False))
print(textwrap.wrap('self-explanatory well-formed state-of-the-art', 10))
print(textwrap.wrap('self-explanatory well-formed state-of-the-art', 10, break_on_hyphens=False))
print(textwrap.wrap('   leading spaces kept?', 10, drop_whitespace=False))
lines = textwrap.wrap('word ' * 40, 30, max_lines=3)
print(lines, [len(l) for l in lines])
try:
    textwrap.wrap('text', width=5, max_lines=1, placeholder='[too long placeholder]')
except ValueError as e:
    print('ValueError:', e)
class Bulleted(textwrap.TextWrapper):
    def wrap(self, text):
        return ['- ' + line for line in super().wrap(text)]
print(Bulleted(width=20).fill('custom subclasses can post-process the lines they produce'))
class NoBreakSpaces(textwrap.TextWrapper):
    unicode_whitespace_trans = {**textwrap.TextWrapper.unicode_whitespace_trans, 0xa0: 32}
print(NoBreakSpaces(width=8).wrap('one\u00a0two three\u00a0four'), textwrap.wrap('one\u00a0two three\u00a0four', 8))
class Custom(textwrap.TextWrapper):
    import re
    wordsep_simple_re = re.compile(r'(\s+|,)')
print(Custom(width=10, break_on_hyphens=False).wrap('a,b,c well-known, x y'))
