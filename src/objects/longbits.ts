// int shifts and bitwise operations (Objects/longobject.c): two's complement semantics on
// unbounded integers, as Python's. int32 operands use JS's 32-bit operators; the rest BigInt.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import {
  long_asSafe,
  long_bitLength,
  long_check,
  long_fromBigInt,
  long_fromNumber,
  long_toBigInt,
} from './int.js';
import { longBinary } from './longarith.js';
import { long_bitwiseDigits } from './longdigits.js';
import type { ObjectSpace } from './space.js';

const UNSAFE = Number.NaN;

function shiftCount(space: ObjectSpace, b: Ptr): bigint {
  const n = long_toBigInt(space, b);
  if (n < 0n) raise('ValueError', 'negative shift count');
  return n;
}

/** The first word shift divmod_shift refuses: PY_SSIZE_T_MAX / sizeof(digit). */
const MAX_WORDSHIFT = (2n ** 63n - 1n) / 4n;

/** long_lshift: a << b; MemoryError when the result cannot fit in the heap. */
export function long_lshift(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!long_check(space, a) || !long_check(space, b)) return space.newRef(space.notImplemented);
  // Safe operands with a safe result: a multiplication by a power of two is exact.
  const xs = long_asSafe(space, a);
  const ns = long_asSafe(space, b);
  if (ns >= 0 && ns < 53 && !Number.isNaN(xs)) {
    const r = xs * 2 ** ns;
    if (Number.isSafeInteger(r)) return long_fromNumber(space, r);
  }
  const n = shiftCount(space, b);
  const x = long_toBigInt(space, a);
  if (x === 0n) return long_fromNumber(space, 0);
  // divmod_shift: a shift of PY_SSIZE_T_MAX / sizeof(digit) 30-bit digits or more overflows.
  if (n / 30n >= MAX_WORDSHIFT) raise('OverflowError', 'too many digits in integer');
  if (n > BigInt(space.rt.mem.capacity) * 8n) space.rt.noMemory(Number(n / 8n));
  return long_fromBigInt(space, x << n);
}

/** long_rshift: a >> b, rounding toward −∞. */
export function long_rshift(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!long_check(space, a) || !long_check(space, b)) return space.newRef(space.notImplemented);
  // A safe operand: division by a power of two is exact, and floor rounds toward −∞.
  const xs = long_asSafe(space, a);
  const ns = long_asSafe(space, b);
  if (!Number.isNaN(xs) && ns >= 0)
    return long_fromNumber(space, ns >= 64 ? (xs < 0 ? -1 : 0) : Math.floor(xs / 2 ** ns));
  const n = shiftCount(space, b);
  const x = long_toBigInt(space, a);
  if (n >= BigInt(long_bitLength(space, a))) return long_fromNumber(space, x < 0n ? -1 : 0);
  return long_fromBigInt(space, x >> n);
}

// Bitwise operations: int32 operands use JS's 32-bit operators (two's complement, as Python).
function isInt32(v: number): boolean {
  return v === (v | 0);
}

/** long_and: a & b. */
export const long_and = longBinary(
  (a, b) => (isInt32(a) && isInt32(b) ? a & b : UNSAFE),
  (a, b) => a & b,
  (space, a, b) => long_bitwiseDigits(space, a, b, '&'),
);
/** long_or: a | b. */
export const long_or = longBinary(
  (a, b) => (isInt32(a) && isInt32(b) ? a | b : UNSAFE),
  (a, b) => a | b,
  (space, a, b) => long_bitwiseDigits(space, a, b, '|'),
);
/** long_xor: a ^ b. */
export const long_xor = longBinary(
  (a, b) => (isInt32(a) && isInt32(b) ? a ^ b : UNSAFE),
  (a, b) => a ^ b,
  (space, a, b) => long_bitwiseDigits(space, a, b, '^'),
);
