// Exact-int arithmetic for generated code's operators (BINARY_OP on two exact ints): safe
// values on JS numbers, a few digit loops for the numbers just past them (an LCG's
// `state * 1103515245 + 12345 & 0x7FFFFFFF`), and int's own slots for the rest. Exact ints
// only: no Python code can run, so nothing here is observable but the result.

import { OB_SIZE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  LONG_DIGITS,
  long_add,
  long_and,
  long_floordiv,
  long_fromNumber,
  long_lshift,
  long_mod,
  long_mul,
  long_new,
  long_or,
  long_pow,
  long_rshift,
  long_sub,
  long_truediv,
  long_xor,
  type ObjectSpace,
  PYLONG_BASE,
} from '../../objects/index.js';

/** The value of an exact int of one or two digits if it is a safe integer, else NaN. */
// Exact ints of one or two digits whose value is a safe JS integer, as JS numbers: the
// value of `op`, or NaN for anything else (the caller has checked that `op` is an exact int).
export function safeIntValue(mem: { i32: Int32Array; u32: Uint32Array }, op: Ptr): number {
  const size = mem.i32[(op + OB_SIZE) >>> 2];
  if (size >= -1 && size <= 1) return size * mem.u32[(op + LONG_DIGITS) >>> 2];
  if (size !== 2 && size !== -2) return Number.NaN;
  const hi = mem.u32[(op + LONG_DIGITS + 4) >>> 2];
  if (hi >= 0x800000) return Number.NaN; // 2^23 · 2^30 = 2^53
  const v = hi * PYLONG_BASE + mem.u32[(op + LONG_DIGITS) >>> 2];
  return size < 0 ? -v : v;
}

/** Safe JS integers x and y: int `op` on them (see below), or NaN. */
// Safe JS integers x and y: the exact result of int `op` as a number, or NaN when `op` has no
// fast path for these operands (division by zero, negative shifts, powers, true division,
// bitwise operations past int32, a result that is not a safe integer).
export function safeIntOp(x: number, y: number, op: number): number {
  const xi = x | 0;
  const yi = y | 0;
  if (xi === x && yi === y) {
    // Two int32 values (every one-digit int): V8's integer instructions, no fmod or pow.
    switch (op) {
      case 0:
        return xi + yi;
      case 10:
        return xi - yi;
      case 1:
        return xi & yi;
      case 7:
        return xi | yi;
      case 12:
        return xi ^ yi;
      case 2:
        // Floor of an int32 quotient is exact in doubles (its distance to an integer,
        // at least 1/|y|, is more than half an ulp).
        return yi === 0 ? Number.NaN : Math.floor(xi / yi);
      case 6: {
        if (yi === 0) return Number.NaN;
        const m = xi % yi;
        return m !== 0 && m < 0 !== yi < 0 ? m + yi : m === 0 ? 0 : m;
      }
      case 9:
        if (yi < 0) return Number.NaN;
        return yi >= 32 ? (xi < 0 ? -1 : 0) : xi >> yi;
    }
  }
  switch (op) {
    case 0: {
      const r = x + y;
      return Number.isSafeInteger(r) ? r : Number.NaN;
    }
    case 10: {
      const r = x - y;
      return Number.isSafeInteger(r) ? r : Number.NaN;
    }
    case 5: {
      // A rounded product is never a safe integer, so a safe one is exact.
      const r = x * y;
      return Number.isSafeInteger(r) ? r : Number.NaN;
    }
    case 1:
      return (x | 0) === x && (y | 0) === y ? x & y : Number.NaN;
    case 7:
      return (x | 0) === x && (y | 0) === y ? x | y : Number.NaN;
    case 12:
      return (x | 0) === x && (y | 0) === y ? x ^ y : Number.NaN;
    case 2: {
      // Floor division through the (exact) remainder: x − m is a multiple of y.
      if (y === 0) return Number.NaN;
      let m = x % y;
      if (m !== 0 && m < 0 !== y < 0) m += y;
      const d = x - m;
      return Number.isSafeInteger(d) ? d / y : Number.NaN;
    }
    case 6: {
      if (y === 0) return Number.NaN;
      const m = x % y;
      return m !== 0 && m < 0 !== y < 0 ? m + y : m;
    }
    case 9:
      // Division by a power of two is exact; floor rounds toward −∞ as Python's shift.
      if (y < 0) return Number.NaN;
      return y >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y);
    case 3: {
      if (y < 0 || y >= 53) return Number.NaN;
      const r = x * 2 ** y;
      return Number.isSafeInteger(r) ? r : Number.NaN;
    }
    default:
      return Number.NaN;
  }
}

// The int type's nb_* slots by operator (what PyNumber_* reaches for two exact ints).
const INT_SLOTS = [
  long_add,
  long_and,
  long_floordiv,
  long_lshift,
  null,
  long_mul,
  long_mod,
  long_or,
  long_pow,
  long_rshift,
  long_sub,
  long_truediv,
  long_xor,
] as const;

const MASK = PYLONG_BASE - 1;

// A new int of `n` digits (the top one non-zero) and the given sign, from up to four digits.
function fromDigits4(
  space: ObjectSpace,
  negative: boolean,
  d0: number,
  d1: number,
  d2: number,
  d3: number,
): Ptr {
  const n = d3 !== 0 ? 4 : d2 !== 0 ? 3 : 2;
  const op = long_new(space, n);
  const mem = space.rt.mem;
  const at = (op + LONG_DIGITS) >>> 2;
  mem.u32[at] = d0;
  mem.u32[at + 1] = d1;
  if (n > 2) mem.u32[at + 2] = d2;
  if (n > 3) mem.u32[at + 3] = d3;
  if (negative) {
    mem.i32[(op + OB_SIZE) >>> 2] = -n;
    mem.i32[(op + OB_SIZE + 4) >>> 2] = -1;
  }
  return op;
}

