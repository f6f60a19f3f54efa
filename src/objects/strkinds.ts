// str's PEP 393 compact layouts and the code-unit access they need (Include/cpython/unicodeobject.h).
//
// Every str is "compact": its characters follow the header in the same block, stored in
// the narrowest width that holds its largest code point (its kind).
//
//   PyASCIIObject (all code points < 128; 48 + len + 1 bytes):
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ length: code points            │
//   +24  ├────────────────────────────────┤
//        │ hash (−1 until computed)       │  siphash13 of the data bytes, cached
//   +32  ├────────────────────────────────┤
//        │ state: interned:2 kind:3       │  bit 0–1 interned, 2–4 kind (1, 2, 4),
//        │   compact:1 ascii:1 ready:1    │  5 compact, 6 ascii, 7 ready
//   +40  ├────────────────────────────────┤
//        │ wstr (NULL)                    │
//   +48  ╞════════════════════════════════╡
//        │ data: len bytes, then NUL      │
//        └────────────────────────────────┘
//
//   PyCompactUnicodeObject (latin-1, UCS-2, UCS-4; 72 + (len + 1)·kind bytes):
//   +0   │ the 48 bytes above (ascii = 0) │
//   +48  ├────────────────────────────────┤
//        │ utf8_length                    │  0: pymm never caches a UTF-8 copy
//   +56  │ utf8 (NULL)                    │
//   +64  │ wstr_length                    │
//   +72  ╞════════════════════════════════╡
//        │ data: len code units of `kind` │  bytes, then a NUL code unit
//        └────────────────────────────────┘
//
// INVARIANT: a str's kind is the narrowest that fits its largest code point (and ascii is
// set iff every code point is < 128), so equal strings have equal kinds and bytes.

import type { Memory, Ptr } from '../heap/index.js';

/** Offset of length. */
export const STR_LENGTH = 16;
/** Offset of the cached hash. */
export const STR_HASH = 24;
/** Offset of the state bits. */
export const STR_STATE = 32;
/** Offset of wstr. */
export const STR_WSTR = 40;
/** sizeof(PyASCIIObject): where ASCII data starts. */
export const ASCII_HEADER = 48;
/** sizeof(PyCompactUnicodeObject): where other kinds' data starts. */
export const COMPACT_HEADER = 72;

/** state: SSTATE_INTERNED_MORTAL in the interned bits. */
export const STATE_INTERNED = 1;
const STATE_KIND_SHIFT = 2;
const STATE_COMPACT = 1 << 5;
const STATE_ASCII = 1 << 6;
const STATE_READY = 1 << 7;

/** PyUnicode_1BYTE_KIND, 2BYTE, 4BYTE. */
export type Kind = 1 | 2 | 4;

