// The unicodedata module: the Unicode 14.0.0 character database of CPython 3.11 (names both
// ways, category, bidirectional, combining, east_asian_width, mirrored, decomposition,
// decimal / digit / numeric, normalize / is_normalized). The data is generated from python3's
// own module by scripts/gen-unicodedata.py into unicodedata-data.ts and decoded lazily, one
// property at a time. Normalization uses String.prototype.normalize, held to Unicode 14.0 for
// code points the engine's newer Unicode knows. Name aliases and named sequences are not known
// to lookup(); ucd_3_2_0 answers with the 14.0.0 data (docs/design/deviations.md).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { setCharacterNameLookup } from '../syntax/strings.js';
import { argCount, noKeywords } from '../vm/args.js';
import { decodeBytes } from '../vm/codecs.js';
import type { Interpreter } from '../vm/interp.js';
import { ucdData } from './unicodedata-data.js';

const NAME_ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'`\\$|~{}'.includes(c))
  .join('');
const VALUE_ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'0123456789abcdefghijklmnopqrstuv`\\$'.includes(c))
  .join('');

/** A property stored as runs over all code points: run starts and the value of each run. */
interface RunTable {
  starts: Int32Array;
  values: string[];
  codes: Uint8Array;
}

function decodeRuns(valuesText: string, runsText: string): RunTable {
  const values = valuesText.split(' ');
  const body = runsText.replace(/\s+/g, '');
  const starts: number[] = [];
  const codes: number[] = [];
  let at = 0;
  let pos = 0;
  while (pos < body.length) {
    let len = 0;
    for (;;) {
      const d = '0123456789abcdefghijklmnopqrstuv'.indexOf(body[pos]);
      if (d < 0) break;
      len = len * 32 + d;
      pos++;
    }
    starts.push(at);
    codes.push(VALUE_ALPHABET.indexOf(body[pos++]));
    at += len;
  }
  return { starts: Int32Array.from(starts), values, codes: Uint8Array.from(codes) };
}

function runValue(t: RunTable, cp: number): string {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return t.values[t.codes[lo]];
}

const runTables = new Map<string, RunTable>();
// The (values, runs) texts of each run-stored property.
function runSources(name: string): [string, string] {
  const D = ucdData();
  const sources: Record<string, [string, string]> = {
    category: [D.UCD_CATEGORY_VALUES, D.UCD_CATEGORY_RUNS],
    bidirectional: [D.UCD_BIDIRECTIONAL_VALUES, D.UCD_BIDIRECTIONAL_RUNS],
    east_asian_width: [D.UCD_EAST_ASIAN_WIDTH_VALUES, D.UCD_EAST_ASIAN_WIDTH_RUNS],
    combining: [D.UCD_COMBINING_VALUES, D.UCD_COMBINING_RUNS],
    mirrored: [D.UCD_MIRRORED_VALUES, D.UCD_MIRRORED_RUNS],
  };
  return sources[name];
}

/** The value of a run-stored property (as its text) for code point `cp`. */
function property(name: string, cp: number): string {
  let t = runTables.get(name);
  if (t === undefined) {
    const [values, runs] = runSources(name);
    t = decodeRuns(values, runs);
    runTables.set(name, t);
  }
  return runValue(t, cp);
}

/** Whether east_asian_width(cp) is W or F: two columns on a fixed-width display. */
export function isWideChar(cp: number): boolean {
  const w = property('east_asian_width', cp);
  return w === 'W' || w === 'F';
}

/** Code point → name for the names stored in the table (not the algorithmic ones). */
let namesByCode: Map<number, string> | null = null;
/** Name → code point, for lookup(). */
let codesByName: Map<string, number> | null = null;

