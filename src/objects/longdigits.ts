// int arithmetic on the 30-bit digits themselves (longobject.c's x_add, x_sub, x_mul and the
// bitwise loops), for operands too big for a JS number but small enough that converting to
// BigInt and back would cost more than the operation: an LCG's `state * 1103515245 + 12345`,
// a 64-bit hash mix. Bigger operands still go through BigInt, whose multiplication is
// sub-quadratic.
//
// Digits are read from the heap into a JS array, combined, and the result is built by
// fromDigits, which gives small results the cached small ints as long_normalize and
// maybe_small_long do.

import { OB_SIZE } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { LONG_DIGITS, long_fromNumber, long_new, PYLONG_BASE, PYLONG_MASK } from './int.js';
import type { ObjectSpace } from './space.js';

/** Operands with more digits than this take the BigInt path. */
export const DIGITS_MAX = 40;

// |op|'s digits, least significant first.
function magnitude(space: ObjectSpace, op: Ptr, n: number): number[] {
  const u32 = space.rt.mem.u32;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = u32[(op + LONG_DIGITS + 4 * i) >>> 2];
  return out;
}

/** The signed digit count (ob_size) of an int. */
export function digitCount(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.i32[(op + OB_SIZE) >>> 2];
}

// A new int of magnitude `d` (may have leading zero digits) and the given sign.
function fromDigits(space: ObjectSpace, d: number[], negative: boolean): Ptr {
  return fromDigitsN(space, d, d.length, negative);
}

// fromDigits of the first `len` digits of `d` (an array or the scratch buffer).
function fromDigitsN(space: ObjectSpace, d: ArrayLike<number>, len: number, negative: boolean): Ptr {
  let n = len;
  while (n > 0 && d[n - 1] === 0) n--;
  if (n === 0) return long_fromNumber(space, 0);
  if (n === 1) return long_fromNumber(space, negative ? -d[0] : d[0]);
  if (n === 2) {
    const v = d[1] * PYLONG_BASE + d[0];
    if (Number.isSafeInteger(v)) return long_fromNumber(space, negative ? -v : v);
  }
  const op = long_new(space, n);
  const mem = space.rt.mem;
  const at = (op + LONG_DIGITS) >>> 2;
  for (let i = 0; i < n; i++) mem.u32[at + i] = d[i];
  if (negative) {
    mem.i32[(op + OB_SIZE) >>> 2] = -n;
    mem.i32[(op + OB_SIZE + 4) >>> 2] = -1;
  }
  return op;
}

// Result digits of x_add and x_mul before they are copied into the new int (no Python code
// runs between filling it and the copy, so one buffer serves every call).
const SCRATCH = new Uint32Array(2 * DIGITS_MAX + 2);

