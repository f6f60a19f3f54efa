// str: PEP 393 strings in the heap (Objects/unicodeobject.c), with 3.11's singletons and
// mortal interning. Layouts and code-unit access are in strkinds.ts.
//
// Singletons (static, never freed): the empty string and the 256 one-character latin-1
// strings, so `chr(97) is chr(97)`, and the deep-frozen one-letter names interned at
// startup. Interning keeps a JS Map from text to the str; as in
// 3.11 the table holds no counted reference ("mortal"): an interned str dies normally and
// its dealloc removes it from the table. Decoded JS text is cached per object.

import { TPFLAGS_BASETYPE, TPFLAGS_UNICODE_SUBCLASS } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { foldHash, HASH_OUT, hashWordsToBig, siphash13 } from './hashing.js';
import { LONG_DIGITS, long_asSafe, long_size, long_toDecimal } from './int.js';
import { compareResult } from './longarith.js';
import { newBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import {
  ASCII_HEADER,
  compactSize,
  dataOf,
  decodeRange,
  isInterned,
  kindFor,
  kindOf,
  lengthOf,
  readChar,
  STR_HASH,
  STR_STATE,
  setInterned,
  sizeofStr,
  writeChar,
  writeHeader,
} from './strkinds.js';
import { unicode_repr } from './strrepr.js';
import { type CompareOp, DEFAULT_PY_SLOTS } from './typeslots.js';

// Each static one-character string sits in an 80-byte slot (a latin-1 one needs 74).
const CHAR_SLOT = 80;

/** The str type, its singletons and its tables. */
export interface StrState {
  /** `str`. */
  type: Ptr;
  /** The empty string singleton. */
  empty: Ptr;
  /** Address of the static one-character string chr(0); chr(i) is CHAR_SLOT·i further. */
  latin1: Ptr;
  /** Decoded JS text of live strs (dropped on dealloc). */
  text: Map<Ptr, string>;
  /** The interned strings by text (no counted references). */
  interned: Map<string, Ptr>;
  /**
   * Interned strs that have died so far: a cache keyed by an interned name's address holds
   * only while this is unchanged (the address may now be another name's).
   */
  internedDeaths: number;
}

/** Makes the `str` type and its singletons. */
export function initStr(space: ObjectSpace): StrState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'str',
    flags: TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS,
    // sizeof(PyUnicodeObject): `str.__basicsize__` (every pymm str is compact, though).
    basicsize: 80,
    itemsize: 0,
    dealloc: (op) => unicode_dealloc(space, op),
    hash: (op) => str_hash(space, op),
    repr: (op) => unicode_repr(space, op),
    bool: (op) => lengthOf(rt.mem, op) !== 0,
    richcompare: (a, b, op) => str_richcompare(space, a, b, op),
    sizeof: (op) => sizeofStr(rt.mem, op),
  });
  rt.setLeafDealloc(2, type, (op) => unicode_dealloc(space, op));
  const empty = space.newStaticObject(type, compactSize(0, 0));
  space.markStaticInit(empty);
  writeHeader(rt.mem, empty, 0, 0);
  const latin1 = rt.heap.rawCalloc(256, CHAR_SLOT);
  for (let i = 0; i < 256; i++) {
    const op = (latin1 + CHAR_SLOT * i) as Ptr;
    rt.setRefcnt(op, 1);
    rt.setType(op, type);
    writeHeader(rt.mem, op, 1, i);
    writeChar(rt.mem, dataOf(rt.mem, op), 1, 0, i);
    rt.checker?.born(op, type, CHAR_SLOT);
    space.markStaticInit(op);
  }
  const interned = new Map<string, Ptr>();
  // 3.11's deep-frozen startup modules bring static strs of their own for these one-letter
  // names, interned before any program runs: a literal 'a' (interned) is therefore not
  // chr(97), while a literal 'g' is.
  for (const ch of DEEPFROZEN_CHARS) {
    const cp = ch.charCodeAt(0);
    const op = space.newStaticObject(type, compactSize(1, cp));
    writeHeader(rt.mem, op, 1, cp);
    writeChar(rt.mem, dataOf(rt.mem, op), 1, 0, cp);
    setInterned(rt.mem, op);
    space.markStaticInit(op);
    interned.set(ch, op);
  }
  return { type, empty, latin1, text: new Map(), interned, internedDeaths: 0 };
}

