# \N{name} escapes in str literals and f-strings: names in any case, algorithmic names,
# bytes keeping them verbatim, and the decoder's errors (positions count a non-ASCII
# character as its 10-byte \UXXXXXXXX form, as CPython's parser hands it to the codec).
import unicodedata

print(ascii('\N{bullet}\N{LATIN SMALL LETTER A}'), ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}'))
print(ascii(f'\N{BULLET} {1}'), ascii(f'{2}\N{EM DASH}{3:>4}'), ascii(rf'\N{{x}}'))
print(ascii('\N{HANGUL SYLLABLE GA}'), b'\N{BULLET}', len('\N{SNOWMAN}' * 2))
print('\N{DEGREE SIGN}' == unicodedata.lookup('degree sign'), unicodedata.name('\N{EM DASH}'))
menu = {'coffee': 2.5, 'tea': 1.75}
for item, price in menu.items():
    print(f'{item:<8}\N{EN DASH} \N{EURO SIGN}{price:.2f}')

bad = ["'\\N{}'", "'x\\N{A}y'", "'ab\\N{BULLET'", "'\\Nx'", "'\u00e9\\N{X}'", "'\u00e9\\x'",
       "'\\N{BULLET}\\N{X}'", "'\\N'", "f'\\N{NOPE}'", "'\\N{CJK UNIFIED IDEOGRAPH-0041}'"]
for text in bad:
    try:
        compile('x = ' + text, '<test>', 'exec')
    except SyntaxError as e:
        print(text, '->', e.msg, e.lineno, e.offset)

import re
for pattern in [r'\N{bullet}', r'[\N{BULLET}a]+', r'\N{LATIN SMALL LETTER A}{2}', r'\N{NOPE}',
                r'\N{', r'\N', r'x\N{}', r'\N{ab']:
    try:
        print(pattern, re.findall(pattern, '\N{BULLET}aa\N{BULLET}'))
    except re.error as e:
        print(pattern, 'error:', e)
