# unicodedata: names both ways, categories and other properties, numeric values,
# normalization, and the errors users hit.
import unicodedata as ud

chars = ['a', 'Z', '0', ' ', '\n', '\x00', '\x7f', 'é', 'ß', '½', '²', '€', '→', '∑', '中', '가',
         '😀', '\u0301', '\u200b', '\ufeff', 'Ω', 'Ж', 'ا', '٣', '\u4e00', '\uf900', '\U00020000',
         '\U0001f1fa', '\ue000', '\u0378', '\ud800', '(', '«', '⅓', '〇', '\U0010ffff', '\u3000',
         '\uff21', '\uff71', '\U0001d400', 'ǅ', 'ⅷ', '\u0f33', '\U00012400']
for c in chars:
    print(ascii(c), ud.name(c, '-'), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))

for name in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'SNOWMAN', 'GREEK CAPITAL LETTER OMEGA',
             'EURO SIGN', 'GRINNING FACE', 'HANGUL SYLLABLE GAG', 'hangul syllable hih', 'CJK UNIFIED IDEOGRAPH-4E2D',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'CJK UNIFIED IDEOGRAPH-0041', 'NO SUCH THING', 'SPACE',
             'DIGIT ONE', 'VULGAR FRACTION ONE HALF', 'LATIN SMALL LETTER A ', '']:
    try:
        print(repr(name), ascii(ud.lookup(name)))
    except KeyError as e:
        print(repr(name), type(e).__name__, e)
print(ascii(ud.lookup(b'BLACK STAR')))
try:
    ud.lookup('A' * 300)
except KeyError as e:
    print('KeyError', e)

s = 'Ame\u0301lie ﬁ ① Å Å ｶ ﾞ가'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    out = ud.normalize(form, s)
    print(form, ascii(out), len(out), ud.is_normalized(form, s), ud.is_normalized(form, out))
print(ud.normalize('NFC', '') == '', ud.normalize('NFD', 'abc'))
print(''.join(c for c in ud.normalize('NFD', 'Crème Brûlée') if not ud.combining(c)))
print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__)
print(ud.ucd_3_2_0.category('A'), ud.ucd_3_2_0.name('a'))

for fn in [ud.name, ud.category, ud.numeric, ud.decimal, ud.digit, ud.combining, ud.east_asian_width,
           ud.mirrored, ud.decomposition, ud.bidirectional]:
    for arg in ['ab', '', 5, None]:
        try:
            fn(arg)
        except TypeError as e:
            print(type(e).__name__, e)
for fn, arg in [(ud.name, '\x01'), (ud.decimal, 'x'), (ud.digit, '½'), (ud.numeric, 'q')]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)
for call in [lambda: ud.normalize('NFX', 'a'), lambda: ud.normalize('NFC', 5), lambda: ud.normalize(5, 'a'),
             lambda: ud.normalize('NFC'), lambda: ud.name(), lambda: ud.name('a', 1, 2), lambda: ud.category(),
             lambda: ud.lookup(5), lambda: ud.is_normalized('nfc', 'a')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cats = {}
for cp in range(0x250):
    cats[ud.category(chr(cp))] = cats.get(ud.category(chr(cp)), 0) + 1
print(sorted(cats.items()))
print(sum(1 for cp in range(0x3000) if ud.name(chr(cp), None)))
for arg in [b'\xff\xfe', bytearray(b'SNOWMAN'), memoryview(b'SNOWMAN'), None, b'NO\xc3\xa9']:
    try:
        print(ascii(ud.lookup(arg)))
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(ud.numeric('\u3405'), ud.digit('\u00b9'), ud.decimal('\u0660'), ud.name(chr(0x10ffff), 'x'))
