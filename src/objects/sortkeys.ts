// Numbers that stand in for ints and strs during a sort. Comparing them is what CPython's
// unsafe_long_compare and unsafe_latin_compare do (no Python code can tell the difference),
// only cheaper in JS: a double read from a typed array instead of an object's digits or
// bytes.
//
// A *sort value* never decreases as its object grows: a < b implies value(a) <= value(b).
// So value(a) < value(b) proves a < b; only equal values need the objects themselves
// (the `…_less` functions). For ints of at most one digit the value is the int itself.

import { OB_SIZE } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { LONG_DIGITS } from './int.js';
import type { ObjectSpace } from './space.js';
import { dataOf, lengthOf } from './strkinds.js';

/** The value of an int of at most one digit (exact). */
export function long_smallValue(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  const size = mem.i32[(op + OB_SIZE) >>> 2];
  return size === 0 ? 0 : size * mem.u32[(op + LONG_DIGITS) >>> 2];
}

/**
 * The sort value of any int: exact up to one digit; beyond, the top digit and 23 bits of
 * the next one, scaled to the int's magnitude (a floor to a power-of-two multiple, so
 * exact in a double and never decreasing; Infinity past 2^1000 or so, which still is).
 */
export function long_sortValue(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  const size = mem.i32[(op + OB_SIZE) >>> 2];
  const n = Math.abs(size);
  if (n === 0) return 0;
  const at = (op + LONG_DIGITS) >>> 2;
  let x = mem.u32[at + n - 1];
  if (n > 1) x = (x * 2 ** 23 + (mem.u32[at + n - 2] >>> 7)) * 2 ** (30 * (n - 2) + 7);
  return size < 0 ? -x : x;
}

/** long_compare(a, b) < 0, digit by digit. */
export function long_less(space: ObjectSpace, a: Ptr, b: Ptr): boolean {
  const mem = space.rt.mem;
  const sa = mem.i32[(a + OB_SIZE) >>> 2];
  const sb = mem.i32[(b + OB_SIZE) >>> 2];
  // Normalised ints: the signed digit count orders ints of different counts or signs.
  if (sa !== sb) return sa < sb;
  const da = (a + LONG_DIGITS) >>> 2;
  const db = (b + LONG_DIGITS) >>> 2;
  for (let i = Math.abs(sa) - 1; i >= 0; i--) {
    const x = mem.u32[da + i];
    const y = mem.u32[db + i];
    if (x !== y) return sa > 0 ? x < y : x > y;
  }
  return false;
}

/** long_richcompare(a, b, Py_EQ) for two exact ints. */
export function long_equal(space: ObjectSpace, a: Ptr, b: Ptr): boolean {
  const mem = space.rt.mem;
  const size = mem.i32[(a + OB_SIZE) >>> 2];
  if (size !== mem.i32[(b + OB_SIZE) >>> 2]) return false;
  const da = (a + LONG_DIGITS) >>> 2;
  const db = (b + LONG_DIGITS) >>> 2;
  for (let i = Math.abs(size) - 1; i >= 0; i--) if (mem.u32[da + i] !== mem.u32[db + i]) return false;
  return true;
}

// Bytes of a str that latin_sortValue packs into one number (48 bits: exact in a double).
const PREFIX_BYTES = 6;

/** The sort value of a one-byte str: its first six bytes (zeros past its end) as one number. */
export function latin_sortValue(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  const data = dataOf(mem, op);
  let p = 0;
  for (let k = 0; k < PREFIX_BYTES; k++) p = p * 256 + (k < n ? mem.u8[data + k] : 0);
  return p;
}

/**
 * unsafe_latin_compare for two one-byte strs of equal sort values: their first
 * min(6, lengths) bytes agree, so the bytes after them decide, then the lengths.
 */
export function latin_lessAfterPrefix(space: ObjectSpace, a: Ptr, b: Ptr): boolean {
  const mem = space.rt.mem;
  const u8 = mem.u8;
  const na = lengthOf(mem, a);
  const nb = lengthOf(mem, b);
  const n = Math.min(na, nb);
  const da = dataOf(mem, a);
  const db = dataOf(mem, b);
  for (let k = PREFIX_BYTES; k < n; k++) {
    const x = u8[da + k];
    const y = u8[db + k];
    if (x !== y) return x < y;
  }
  return na < nb;
}
