// int: arbitrary-precision integers in 30-bit digits (Objects/longobject.c).
//
// PyLongObject (24 + 4·max(1, ndigits) bytes, not GC):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_size: ±ndigits              │  0 for zero, negative for negative numbers
//   +24  ├────────────────────────────────┤
//        │ ob_digit[0] … ob_digit[n−1]    │  uint32 each, 30 bits used, least significant
//        │                                │  first; |value| = Σ digit[i] · 2^(30·i)
//        └────────────────────────────────┘
//
// INVARIANT: the most significant digit is never 0 (numbers are normalised), so ob_size
// alone says how big a number is. Zero still owns one (zero) digit, as in 3.11.
// The small ints −5 … 256 are static objects made once, so `int('256') is 256`.
// bool is a subclass: True and False share this layout, so every int operation takes them.
//
// Arithmetic lives in longarith.ts, shifts and bitwise operations in longbits.ts, int(text)
// in longtext.ts.

import type * as Layout from '../gc/index.js';
import { TP_BASICSIZE, TP_FLAGS, TPFLAGS_BASETYPE, TPFLAGS_LONG_SUBCLASS } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { foldHashBig, HASH_MODULUS } from './hashing.js';
import { long_richcompare } from './longarith.js';
import type { ObjectSpace } from './space.js';
import { DEFAULT_PY_SLOTS } from './typeslots.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const OB_SIZE: typeof Layout.OB_SIZE = 16;

/** Offset of ob_digit[0]. */
export const LONG_DIGITS = 24;
/** PyLong_SHIFT: bits per digit. */
export const PYLONG_SHIFT = 30;
/** PyLong_BASE. */
export const PYLONG_BASE = 2 ** 30;
/** PyLong_MASK. */
export const PYLONG_MASK = 2 ** 30 - 1;
/** _PY_NSMALLNEGINTS. */
export const NSMALLNEGINTS = 5;
/** _PY_NSMALLPOSINTS. */
export const NSMALLPOSINTS = 257;
// Each static small int sits in a 32-byte slot of one array, as CPython's static array.
const SMALL_SLOT = 32;

/** The int type and its caches. */
export interface IntState {
  /** `int`. */
  type: Ptr;
  /** Address of the static small int −5 (the others follow, 32 bytes apart). */
  smallInts: Ptr;
}

/** Makes the `int` type and the small ints, and makes `bool` a subclass of `int`. */
export function initInt(space: ObjectSpace): IntState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'int',
    flags: TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS,
    basicsize: LONG_DIGITS,
    itemsize: 4,
    dealloc: (op) => rt.objectFree(op),
    hash: (op) => long_hash(space, op),
    repr: (op) => long_toDecimal(space, op),
    richcompare: (a, b, op) => long_richcompare(space, a, b, op),
    bool: (op) => rt.mem.i32[(op + OB_SIZE) >>> 2] !== 0,
    sizeof: (op) => long_sizeof(space, op),
  });
  rt.setLeafDealloc(0, type, (op) => rt.objectFree(op));
  const n = NSMALLNEGINTS + NSMALLPOSINTS;
  const smallInts = rt.heap.rawCalloc(n, SMALL_SLOT);
  for (let i = 0; i < n; i++) {
    const op = (smallInts + SMALL_SLOT * i) as Ptr;
    rt.setRefcnt(op, 1);
    rt.setType(op, type);
    writeSmall(space, op, i - NSMALLNEGINTS);
    rt.checker?.born(op, type, SMALL_SLOT);
    space.markStaticInit(op);
  }
  // bool(int): True and False are ints; they hash, compare and compute as 1 and 0.
  const boolSlots = space.slots(space.boolType);
  boolSlots.base = type;
  boolSlots.flags |= TPFLAGS_LONG_SUBCLASS;
  // bool.__basicsize__ is sizeof(PyLongObject) with its one digit, padded: 32.
  boolSlots.basicsize = 32;
  rt.mem.u32[(space.boolType + TP_BASICSIZE) >>> 2] = 32;
  boolSlots.richcompare = (a, b, op) => long_richcompare(space, a, b, op);
  rt.mem.u32[(space.boolType + TP_FLAGS) >>> 2] |= TPFLAGS_LONG_SUBCLASS;
  return { type, smallInts };
}

