// Exact rational → double conversions, correctly rounded (ties to even), for int / int and
// for float ** int (CPython's libm pow is correctly rounded where JS's Math.pow may be an
// ulp off).

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/**
 * n / d (n ≥ 0, d > 0) rounded once to the nearest double; Infinity past the float range.
 * A 55–56-bit quotient with a sticky bit is scaled exactly; subnormal results keep fewer
 * quotient bits, so they too are rounded only once.
 */
export function ratioToDouble(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  if (bitLength(n) - bitLength(d) > 1025) return Number.POSITIVE_INFINITY;
  const shift = Math.min(bitLength(d) - bitLength(n) + 55, 1076);
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const nn = n << BigInt(shift);
    q = nn / d;
    r = nn % d;
  } else {
    const dd = d << BigInt(-shift);
    q = n / dd;
    r = n % dd;
  }
  if (r !== 0n) q |= 1n;
  const half = Math.trunc(shift / 2);
  return Number(q) * 2 ** -half * 2 ** -(shift - half);
}

/** |v| = mant · 2^exp exactly, with mant an integer (v finite, non-zero). */
export function decompose(v: number): [bigint, number] {
  let a = Math.abs(v);
  let exp = 0;
  while (a >= 2 ** 53) {
    a /= 2 ** 20;
    exp += 20;
  }
  while (!Number.isInteger(a)) {
    a *= 2 ** 20;
    exp -= 20;
  }
  return [BigInt(a), exp];
}

/** x ** n for a finite x > 0 and an integer n with |n| ≤ 256, correctly rounded (Infinity on overflow). */
export function exactPow(x: number, n: number): number {
  const [mant, exp] = decompose(x);
  const m = mant ** BigInt(Math.abs(n));
  const e = exp * Math.abs(n);
  // x^|n| = m · 2^e; for n < 0 the result is 1 / that.
  let num = n >= 0 ? m : 1n;
  let den = n >= 0 ? 1n : m;
  const grow = n >= 0 ? e : -e;
  if (grow >= 0) num <<= BigInt(grow);
  else den <<= BigInt(-grow);
  return ratioToDouble(num, den);
}

// Fixed-point arithmetic with FRAC fraction bits for the general pow: enough that a
// double result is rounded correctly unless the exact value lies within 2^-90 ulp of a
// rounding midpoint.
const FRAC = 160n;
const ONE = 1n << FRAC;

// atanh(num / den) for 0 ≤ num/den < 0.2, in fixed point: Σ z^(2k+1) / (2k+1).
function atanhFixed(num: bigint, den: bigint): bigint {
  const z = (num << FRAC) / den;
  const z2 = (z * z) >> FRAC;
  let term = z;
  let sum = z;
  for (let k = 3n; term !== 0n; k += 2n) {
    term = (term * z2) >> FRAC;
    sum += term / k;
  }
  return sum;
}

const LN2 = 2n * atanhFixed(1n, 3n);

/** ln(x) for a finite x > 0 in fixed point (FRAC_BITS fraction bits): x = m · 2^e with m in [√½, √2), ln m = 2·atanh((m−1)/(m+1)). */
export function lnFixed(x: number): bigint {
  const [mant, exp] = decompose(x);
  const bl = mant.toString(2).length;
  let half = 1n << BigInt(bl - 1);
  let e = exp + bl - 1;
  // m = mant / half is in [1, 2); move it to [√½, √2) so the series converges fast.
  if (mant * mant > half * half * 2n) {
    half <<= 1n;
    e += 1;
  }
  const neg = mant < half;
  const a = 2n * atanhFixed(neg ? half - mant : mant - half, mant + half);
  return (neg ? -a : a) + BigInt(e) * LN2;
}

/**
 * x ** y for finite x > 0 and finite y, correctly rounded (Infinity on overflow, 0 on
 * underflow): exp(y · ln x) evaluated with 160 fraction bits.
 */
export function precisePow(x: number, y: number): number {
  const [my, ey] = decompose(y);
  let t = lnFixed(x) * (y < 0 ? -my : my);
  t = ey >= 0 ? t << BigInt(ey) : t >> BigInt(-ey);
  if (t > 720n * ONE) return Number.POSITIVE_INFINITY;
  if (t < -760n * ONE) return 0;
  // exp(t) = 2^k · exp(r) with |r| ≤ ln2 / 2.
  const k = (t + LN2 / 2n) / LN2 - (t < -LN2 / 2n ? 1n : 0n);
  const sum = expFixed(t - k * LN2);
  return k >= 0n ? ratioToDouble(sum << k, ONE) : ratioToDouble(sum, ONE << -k);
}

/** exp(r) in fixed point (FRAC_BITS fraction bits) for a small |r| (≤ ln 2 / 2), by its Taylor series. */
export function expFixed(r: bigint): bigint {
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) >> FRAC;
    term /= n;
    sum += term;
  }
  return sum;
}

/** Fraction bits of lnFixed's and expFixed's fixed-point values. */
export const FRAC_BITS = Number(FRAC);

/** A fixed-point value (FRAC_BITS fraction bits, |v| < 2^50 units) as a double-double [hi, lo]: hi + lo within 2^-106 of it. */
export function fixedToPair(v: bigint): [number, number] {
  const scale = 2 ** -FRAC_BITS;
  const hi = Number(v) * scale;
  if (hi === 0) return [0, 0];
  const [mant, exp] = decompose(hi);
  const shift = exp + FRAC_BITS;
  const back = shift >= 0 ? mant << BigInt(shift) : mant >> BigInt(-shift);
  const rest = v - (hi < 0 ? -back : back);
  return [hi, Number(rest) * scale];
}
