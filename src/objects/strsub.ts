// Substrings as stringlib makes them (Objects/unicodeobject.c, Objects/stringlib/*): from
// a str's own code units in the heap, in the narrowest kind that holds the substring's
// largest code point, with the empty and latin-1 singletons where CPython uses them.
//
// The str methods that cut text (split, strip, partition, replace, …) scan the receiver's
// code units in place: kind-1 text straight from the heap's bytes, kinds 2 and 4 from a
// copy of their code points (the heap's views cannot be kept across an allocation).

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { str_fromChar, str_fromCodePoints, unicode_new } from './str.js';
import {
  ASCII_HEADER,
  dataOf,
  isAscii,
  kindFor,
  kindOf,
  lengthOf,
  maxCharOf,
  readChar,
  STR_HASH,
  STR_LENGTH,
  STR_STATE,
  STR_WSTR,
} from './strkinds.js';

// The state word of a compact ASCII str: kind 1, compact, ascii, ready (strkinds.ts's layout).
const ASCII_STATE = (1 << 2) | (1 << 5) | (1 << 6) | (1 << 7);

/** The code units of a str: the heap's bytes at `base` (kind 1) or a copy from 0. */
export interface StrUnits {
  /** The units: `mem.u8` (valid until the next allocation) or the code points. */
  buf: Uint8Array | Uint32Array;
  /** Index in `buf` of the first character. */
  base: number;
  /** Length in code points. */
  len: number;
  /** The str's kind (1 means `buf` is the heap). */
  kind: 1 | 2 | 4;
}

/**
 * The code units of `op` for a scan (no allocation may happen while `buf` is used if kind
 * is 1). Wider text is copied, only characters [start, end) if given (then `base` is
 * −start, so indexes stay the str's own).
 */
export function str_units(space: ObjectSpace, op: Ptr, start = 0, end = -1): StrUnits {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  const kind = kindOf(mem, op);
  if (kind === 1) return { buf: mem.u8, base: dataOf(mem, op), len, kind };
  if (start === 0 && (end < 0 || end >= len)) return { buf: str_codePoints(space, op), base: 0, len, kind };
  return { buf: str_codePoints(space, op, start, end), base: -start, len, kind };
}

/** The code points of `op` (characters [start, end) if given) as a Uint32Array. */
export function str_codePoints(space: ObjectSpace, op: Ptr, start = 0, end = -1): Uint32Array {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  if (end < 0 || end > len) end = len;
  const n = Math.max(0, end - start);
  const out = new Uint32Array(n);
  const data = dataOf(mem, op);
  const kind = kindOf(mem, op);
  const u8 = mem.u8;
  if (kind === 1) for (let i = 0; i < n; i++) out[i] = u8[data + start + i];
  else if (kind === 2)
    for (let i = 0, at = data + 2 * start; i < n; i++, at += 2) out[i] = u8[at] | (u8[at + 1] << 8);
  else out.set(mem.u32.subarray((data >>> 2) + start, (data >>> 2) + start + n));
  return out;
}

/**
 * STRINGLIB_NEW: a new str of characters [start, end) of `op`, whose units are `units`
 * (_PyUnicode_FromASCII / _FromUCS1 / _FromUCS2 / _FromUCS4: '' and one latin-1 character
 * are singletons, the kind is the narrowest that fits).
 */
export function str_newRange(space: ObjectSpace, op: Ptr, units: StrUnits, start: number, end: number): Ptr {
  const n = end - start;
  if (n <= 0) return space.newRef(space.strs.empty);
  if (units.kind !== 1) {
    return n === 1
      ? str_fromChar(space, units.buf[start])
      : str_fromCodePoints(space, units.buf, units.base + start, units.base + end);
  }
  const mem = space.rt.mem;
  return ucs1_newRange(space, dataOf(mem, op) + start, n, isAscii(mem, op));
}

/**
 * _PyUnicode_FromASCII / _PyUnicode_FromUCS1 of the `n` bytes at heap address `from`
 * (inside a live kind-1 str); `ascii` when that str is ASCII.
 */
export function ucs1_newRange(space: ObjectSpace, from: number, n: number, ascii: boolean): Ptr {
  if (n <= 0) return space.newRef(space.strs.empty);
  const rt = space.rt;
  if (n === 1) return str_fromChar(space, rt.mem.u8[from]);
  let max = 127;
  if (!ascii) {
    // As find_max_char: one character from 0x80 up decides (kind 1 either way).
    const u8 = rt.mem.u8;
    max = 0;
    for (let i = from; i < from + n; i++) {
      if (u8[i] >= 0x80) {
        max = 0xff;
        break;
      }
    }
  }
  if (max >= 128) {
    const r = unicode_new(space, n, max);
    const m = rt.mem;
    m.u8.copyWithin(dataOf(m, r), from, from + n);
    return r;
  }
  // An ASCII str, its header written here (writeHeader's fields for maxchar < 128).
  const r = rt.objectNew(space.strs.type, ASCII_HEADER + n + 1);
  const { u8, u32 } = rt.mem;
  u32[(r + STR_LENGTH) >>> 2] = n;
  u32[(r + STR_LENGTH + 4) >>> 2] = 0;
  u32[(r + STR_HASH) >>> 2] = 0xffffffff;
  u32[(r + STR_HASH + 4) >>> 2] = 0xffffffff;
  u32[(r + STR_STATE) >>> 2] = ASCII_STATE;
  u32[(r + STR_STATE + 4) >>> 2] = 0;
  u32[(r + STR_WSTR) >>> 2] = 0;
  u32[(r + STR_WSTR + 4) >>> 2] = 0;
  const to = r + ASCII_HEADER;
  if (n <= 32) for (let i = 0; i < n; i++) u8[to + i] = u8[from + i];
  else u8.copyWithin(to, from, from + n);
  u8[to + n] = 0;
  return r;
}