function writeSmall(space: ObjectSpace, op: Ptr, v: number): void {
  const mem = space.rt.mem;
  mem.i32[(op + OB_SIZE) >>> 2] = Math.sign(v);
  mem.i32[(op + OB_SIZE + 4) >>> 2] = v < 0 ? -1 : 0;
  mem.u32[(op + LONG_DIGITS) >>> 2] = Math.abs(v);
}

/** PyLong_Check: `op` is an int or an instance of a subclass (bool included). */
export function long_check(space: ObjectSpace, op: Ptr): boolean {
  return (space.rt.typeFlags(op) & TPFLAGS_LONG_SUBCLASS) !== 0;
}

/** ob_size of an int: ± its number of digits. */
export function long_size(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.i32[(op + OB_SIZE) >>> 2];
}

/** int.__sizeof__: 24 + 4·max(1, ndigits). */
export function long_sizeof(space: ObjectSpace, op: Ptr): number {
  return LONG_DIGITS + 4 * Math.max(1, Math.abs(long_size(space, op)));
}

/** _PyLong_New: a new int of `ndigits` digits (their values and the sign still to be written). */
export function long_new(space: ObjectSpace, ndigits: number): Ptr {
  if (ndigits > 0x3fffffff) space.rt.noMemory(LONG_DIGITS + 4 * ndigits);
  const op = space.rt.objectNew(space.ints.type, LONG_DIGITS + 4 * Math.max(1, ndigits));
  const mem = space.rt.mem;
  mem.i32[(op + OB_SIZE) >>> 2] = ndigits;
  mem.i32[(op + OB_SIZE + 4) >>> 2] = 0;
  mem.u32[(op + LONG_DIGITS) >>> 2] = 0;
  return op;
}

// sizeof(PyLongObject): the header and one digit, padded to 8 bytes.
const MEDIUM_SIZE = 32;

/** A new reference to the small int `v` (−5 ≤ v ≤ 256). */
export function long_small(space: ObjectSpace, v: number): Ptr {
  const op = (space.ints.smallInts + SMALL_SLOT * (v + NSMALLNEGINTS)) as Ptr;
  space.rt.incref(op);
  return op;
}

/** PyLong_FromLong for any safe JS integer (|v| < 2^53): small ints come from the cache. */
export function long_fromNumber(space: ObjectSpace, v: number): Ptr {
  // Small enough for V8 to inline into its callers (the arithmetic fast paths); -0 lands on
  // the slot of 0 like 0 does.
  if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) {
    const op = (space.ints.smallInts + SMALL_SLOT * (v + NSMALLNEGINTS)) as Ptr;
    space.rt.incref(op);
    return op;
  }
  return long_fromNumberAllocated(space, v);
}

// long_fromNumber past the small ints: a new int object.
function long_fromNumberAllocated(space: ObjectSpace, v: number): Ptr {
  if (!Number.isSafeInteger(v)) {
    if (Number.isInteger(v)) return long_fromBigInt(space, BigInt(v));
    throw new Error(`long_fromNumber needs an integer, got ${v}`);
  }
  const a = Math.abs(v);
  if (a < PYLONG_BASE) {
    // One digit (PyLong_FromLong's medium_value path): _PyLong_FromMedium allocates
    // sizeof(PyLongObject), 32 bytes (tracemalloc sees 32; sys.getsizeof still says 28).
    const op = space.rt.objectNew(space.ints.type, MEDIUM_SIZE);
    const u32 = space.rt.mem.u32;
    const o = op >>> 2;
    u32[o + (OB_SIZE >>> 2)] = v < 0 ? -1 : 1;
    u32[o + (OB_SIZE >>> 2) + 1] = v < 0 ? 0xffffffff : 0;
    u32[o + (LONG_DIGITS >>> 2)] = a;
    return op;
  }
  const mem = space.rt.mem;
  const hi = Math.floor(a / PYLONG_BASE);
  const op = long_new(space, 2);
  mem.u32[(op + LONG_DIGITS) >>> 2] = a - hi * PYLONG_BASE;
  mem.u32[(op + LONG_DIGITS + 4) >>> 2] = hi;
  if (v < 0) setNegative(space, op, 2);
  return op;
}

