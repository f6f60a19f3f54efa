// float arithmetic (Objects/floatobject.c's number methods).
//
// Each binary function is an nb_* slot: either operand may be a float or an int (ints are
// converted, OverflowError if too big); anything else gives NotImplemented. Results and
// errors follow CPython: IEEE results for + − ·, ZeroDivisionError with float's own
// messages, Python's floor semantics for // and %, C99 pow with Python's error cases.

import type { Ptr } from '../heap/index.js';
import { complex_power } from './complex.js';
import { powCorrect } from './ddpow.js';
import { raise, raiseErrno } from './errors.js';
import { float_fromDouble, float_operand } from './float.js';
import type { ObjectSpace } from './space.js';

type Op = (x: number, y: number) => number;

function binary(f: Op): (space: ObjectSpace, a: Ptr, b: Ptr) => Ptr {
  return (space, a, b) => {
    const x = float_operand(space, a);
    if (x === null) return space.newRef(space.notImplemented);
    const y = float_operand(space, b);
    if (y === null) return space.newRef(space.notImplemented);
    return float_fromDouble(space, f(x, y));
  };
}

/** float_add. */
export const float_add = binary((x, y) => x + y);
/** float_sub. */
export const float_sub = binary((x, y) => x - y);
/** float_mul. */
export const float_mul = binary((x, y) => x * y);
/** float_div: x / y. */
export const float_truediv = binary((x, y) => {
  if (y === 0) raise('ZeroDivisionError', 'float division by zero');
  return x / y;
});
/** float_rem: x % y with the sign of y. */
export const float_mod = binary((x, y) => {
  if (y === 0) raise('ZeroDivisionError', 'float modulo');
  return floatMod(x, y);
});
/** float_floor_div: x // y. */
export const float_floordiv = binary((x, y) => {
  if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return floatDivmod(x, y)[0];
});

/** float_divmod: (x // y, x % y) as two new references (the caller builds the tuple), or null for NotImplemented. */
export function float_divmod(space: ObjectSpace, a: Ptr, b: Ptr): [Ptr, Ptr] | null {
  const x = float_operand(space, a);
  const y = x === null ? null : float_operand(space, b);
  if (x === null || y === null) return null;
  if (y === 0) raise('ZeroDivisionError', 'float divmod()');
  const [q, r] = floatDivmod(x, y);
  const qo = float_fromDouble(space, q);
  try {
    return [qo, float_fromDouble(space, r)];
  } catch (error) {
    space.rt.decref(qo);
    throw error;
  }
}

function floatMod(x: number, y: number): number {
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

// _float_div_mod: fmod first, then a floor quotient corrected to the nearest integer.
function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** float_pow: x ** y (a third argument is a TypeError, as in CPython). */
export function float_pow(space: ObjectSpace, a: Ptr, b: Ptr, m?: Ptr): Ptr {
  const x = float_operand(space, a);
  const y = x === null ? null : float_operand(space, b);
  if (x === null || y === null) return space.newRef(space.notImplemented);
  if (m !== undefined && m !== 0 && m !== space.none) {
    raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  // A negative base to a fractional power: the complex result (float_pow hands it to complex).
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) {
    return complex_power(space, { real: x, imag: 0 }, { real: y, imag: 0 }, false);
  }
  return float_fromDouble(space, float_powDouble(x, y));
}

function isOddInteger(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v % 2) === 1;
}

/** x ** y on doubles with CPython's special cases and errors (C99 pow, not JS's Math.pow). */
export function float_powDouble(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    return iw > 0 === av > 1 ? Math.abs(iw) : 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iv > 0) return iw > 0 ? iv : 0;
    return iw > 0 ? (odd ? iv : -iv) : odd ? -0 : 0;
  }
  if (iv === 0) {
    if (iw < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0;
  }
  let base = iv;
  let negate = false;
  if (base < 0) {
    // Python returns a complex here; pymm has no complex type.
    if (!Number.isInteger(iw)) raise('ValueError', 'negative number cannot be raised to a fractional power');
    base = -base;
    negate = isOddInteger(iw);
  }
  if (base === 1) return negate ? -1 : 1;
  // Rounded once, as libm's pow (ddpow.ts).
  let r: number;
  if (iw === 1) r = base;
  else if (iw === 2) r = base * base;
  else if (iw === -1) r = 1 / base;
  else if (iw === 0.5) r = Math.sqrt(base);
  else r = powCorrect(base, iw);
  if (negate) r = -r;
  if (!Number.isFinite(r)) raiseErrno('OverflowError', 34, 'Numerical result out of range');
  return r;
}

/** float_neg: −x. */
export function float_neg(space: ObjectSpace, a: Ptr): Ptr {
  return float_fromDouble(space, -(float_operand(space, a) as number));
}

/** float_abs: abs(x). */
export function float_abs(space: ObjectSpace, a: Ptr): Ptr {
  return float_fromDouble(space, Math.abs(float_operand(space, a) as number));
}
