// str methods for text processing with Python's Unicode rules: case mapping (title,
// capitalize, swapcase, casefold), the is*() predicates, padding (center/ljust/rjust/zfill),
// expandtabs, removeprefix/removesuffix, maketrans/translate, format_map and encode.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, badArgumentName, noKeywords, parseArgs } from './args.js';
import { casefold } from './casefold.js';
import { decodeBytes, encodeText, isNativeEncoding } from './codecs.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';

const I = Interpreter.prototype;

// Codec names whose encoding of ASCII text is that text's bytes.
const ASCII_SAME = new Set(['utf-8', 'utf8', 'UTF-8', 'UTF8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1']);

// Characters Python counts as digits but not decimals (Numeric_Type=Digit), and as numeric
// without a number category (CJK numerals), from CPython 3.11's Unicode database.
const DIGIT_EXTRA =
  '\\u{b2}-\\u{b3}\\u{b9}\\u{1369}-\\u{1371}\\u{19da}\\u{2070}\\u{2074}-\\u{2079}\\u{2080}-\\u{2089}\\u{2460}-\\u{2468}\\u{2474}-\\u{247c}\\u{2488}-\\u{2490}\\u{24ea}\\u{24f5}-\\u{24fd}\\u{24ff}\\u{2776}-\\u{277e}\\u{2780}-\\u{2788}\\u{278a}-\\u{2792}\\u{10a40}-\\u{10a43}\\u{10e60}-\\u{10e68}\\u{11052}-\\u{1105a}\\u{1f100}-\\u{1f10a}';
const NUMERIC_EXTRA =
  '\\u{3405}\\u{3483}\\u{382a}\\u{3b4d}\\u{4e00}\\u{4e03}\\u{4e07}\\u{4e09}\\u{4e5d}\\u{4e8c}\\u{4e94}\\u{4e96}\\u{4ebf}-\\u{4ec0}\\u{4edf}\\u{4ee8}\\u{4f0d}\\u{4f70}\\u{5104}\\u{5146}\\u{5169}\\u{516b}\\u{516d}\\u{5341}\\u{5343}-\\u{5345}\\u{534c}\\u{53c1}-\\u{53c4}\\u{56db}\\u{58f1}\\u{58f9}\\u{5e7a}\\u{5efe}-\\u{5eff}\\u{5f0c}-\\u{5f0e}\\u{5f10}\\u{62fe}\\u{634c}\\u{67d2}\\u{6f06}\\u{7396}\\u{767e}\\u{8086}\\u{842c}\\u{8cae}\\u{8cb3}\\u{8d30}\\u{9621}\\u{9646}\\u{964c}\\u{9678}\\u{96f6}\\u{f96b}\\u{f973}\\u{f978}\\u{f9b2}\\u{f9d1}\\u{f9d3}\\u{f9fd}\\u{20001}\\u{20064}\\u{200e2}\\u{20121}\\u{2092a}\\u{20983}\\u{2098c}\\u{2099c}\\u{20aea}\\u{20afd}\\u{20b19}\\u{22390}\\u{22998}\\u{23b1b}\\u{2626d}\\u{2f890}';
const SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const PREDICATES: [string, RegExp][] = [
  ['isdecimal', /^\p{Nd}+$/u],
  ['isdigit', new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, 'u')],
  ['isnumeric', new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]+$`, 'u')],
  ['isalpha', /^\p{L}+$/u],
  ['isalnum', new RegExp(`^[\\p{L}\\p{N}${NUMERIC_EXTRA}]+$`, 'u')],
  ['isspace', new RegExp(`^[${SPACE}]+$`, 'u')],
  ['isascii', /^[\0-\x7f]*$/],
  ['isidentifier', /^[\p{XID_Start}_]\p{XID_Continue}*$/u],
  ['isprintable', /^(?:[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]| )*$/u],
];
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLECASE = /\p{Lt}/u;
const CASED = /[\p{Uppercase}\p{Lowercase}\p{Lt}]/u;
// Title case where it is not the upper case: the Latin digraphs.
const TITLE: Record<string, string> = {
  Ǆ: 'ǅ',
  ǅ: 'ǅ',
  ǆ: 'ǅ',
  Ǉ: 'ǈ',
  ǈ: 'ǈ',
  ǉ: 'ǈ',
  Ǌ: 'ǋ',
  ǋ: 'ǋ',
  ǌ: 'ǋ',
  Ǳ: 'ǲ',
  ǲ: 'ǲ',
  ǳ: 'ǲ',
};

// Full title-case mappings (SpecialCasing) that are not "upper case, then the rest lower".
const TITLE_SPECIAL: Record<string, string> = {
  '\u0149': '\u02bcN',
  '\u1fb2': '\u1fba\u0345',
  '\u1fb3': '\u1fbc',
  '\u1fb4': '\u0386\u0345',
  '\u1fb7': '\u0391\u0342\u0345',
  '\u1fbc': '\u1fbc',
  '\u1fc2': '\u1fca\u0345',
  '\u1fc3': '\u1fcc',
  '\u1fc4': '\u0389\u0345',
  '\u1fc7': '\u0397\u0342\u0345',
  '\u1fcc': '\u1fcc',
  '\u1ff2': '\u1ffa\u0345',
  '\u1ff3': '\u1ffc',
  '\u1ff4': '\u038f\u0345',
  '\u1ff7': '\u03a9\u0342\u0345',
  '\u1ffc': '\u1ffc',
};

/** str.title() of one character: its title case (upper case, then lower for the rest). */
function titleChar(c: string): string {
  const t = TITLE[c] ?? TITLE_SPECIAL[c];
  if (t !== undefined) return t;
  const cp = c.charCodeAt(0);
  // Georgian Mkhedruli letters are their own title case (their upper case is Mtavruli).
  if (cp >= 0x10d0 && cp <= 0x10ff && cp !== 0x10fb && cp !== 0x10fc) return c;
  // Greek with ypogegrammeni: the title case is the one-character "prosgegrammeni" form.
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCharCode(cp | 8);
  const up = [...c.toUpperCase()];
  return up[0] + up.slice(1).join('').toLowerCase();
}

const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

// lower_ucs4: chars[i] in lower case, a capital sigma by handle_capital_sigma's context
// (final ς after a cased letter not followed by one, case-ignorable characters skipped).
function lowerAt(chars: readonly string[], i: number): string {
  const c = chars[i];
  if (c !== 'Σ') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j])) j--;
  let final = j >= 0 && CASED.test(chars[j]);
  if (final) {
    j = i + 1;
    while (j < chars.length && CASE_IGNORABLE.test(chars[j])) j++;
    final = j === chars.length || !CASED.test(chars[j]);
  }
  return final ? 'ς' : 'σ';
}

declare module './interp.js' {
  interface Interpreter {
    initStrTextMethods(): void;
    /** A Py_ssize_t argument (PyNumber_AsSsize_t with OverflowError): huge values clamp to ±2^53. */
    ssizeArg(op: Ptr): number;
  }
}

I.ssizeArg = function (this: Interpreter, op: Ptr): number {
  const r = this.indexValue(op);
  if (r === NULL)
    throw new PyErr('TypeError', `'${this.space.typeName(op)}' object cannot be interpreted as an integer`);
  try {
    const v = this.n.intSafe(r);
    if (!Number.isNaN(v)) return v;
    const big = this.n.intBig(r);
    if (big > 2n ** 63n - 1n || big < -(2n ** 63n))
      throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
    return big < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  } finally {
    this.decref(r);
  }
};

I.initStrTextMethods = function (this: Interpreter): void {
  const n = this.n;
  const S = this.space.strs.type;
  const m = (name: string, f: (s: string, args: Ptr[], self: Ptr, kw: Ptr[] | null) => Ptr) =>
    this.defMethod(S, name, (self, args, kw) => f(n.jsStr(self), args, self, kw));
  const str = (s: string) => n.str(s);
  const strArg = (fname: string, op: Ptr, what = 'argument') => {
    if (!n.isStr(op)) {
      throw new PyErr('TypeError', `${fname}() ${what} must be str, not ${badArgumentName(this, op)}`);
    }
    return n.jsStr(op);
  };

  // _PyEval_SliceIndex: None, or a start/end clamped to what an index can hold.
  const index = (op: Ptr | undefined): number | null =>
    op === undefined || op === NULL || op === this.none ? null : this.sliceIndex(op, true);
  const subArg = (op: Ptr) => {
    if (!n.isStr(op)) throw new PyErr('TypeError', `must be str, not ${this.space.typeName(op)}`);
    return op;
  };
  const sp = this.space;
  const def = (name: string, f: (self: Ptr, args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    this.defMethod(S, name, f);
  // stringlib_parse_args_finds: PyArg_ParseTuple("O|OO:name") of a METH_VARARGS method.
  const findsArgs = (fname: string, a: Ptr[], kw: Ptr[] | null) => {
    noKeywords(`str.${fname}`, kw);
    if (a.length < 1) throw new PyErr('TypeError', `${fname}() takes at least 1 argument (0 given)`);
    if (a.length > 3)
      throw new PyErr('TypeError', `${fname}() takes at most 3 arguments (${a.length} given)`);
  };
  const find = (fname: string, rev: boolean) => (self: Ptr, a: Ptr[], kw: Ptr[] | null) => {
    findsArgs(fname, a, kw);
    const sub = subArg(a[0]);
    return O.str_find(sp, self, sub, index(a[1]), index(a[2]), rev);
  };
  const findFwd = find('find', false);
  const findRev = find('rfind', true);
  def('find', (self, a, kw) => n.int(findFwd(self, a, kw)));
  def('rfind', (self, a, kw) => n.int(findRev(self, a, kw)));
  for (const [name, f] of [
    ['index', find('index', false)],
    ['rindex', find('rindex', true)],
  ] as const) {
    def(name, (self, a, kw) => {
      const i = f(self, a, kw);
      if (i < 0) throw new PyErr('ValueError', 'substring not found');
      return n.int(i);
    });
  }
  def('count', (self, a, kw) => {
    findsArgs('count', a, kw);
    const sub = subArg(a[0]);
    return n.int(O.str_count(sp, self, sub, index(a[1]), index(a[2])));
  });
  const tailmatch = (fname: string, atEnd: boolean) =>
    def(fname, (self, a, kw) => {
      findsArgs(fname, a, kw);
      const start = index(a[1]);
      const end = index(a[2]);
      if (n.isTuple(a[0])) {
        // Each item is checked as it is reached: a match returns before a later bad item.
        for (const x of n.tupleItems(a[0])) {
          if (!n.isStr(x)) {
            throw new PyErr(
              'TypeError',
              `tuple for ${fname} must only contain str, not ${this.space.typeName(x)}`,
            );
          }
          if (O.str_tailmatch(sp, self, x, start, end, atEnd)) return this.bool(true);
        }
        return this.bool(false);
      }
      if (!n.isStr(a[0])) {
        throw new PyErr(
          'TypeError',
          `${fname} first arg must be str or a tuple of str, not ${this.space.typeName(a[0])}`,
        );
      }
      return this.bool(O.str_tailmatch(sp, self, a[0], start, end, atEnd));
    });
  tailmatch('startswith', false);
  tailmatch('endswith', true);
  def('__contains__', (self, a, kw) => {
    // A slot wrapper's checks (wrap_objobjproc).
    if (kw !== null && kw.length > 0)
      throw new PyErr('TypeError', 'wrapper __contains__() takes no keyword arguments');
    if (a.length !== 1) throw new PyErr('TypeError', `expected 1 argument, got ${a.length}`);
    return this.bool(O.str_contains(sp, self, a[0]));
  });
  def('replace', (self, a, kw) => {
    noKeywords('str.replace', kw);
    argCount('replace', a, null, 2, 3);
    const clinicStr = (i: number) => {
      if (n.isStr(a[i])) return a[i];
      const t = a[i] === this.none ? 'None' : this.space.typeName(a[i]);
      throw new PyErr('TypeError', `replace() argument ${i + 1} must be str, not ${t}`);
    };
    const old = clinicStr(0);
    const nw = clinicStr(1);
    const count = a[2] === undefined ? -1 : this.ssizeArg(a[2]);
    return O.str_replace(sp, self, old, nw, count);
  });
  const split = (fname: string, rev: boolean) =>
    def(fname, (self, a, kw) => {
      const [sepP, maxP] = parseArgs(this, fname, a, kw, ['sep', 'maxsplit'], 0);
      let sep: Ptr | null = null;
      if (sepP !== NULL && sepP !== this.none) {
        if (!n.isStr(sepP))
          throw new PyErr('TypeError', `must be str or None, not ${this.space.typeName(sepP)}`);
        sep = sepP;
      }
      const max = maxP === NULL ? -1 : this.ssizeArg(maxP);
      return rev ? O.str_rsplit(sp, self, sep, max) : O.str_split(sp, self, sep, max);
    });
  split('split', false);
  split('rsplit', true);

  // An ASCII str is answered from its bytes; other text by the Unicode rules below.
  const pred = (name: O.AsciiPredicate, f: (s: string) => boolean) =>
    this.defMethod(S, name, (self, a, kw) => {
      argCount(`str.${name}`, a, kw, 0, 0);
      return this.bool(O.str_asciiPredicate(this.space, self, name) ?? f(n.jsStr(self)));
    });
  for (const [name, re] of PREDICATES) pred(name as O.AsciiPredicate, (s) => re.test(s));
  pred('isupper', (s) => UPPER.test(s) && !LOWER.test(s) && !TITLECASE.test(s));
  pred('islower', (s) => LOWER.test(s) && !UPPER.test(s) && !TITLECASE.test(s));
  pred('istitle', (s) => {
    let cased = false;
    let prevCased = false;
    for (const c of s) {
      if (UPPER.test(c) || TITLECASE.test(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (LOWER.test(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  });

  // Case mapping: ASCII text in the heap, other text by Unicode's rules in JS.
  const caseMethod = (name: string, mode: O.AsciiCaseMode, f: (s: string) => string) =>
    this.defMethod(S, name, (self, a, kw) => {
      argCount(`str.${name}`, a, kw, 0, 0);
      if (O.str_isAscii(this.space.rt.mem, self)) return O.str_asciiCase(this.space, self, mode);
      return str(f(n.jsStr(self)));
    });
  caseMethod('title', 'title', (s) => {
    const chars = [...s];
    let out = '';
    let prevCased = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      out += prevCased ? lowerAt(chars, i) : titleChar(c);
      prevCased = CASED.test(c);
    }
    return out;
  });
  caseMethod('capitalize', 'capitalize', (s) => {
    const chars = [...s];
    if (chars.length === 0) return '';
    let out = titleChar(chars[0]);
    for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
    return out;
  });
  caseMethod('swapcase', 'swapcase', (s) => {
    const chars = [...s];
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      out += TITLECASE.test(c) ? c : UPPER.test(c) ? lowerAt(chars, i) : LOWER.test(c) ? c.toUpperCase() : c;
    }
    return out;
  });
  caseMethod('casefold', 'lower', casefold);
  caseMethod('upper', 'upper', (s) => s.toUpperCase());
  caseMethod('lower', 'lower', (s) => s.toLowerCase());

  // Padding counts code points; the fill must be one character.
  const fillOf = (op: Ptr | undefined): number => {
    if (op === undefined) return 0x20;
    if (!n.isStr(op)) {
      throw new PyErr(
        'TypeError',
        `The fill character must be a unicode character, not ${this.space.typeName(op)}`,
      );
    }
    if (O.str_len(this.space, op) !== 1)
      throw new PyErr('TypeError', 'The fill character must be exactly one character long');
    return O.str_codePoints(this.space, op)[0];
  };
  const pad = (name: string, where: 'l' | 'r' | 'c') =>
    this.defMethod(S, name, (self, a, kw) => {
      noKeywords(`str.${name}`, kw);
      argCount(name, a, null, 1, 2);
      const w = this.toIndex(a[0]);
      const fill = fillOf(a[1]);
      const len = O.str_len(this.space, self);
      if (len >= w) return O.str_resultUnchanged(this.space, self);
      const marg = w - len;
      if (where === 'l') return O.str_pad(this.space, self, 0, marg, fill);
      if (where === 'r') return O.str_pad(this.space, self, marg, 0, fill);
      const left = Math.floor(marg / 2) + (marg & w & 1);
      return O.str_pad(this.space, self, left, marg - left, fill);
    });
  pad('ljust', 'l');
  pad('rjust', 'r');
  pad('center', 'c');
  this.defMethod(S, 'zfill', (self, a, kw) => {
    noKeywords('str.zfill', kw);
    argCount('str.zfill', a, null, 1, 1);
    return O.str_zfill(this.space, self, this.toIndex(a[0]));
  });
  m('expandtabs', (s, a, _self, kw) => {
    const [sizeP] = parseArgs(this, 'expandtabs', a, kw, ['tabsize'], 0);
    const size = sizeP === NULL ? 8 : this.toIndex(sizeP);
    // (tabsize is a C int; a column past V8's longest string is a MemoryError)
    if (size > 2 ** 31 - 1 || size < -(2 ** 31))
      throw new PyErr('OverflowError', 'Python int too large to convert to C int');
    if (size > 2 ** 29 - 24 && s.includes('\t')) throw new PyErr('MemoryError', '');
    let out = '';
    let col = 0;
    for (const c of s) {
      if (c === '\t') {
        if (size > 0) {
          const k = size - (col % size);
          out += ' '.repeat(k);
          col += k;
        }
      } else if (c === '\n' || c === '\r') {
        out += c;
        col = 0;
      } else {
        out += c;
        col++;
      }
    }
    return str(out);
  });
  // unicode_removeprefix / removesuffix: PyUnicode_Substring of what is left.
  for (const [name, atEnd] of [
    ['removeprefix', false],
    ['removesuffix', true],
  ] as const) {
    this.defMethod(S, name, (self, a, kw) => {
      argCount(`str.${name}`, a, kw, 1, 1);
      if (!n.isStr(a[0])) {
        const t = a[0] === this.none ? 'None' : this.space.typeName(a[0]);
        throw new PyErr('TypeError', `${name}() argument must be str, not ${t}`);
      }
      const len = O.str_len(this.space, self);
      const plen = O.str_len(this.space, a[0]);
      if (!O.str_tailmatch(this.space, self, a[0], 0, len, atEnd))
        return O.str_resultUnchanged(this.space, self);
      return atEnd
        ? O.str_substring(this.space, self, 0, len - plen)
        : O.str_substring(this.space, self, plen, len);
    });
  }
  m('format_map', (s, a, _self, kw) => {
    argCount('str.format_map', a, kw, 1, 1);
    return str(this.strFormat(s, [], null, a[0]));
  });
  this.defMethod(S, 'encode', (self, a, kw) => {
    const [encP, errP] = parseArgs(this, 'encode', a, kw, ['encoding', 'errors'], 0);
    const enc = encP === NULL ? 'utf-8' : strArg('encode', encP, "argument 'encoding'");
    const errors = errP === NULL ? 'strict' : strArg('encode', errP, "argument 'errors'");
    // ASCII text is its own bytes in these codecs (no error handler can be reached).
    if (O.str_isAscii(this.space.rt.mem, self) && ASCII_SAME.has(enc))
      return n.bytes(O.str_asciiBytes(this.space, self));
    if (!isNativeEncoding(enc)) return this.registryCodec(self, enc, errors, true);
    return n.bytes(encodeText(n.jsStr(self), enc, errors));
  });
  m('translate', (s, a, _self, kw) => {
    argCount('str.translate', a, kw, 1, 1);
    const table = a[0];
    let out = '';
    for (const c of s) {
      const key = n.int(c.codePointAt(0) as number);
      let v: Ptr;
      try {
        v = this.getItem(table, key);
      } catch (e) {
        if (
          e instanceof PyErr &&
          (e.excType === 'KeyError' || e.excType === 'IndexError' || e.excType === 'LookupError')
        ) {
          out += c;
          continue;
        }
        if (
          e instanceof PyException &&
          this.exc.isSubtype(this.space.rt.typeObject(e.exc), this.exc.type('LookupError'))
        ) {
          this.decref(e.exc);
          out += c;
          continue;
        }
        throw e;
      } finally {
        this.decref(key);
      }
      try {
        if (v === this.none) continue;
        if (n.isStr(v)) out += n.jsStr(v);
        else if (n.isInt(v)) {
          const cp = n.intSafe(v);
          if (!(cp >= 0 && cp <= 0x10ffff))
            throw new PyErr('ValueError', 'character mapping must be in range(0x110000)');
          out += String.fromCodePoint(cp);
        } else throw new PyErr('TypeError', 'character mapping must return integer, None or str');
      } finally {
        this.decref(v);
      }
    }
    return str(out);
  });
  let cm = this.nativeClassMethods.get(S);
  if (cm === undefined) {
    cm = new Map();
    this.nativeClassMethods.set(S, cm);
  }
  const maketrans = (_cls: Ptr, a: Ptr[], kw: Ptr[] | null): Ptr => {
    argCount('str.maketrans', a, kw, 1, 3);
    const d = n.dict();
    try {
      const put = (k: Ptr, v: Ptr) => {
        n.dictSet(d, k, v);
        this.decref(k);
        this.decref(v);
      };
      if (a.length === 1) {
        if (!n.isDict(a[0])) {
          throw new PyErr('TypeError', 'if you give only one argument to maketrans it must be a dict');
        }
        for (const [k, v] of n.dictItems(a[0])) {
          if (n.isStr(k)) {
            const chars = [...n.jsStr(k)];
            if (chars.length !== 1)
              throw new PyErr('ValueError', 'string keys in translate table must be of length 1');
            put(n.int(chars[0].codePointAt(0) as number), this.ref(v));
          } else if (n.isInt(k)) put(this.ref(k), this.ref(v));
          else throw new PyErr('TypeError', 'keys in translate table must be strings or integers');
        }
        return d;
      }
      if (!n.isStr(a[0]))
        throw new PyErr(
          'TypeError',
          `maketrans() argument 1 must be str, not ${badArgumentName(this, a[0])}`,
        );
      if (!n.isStr(a[1]))
        throw new PyErr(
          'TypeError',
          `maketrans() argument 2 must be str, not ${badArgumentName(this, a[1])}`,
        );
      const x = [...n.jsStr(a[0])];
      const y = [...n.jsStr(a[1])];
      if (x.length !== y.length)
        throw new PyErr('ValueError', 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < x.length; i++) {
        put(n.int(x[i].codePointAt(0) as number), n.int(y[i].codePointAt(0) as number));
      }
      if (a.length === 3) {
        if (!n.isStr(a[2]))
          throw new PyErr(
            'TypeError',
            `maketrans() argument 3 must be str, not ${badArgumentName(this, a[2])}`,
          );
        for (const c of n.jsStr(a[2])) put(n.int(c.codePointAt(0) as number), this.newNone());
      }
      return d;
    } catch (e) {
      this.decref(d);
      throw e;
    }
  };
  cm.set('maketrans', maketrans);
  this.defMethod(S, 'maketrans', maketrans);
};

declare module './interp.js' {
  interface Interpreter {
    /** A str argument of a codec call (`encoding`, `errors`), with CPython's TypeError. */
    textArg(fname: string, op: Ptr, name: string): string;
    /** bytes.decode / str(b, encoding, errors): the text of bytes-like `x`. */
    decodeArgs(x: Ptr, enc: Ptr, errors: Ptr, fname: 'str' | 'decode'): string;
  }
}

I.textArg = function (this: Interpreter, fname: string, op: Ptr, name: string): string {
  if (this.n.isStr(op)) return this.n.jsStr(op);
  const what = badArgumentName(this, op);
  throw new PyErr('TypeError', `${fname}() argument '${name}' must be str, not ${what}`);
};

I.decodeArgs = function (this: Interpreter, x: Ptr, enc: Ptr, errors: Ptr, fname: 'str' | 'decode'): string {
  const n = this.n;
  const encoding = enc === NULL ? 'utf-8' : this.textArg(fname, enc, 'encoding');
  const handler = errors === NULL ? 'strict' : this.textArg(fname, errors, 'errors');
  if (!isNativeEncoding(encoding) && (n.isBytes(x) || this.bufferBytes(x) !== null)) {
    const text = this.registryCodec(x, encoding, handler, false);
    const js = n.jsStr(text);
    this.decref(text);
    return js;
  }
  if (!n.isBytes(x)) {
    const buf = this.bufferBytes(x);
    if (buf !== null) return decodeBytes(buf, encoding, handler);
    if (n.isStr(x)) throw new PyErr('TypeError', 'decoding str is not supported');
    throw new PyErr(
      'TypeError',
      `decoding to str: need a bytes-like object, ${this.space.typeName(x)} found`,
    );
  }
  return decodeBytes(n.bytesValue(x), encoding, handler);
};