/** The kind and ascii flag a string whose largest code point is `maxchar` gets. */
export function kindFor(maxchar: number): Kind {
  return maxchar < 256 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

/** The bytes a compact str of `length` code points up to `maxchar` takes (its __sizeof__). */
export function compactSize(length: number, maxchar: number): number {
  if (maxchar < 128) return ASCII_HEADER + length + 1;
  return COMPACT_HEADER + (length + 1) * kindFor(maxchar);
}

/** unicode.__sizeof__ of a compact str (no UTF-8 or wchar_t copy is ever cached). */
export function sizeofStr(mem: Memory, op: Ptr): number {
  const n = lengthOf(mem, op);
  return isAscii(mem, op) ? ASCII_HEADER + n + 1 : COMPACT_HEADER + (n + 1) * kindOf(mem, op);
}

/** Writes the header of a new compact str (everything but the characters). */
export function writeHeader(mem: Memory, op: Ptr, length: number, maxchar: number): void {
  const u32 = mem.u32;
  const ascii = maxchar < 128;
  const kind = kindFor(maxchar);
  u32[(op + STR_LENGTH) >>> 2] = length;
  u32[(op + STR_LENGTH + 4) >>> 2] = 0;
  u32[(op + STR_HASH) >>> 2] = 0xffffffff;
  u32[(op + STR_HASH + 4) >>> 2] = 0xffffffff;
  u32[(op + STR_STATE) >>> 2] =
    (kind << STATE_KIND_SHIFT) | STATE_COMPACT | STATE_READY | (ascii ? STATE_ASCII : 0);
  u32[(op + STR_STATE + 4) >>> 2] = 0;
  u32[(op + STR_WSTR) >>> 2] = 0;
  u32[(op + STR_WSTR + 4) >>> 2] = 0;
  if (!ascii) {
    for (let o = ASCII_HEADER; o < COMPACT_HEADER; o += 4) u32[(op + o) >>> 2] = 0;
  }
  // The terminating NUL code unit.
  const end = dataOf(mem, op) + length * kind;
  for (let i = 0; i < kind; i++) mem.u8[end + i] = 0;
}

/** PyUnicode_GET_LENGTH. */
export function lengthOf(mem: Memory, op: Ptr): number {
  return mem.u32[(op + STR_LENGTH) >>> 2];
}

/** PyUnicode_KIND. */
export function kindOf(mem: Memory, op: Ptr): Kind {
  return ((mem.u32[(op + STR_STATE) >>> 2] >>> STATE_KIND_SHIFT) & 7) as Kind;
}

/** PyUnicode_IS_ASCII. */
export function isAscii(mem: Memory, op: Ptr): boolean {
  return (mem.u32[(op + STR_STATE) >>> 2] & STATE_ASCII) !== 0;
}

/** PyUnicode_CHECK_INTERNED. */
export function isInterned(mem: Memory, op: Ptr): boolean {
  return (mem.u32[(op + STR_STATE) >>> 2] & 3) !== 0;
}

/** Sets the interned bits (SSTATE_INTERNED_MORTAL). */
export function setInterned(mem: Memory, op: Ptr): void {
  mem.u32[(op + STR_STATE) >>> 2] |= STATE_INTERNED;
}

/** PyUnicode_DATA: the address of the first character. */
export function dataOf(mem: Memory, op: Ptr): number {
  return op + ((mem.u32[(op + STR_STATE) >>> 2] & STATE_ASCII) !== 0 ? ASCII_HEADER : COMPACT_HEADER);
}

/** PyUnicode_READ: the code point at index `i` (no bounds check). */
export function readChar(mem: Memory, op: Ptr, i: number): number {
  const data = dataOf(mem, op);
  switch (kindOf(mem, op)) {
    case 1:
      return mem.u8[data + i];
    case 2:
      return mem.u8[data + 2 * i] | (mem.u8[data + 2 * i + 1] << 8);
    default:
      return mem.u32[(data + 4 * i) >>> 2];
  }
}

/** PyUnicode_WRITE: stores code point `cp` at index `i` of a string of kind `kind`. */
export function writeChar(mem: Memory, data: number, kind: Kind, i: number, cp: number): void {
  if (kind === 1) mem.u8[data + i] = cp;
  else if (kind === 2) {
    mem.u8[data + 2 * i] = cp & 0xff;
    mem.u8[data + 2 * i + 1] = cp >>> 8;
  } else mem.u32[(data + 4 * i) >>> 2] = cp;
}

/**
 * The largest code point of characters [start, end) of `op`, or a value of the same class
 * (the kind and ASCII-ness PyUnicode_New makes of it): as find_max_char, the scan stops
 * once the class is the str's own, and the whole str answers from its header.
 */
export function maxCharOf(mem: Memory, op: Ptr, start: number, end: number): number {
  const kind = kindOf(mem, op);
  const ascii = isAscii(mem, op);
  const top = ascii ? 0x7f : kind === 1 ? 0xff : kind === 2 ? 0xffff : 0x10ffff;
  if (end <= start) return 0;
  if (ascii || (start === 0 && end === lengthOf(mem, op))) return top;
  // The class is reached at 0x80 (latin-1), 0x100 (UCS-2) or 0x10000 (UCS-4).
  const floor = kind === 1 ? 0x80 : kind === 2 ? 0x100 : 0x10000;
  const data = dataOf(mem, op);
  const u8 = mem.u8;
  let max = 0;
  if (kind === 1) {
    for (let i = data + start; i < data + end; i++) {
      const c = u8[i];
      if (c >= floor) return top;
      if (c > max) max = c;
    }
  } else if (kind === 2) {
    for (let i = data + 2 * start; i < data + 2 * end; i += 2) {
      const c = u8[i] | (u8[i + 1] << 8);
      if (c >= floor) return top;
      if (c > max) max = c;
    }
  } else {
    const u32 = mem.u32;
    for (let i = (data >>> 2) + start; i < (data >>> 2) + end; i++) {
      const c = u32[i];
      if (c >= floor) return top;
      if (c > max) max = c;
    }
  }
  return max;
}

// Kind-1 text up to this many characters is decoded by concatenation.
const SHORT_DECODE = 10;

/** Decodes characters [start, end) of `op` to a JS string (astral code points as surrogate pairs). */
export function decodeRange(mem: Memory, op: Ptr, start: number, end: number): string {
  const kind = kindOf(mem, op);
  const data = dataOf(mem, op);
  if (kind === 1 && end - start <= SHORT_DECODE) {
    // A few characters: concatenation beats a subarray and an apply (measured: 28 against 71 ns for 5).
    const u8 = mem.u8;
    let s = '';
    for (let i = data + start; i < data + end; i++) s += String.fromCharCode(u8[i]);
    return s;
  }
  const parts: string[] = [];
  const CHUNK = 4096;
  for (let i = start; i < end; i += CHUNK) {
    const stop = Math.min(end, i + CHUNK);
    if (kind === 1) {
      parts.push(
        String.fromCharCode.apply(null, mem.u8.subarray(data + i, data + stop) as unknown as number[]),
      );
    } else if (kind === 2) {
      const units = new Array<number>(stop - i);
      for (let j = i; j < stop; j++) units[j - i] = mem.u8[data + 2 * j] | (mem.u8[data + 2 * j + 1] << 8);
      parts.push(String.fromCharCode.apply(null, units));
    } else {
      const cps = mem.u32.subarray((data >>> 2) + i, (data >>> 2) + stop);
      parts.push(String.fromCodePoint.apply(null, cps as unknown as number[]));
    }
  }
  return parts.join('');
}
