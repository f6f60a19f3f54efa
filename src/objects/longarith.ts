// int arithmetic (Objects/longobject.c's number methods).
//
// Each binary function is an nb_* slot: it takes two objects and returns a new reference
// to the result, or to NotImplemented when either operand is not an int (bool counts as
// an int). Values that are safe JS integers take a fast path on JS numbers; everything
// else goes through BigInt and is converted back to 30-bit digits.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { float_fromDouble } from './float.js';
import { float_powDouble } from './floatarith.js';
import {
  long_asSafe,
  long_bitLength,
  long_check,
  long_fromBigInt,
  long_fromNumber,
  long_toBigInt,
  long_toDouble,
} from './int.js';
import { long_addDigits, long_mulDigits } from './longdigits.js';
import { newBool } from './protocol.js';
import { ratioToDouble } from './ratio.js';
import type { ObjectSpace } from './space.js';
import { CompareOp } from './typeslots.js';

type Fast = (a: number, b: number) => number;
type Slow = (a: bigint, b: bigint) => bigint;

/**
 * Makes a binary int slot from a fast path on safe JS integers (its result is used only if
 * it is a safe integer) and an exact BigInt path.
 */
export function longBinary(
  fast: Fast,
  slow: Slow,
  digits?: (space: ObjectSpace, a: Ptr, b: Ptr) => Ptr,
): (space: ObjectSpace, a: Ptr, b: Ptr) => Ptr {
  return (space, a, b) => {
    if (!long_check(space, a) || !long_check(space, b)) return space.newRef(space.notImplemented);
    const x = long_asSafe(space, a);
    const y = long_asSafe(space, b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      const r = fast(x, y);
      if (Number.isSafeInteger(r)) return long_fromNumber(space, r);
    }
    // A few digits: longobject.c's digit loops (longdigits.ts); more: BigInt.
    if (digits !== undefined) {
      const r = digits(space, a, b);
      if (r !== 0) return r;
    }
    return long_fromBigInt(space, slow(long_toBigInt(space, a), long_toBigInt(space, b)));
  };
}

/** long_add: a + b. */
export const long_add = longBinary(
  (a, b) => a + b,
  (a, b) => a + b,
  (space, a, b) => long_addDigits(space, a, b, false),
);

/** long_sub: a − b. */
export const long_sub = longBinary(
  (a, b) => a - b,
  (a, b) => a - b,
  (space, a, b) => long_addDigits(space, a, b, true),
);

/** long_mul: a · b (a rounded JS product is never a safe integer, so the fast path is exact). */
export const long_mul = longBinary(
  (a, b) => a * b,
  (a, b) => a * b,
  long_mulDigits,
);

function zeroDivide(b: number | bigint, message: string): void {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', message);
}

// Floor division of safe integers: `%` is exact on doubles, and so is (a − r) / b.
function floorDivSafe(a: number, b: number): number {
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) q -= 1;
  return q;
}

function floorModSafe(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function floorModBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

const floordivSlot = longBinary(floorDivSafe, floorDivBig);
const modSlot = longBinary(floorModSafe, floorModBig);

/** long_div: a // b, rounding toward −∞. */
export function long_floordiv(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (long_check(space, a) && long_check(space, b) && isZero(space, b)) {
    zeroDivide(0, 'integer division or modulo by zero');
  }
  return floordivSlot(space, a, b);
}

/** long_mod: a % b, with the sign of b. */
export function long_mod(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (long_check(space, a) && long_check(space, b) && isZero(space, b))
    zeroDivide(0, 'integer modulo by zero');
  return modSlot(space, a, b);
}

/** long_divmod: (a // b, a % b) as a pair of new references (the caller builds the tuple). */
export function long_divmod(space: ObjectSpace, a: Ptr, b: Ptr): [Ptr, Ptr] | null {
  if (!long_check(space, a) || !long_check(space, b)) return null;
  if (isZero(space, b)) zeroDivide(0, 'integer division or modulo by zero');
  const q = floordivSlot(space, a, b);
  try {
    return [q, modSlot(space, a, b)];
  } catch (error) {
    space.rt.decref(q);
    throw error;
  }
}

function isZero(space: ObjectSpace, op: Ptr): boolean {
  return long_asSafe(space, op) === 0;
}

/** long_true_divide: a / b as a correctly rounded float. */
export function long_truediv(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!long_check(space, a) || !long_check(space, b)) return space.newRef(space.notImplemented);
  const x = long_asSafe(space, a);
  const y = long_asSafe(space, b);
  if (y === 0) raise('ZeroDivisionError', 'division by zero');
  // Both exactly representable: IEEE division rounds once, correctly.
  if (!Number.isNaN(x) && !Number.isNaN(y)) return float_fromDouble(space, x / y);
  return float_fromDouble(space, trueDivideBig(long_toBigInt(space, a), long_toBigInt(space, b)));
}

