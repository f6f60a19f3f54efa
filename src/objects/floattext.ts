// float(text) and round(x[, n]) (Objects/floatobject.c, Python/pystrtod.c).
//
// float(text): surrounding whitespace, a sign, "inf"/"infinity"/"nan" in any case, decimal
// literals with single underscores between digits, Unicode decimal digits. The number is
// read by the JS engine, which rounds decimal text correctly as _Py_dg_strtod does.
// round(x, n): rounds the exact binary value half to even at the n-th decimal place and
// then to the nearest double, as double_round (dtoa mode 3, then strtod) does.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { float_fromDouble } from './float.js';
import { digitValue, isSpace } from './longtext.js';
import { decompose, ratioToDouble } from './ratio.js';
import type { ObjectSpace } from './space.js';

const DIGITS = '\\d(?:_?\\d)*';
const LITERAL = new RegExp(`^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** PyFloat_FromString: float(text) as a new float; `repr` is the argument's repr for the error. */
export function float_fromString(space: ObjectSpace, text: string, repr: string): Ptr {
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
  let i = 0;
  let end = cps.length;
  while (i < end && isSpace(cps[i])) i++;
  while (end > i && isSpace(cps[end - 1])) end--;
  // Unicode decimal digits read as ASCII ones; anything else non-ASCII cannot be a float.
  let ascii = '';
  for (let k = i; k < end; k++) {
    const c = cps[k];
    if (c < 128) ascii += String.fromCharCode(c);
    else {
      const d = digitValue(c);
      ascii += d < 10 ? String(d) : '\u0000';
    }
  }
  const special = SPECIAL.exec(ascii);
  if (special !== null) {
    const v = special[2].toLowerCase() === 'nan' ? Number.NaN : Number.POSITIVE_INFINITY;
    return float_fromDouble(space, special[1] === '-' ? -v : v);
  }
  if (!LITERAL.test(ascii)) raise('ValueError', `could not convert string to float: ${repr}`);
  return float_fromDouble(space, Number(ascii.replaceAll('_', '')));
}

// round(v) to the nearest integer, ties to even, exactly (v finite).
function roundHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = 2n * (n % d);
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** double_round: round(x, ndigits) as a double; OverflowError when the result is too large. */
export function float_roundDouble(x: number, ndigits: number): number {
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 || Object.is(x, -0) ? -0 : 0;
  if (x === 0 || !Number.isFinite(x)) return x;
  const [mant, exp] = decompose(x);
  // |x| = mant · 2^exp; scaled = |x| · 10^ndigits = num / den exactly.
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  const q = roundHalfEven(num, den);
  const r = ndigits >= 0 ? ratioToDouble(q, 10n ** BigInt(ndigits)) : Number(q * 10n ** BigInt(-ndigits));
  if (!Number.isFinite(r)) raise('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** round(x) with no ndigits: the nearest integer, ties to even, as a double (the caller makes the int). */
export function float_roundToIntegral(x: number): number {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  const r = Math.round(x);
  // Math.round takes ties up; Python takes them to the even neighbour.
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