/**
 * PyUnicode_Substring: characters [start, end) of `op` (0 ≤ start, end clamped); the whole
 * of an exact str is `op` itself, the whole of a subclass instance an exact copy.
 */
export function str_substring(space: ObjectSpace, op: Ptr, start: number, end: number): Ptr {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  if (end > len) end = len;
  if (start === 0 && end === len) return str_resultUnchanged(space, op);
  if (start >= len || end < start) return space.newRef(space.strs.empty);
  if (kindOf(mem, op) === 1) return str_newRange(space, op, str_units(space, op), start, end);
  if (end - start === 1) return str_fromChar(space, readChar(mem, op, start));
  return wideRange(space, op, start, end);
}

// _PyUnicode_FromUCS2 / _FromUCS4 of characters [start, end) of the wide str `op` (at
// least 2): a byte copy when the part needs the same kind, else narrowed.
function wideRange(space: ObjectSpace, op: Ptr, start: number, end: number): Ptr {
  const mem = space.rt.mem;
  const kind = kindOf(mem, op);
  const max = maxCharOf(mem, op, start, end);
  if (kindFor(max) !== kind) return str_fromCodePoints(space, str_codePoints(space, op, start, end));
  const r = unicode_new(space, end - start, max);
  const m = space.rt.mem;
  const from = dataOf(m, op) + kind * start;
  m.u8.copyWithin(dataOf(m, r), from, from + kind * (end - start));
  return r;
}

/** unicode_result_unchanged: an exact str itself; a subclass instance as a new exact str (_PyUnicode_Copy). */
export function str_resultUnchanged(space: ObjectSpace, op: Ptr): Ptr {
  if (space.rt.typeObject(op) === space.strs.type) return space.newRef(op);
  return str_copy(space, op);
}

/** _PyUnicode_Copy: a new exact str with the same characters (never a singleton but '' ). */
export function str_copy(space: ObjectSpace, op: Ptr): Ptr {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  const kind = kindOf(mem, op);
  let max = isAscii(mem, op) ? 127 : kind === 1 ? 255 : 0;
  if (max === 0) for (let i = 0; i < len; i++) max = Math.max(max, readChar(mem, op, i));
  const r = unicode_new(space, len, max);
  if (len === 0) return r;
  const m = space.rt.mem;
  const from = dataOf(m, op);
  m.u8.copyWithin(dataOf(m, r), from, from + len * kind);
  return r;
}

/** Whether `a[ai..ai+n)` equals `b[bi..bi+n)` (units of either layout). */
export function unitsEqual(a: StrUnits, ai: number, b: StrUnits, bi: number, n: number): boolean {
  const ab = a.buf;
  const bb = b.buf;
  const ao = a.base + ai;
  const bo = b.base + bi;
  for (let k = 0; k < n; k++) if (ab[ao + k] !== bb[bo + k]) return false;
  return true;
}

/** FASTSEARCH(FAST_SEARCH): the first index ≥ from where `sub` occurs in `s` before `end`, or −1. */
export function units_find(s: StrUnits, sub: StrUnits, from: number, end: number): number {
  const m = sub.len;
  if (m === 0) return from <= end ? from : -1;
  const buf = s.buf;
  const base = s.base;
  const first = sub.buf[sub.base];
  const last = end - m;
  for (let i = from; i <= last; i++) {
    if (buf[base + i] !== first) continue;
    if (m === 1 || unitsEqual(s, i + 1, sub, 1, m - 1)) return i;
  }
  return -1;
}

/** FASTSEARCH(FAST_RSEARCH): the last index ≥ from where `sub` occurs in `s` before `end`, or −1. */
export function units_rfind(s: StrUnits, sub: StrUnits, from: number, end: number): number {
  const m = sub.len;
  if (m === 0) return from <= end ? end : -1;
  const buf = s.buf;
  const base = s.base;
  const first = sub.buf[sub.base];
  for (let i = end - m; i >= from; i--) {
    if (buf[base + i] !== first) continue;
    if (m === 1 || unitsEqual(s, i + 1, sub, 1, m - 1)) return i;
  }
  return -1;
}

/** A copy of the bytes of the ASCII str `op` (its UTF-8, ASCII and latin-1 encoding). */
export function str_asciiBytes(space: ObjectSpace, op: Ptr): Uint8Array {
  const mem = space.rt.mem;
  const data = op + ASCII_HEADER;
  return mem.u8.slice(data, data + lengthOf(mem, op));
}