// x · y for 0 ≤ x, y < 2^30 as [low 30 bits, high bits], exact (15-bit halves keep every
// partial product below 2^31).
let mulHi = 0;
// Integer instructions only (x >>> 15 and x & 0x7fff for the halves; `mid` < 2^31 read
// unsigned): the floor divisions on doubles were most of mulSafe's profile.
function mul30(x: number, y: number): number {
  const xh = x >>> 15;
  const xl = x & 0x7fff;
  const yh = y >>> 15;
  const yl = y & 0x7fff;
  const mid = (xh * yl + xl * yh) >>> 0;
  const lo = xl * yl + ((mid & 0x7fff) << 15);
  mulHi = xh * yh + (mid >>> 15) + (lo >>> 30);
  return lo & MASK;
}

// x_mul for two safe values whose product is not safe (so it has at least two digits).
function mulSafe(space: ObjectSpace, x: number, y: number): Ptr {
  const negative = x < 0 !== y < 0;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const a1 = Math.floor(ax / PYLONG_BASE);
  const a0 = ax - a1 * PYLONG_BASE;
  const b1 = Math.floor(ay / PYLONG_BASE);
  const b0 = ay - b1 * PYLONG_BASE;
  // a0·b0 + (a0·b1 + a1·b0)·2^30 + a1·b1·2^60, each product split in two digits.
  const p00 = mul30(a0, b0);
  const h00 = mulHi;
  const p01 = mul30(a0, b1);
  const h01 = mulHi;
  const p10 = mul30(a1, b0);
  const h10 = mulHi;
  const p11 = mul30(a1, b1);
  const h11 = mulHi;
  const t1 = h00 + p01 + p10; // < 2^32
  const d1 = t1 % PYLONG_BASE;
  const t2 = Math.floor(t1 / PYLONG_BASE) + h01 + h10 + p11;
  const d2 = t2 % PYLONG_BASE;
  const d3 = Math.floor(t2 / PYLONG_BASE) + h11;
  return fromDigits4(space, negative, p00, d1, d2, d3);
}

// |a| + v for an int `a` of 2..4 digits (positive) and 0 ≤ v < 2^30, or NULL.
function addSmall(space: ObjectSpace, a: Ptr, size: number, v: number): Ptr {
  const mem = space.rt.mem;
  const at = (a + LONG_DIGITS) >>> 2;
  let t = mem.u32[at] + v;
  const d0 = t & MASK;
  t = mem.u32[at + 1] + (t >>> 30);
  const d1 = t & MASK;
  t = (size > 2 ? mem.u32[at + 2] : 0) + (t >>> 30);
  const d2 = t & MASK;
  t = (size > 3 ? mem.u32[at + 3] : 0) + (t >>> 30);
  if (t > MASK) return NULL; // a fifth digit
  return fromDigits4(space, false, d0, d1, d2, t);
}

// a & m for a non-negative int `a` of any size and 0 ≤ m < 2^53: only a's two lowest digits count.
function andMask(space: ObjectSpace, a: Ptr, size: number, m: number): Ptr {
  const mem = space.rt.mem;
  const at = (a + LONG_DIGITS) >>> 2;
  const m1 = Math.floor(m / PYLONG_BASE);
  const m0 = m - m1 * PYLONG_BASE;
  const lo = mem.u32[at] & m0;
  const hi = size > 1 ? mem.u32[at + 1] & m1 : 0;
  return long_fromNumber(space, hi * PYLONG_BASE + lo);
}

/**
 * `a op b` for two exact ints (op without the in-place offset): the fast paths above, then
 * int's slot (NULL only for `@`, which ints do not have).
 */
export function exactIntBinary(space: ObjectSpace, a: Ptr, b: Ptr, op: number): Ptr {
  const mem = space.rt.mem;
  const x = safeIntValue(mem, a);
  const y = safeIntValue(mem, b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) {
    const r = safeIntOp(x, y, op);
    if (!Number.isNaN(r)) return long_fromNumber(space, r);
    if (op === 5) return mulSafe(space, x, y);
  } else if (op === 0 || op === 1) {
    const sa = mem.i32[(a + OB_SIZE) >>> 2];
    const sb = mem.i32[(b + OB_SIZE) >>> 2];
    if (op === 0) {
      // A positive int of a few digits plus a small non-negative one (either side).
      if (sa >= 2 && sa <= 4 && sb >= 0 && sb <= 1) {
        const r = addSmall(space, a, sa, mem.u32[(b + LONG_DIGITS) >>> 2]);
        if (r !== NULL) return r;
      } else if (sb >= 2 && sb <= 4 && sa >= 0 && sa <= 1) {
        const r = addSmall(space, b, sb, mem.u32[(a + LONG_DIGITS) >>> 2]);
        if (r !== NULL) return r;
      }
    } else if (sa >= 0 && sb >= 0) {
      // A non-negative int masked by a non-negative safe one (either side).
      if (!Number.isNaN(y)) return andMask(space, a, sa, y);
      if (!Number.isNaN(x)) return andMask(space, b, sb, x);
    }
  }
  const slot = INT_SLOTS[op];
  return slot === null ? NULL : slot(space, a, b);
}
