import textwrap as tw
import random
texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello there--how are you?  A well-known e-mail address: x-y-z and --flag, 1-2 spam---eggs. End.",
    "Supercalifragilisticexpialidocious is a very-very-long-hyphenated-wordthatgoesonandonandon and more.",
    "\tTabs\there and\nnewlines\r\n and  double  spaces. Mr. Smith went. Done! Really? \"Yes.\" ok",
    "", "   ", "a", "short", "   leading and trailing   ", "x" * 100, "---", "a-b-c-d-e-f-g", "foo--bar--baz quux",
    "Ünïcödé wörds with äccents and ñ-hyphen wörd-wörd and 日本語のテキスト",
]
widths = [1, 2, 5, 10, 12, 15, 20, 30, 40, 70]
for t in texts:
    for w in widths:
        print(w, tw.wrap(t, w))
        print(w, tw.wrap(t, w, break_long_words=False))
        print(w, tw.wrap(t, w, break_on_hyphens=False, drop_whitespace=False))
    print(repr(tw.fill(t, 25, initial_indent='* ', subsequent_indent='    ')))
    print(repr(tw.fill(t, 30, fix_sentence_endings=True)))
    print(repr(tw.fill(t, 30, expand_tabs=False, replace_whitespace=False)))
    print(repr(tw.fill(t, 30, tabsize=4)))
    for w in (10, 15, 20, 30):
        try: print(repr(tw.shorten(t, w)), repr(tw.shorten(t, w, placeholder='...')))
        except ValueError as e: print('VE', e)
        for ml in (1, 2, 3):
            try: print(ml, tw.wrap(t, w, max_lines=ml), tw.wrap(t, w, max_lines=ml, placeholder=' ~', subsequent_indent='  '))
            except ValueError as e: print('VE', e)
rng = random.Random(7)
words = ['a', 'bb', 'ccc', 'dddd', 'well-known', 'x--y', 'end.', 'Mr.', 'long' * 6, '  ', 'e-mail-', '-dash', 'q?']
for _ in range(200):
    t = ' '.join(rng.choice(words) for _ in range(rng.randint(0, 25)))
    w = rng.randint(1, 30)
    opts = dict(break_long_words=rng.random() < 0.7, break_on_hyphens=rng.random() < 0.7, drop_whitespace=rng.random() < 0.7,
                fix_sentence_endings=rng.random() < 0.3, max_lines=rng.choice([None, None, 1, 2, 4]))
    try: print(w, opts, tw.wrap(t, w, **opts))
    except ValueError as e: print('VE', e)
for bad in (0, -1):
    try: tw.wrap('abc', bad)
    except ValueError as e: print(e)
try: tw.shorten('hello world', 3)
except ValueError as e: print(e)
print(repr(tw.shorten("Hello  world!", width=12)), repr(tw.shorten("Hello  world!", width=11)), repr(tw.shorten("Hello world", width=10, placeholder="...")))
ded = ["    a\n    b\n", "  a\n    b\n\n  c", "\ta\n\t\tb", " \ta\n \tb\n  c", "a\n  b", "    \n   x\n  \n    y", "  hello\r\n  world\r\n", "\n\n", "   \x0c x\n   y", "  a\n \n  b  \n"]
for d in ded:
    print(repr(tw.dedent(d)))
print(repr(tw.indent("a\nb\n\n  \nc", "> ")), repr(tw.indent("a\nb\n", "+ ", lambda line: True)), repr(tw.indent("x\r\ny\x0bz", "-")))
w = tw.TextWrapper(width=20, initial_indent='>> ')
print(w.wrap('one two three four five six seven'), w.width, w.max_lines, w.placeholder, w.tabsize)
w.width = 10; print(w.fill('one two three four five six seven'))
class W(tw.TextWrapper):
    def _split(self, text):
        return text.split('|')
print(W(width=6).wrap('ab|cd|ef|gh'))
print(tw.TextWrapper.wordsep_re.split('well-known e-mail'), tw.TextWrapper.sentence_end_re.search('end.') is not None)
print(tw.wrap('x ' * 3, 2, break_on_hyphens=1))
