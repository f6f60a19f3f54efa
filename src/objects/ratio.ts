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