/**
 * The one-character strs python3 3.11.7 has interned as objects other than the latin-1
 * singletons (`sys.intern(chr(i)) is not chr(i)`): static, interned from the start.
 */
export const DEEPFROZEN_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';

/** PyUnicode_Check: `op` is a str (or a subclass instance). */
export function str_check(space: ObjectSpace, op: Ptr): boolean {
  return (space.rt.typeFlags(op) & TPFLAGS_UNICODE_SUBCLASS) !== 0;
}

/** PyUnicode_New: an uninitialised compact str of `length` code points up to `maxchar`. */
export function unicode_new(space: ObjectSpace, length: number, maxchar: number): Ptr {
  if (length === 0) return space.newRef(space.strs.empty);
  const size = compactSize(length, maxchar);
  if (!Number.isSafeInteger(size) || size > 2 ** 32) space.rt.noMemory(size);
  const op = space.rt.objectNew(space.strs.type, size);
  writeHeader(space.rt.mem, op, length, maxchar);
  return op;
}

/** A new reference to the one-character string chr(cp) (a static singleton below 256). */
export function str_fromChar(space: ObjectSpace, cp: number): Ptr {
  if (cp < 256) return space.newRef((space.strs.latin1 + CHAR_SLOT * cp) as Ptr);
  const op = unicode_new(space, 1, cp);
  writeChar(space.rt.mem, dataOf(space.rt.mem, op), kindFor(cp), 0, cp);
  return op;
}

/** A str of the code points `cps[start..end)` (each 0 … 0x10FFFF). */
export function str_fromCodePoints(
  space: ObjectSpace,
  cps: ArrayLike<number>,
  start = 0,
  end = cps.length,
): Ptr {
  const n = end - start;
  if (n === 0) return space.newRef(space.strs.empty);
  let max = 0;
  for (let i = start; i < end; i++) if (cps[i] > max) max = cps[i];
  if (n === 1) return str_fromChar(space, max);
  const op = unicode_new(space, n, max);
  const mem = space.rt.mem;
  const data = dataOf(mem, op);
  const kind = kindFor(max);
  for (let i = 0; i < n; i++) writeChar(mem, data, kind, i, cps[start + i]);
  return op;
}

/**
 * A str from JS text. Surrogate pairs become one code point; a lone surrogate stays a
 * code point of its own (so Python text with adjacent lone surrogates cannot round-trip
 * through JS; use str_fromCodePoints for those).
 */
export function str_fromJs(space: ObjectSpace, s: string): Ptr {
  let max = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c > max) max = c;
    n++;
  }
  if (n === 0) return space.newRef(space.strs.empty);
  if (n === 1) return str_fromChar(space, max);
  const op = unicode_new(space, n, max);
  const mem = space.rt.mem;
  const data = dataOf(mem, op);
  const kind = kindFor(max);
  if (kind === 1) {
    for (let i = 0; i < n; i++) mem.u8[data + i] = s.charCodeAt(i);
  } else {
    let j = 0;
    for (const ch of s) writeChar(mem, data, kind, j++, ch.codePointAt(0) as number);
  }
  return op;
}

/**
 * A new ASCII str even for one character (PyUnicode_New and a write, as int-to-decimal
 * conversion makes its result: never the 1-character singleton).
 */
export function str_newAscii(space: ObjectSpace, s: string): Ptr {
  if (s.length === 0) return space.newRef(space.strs.empty);
  const op = unicode_new(space, s.length, 0x7f);
  const mem = space.rt.mem;
  const data = dataOf(mem, op);
  for (let i = 0; i < s.length; i++) mem.u8[data + i] = s.charCodeAt(i);
  return op;
}