/**
 * PyLong_FromSsize_t (len(), enumerate's counter, sys.getsizeof …): as long_fromNumber, but
 * 3.11 allocates a one-digit value with _PyLong_New(1), 28 bytes (tracemalloc sees 28).
 */
export function long_fromSsize(space: ObjectSpace, v: number): Ptr {
  const a = Math.abs(v);
  if ((v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) || a >= PYLONG_BASE || !Number.isSafeInteger(v))
    return long_fromNumber(space, v);
  const op = long_new(space, 1);
  space.rt.mem.u32[(op + LONG_DIGITS) >>> 2] = a;
  if (v < 0) setNegative(space, op, 1);
  return op;
}

function setNegative(space: ObjectSpace, op: Ptr, ndigits: number): void {
  space.rt.mem.i32[(op + OB_SIZE) >>> 2] = -ndigits;
  space.rt.mem.i32[(op + OB_SIZE + 4) >>> 2] = -1;
}

const BIG_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const BIG_MASK = BigInt(PYLONG_MASK);
// Numbers below this (32 digits) convert digit by digit; bigger ones through text.
const SMALL_BIG_LIMIT = 1n << 960n;

/** An int of any size from a BigInt. */
export function long_fromBigInt(space: ObjectSpace, v: bigint): Ptr {
  if (v <= BIG_SAFE && v >= -BIG_SAFE) return long_fromNumber(space, Number(v));
  const neg = v < 0n;
  let a = neg ? -v : v;
  const mem = space.rt.mem;
  if (a < SMALL_BIG_LIMIT) {
    // Up to 32 digits: peel 30 bits at a time (quadratic, but fastest for small numbers).
    const digits: number[] = [];
    for (; a !== 0n; a >>= 30n) digits.push(Number(a & BIG_MASK));
    const op = long_new(space, digits.length);
    for (let i = 0; i < digits.length; i++) mem.u32[(op + LONG_DIGITS + 4 * i) >>> 2] = digits[i];
    if (neg) setNegative(space, op, digits.length);
    return op;
  }
  // Base 32 has exactly six characters per 30-bit digit: one linear conversion, then the
  // digits are read from the end of the text.
  const text = a.toString(32);
  const ndigits = Math.ceil(text.length / 6);
  const op = long_new(space, ndigits);
  for (let i = 0, end = text.length; i < ndigits; i++, end -= 6) {
    mem.u32[(op + LONG_DIGITS + 4 * i) >>> 2] = Number.parseInt(text.slice(Math.max(0, end - 6), end), 32);
  }
  if (neg) setNegative(space, op, ndigits);
  return op;
}

/** The value of `op` as a JS number if it is a safe integer (|v| < 2^53), else NaN. */
export function long_asSafe(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  const size = mem.i32[(op + OB_SIZE) >>> 2];
  switch (size) {
    case 0:
      return 0;
    case 1:
      return mem.u32[(op + LONG_DIGITS) >>> 2];
    case -1:
      return -mem.u32[(op + LONG_DIGITS) >>> 2];
    case 2:
    case -2: {
      const hi = mem.u32[(op + LONG_DIGITS + 4) >>> 2];
      if (hi >= 2 ** 23) return Number.NaN;
      const a = hi * PYLONG_BASE + mem.u32[(op + LONG_DIGITS) >>> 2];
      return size < 0 ? -a : a;
    }
    default:
      return Number.NaN;
  }
}