function storedNames(): Map<number, string> {
  if (namesByCode !== null) return namesByCode;
  const words = ucdData()
    .UCD_NAME_WORDS.split(/\s+/)
    .filter((w) => w !== '');
  const B = NAME_ALPHABET.length;
  const one = 40;
  const two = B - one - 2;
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < B; i++) index[NAME_ALPHABET.charCodeAt(i)] = i;
  const map = new Map<number, string>();
  let cp = -1;
  for (const item of ucdData().UCD_NAMES.replace(/\n/g, '').split('|')) {
    let pos = 0;
    if (item[0] === '{') {
      const close = item.indexOf('}');
      cp += Number.parseInt(item.slice(1, close), 16);
      pos = close + 1;
    } else {
      cp += 1;
    }
    const parts: string[] = [];
    while (pos < item.length) {
      const lead = index[item.charCodeAt(pos++)];
      let w: number;
      if (lead < one) w = lead;
      else if (lead < one + two) w = one + (lead - one) * B + index[item.charCodeAt(pos++)];
      else {
        const hi = index[item.charCodeAt(pos++)];
        const lo = index[item.charCodeAt(pos++)];
        w = one + two * B + ((lead - one - two) * B + hi) * B + lo;
      }
      parts.push(words[w]);
    }
    map.set(cp, parts.join(' '));
  }
  namesByCode = map;
  return map;
}

// Hangul syllables are named from their jamo: HANGUL SYLLABLE + lead + vowel + tail.
const JAMO_LEAD = 'G GG N D DD R M B BB S SS _ J JJ C K T P H'.split(' ').map((s) => (s === '_' ? '' : s));
const JAMO_VOWEL = 'A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I'.split(' ');
const JAMO_TAIL = ['', ...'G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H'.split(' ')];
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

function inRanges(ranges: [number, number][], cp: number): boolean {
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
}

/** The Unicode 14.0 name of code point `cp`, or null when it has none (also namereplace's). */
export function nameOf(cp: number): string | null {
  if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
    const s = cp - HANGUL_FIRST;
    const tail = s % 28;
    const vowel = Math.floor(s / 28) % 21;
    const lead = Math.floor(s / (28 * 21));
    return `HANGUL SYLLABLE ${JAMO_LEAD[lead]}${JAMO_VOWEL[vowel]}${JAMO_TAIL[tail]}`;
  }
  const hex = cp.toString(16).toUpperCase();
  if (inRanges(ucdData().UCD_UNIFIED_IDEOGRAPHS, cp)) return `CJK UNIFIED IDEOGRAPH-${hex}`;
  if (inRanges(ucdData().UCD_COMPAT_IDEOGRAPHS, cp)) return `CJK COMPATIBILITY IDEOGRAPH-${hex}`;
  return storedNames().get(cp) ?? null;
}

/** Hangul syllable names → code points (made on the first lookup of one). */
let hangulByName: Map<string, number> | null = null;

/**
 * The code point named `name`, or null. As in CPython, stored names match in any case while
 * the algorithmic CJK UNIFIED IDEOGRAPH-XXXX[X] and HANGUL SYLLABLE names must be upper case.
 */
export function codeOf(name: string): number | null {
  const unified = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (unified !== null) {
    const cp = Number.parseInt(unified[1], 16);
    return inRanges(ucdData().UCD_UNIFIED_IDEOGRAPHS, cp) ? cp : null;
  }
  if (name.startsWith('HANGUL SYLLABLE ')) {
    if (hangulByName === null) {
      hangulByName = new Map();
      for (let cp = HANGUL_FIRST; cp <= HANGUL_LAST; cp++) hangulByName.set(nameOf(cp) as string, cp);
    }
    const cp = hangulByName.get(name);
    if (cp !== undefined) return cp;
  }
  const upper = name.toUpperCase();
  const compat = /^CJK COMPATIBILITY IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (compat !== null) {
    const cp = Number.parseInt(compat[1], 16);
    return inRanges(ucdData().UCD_COMPAT_IDEOGRAPHS, cp) && nameOf(cp) === upper ? cp : null;
  }
  if (codesByName === null) {
    codesByName = new Map();
    for (const [cp, n] of storedNames()) codesByName.set(n, cp);
  }
  return codesByName.get(upper) ?? null;
}

// String literals' \N{name} escapes use the same names (aliases and named sequences aside).
setCharacterNameLookup(codeOf);

let decompositions: Map<number, string> | null = null;

function decompositionOf(cp: number): string {
  if (decompositions === null) {
    decompositions = new Map();
    let at = -1;
    for (const item of ucdData().UCD_DECOMPOSITIONS.replace(/\n/g, '').split('|')) {
      const space = item.indexOf(' ');
      at += Number.parseInt(item.slice(0, space), 36);
      decompositions.set(at, item.slice(space + 1));
    }
  }
  return decompositions.get(cp) ?? '';
}