/**
 * long_to_decimal_string of a safe integer `v`: a new ASCII str of its digits, written
 * straight into the heap (no JS string), never the 1-character singleton.
 */
export function str_fromSafeInt(space: ObjectSpace, v: number): Ptr {
  const a = v < 0 ? -v : v;
  let len = v < 0 ? 2 : 1;
  for (let t = a; t >= 10; t = Math.floor(t / 10)) len++;
  const op = unicode_new(space, len, 0x7f);
  const u8 = space.rt.mem.u8;
  const data = op + ASCII_HEADER;
  let i = data + len;
  if (a < 0x80000000) {
    let t = a | 0;
    do {
      const q = (t / 10) | 0;
      u8[--i] = 48 + (t - 10 * q);
      t = q;
    } while (t !== 0);
  } else {
    let t = a;
    do {
      const q = Math.floor(t / 10);
      u8[--i] = 48 + (t - 10 * q);
      t = q;
    } while (t !== 0);
  }
  if (v < 0) u8[data] = 45; // '-'
  return op;
}

/**
 * long_to_decimal_string: a new str of an int's decimal digits (never a singleton), made
 * while the conversion's scratch int of 1 + n + n/99 digits (n: the int's own) is
 * allocated, as tracemalloc's peak and pymalloc's free lists show in CPython.
 */
export function str_fromLong(space: ObjectSpace, op: Ptr): Ptr {
  const n = Math.abs(long_size(space, op));
  const safe = long_asSafe(space, op);
  // The digit limit's quick reject comes before the scratch (long_toDecimal raises it).
  const text = Number.isNaN(safe) ? long_toDecimal(space, op) : '';
  const heap = space.rt.heap;
  const scratch = heap.malloc(LONG_DIGITS + 4 * (1 + n + Math.floor(n / 99)));
  try {
    return Number.isNaN(safe) ? str_newAscii(space, text) : str_fromSafeInt(space, safe);
  } finally {
    heap.free(scratch);
  }
}

/** The text of a str as a JS string (cached until the str dies). */
export function str_toJs(space: ObjectSpace, op: Ptr): string {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  // Short text decodes faster than a map lookup would find it: only long text and
  // interned names (attribute and method names, looked up again and again) are cached.
  if (n <= TEXT_CACHE_MIN && !isInterned(mem, op)) return decodeRange(mem, op, 0, n);
  if ((mem.u32[(op + STR_STATE) >>> 2] & STATE_TEXT_CACHED) !== 0) {
    const cached = space.strs.text.get(op);
    if (cached !== undefined) return cached;
  }
  const s = decodeRange(mem, op, 0, n);
  space.strs.text.set(op, s);
  mem.u32[(op + STR_STATE) >>> 2] |= STATE_TEXT_CACHED;
  return s;
}

// Strings up to this many characters are decoded on every str_toJs instead of cached.
const TEXT_CACHE_MIN = 64;
/** A state bit CPython leaves unused: pymm's "the JS text of this str is cached" mark. */
export const STATE_TEXT_CACHED = 1 << 8;

/** len(s): code points. */
export function str_len(space: ObjectSpace, op: Ptr): number {
  return lengthOf(space.rt.mem, op);
}

// unicode_dealloc: an interned str leaves the table; a static one must never get here.
function unicode_dealloc(space: ObjectSpace, op: Ptr): void {
  const state = space.strs;
  const mem = space.rt.mem;
  if (isInterned(mem, op)) {
    const text = str_toJs(space, op);
    if (state.interned.get(text) === op) state.interned.delete(text);
    state.internedDeaths++;
  }
  if ((mem.u32[(op + STR_STATE) >>> 2] & STATE_TEXT_CACHED) !== 0) state.text.delete(op);
  space.rt.objectFree(op);
}

// Computes (once) and caches the 64-bit hash in the object; returns nothing, the words are at +24.
function ensureHash(space: ObjectSpace, op: Ptr): void {
  const mem = space.rt.mem;
  const at = (op + STR_HASH) >>> 2;
  if (mem.u32[at] !== 0xffffffff || mem.u32[at + 1] !== 0xffffffff) return;
  siphash13(mem.u8, dataOf(mem, op), lengthOf(mem, op) * kindOf(mem, op));
  mem.i32[at] = HASH_OUT[0];
  mem.i32[at + 1] = HASH_OUT[1];
}