/** The value of `op` as a BigInt (exact, any size). */
export function long_toBigInt(space: ObjectSpace, op: Ptr): bigint {
  const safe = long_asSafe(space, op);
  if (!Number.isNaN(safe)) return BigInt(safe);
  const mem = space.rt.mem;
  const size = mem.i32[(op + OB_SIZE) >>> 2];
  const n = Math.abs(size);
  if (n <= 32) {
    let r = 0n;
    for (let i = n - 1; i >= 0; i--) r = (r << 30n) | BigInt(mem.u32[(op + LONG_DIGITS + 4 * i) >>> 2]);
    return size < 0 ? -r : r;
  }
  // Two digits are 60 bits, exactly 15 hex characters (three groups of 20 bits): build the
  // hex text from the top and let BigInt parse it in one linear step.
  const parts: string[] = ['0x'];
  let i = n - 1;
  if ((n & 1) === 1) parts.push(mem.u32[(op + LONG_DIGITS + 4 * i--) >>> 2].toString(16));
  for (; i > 0; i -= 2) {
    const hi = mem.u32[(op + LONG_DIGITS + 4 * i) >>> 2];
    const lo = mem.u32[(op + LONG_DIGITS + 4 * (i - 1)) >>> 2];
    parts.push(
      (hi >>> 10).toString(16).padStart(5, '0'),
      (((hi & 0x3ff) << 10) | (lo >>> 20)).toString(16).padStart(5, '0'),
      (lo & 0xfffff).toString(16).padStart(5, '0'),
    );
  }
  const r = BigInt(parts.join(''));
  return size < 0 ? -r : r;
}

/** PyLong_AsDouble: the nearest float (ties to even); OverflowError past the float range. */
export function long_toDouble(space: ObjectSpace, op: Ptr): number {
  const safe = long_asSafe(space, op);
  if (!Number.isNaN(safe)) return safe;
  const d = Number(long_toBigInt(space, op));
  if (!Number.isFinite(d)) raise('OverflowError', 'int too large to convert to float');
  return d;
}

/** PyLong_FromDouble (int(x) for a float): truncates toward zero. */
export function long_fromDouble(space: ObjectSpace, x: number): Ptr {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? long_fromNumber(space, t) : long_fromBigInt(space, BigInt(t));
}

/** long_hash: |v| mod 2^61 − 1 with v's sign, −1 mapped to −2 (folded, see hashing.ts). */
export function long_hash(space: ObjectSpace, op: Ptr): number {
  const safe = long_asSafe(space, op);
  if (!Number.isNaN(safe) && Math.abs(safe) < 2 ** 52) return safe === -1 ? -2 : safe;
  return foldHashBig(long_hashExact(space, op));
}

/** long_hash exactly, as the signed 64-bit value Python's hash() shows. */
export function long_hashExact(space: ObjectSpace, op: Ptr): bigint {
  const v = long_toBigInt(space, op);
  let h = (v < 0n ? -v : v) % HASH_MODULUS;
  if (v < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/** int.bit_length(). */
export function long_bitLength(space: ObjectSpace, op: Ptr): number {
  const n = Math.abs(long_size(space, op));
  if (n === 0) return 0;
  const top = space.rt.mem.u32[(op + LONG_DIGITS + 4 * (n - 1)) >>> 2];
  return (n - 1) * PYLONG_SHIFT + (32 - Math.clz32(top));
}

/** The value as a JS number for code that needs one: exact when safe, else the nearest float. */
export function long_toNumber(space: ObjectSpace, op: Ptr): number {
  const safe = long_asSafe(space, op);
  return Number.isNaN(safe) ? Number(long_toBigInt(space, op)) : safe;
}

/** Decimal text of an int (int.__repr__); ValueError past 4300 digits as 3.11.7 does. */
export function long_toDecimal(space: ObjectSpace, op: Ptr): string {
  const safe = long_asSafe(space, op);
  if (!Number.isNaN(safe)) return String(safe);
  const limit = space.intMaxStrDigits;
  // CPython's quick reject before converting: this many digits is surely over the limit.
  if (limit > 0 && Math.abs(long_size(space, op)) >= Math.floor((10 * limit) / (3 * PYLONG_SHIFT)) + 2) {
    tooManyDigits(limit);
  }
  const s = long_toBigInt(space, op).toString();
  if (limit > 0 && (s[0] === '-' ? s.length - 1 : s.length) > limit) tooManyDigits(limit);
  return s;
}

/** sys.int_info.default_max_str_digits in 3.11.7 (the limit a program starts with). */
export const MAX_STR_DIGITS = 4300;

function tooManyDigits(limit: number): never {
  return raise(
    'ValueError',
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}