/** A character's numeric value and whether it is also a digit / a decimal digit. */
interface NumericValue {
  value: number;
  digit: boolean;
  decimal: boolean;
}

let numerics: Map<number, NumericValue> | null = null;

function numericOf(cp: number): NumericValue | undefined {
  if (numerics === null) {
    numerics = new Map();
    let at = -1;
    for (const item of ucdData().UCD_NUMERIC.split(/\s+/)) {
      if (item === '') continue;
      const m = /^([0-9a-z]+):([dg]?)(-?\d+)(?:\/(\d+))?$/.exec(item) as RegExpExecArray;
      at += Number.parseInt(m[1], 36);
      const value = m[4] === undefined ? Number(m[3]) : Number(m[3]) / Number(m[4]);
      numerics.set(at, { value, digit: m[2] !== '', decimal: m[2] === 'd' });
    }
  }
  return numerics.get(cp);
}

/** How argument-clinic errors name an argument's type ("None" for None). */
function clinicTypeName(interp: Interpreter, arg: Ptr): string {
  return arg === interp.none ? 'None' : interp.space.typeName(arg);
}

/** The one code point of a str argument, or the TypeError CPython raises for anything else. */
function charArg(interp: Interpreter, fname: string, arg: Ptr, numbered: boolean): number {
  const what = `${fname}() argument${numbered ? ' 1' : ''} must be a unicode character, not`;
  if (!interp.n.isStr(arg)) throw new PyErr('TypeError', `${what} ${clinicTypeName(interp, arg)}`);
  const s = interp.n.jsStr(arg);
  const cp = s.codePointAt(0);
  if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) throw new PyErr('TypeError', `${what} str`);
  return cp;
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/** Whether `cp` is unassigned in Unicode 14.0 (the engine's Unicode may know it). */
function unassigned(cp: number): boolean {
  return cp >= 0x378 && property('category', cp) === 'Cn';
}

/**
 * String.prototype.normalize held to Unicode 14.0: code points unassigned in 14.0 pass
 * through untouched (they are starters there, so they split the text into independent
 * segments), and a composite the engine makes that 14.0 lacks stays decomposed.
 */
function normalize14(s: string, form: string): string {
  let out = '';
  let segment = '';
  for (const ch of s) {
    if (unassigned(ch.codePointAt(0) as number)) {
      out += normalizeSegment(segment, form) + ch;
      segment = '';
    } else {
      segment += ch;
    }
  }
  return out + normalizeSegment(segment, form);
}

function normalizeSegment(s: string, form: string): string {
  const r = s.normalize(form);
  if (form === 'NFD' || form === 'NFKD') return r;
  let out = '';
  for (const ch of r) out += unassigned(ch.codePointAt(0) as number) ? ch.normalize('NFD') : ch;
  return out;
}

function normalizeArgs(interp: Interpreter, fname: string, a: Ptr[], k: Ptr[] | null): [string, string] {
  noKeywords(fname, k);
  argCount(fname, a, null, 2, 2);
  const n = interp.n;
  if (!n.isStr(a[0]))
    throw new PyErr('TypeError', `${fname}() argument 1 must be str, not ${clinicTypeName(interp, a[0])}`);
  if (!n.isStr(a[1]))
    throw new PyErr('TypeError', `${fname}() argument 2 must be str, not ${clinicTypeName(interp, a[1])}`);
  const form = n.jsStr(a[0]);
  if (!FORMS.has(form)) throw new PyErr('ValueError', 'invalid normalization form');
  return [form, n.jsStr(a[1])];
}

/** Source of the UCD type and ucd_3_2_0 (which answers with this module's 14.0.0 data). */
const UCD_PY = String.raw`
class UCD:
    """A Unicode character database version (pymm keeps one, 14.0.0)."""
    __slots__ = ('unidata_version',)
    __module__ = 'unicodedata'

    def __init__(self, version):
        self.unidata_version = version


def _delegate(name):
    fn = globals()[name]
    return lambda self, *args: fn(*args)


for _n in ('lookup', 'name', 'decimal', 'digit', 'numeric', 'category', 'bidirectional',
           'combining', 'east_asian_width', 'mirrored', 'decomposition', 'normalize',
           'is_normalized'):
    setattr(UCD, _n, _delegate(_n))
ucd_3_2_0 = UCD('3.2.0')
del _n, _delegate
`;

