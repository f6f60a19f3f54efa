// Correctly rounded decimal digits of a double, as Python's dtoa modes 2 and 3 give them
// (Python/pystrtod.c, PyOS_double_to_string for 'e' and 'f'): the exact binary value is
// rounded half to even. JS's toFixed/toExponential round exact ties away from zero
// ('%.0f' % 2.5 is '2' in Python, (2.5).toFixed(0) is '3') and toFixed switches to
// exponent notation from 1e21 on, so both are computed here from the double's bits.

const bits = new DataView(new ArrayBuffer(8));

/** The finite double `a` ≥ 0 as m·2^e with an integer mantissa m. */
function decompose(a: number): [bigint, number] {
  bits.setFloat64(0, a);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [frac, -1074];
  return [frac | (1n << 52n), biased - 1075];
}

/** num/den rounded half to even (num ≥ 0, den > 0). */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** round(a · 10^k) half to even, exactly (a finite, ≥ 0; k may be negative). */
function scaledRound(a: number, k: number): bigint {
  const [m, e] = decompose(a);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  return divRound(num, den);
}

/** '%.{p}f' of a finite a ≥ 0: p digits after the point, ties to even. */
export function fixedDigits(a: number, p: number): string {
  const s = scaledRound(a, p)
    .toString()
    .padStart(p + 1, '0');
  return p === 0 ? s : `${s.slice(0, s.length - p)}.${s.slice(s.length - p)}`;
}

/**
 * The p + 1 significant digits of a finite a ≥ 0, ties to even, and the decimal exponent of
 * the first one: a ≈ d.ddd × 10^exp ('%.{p}e').
 */
export function exponentDigits(a: number, p: number): { digits: string; exp: number } {
  if (a === 0) return { digits: '0'.repeat(p + 1), exp: 0 };
  let exp = Math.floor(Math.log10(a));
  let q = scaledRound(a, p - exp);
  const low = 10n ** BigInt(p);
  if (q < low) {
    // log10 overestimated the exponent (a just below a power of ten).
    exp--;
    q = scaledRound(a, p - exp);
  }
  if (q >= low * 10n) {
    // Rounding carried into a new digit (9.96 → 10.0), or log10 underestimated.
    exp++;
    q = scaledRound(a, p - exp);
  }
  return { digits: q.toString(), exp };
}

/** '%.{p}e' of a finite a ≥ 0, with Python's at-least-two-digit exponent. */
export function exponentText(a: number, p: number): string {
  const { digits, exp } = exponentDigits(a, p);
  const mant = p === 0 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const e = Math.abs(exp).toString().padStart(2, '0');
  return `${mant}e${exp < 0 ? '-' : '+'}${e}`;
}