// a / b rounded once to the nearest float; OverflowError past the float range.
function trueDivideBig(a: bigint, b: bigint): number {
  const neg = a < 0n !== b < 0n;
  const result = ratioToDouble(a < 0n ? -a : a, b < 0n ? -b : b);
  if (!Number.isFinite(result)) raise('OverflowError', 'integer division result too large for a float');
  return neg ? -result : result;
}

/** long_pow: a ** b, or pow(a, b, m) when `m` is given (an int, or None/NULL for no modulus). */
export function long_pow(space: ObjectSpace, a: Ptr, b: Ptr, m?: Ptr): Ptr {
  const hasMod = m !== undefined && m !== 0 && m !== space.none;
  if (!long_check(space, a) || !long_check(space, b) || (hasMod && !long_check(space, m as Ptr))) {
    return space.newRef(space.notImplemented);
  }
  const base = long_toBigInt(space, a);
  const exp = long_toBigInt(space, b);
  if (!hasMod) {
    // A negative exponent makes the result a float: float(a) ** float(b).
    if (exp < 0n)
      return float_fromDouble(space, float_powDouble(long_toDouble(space, a), long_toDouble(space, b)));
    const x = long_asSafe(space, a);
    const y = long_asSafe(space, b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      const r = intPowSafe(x, y);
      if (!Number.isNaN(r)) return long_fromNumber(space, r);
    }
    if (base === 0n || base === 1n) return long_fromBigInt(space, base);
    if (base === -1n) return long_fromNumber(space, exp % 2n === 0n ? 1 : -1);
    // Refuse results that cannot fit in the heap before BigInt tries to build them.
    const bits = BigInt(long_bitLength(space, a) - 1) * exp;
    if (bits > BigInt(space.rt.mem.capacity) * 8n) space.rt.noMemory(Number(bits / 8n));
    return long_fromBigInt(space, base ** exp);
  }
  const mod = long_toBigInt(space, m as Ptr);
  if (mod === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const am = mod < 0n ? -mod : mod;
  let x = floorModBig(base, am);
  let e = exp;
  if (e < 0n) {
    x = modInverse(x, am);
    e = -e;
  }
  let r = am === 1n ? 0n : 1n;
  while (e > 0n) {
    if ((e & 1n) === 1n) r = (r * x) % am;
    x = (x * x) % am;
    e >>= 1n;
  }
  // The result takes the modulus's sign, as Python's % does.
  if (mod < 0n && r !== 0n) r -= am;
  return long_fromBigInt(space, r);
}

// x ** y by squaring while every step stays a safe integer (JS's ** may be off by an ulp); NaN otherwise.
function intPowSafe(x: number, y: number): number {
  let result = 1;
  let base = x;
  let e = y;
  while (e > 0) {
    if (e % 2 === 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) return Number.NaN;
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base *= base;
      if (!Number.isSafeInteger(base)) return Number.NaN;
    }
  }
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return floorModBig(t0, m);
}

type Unary = (space: ObjectSpace, a: Ptr) => Ptr;

function unary(fast: (a: number) => number, slow: (a: bigint) => bigint): Unary {
  return (space, a) => {
    const x = long_asSafe(space, a);
    if (!Number.isNaN(x)) return long_fromNumber(space, fast(x));
    return long_fromBigInt(space, slow(long_toBigInt(space, a)));
  };
}

/** long_neg: −a. */
export const long_neg = unary(
  (a) => -a,
  (a) => -a,
);
/** long_abs: abs(a). */
export const long_abs = unary(Math.abs, (a) => (a < 0n ? -a : a));
/** long_invert: ~a = −(a + 1). */
export const long_invert = unary(
  (a) => -(a + 1),
  (a) => -(a + 1n),
);

/** long_long (unary +): the int itself, or a plain int made from a bool. */
export function long_pos(space: ObjectSpace, a: Ptr): Ptr {
  if (space.rt.typeObject(a) === space.ints.type) return space.newRef(a);
  return long_fromBigInt(space, long_toBigInt(space, a));
}

/** Three-way comparison of two ints: −1, 0 or 1. */
export function long_compare(space: ObjectSpace, a: Ptr, b: Ptr): number {
  const x = long_asSafe(space, a);
  const y = long_asSafe(space, b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x < y ? -1 : x > y ? 1 : 0;
  const p = long_toBigInt(space, a);
  const q = long_toBigInt(space, b);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** Whether a three-way comparison result satisfies `op`. */
export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** long_richcompare: ints (and bools) against ints; NotImplemented for anything else. */
export function long_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if (!long_check(space, b)) return space.newRef(space.notImplemented);
  return newBool(space, compareResult(long_compare(space, a, b), op));
}