/** Fills the unicodedata module. */
export function initUnicodedataModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const def = (name: string, impl: (a: Ptr[], k: Ptr[] | null) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => impl(a, k));
  const withDefault = (fname: string, a: Ptr[], k: Ptr[] | null): [number, Ptr] => {
    noKeywords(`unicodedata.${fname}`, k);
    argCount(fname, a, null, 1, 2);
    return [charArg(interp, fname, a[0], true), a.length > 1 ? a[1] : NULL];
  };
  const fail = (fallback: Ptr, message: string): Ptr => {
    if (fallback === NULL) throw new PyErr('ValueError', message);
    return interp.ref(fallback);
  };
  const single = (fname: string, a: Ptr[], k: Ptr[] | null): number => {
    argCount(`unicodedata.${fname}`, a, k, 1, 1);
    return charArg(interp, fname, a[0], false);
  };

  def('lookup', (a, k) => {
    argCount('unicodedata.lookup', a, k, 1, 1);
    let name: string;
    if (n.isStr(a[0])) name = n.jsStr(a[0]);
    else if (n.isBytes(a[0])) name = decodeBytes(n.bytesValue(a[0]), 'utf-8', 'replace');
    else {
      const tn = interp.space.typeName(a[0]);
      if (tn === 'bytearray' || tn === 'memoryview')
        throw new PyErr('TypeError', `lookup() argument must be read-only bytes-like object, not ${tn}`);
      throw new PyErr('TypeError', `a bytes-like object is required, not '${tn}'`);
    }
    if (name.length > 256) throw new PyErr('KeyError', 'name too long');
    const cp = codeOf(name);
    if (cp === null) throw new PyErr('KeyError', `undefined character name '${name}'`);
    return n.str(String.fromCodePoint(cp));
  });
  def('name', (a, k) => {
    const [cp, fallback] = withDefault('name', a, k);
    const name = nameOf(cp);
    return name === null ? fail(fallback, 'no such name') : n.str(name);
  });
  def('decimal', (a, k) => {
    const [cp, fallback] = withDefault('decimal', a, k);
    const v = numericOf(cp);
    return v?.decimal ? n.int(v.value) : fail(fallback, 'not a decimal');
  });
  def('digit', (a, k) => {
    const [cp, fallback] = withDefault('digit', a, k);
    const v = numericOf(cp);
    return v?.digit ? n.int(v.value) : fail(fallback, 'not a digit');
  });
  def('numeric', (a, k) => {
    const [cp, fallback] = withDefault('numeric', a, k);
    const v = numericOf(cp);
    return v !== undefined ? n.float(v.value) : fail(fallback, 'not a numeric character');
  });
  def('category', (a, k) => n.str(property('category', single('category', a, k))));
  def('bidirectional', (a, k) => n.str(property('bidirectional', single('bidirectional', a, k))));
  def('east_asian_width', (a, k) => n.str(property('east_asian_width', single('east_asian_width', a, k))));
  def('combining', (a, k) => n.int(Number(property('combining', single('combining', a, k)))));
  def('mirrored', (a, k) => n.int(Number(property('mirrored', single('mirrored', a, k)))));
  def('decomposition', (a, k) => n.str(decompositionOf(single('decomposition', a, k))));
  def('normalize', (a, k) => {
    const [form, s] = normalizeArgs(interp, 'normalize', a, k);
    const out = normalize14(s, form);
    return out === s ? interp.ref(a[1]) : n.str(out);
  });
  def('is_normalized', (a, k) => {
    const [form, s] = normalizeArgs(interp, 'is_normalized', a, k);
    return interp.bool(normalize14(s, form) === s);
  });
  const set = (name: string, value: Ptr) => {
    n.dictSet(dict, n.intern(name), value);
    interp.decref(value);
  };
  set('unidata_version', n.str('14.0.0'));
  set(
    '__doc__',
    n.str(
      'This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData.txt file (see http://www.unicode.org/reports/tr44/tr44-6.html).',
    ),
  );
  interp.runPythonInto(UCD_PY, '<frozen unicodedata>', dict);
}