/** unicode_hash: siphash13 of the code units (PYTHONHASHSEED=0), cached; folded to 53 bits. */
export function str_hash(space: ObjectSpace, op: Ptr): number {
  ensureHash(space, op);
  const at = (op + STR_HASH) >>> 2;
  return foldHash(space.rt.mem.i32[at + 1], space.rt.mem.u32[at]);
}

/** unicode_hash exactly, as Python's hash() shows it. */
export function str_hashExact(space: ObjectSpace, op: Ptr): bigint {
  ensureHash(space, op);
  const at = (op + STR_HASH) >>> 2;
  return hashWordsToBig(space.rt.mem.i32[at + 1], space.rt.mem.u32[at]);
}

/** unicode_eq: same length, kind and bytes. */
export function str_eq(space: ObjectSpace, a: Ptr, b: Ptr): boolean {
  if (a === b) return true;
  const mem = space.rt.mem;
  const n = lengthOf(mem, a);
  if (n !== lengthOf(mem, b)) return false;
  const kind = kindOf(mem, a);
  if (kind !== kindOf(mem, b)) return false;
  const da = dataOf(mem, a);
  const db = dataOf(mem, b);
  const u8 = mem.u8;
  for (let i = 0; i < n * kind; i++) if (u8[da + i] !== u8[db + i]) return false;
  return true;
}

/** PyUnicode_Compare: −1, 0 or 1 by code points. */
export function str_compare(space: ObjectSpace, a: Ptr, b: Ptr): number {
  const mem = space.rt.mem;
  const na = lengthOf(mem, a);
  const nb = lengthOf(mem, b);
  const n = Math.min(na, nb);
  if (kindOf(mem, a) === 1 && kindOf(mem, b) === 1) {
    // One byte per character in both: compare the bytes directly.
    const u8 = mem.u8;
    const da = dataOf(mem, a);
    const db = dataOf(mem, b);
    for (let i = 0; i < n; i++) {
      const x = u8[da + i];
      const y = u8[db + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  for (let i = 0; i < n; i++) {
    const x = readChar(mem, a, i);
    const y = readChar(mem, b, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** PyUnicode_RichCompare. */
export function str_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if (!str_check(space, b)) return space.newRef(space.notImplemented);
  if (op === 2 || op === 3) return newBool(space, str_eq(space, a, b) === (op === 2));
  return newBool(space, compareResult(a === b ? 0 : str_compare(space, a, b), op));
}

/**
 * PyUnicode_InternInPlace: takes the reference to `op` and returns a new reference to the
 * interned str equal to it (`op` itself if it becomes the interned one).
 */
export function str_intern(space: ObjectSpace, op: Ptr): Ptr {
  const mem = space.rt.mem;
  if (isInterned(mem, op)) return op;
  if (space.rt.typeObject(op) !== space.strs.type) raise('TypeError', "can't intern str subclass");
  const text = str_toJs(space, op);
  const existing = space.strs.interned.get(text);
  if (existing !== undefined && str_eq(space, existing, op)) {
    space.rt.incref(existing);
    space.rt.decref(op);
    return existing;
  }
  if (existing === undefined) {
    space.strs.interned.set(text, op);
    setInterned(mem, op);
  }
  return op;
}

/** PyUnicode_CHECK_INTERNED: `op` is the interned str of its text. */
export function str_isInterned(space: ObjectSpace, op: Ptr): boolean {
  return isInterned(space.rt.mem, op);
}

/** PyUnicode_InternFromString: a new reference to the interned str of `s`. */
export function str_internFromJs(space: ObjectSpace, s: string): Ptr {
  const existing = space.strs.interned.get(s);
  if (existing !== undefined) {
    space.rt.incref(existing);
    return existing;
  }
  return str_intern(space, str_fromJs(space, s));
}
