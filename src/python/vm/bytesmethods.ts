// The methods bytes and bytearray share (Objects/bytes_methods.c, bytesobject.c):
// ASCII case mapping and predicates, searching, splitting, stripping, padding, joining,
// replace, translate/maketrans, fromhex/hex. Each works on the bytes as a latin-1 JS string
// and returns the type of `self` (bytes for bytes and its subclasses, bytearray for
// bytearray). https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { latin1Text, PyErr } from '../../objects/index.js';
import { argCount, badArgumentName, parseArgs } from './args.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Installs the shared methods on bytes and bytearray. */
    initBytesMethods(): void;
  }
}

const I = Interpreter.prototype;

const SPACE = ' \t\n\r\x0b\x0c';
const isSpace = (c: string) => SPACE.includes(c);
const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isAlpha = (c: string) => isLower(c) || isUpper(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const upper = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());

function toU8(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const c of s) {
    out += prevCased ? lower(c) : upper(c);
    prevCased = isAlpha(c);
  }
  return out;
}

I.initBytesMethods = function (this: Interpreter): void {
  const n = this.n;
  const space = this.space;
  const B = space.bytes.type;
  const BA = space.bytearrays.type;
  const isByteArray = (op: Ptr) => O.bytearray_check(space, op);
  const text = (op: Ptr): string =>
    isByteArray(op) ? latin1Text(O.bytearray_toU8(space, op)) : O.bytes_latin1(space, op);
  // A result of self's kind: bytes for bytes (and subclasses), a new bytearray for bytearray.
  const make = (self: Ptr, s: string): Ptr =>
    isByteArray(self) ? O.bytearray_fromU8(space, toU8(s)) : n.bytes(toU8(s));
  const bytesLike = (x: Ptr): string | null => {
    if (n.isBytes(x)) return O.bytes_latin1(space, x);
    if (isByteArray(x)) return latin1Text(O.bytearray_toU8(space, x));
    const buf = this.bufferBytes(x);
    return buf === null ? null : latin1Text(buf);
  };
  const needBytes = (x: Ptr): string => {
    const s = bytesLike(x);
    if (s === null)
      throw new PyErr('TypeError', `a bytes-like object is required, not '${space.typeName(x)}'`);
    return s;
  };
  // The `sub` of find/count/index: bytes-like or an int in range(256).
  const subArg = (x: Ptr): string => {
    const s = bytesLike(x);
    if (s !== null) return s;
    const v = n.isInt(x) ? this.toIndex(x) : this.asIndex(x, 'OverflowError');
    if (v !== undefined) {
      if (v < 0 || v > 255) throw new PyErr('ValueError', 'byte must be in range(0, 256)');
      return String.fromCharCode(v);
    }
    throw new PyErr(
      'TypeError',
      `argument should be integer or bytes-like object, not '${space.typeName(x)}'`,
    );
  };
  // start/end arguments, clamped as slice indices.
  const bounds = (len: number, a: Ptr | undefined, b: Ptr | undefined): [number, number] => {
    const idx = (x: Ptr | undefined, dflt: number) => {
      if (x === undefined || x === space.none) return dflt;
      const v = this.sliceIndex(x, true);
      return v < 0 ? Math.max(0, v + len) : Math.min(v, len);
    };
    return [idx(a, 0), idx(b, len)];
  };
  const methods = new Map<string, NativeImpl>();
  const def = (name: string, f: NativeImpl) => methods.set(name, f);
  // The method's name in messages: `bytes.count`, `bytearray.count`.
  const qual = (self: Ptr, name: string) => `${isByteArray(self) ? 'bytearray' : 'bytes'}.${name}`;

  // ── case mapping and predicates ────────────────────────────────────────────
  const mapping: [string, (s: string) => string][] = [
    ['lower', lower],
    ['upper', upper],
    ['swapcase', (s) => s.replace(/[a-zA-Z]/g, (c) => (isLower(c) ? c.toUpperCase() : c.toLowerCase()))],
    ['capitalize', (s) => upper(s.slice(0, 1)) + lower(s.slice(1))],
    ['title', title],
  ];
  for (const [name, f] of mapping) {
    def(name, (self, a, k) => {
      argCount(qual(self, name), a, k, 0, 0);
      return make(self, f(text(self)));
    });
  }
  const predicates: [string, (s: string) => boolean][] = [
    ['isalnum', (s) => s.length > 0 && [...s].every((c) => isAlpha(c) || isDigit(c))],
    ['isalpha', (s) => s.length > 0 && [...s].every(isAlpha)],
    ['isascii', (s) => [...s].every((c) => c.charCodeAt(0) < 128)],
    ['isdigit', (s) => s.length > 0 && [...s].every(isDigit)],
    ['isspace', (s) => s.length > 0 && [...s].every(isSpace)],
    ['islower', (s) => [...s].some(isLower) && ![...s].some(isUpper)],
    ['isupper', (s) => [...s].some(isUpper) && ![...s].some(isLower)],
    ['istitle', (s) => s.length > 0 && title(s) === s && [...s].some(isAlpha)],
  ];
  for (const [name, f] of predicates) {
    def(name, (self, a, k) => {
      argCount(qual(self, name), a, k, 0, 0);
      return this.bool(f(text(self)));
    });
  }

  // ── searching ──────────────────────────────────────────────────────────────
  const search = (name: string, self: Ptr, a: Ptr[], k: Ptr[] | null, reverse: boolean): number => {
    argCount(qual(self, name), a, k, 1, 3);
    const s = text(self);
    const sub = subArg(a[0]);
    const [lo, hi] = bounds(s.length, a[1], a[2]);
    if (hi - lo < sub.length) return -1;
    const i = reverse ? s.lastIndexOf(sub, hi - sub.length) : s.indexOf(sub, lo);
    return i < lo || i + sub.length > hi ? -1 : i;
  };
  def('find', (self, a, k) => n.int(search('find', self, a, k, false)));
  def('rfind', (self, a, k) => n.int(search('rfind', self, a, k, true)));
  for (const [name, reverse] of [
    ['index', false],
    ['rindex', true],
  ] as const) {
    def(name, (self, a, k) => {
      const i = search(name, self, a, k, reverse);
      if (i < 0) throw new PyErr('ValueError', 'subsection not found');
      return n.int(i);
    });
  }
  def('count', (self, a, k) => {
    argCount(qual(self, 'count'), a, k, 1, 3);
    const s = text(self);
    const sub = subArg(a[0]);
    const [lo, hi] = bounds(s.length, a[1], a[2]);
    if (hi < lo) return n.int(0);
    if (sub.length === 0) return n.int(hi - lo + 1);
    let c = 0;
    for (let i = s.indexOf(sub, lo); i >= 0 && i + sub.length <= hi; i = s.indexOf(sub, i + sub.length)) c++;
    return n.int(c);
  });
  for (const [name, atEnd] of [
    ['startswith', false],
    ['endswith', true],
  ] as const) {
    def(name, (self, a, k) => {
      argCount(qual(self, name), a, k, 1, 3);
      const s = text(self);
      const [lo, hi] = bounds(s.length, a[1], a[2]);
      const part = s.slice(lo, Math.max(lo, hi));
      const one = (x: Ptr): boolean => {
        const p = bytesLike(x);
        if (p === null)
          throw new PyErr(
            'TypeError',
            `${name} first arg must be bytes or a tuple of bytes, not ${space.typeName(x)}`,
          );
        if (lo > s.length) return false;
        return atEnd ? part.endsWith(p) : part.startsWith(p);
      };
      return this.bool(n.isTuple(a[0]) ? n.tupleItems(a[0]).some(one) : one(a[0]));
    });
  }

  // ── splitting, joining, stripping ──────────────────────────────────────────
  const splitWhite = (s: string, max: number, fromRight: boolean): string[] => {
    const words: string[] = [];
    if (!fromRight) {
      let i = 0;
      while (i < s.length) {
        while (i < s.length && isSpace(s[i])) i++;
        if (i >= s.length) break;
        if (max >= 0 && words.length === max) {
          words.push(s.slice(i));
          break;
        }
        let j = i;
        while (j < s.length && !isSpace(s[j])) j++;
        words.push(s.slice(i, j));
        i = j;
      }
      return words;
    }
    let i = s.length;
    while (i > 0) {
      while (i > 0 && isSpace(s[i - 1])) i--;
      if (i <= 0) break;
      if (max >= 0 && words.length === max) {
        words.push(s.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !isSpace(s[j - 1])) j--;
      words.push(s.slice(j, i));
      i = j;
    }
    return words.reverse();
  };
  const splitSep = (s: string, sep: string, max: number, fromRight: boolean): string[] => {
    if (sep.length === 0) throw new PyErr('ValueError', 'empty separator');
    const parts = s.split(sep);
    if (max < 0 || parts.length - 1 <= max) return parts;
    return fromRight
      ? [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]
      : [...parts.slice(0, max), parts.slice(max).join(sep)];
  };
  for (const [name, fromRight] of [
    ['split', false],
    ['rsplit', true],
  ] as const) {
    def(name, (self, a, k) => {
      const [sep, maxsplit] = parseArgs(this, name, a, k, ['sep', 'maxsplit'], 0);
      const max = maxsplit === NULL ? -1 : this.toIndex(maxsplit);
      const s = text(self);
      const parts =
        sep === NULL || sep === space.none
          ? splitWhite(s, max, fromRight)
          : splitSep(s, needBytes(sep), max, fromRight);
      return O.list_fromSplit(
        space,
        parts.map((p) => make(self, p)),
        max,
      );
    });
  }
  def('splitlines', (self, a, k) => {
    const [keep] = parseArgs(this, 'splitlines', a, k, ['keepends'], 0);
    const keepends = keep !== NULL && this.truthy(keep);
    const s = text(self);
    const out: Ptr[] = [];
    let i = 0;
    while (i < s.length) {
      let j = i;
      while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
      let eol = j;
      if (j < s.length) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
      out.push(make(self, s.slice(i, keepends ? eol : j)));
      i = eol;
    }
    return O.list_fromAppends(space, out);
  });
  def('join', (self, a, k) => {
    argCount(qual(self, 'join'), a, k, 1, 1);
    const sep = text(self);
    const items = this.iterToArray(a[0]);
    try {
      const parts = items.map((x, i) => {
        const p = bytesLike(x);
        if (p === null)
          throw new PyErr(
            'TypeError',
            `sequence item ${i}: expected a bytes-like object, ${space.typeName(x)} found`,
          );
        return p;
      });
      return make(self, parts.join(sep));
    } finally {
      for (const x of items) this.decref(x);
    }
  });
  const stripper = (name: string, left: boolean, right: boolean) =>
    def(name, (self, a, k) => {
      argCount(qual(self, name), a, k, 0, 1);
      const chars = a[0] === undefined || a[0] === space.none ? SPACE : needBytes(a[0]);
      const s = text(self);
      let i = 0;
      let j = s.length;
      if (left) while (i < j && chars.includes(s[i])) i++;
      if (right) while (j > i && chars.includes(s[j - 1])) j--;
      return make(self, s.slice(i, j));
    });
  stripper('strip', true, true);
  stripper('lstrip', true, false);
  stripper('rstrip', false, true);
  for (const [name, fromRight] of [
    ['partition', false],
    ['rpartition', true],
  ] as const) {
    def(name, (self, a, k) => {
      argCount(qual(self, name), a, k, 1, 1);
      const s = text(self);
      const sep = needBytes(a[0]);
      if (sep.length === 0) throw new PyErr('ValueError', 'empty separator');
      const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
      const parts =
        i < 0 ? (fromRight ? ['', '', s] : [s, '', '']) : [s.slice(0, i), sep, s.slice(i + sep.length)];
      return n.tuple(parts.map((p) => make(self, p)));
    });
  }
  def('removeprefix', (self, a, k) => {
    argCount(qual(self, 'removeprefix'), a, k, 1, 1);
    const s = text(self);
    const p = needBytes(a[0]);
    return make(self, p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s);
  });
  def('removesuffix', (self, a, k) => {
    argCount(qual(self, 'removesuffix'), a, k, 1, 1);
    const s = text(self);
    const p = needBytes(a[0]);
    return make(self, p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });

  // ── padding, replace, translate ────────────────────────────────────────────
  const fillArg = (name: string, x: Ptr | undefined): string => {
    if (x === undefined) return ' ';
    const f = bytesLike(x);
    if (f === null || f.length !== 1)
      throw new PyErr(
        'TypeError',
        `${name}() argument 2 must be a byte string of length 1, not ${space.typeName(x)}`,
      );
    return f;
  };
  // A padded result longer than V8's longest string (or the heap) is a MemoryError.
  const checkWidth = (width: number) => {
    if (width > 2 ** 29 - 24 || width > space.rt.mem.capacity) throw new PyErr('MemoryError', '');
  };
  for (const name of ['center', 'ljust', 'rjust'] as const) {
    def(name, (self, a, k) => {
      argCount(qual(self, name), a, k, 1, 2);
      const width = this.toIndex(a[0]);
      if (width > text(self).length) checkWidth(width);
      const fill = fillArg(name, a[1]);
      const s = text(self);
      const pad = Math.max(0, width - s.length);
      if (name === 'ljust') return make(self, s + fill.repeat(pad));
      if (name === 'rjust') return make(self, fill.repeat(pad) + s);
      const left = Math.floor(pad / 2) + (pad & width & 1);
      return make(self, fill.repeat(left) + s + fill.repeat(pad - left));
    });
  }
  def('zfill', (self, a, k) => {
    argCount(qual(self, 'zfill'), a, k, 1, 1);
    const width = this.toIndex(a[0]);
    const s = text(self);
    if (s.length >= width) return make(self, s);
    checkWidth(width);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return make(self, sign + '0'.repeat(width - s.length) + s.slice(sign.length));
  });
  def('expandtabs', (self, a, k) => {
    const [ts] = parseArgs(this, 'expandtabs', a, k, ['tabsize'], 0);
    const size = ts === NULL ? 8 : this.toIndex(ts);
    // (tabsize is a C int; a column past V8's longest string is a MemoryError)
    if (size > 2 ** 31 - 1 || size < -(2 ** 31))
      throw new PyErr('OverflowError', 'Python int too large to convert to C int');
    if (size > 2 ** 29 - 24 && text(self).includes('\t')) throw new PyErr('MemoryError', '');
    let out = '';
    let col = 0;
    for (const c of text(self)) {
      if (c === '\t') {
        const fill = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(fill);
        col += fill;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return make(self, out);
  });
  def('replace', (self, a, k) => {
    argCount(qual(self, 'replace'), a, k, 2, 3);
    const s = text(self);
    const old = needBytes(a[0]);
    const rep = needBytes(a[1]);
    let count = a[2] === undefined ? -1 : this.toIndex(a[2]);
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    if (old.length === 0) {
      // Insert `rep` before every byte and at the end, up to count times.
      let out = '';
      let done = 0;
      for (let i = 0; i <= s.length; i++) {
        if (done < count) {
          out += rep;
          done++;
        }
        if (i < s.length) out += s[i];
      }
      return make(self, out);
    }
    let out = '';
    let i = 0;
    let done = 0;
    for (let j = s.indexOf(old); j >= 0 && done < count; j = s.indexOf(old, i)) {
      out += s.slice(i, j) + rep;
      i = j + old.length;
      done++;
    }
    return make(self, out + s.slice(i));
  });
  def('translate', (self, a, k) => {
    const [table, del] = parseArgs(this, 'translate', a, k, ['table', 'delete'], 1);
    let map: string | null = null;
    if (table !== space.none) {
      map = needBytes(table);
      if (map.length !== 256) throw new PyErr('ValueError', 'translation table must be 256 characters long');
    }
    const drop = del === NULL ? '' : needBytes(del);
    let out = '';
    for (const c of text(self)) if (!drop.includes(c)) out += map === null ? c : map[c.charCodeAt(0)];
    return make(self, out);
  });

  // ── hex ────────────────────────────────────────────────────────────────────
  def('hex', (self, a, k) => {
    const [sepArg, perArg] = parseArgs(this, 'hex', a, k, ['sep', 'bytes_per_sep'], 0);
    const digits = Array.from(text(self), (c) => c.charCodeAt(0).toString(16).padStart(2, '0'));
    if (sepArg === NULL) return n.str(digits.join(''));
    const sep = n.isStr(sepArg) ? n.jsStr(sepArg) : (bytesLike(sepArg) ?? '');
    if (sep.length !== 1) throw new PyErr('ValueError', 'sep must be length 1.');
    const per = perArg === NULL ? 1 : this.toIndex(perArg);
    if (per === 0) return n.str(digits.join(''));
    // Groups of |per| bytes, counted from the right for a positive count.
    const size = Math.abs(per);
    const groups: string[] = [];
    // A positive count groups from the right: the first group holds what is left over.
    let i = per > 0 ? digits.length % size || size : size;
    groups.push(digits.slice(0, i).join(''));
    for (; i < digits.length; i += size) groups.push(digits.slice(i, i + size).join(''));
    return n.str(groups.join(sep));
  });

  for (const T of [B, BA]) {
    const table = this.nativeMethods.get(T) ?? new Map<string, NativeImpl>();
    for (const [name, f] of methods) table.set(name, f);
    this.nativeMethods.set(T, table);
  }

  // ── class and static methods: fromhex, maketrans ───────────────────────────
  const fromhex: NativeImpl = (cls, a, k) => {
    argCount(this.isSubtype(cls, BA) ? 'bytearray.fromhex' : 'bytes.fromhex', a, k, 1, 1);
    if (!n.isStr(a[0]))
      throw new PyErr('TypeError', `fromhex() argument must be str, not ${badArgumentName(this, a[0])}`);
    const s = n.jsStr(a[0]);
    const out: number[] = [];
    let i = 0;
    while (i < s.length) {
      if (' \t\n\r\x0b\x0c'.includes(s[i])) {
        i++;
        continue;
      }
      const hi = parseInt(s[i], 16);
      const lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : Number.NaN;
      if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(s[i]))
        throw new PyErr('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
      if (Number.isNaN(lo) || !/[0-9a-fA-F]/.test(s[i + 1]))
        throw new PyErr('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
      out.push(hi * 16 + lo);
      i += 2;
    }
    const bytes = n.bytes(Uint8Array.from(out));
    if (cls === B) return bytes;
    if (cls === BA) {
      this.decref(bytes);
      return O.bytearray_fromU8(space, Uint8Array.from(out));
    }
    return this.call(this.ref(cls), [bytes]);
  };
  const maketrans: NativeImpl = (_cls, a, k) => {
    argCount('maketrans', a, k, 2, 2);
    const from = needBytes(a[0]);
    const to = needBytes(a[1]);
    if (from.length !== to.length) throw new PyErr('ValueError', 'maketrans arguments must have same length');
    const table = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));
    for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to[i];
    return n.bytes(toU8(table.join('')));
  };
  for (const T of [B, BA]) {
    const cm = this.nativeClassMethods.get(T) ?? new Map<string, NativeImpl>();
    cm.set('fromhex', fromhex);
    cm.set('maketrans', maketrans);
    this.nativeClassMethods.set(T, cm);
  }
};
