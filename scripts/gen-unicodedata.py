import unicodedata as U, re, collections, os
from fractions import Fraction
N = 0x110000
chars = [chr(c) for c in range(N)]
# Algorithmic names: CJK unified and compatibility ideographs, Hangul syllables.
def ranges_where(pred):
    out = []; start = None
    for cp in range(N + 1):
        ok = cp < N and pred(cp)
        if ok and start is None: start = cp
        if not ok and start is not None: out.append((start, cp - 1)); start = None
    return out
names = [U.name(c, None) for c in chars]
uni = ranges_where(lambda cp: names[cp] == 'CJK UNIFIED IDEOGRAPH-%X' % cp)
compat = ranges_where(lambda cp: names[cp] == 'CJK COMPATIBILITY IDEOGRAPH-%X' % cp)
hangul = ranges_where(lambda cp: (names[cp] or '').startswith('HANGUL SYLLABLE '))
assert hangul == [(0xAC00, 0xD7A3)], hangul
alg = lambda cp: any(a <= cp <= b for a, b in uni + compat + hangul)
ents = [(cp, names[cp]) for cp in range(N) if names[cp] is not None and not alg(cp)]
ALPHA = ''.join(c for c in map(chr, range(33, 127)) if c not in '`\\${|}~')
B = len(ALPHA)
words = collections.Counter(w for _, n in ents for w in n.split(' '))
order = [w for w, _ in words.most_common()]
k1 = 40; k2 = B - k1 - 2; k3 = 2
assert len(order) <= k1 + k2 * B + k3 * B * B
tok = {}
for i, w in enumerate(order):
    if i < k1: tok[w] = ALPHA[i]
    elif i < k1 + k2 * B: j = i - k1; tok[w] = ALPHA[k1 + j // B] + ALPHA[j % B]
    else: j = i - k1 - k2 * B; tok[w] = ALPHA[k1 + k2 + j // (B * B)] + ALPHA[(j // B) % B] + ALPHA[j % B]
items = []; prev = -1
for cp, n in ents:
    gap = cp - prev; prev = cp
    items.append(('' if gap == 1 else '{%x}' % gap) + ''.join(tok[w] for w in n.split(' ')))
def wrap(parts, sep, width=100):
    lines = []; cur = ''
    for p in parts:
        if cur and len(cur) + len(sep) + len(p) > width: lines.append(cur + sep.strip()); cur = p
        else: cur = cur + sep + p if cur else p
    lines.append(cur)
    return '\n'.join(lines)
NAMES = wrap(items, '|')
WORDS = wrap(order, ' ')
VALCH = ''.join(c for c in map(chr, range(33, 127)) if c not in '0123456789abcdefghijklmnopqrstuv`\\$')
def runs(f):
    vals = []; idx = {}; out = []; prev = None; length = 0
    for c in chars:
        v = f(c)
        if v != prev:
            if length: out.append(base32(length) + VALCH[idx[prev]])
            if v not in idx: idx[v] = len(vals); vals.append(v)
            prev = v; length = 0
        length += 1
    out.append(base32(length) + VALCH[idx[prev]])
    assert len(vals) <= len(VALCH), len(vals)
    return ' '.join(map(str, vals)), wrap(out, '', 100)
def base32(n):
    s = ''
    while True:
        s = '0123456789abcdefghijklmnopqrstuv'[n % 32] + s; n //= 32
        if not n: return s
def base36(n):
    s = ''
    while True:
        s = '0123456789abcdefghijklmnopqrstuvwxyz'[n % 36] + s; n //= 36
        if not n: return s
tables = {k: runs(getattr(U, k)) for k in ['category', 'bidirectional', 'east_asian_width', 'combining', 'mirrored']}
dec = []; prev = -1
for cp in range(N):
    d = U.decomposition(chars[cp])
    if d:
        dec.append(base36(cp - prev) + ' ' + d); prev = cp
DECOMP = wrap(dec, '|')
num = []; prev = -1
for cp in range(N):
    v = U.numeric(chars[cp], None)
    if v is None: continue
    flag = 'd' if U.decimal(chars[cp], None) is not None else ('g' if U.digit(chars[cp], None) is not None else '')
    fr = Fraction(v).limit_denominator(1000)
    assert float(fr.numerator) / fr.denominator == v, (cp, v)
    val = str(fr.numerator) if fr.denominator == 1 else '%d/%d' % (fr.numerator, fr.denominator)
    if flag: assert fr.denominator == 1 and int(v) == U.digit(chars[cp])
    num.append(base36(cp - prev) + ':' + flag + val); prev = cp
NUMERIC = wrap(num, ' ')
def lit(name, doc, body):
    assert '`' not in body and '${' not in body and '\\' not in body
    return '/** %s */\nexport const %s = `\n%s\n`;\n' % (doc, name, body)
out = ['''// Unicode 14.0.0 character data for unicodedata (unicodedata.ts), generated from CPython 3.11's
// unicodedata: names (word-coded), property runs, decompositions and numeric values.
// Regenerate with `python3 scripts/gen-unicodedata.py` (CPython 3.11); do not edit by hand.

/** Ranges (first, last) whose names are CJK UNIFIED IDEOGRAPH-XXXX. */
export const UCD_UNIFIED_IDEOGRAPHS: [number, number][] = %s;

/** Ranges (first, last) whose names are CJK COMPATIBILITY IDEOGRAPH-XXXX. */
export const UCD_COMPAT_IDEOGRAPHS: [number, number][] = %s;
''' % (str([list(r) for r in uni]).replace(' ', ' '), str([list(r) for r in compat]))]
out.append(lit('UCD_NAME_WORDS', 'The words of the names, most frequent first (the index of a word is its code).', WORDS))
out.append(lit('UCD_NAMES', "Each named code point's name as word codes, `|`-separated; `{hex}` before one is its distance from the previous one when not 1.", NAMES))
for k, (vals, body) in tables.items():
    out.append('/** The values of %s, in the order the run codes number them. */\nexport const UCD_%s_VALUES = %r;\n' % (k, k.upper(), vals))
    out.append(lit('UCD_%s_RUNS' % k.upper(), 'Runs over all code points of %s: a base-32 length, then the value code.' % k, body))
out.append(lit('UCD_DECOMPOSITIONS', 'Decomposition mappings: base-36 distance from the previous entry, a space, the mapping; `|`-separated.', DECOMP))
out.append(lit('UCD_NUMERIC', "Numeric values: base-36 distance, `:`, `d` (decimal and digit) or `g` (digit) or nothing, the value (n or n/d).", NUMERIC))
# The tables live in a function, so that they are made (and their text parsed) on the first
# unicodedata call, not at every start-up with the code of the bundle and its code cache.
header, first = out[0].split('\n\n', 1)
body = '\n'.join([first] + out[1:]).replace('export const ', 'const ')
names = re.findall(r'^const (\w+)', body, re.M)
src = (header + '\n\n/** The character tables (made on first use). */\nexport type UcdData = ReturnType<typeof makeUcdData>;\n\n'
       + 'let data: UcdData | null = null;\n\n'
       + '/** The character tables, made on the first call. */\nexport function ucdData(): UcdData {\n  data ??= makeUcdData();\n  return data;\n}\n\n'
       + 'function makeUcdData() {\n' + body + '\nreturn { ' + ', '.join(names) + ' };\n}\n')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'python', 'modules', 'unicodedata-data.ts'), 'w').write(src)
print(len(src), len(NAMES), len(WORDS), {k: len(v[1]) for k, v in tables.items()}, len(DECOMP), len(NUMERIC))
print(len(order), B, len(VALCH), uni, compat)