// Compares magnitudes: −1, 0 or 1.
function compareMagnitudes(a: number[], b: number[]): number {
  let na = a.length;
  let nb = b.length;
  while (na > 0 && a[na - 1] === 0) na--;
  while (nb > 0 && b[nb - 1] === 0) nb--;
  if (na !== nb) return na < nb ? -1 : 1;
  for (let i = na - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

// x_sub for |a| ≥ |b|: |a| − |b|.
function subMagnitudes(a: number[], b: number[]): number[] {
  const r = new Array<number>(a.length);
  let borrow = 0;
  for (let i = 0; i < a.length; i++) {
    let t = a[i] - (i < b.length ? b[i] : 0) - borrow;
    borrow = 0;
    if (t < 0) {
      t += PYLONG_BASE;
      borrow = 1;
    }
    r[i] = t;
  }
  return r;
}

// x_mul, schoolbook, of the `na` digits at u32 index `pa` and the `nb` at `pb`, into
// SCRATCH[0 .. na + nb). Each 30×30-bit product is formed from 15-bit halves so every
// partial result is an exact 32-bit integer.
function mulMagnitudes(u32: Uint32Array, pa: number, na: number, pb: number, nb: number): void {
  const r = SCRATCH;
  for (let k = 0; k < na + nb; k++) r[k] = 0;
  for (let i = 0; i < na; i++) {
    const x = u32[pa + i];
    if (x === 0) continue;
    const xh = x >>> 15;
    const xl = x & 0x7fff;
    let carry = 0;
    let k = i;
    for (let j = 0; j < nb; j++, k++) {
      const y = u32[pb + j];
      const yh = y >>> 15;
      const yl = y & 0x7fff;
      const mid = xh * yl + xl * yh; // < 2^31
      const lo = xl * yl + ((mid & 0x7fff) << 15); // < 2^31
      const hi = xh * yh + (mid >>> 15); // x·y = hi·2^30 + lo, hi < 2^30 + 2^16
      const t = r[k] + (lo & PYLONG_MASK) + carry; // < 2^32
      r[k] = t & PYLONG_MASK;
      carry = hi + (lo >>> 30) + (t >>> 30);
    }
    while (carry !== 0) {
      const t = r[k] + carry;
      r[k] = t & PYLONG_MASK;
      carry = t >>> 30;
      k++;
    }
  }
}

/**
 * a + b or a − b (`subtract`) on digits, or NULL (0) when an operand is too big for this
 * path. Both operands are exact ints or subclasses (their digits are what counts).
 */
export function long_addDigits(space: ObjectSpace, a: Ptr, b: Ptr, subtract: boolean): Ptr {
  const sa = digitCount(space, a);
  let sb = digitCount(space, b);
  if (Math.abs(sa) > DIGITS_MAX || Math.abs(sb) > DIGITS_MAX) return 0 as Ptr;
  if (subtract) sb = -sb;
  const negA = sa < 0;
  const negB = sb < 0;
  if (negA === negB) {
    // x_add straight from the two ints' digits into the scratch buffer.
    let pl = (a + LONG_DIGITS) >>> 2;
    let nl = Math.abs(sa);
    let ps = (b + LONG_DIGITS) >>> 2;
    let ns = Math.abs(sb);
    if (nl < ns) {
      const p = pl;
      pl = ps;
      ps = p;
      const n = nl;
      nl = ns;
      ns = n;
    }
    const u32 = space.rt.mem.u32;
    const r = SCRATCH;
    let carry = 0;
    for (let i = 0; i < nl; i++) {
      const t = u32[pl + i] + (i < ns ? u32[ps + i] : 0) + carry;
      r[i] = t & PYLONG_MASK;
      carry = t >>> 30;
    }
    r[nl] = carry;
    return fromDigitsN(space, r, nl + 1, negA);
  }
  const x = magnitude(space, a, Math.abs(sa));
  const y = magnitude(space, b, Math.abs(sb));
  const c = compareMagnitudes(x, y);
  if (c === 0) return long_fromNumber(space, 0);
  return c > 0 ? fromDigits(space, subMagnitudes(x, y), negA) : fromDigits(space, subMagnitudes(y, x), negB);
}

/** a · b on digits, or NULL (0) when an operand is too big for this path. */
export function long_mulDigits(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  const sa = digitCount(space, a);
  const sb = digitCount(space, b);
  if (Math.abs(sa) > DIGITS_MAX || Math.abs(sb) > DIGITS_MAX) return 0 as Ptr;
  if (sa === 0 || sb === 0) return long_fromNumber(space, 0);
  const na = Math.abs(sa);
  const nb = Math.abs(sb);
  mulMagnitudes(space.rt.mem.u32, (a + LONG_DIGITS) >>> 2, na, (b + LONG_DIGITS) >>> 2, nb);
  return fromDigitsN(space, SCRATCH, na + nb, sa < 0 !== sb < 0);
}

/**
 * a & b, a | b or a ^ b on digits when neither operand is negative (negative ones need
 * two's complement: NULL, and the caller uses BigInt), or NULL when too big.
 */
export function long_bitwiseDigits(space: ObjectSpace, a: Ptr, b: Ptr, op: '&' | '|' | '^'): Ptr {
  const sa = digitCount(space, a);
  const sb = digitCount(space, b);
  if (sa < 0 || sb < 0 || sa > DIGITS_MAX || sb > DIGITS_MAX) return 0 as Ptr;
  const x = magnitude(space, a, sa);
  const y = magnitude(space, b, sb);
  const n = op === '&' ? Math.min(sa, sb) : Math.max(sa, sb);
  const r = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const p = i < sa ? x[i] : 0;
    const q = i < sb ? y[i] : 0;
    r[i] = op === '&' ? p & q : op === '|' ? p | q : p ^ q;
  }
  return fromDigits(space, r, false);
}
