// Correctly rounded (in all but pathological cases) exp, log, sin, cos, tan, atan2, asin,
// acos, sinh and cosh, computed in double-double arithmetic (~106 bits) and rounded once
// (pow is objects/ddpow.ts, shared with the ** operator).
// V8's fdlibm-derived Math functions differ from glibc's — python3's libm — in the last bit
// for 3–13 % of arguments; glibc's results are correctly rounded almost always, so rounding
// a 106-bit result matches python3 almost always too (measured in docs/perf-log.md).

/** A double-double: the unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2. */
export interface DD {
  hi: number;
  lo: number;
}

/** A double-double from one or two doubles. */
export const dd = (hi: number, lo = 0): DD => ({ hi, lo });
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

/** The exact product a·b as a double-double. */
/** Double-double twoProd. */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

/** Double-double add. */
export function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  const u = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(u.hi, u.lo + t.lo);
}

const neg = (a: DD): DD => ({ hi: -a.hi, lo: -a.lo });
/** Double-double subtraction. */
export const sub = (a: DD, b: DD): DD => add(a, neg(b));

/** Double-double mul. */
export function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/** Double-double mulD. */
export function mulD(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

/** Double-double div. */
export function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = sub(a, mulD(b, q1));
  const q2 = r.hi / b.hi;
  r = sub(r, mulD(b, q2));
  const q3 = r.hi / b.hi;
  return add(quickTwoSum(q1, q2), dd(q3));
}

const ONE = dd(1);
const LN2 = dd(Math.LN2, 2.3190468138462996e-17);
const INV_LN2 = dd(Math.LOG2E, 2.0355273740931033e-17);
const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

/** The series' coefficients, made at the first call (not at interpreter start). */
interface Tables {
  /** 1/n! for n = 0 … 30. */
  invFact: DD[];
  exp: Float64Array;
  sin: Float64Array;
  cos: Float64Array;
  atanh: Float64Array;
}
let tablesMade: Tables | null = null;

function tables(): Tables {
  if (tablesMade !== null) return tablesMade;
  const invFact: DD[] = [ONE];
  for (let i = 1; i <= 30; i++) invFact.push(div(invFact[i - 1], dd(i)));
  const signed = (d: DD, k: number): DD => (k % 2 === 0 ? d : neg(d));
  // e^r = Σ r^n/n!; sin r = r·Σ (−r²)^k/(2k+1)!; cos r = Σ (−r²)^k/(2k)!; 2·atanh s = 2s·Σ s^2k/(2k+1).
  tablesMade = {
    invFact,
    exp: coefficients(range(24, 0, -1).map((n) => invFact[n])),
    sin: coefficients(range(14, 0, -1).map((k) => signed(invFact[2 * k + 1], k))),
    cos: coefficients(range(15, 0, -1).map((k) => signed(invFact[2 * k], k))),
    atanh: coefficients(range(24, 0, -1).map((k) => div(ONE, dd(2 * k + 1)))),
  };
  return tablesMade;
}

/**
 * Horner's rule in double-double without allocation: Σ c_i·x^i for coefficient pairs
 * `c` = [hi, lo, …] from the highest degree down (the hot loop of every function here).
 */
export function horner(c: Float64Array, x: DD): DD {
  const xh = x.hi;
  const xl = x.lo;
  let t = SPLIT * xh;
  const bh = t - (t - xh);
  const bl = xh - bh;
  let ph = c[0];
  let pl = c[1];
  for (let i = 2; i < c.length; i += 2) {
    // (ph, pl) · (xh, xl)
    const m = ph * xh;
    t = SPLIT * ph;
    const ah = t - (t - ph);
    const al = ph - ah;
    let e = ah * bh - m + ah * bl + al * bh + al * bl + (ph * xl + pl * xh);
    let s = m + e;
    e -= s - m;
    // + (c_i, c_i')
    const ch = c[i];
    const u = s + ch;
    const v = u - s;
    e += s - (u - v) + (ch - v) + c[i + 1];
    s = u + e;
    pl = e - (s - u);
    ph = s;
  }
  return { hi: ph, lo: pl };
}

/** Coefficient pairs for horner(), highest degree first. */
export function coefficients(terms: DD[]): Float64Array {
  const c = new Float64Array(2 * terms.length);
  terms.forEach((d, i) => {
    c[2 * i] = d.hi;
    c[2 * i + 1] = d.lo;
  });
  return c;
}

const range = (from: number, to: number, step: number) => {
  const out: number[] = [];
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i);
  return out;
};

/** e^r for |r| ≲ 0.35 (Taylor series to 2^-107). */
function expSmall(r: DD): DD {
  return horner(tables().exp, r);
}

/** e^z as a double-double (±inf / 0 past the double range). */
export function expDD(z: DD): DD {
  if (z.hi > 709.8) return dd(Number.POSITIVE_INFINITY);
  if (z.hi < -745.2) return dd(0);
  const k = Math.round(z.hi / LN2.hi);
  const r = sub(z, mulD(LN2, k));
  const p = expSmall(r);
  // 2^k in two steps, so that k near ±1024 does not overflow the power itself.
  const k1 = k >> 1;
  const s1 = 2 ** k1;
  const s2 = 2 ** (k - k1);
  return dd(p.hi * s1 * s2, p.lo * s1 * s2);
}

/** log(x) for finite x > 0 as a double-double. */
export function logDD(x: number): DD {
  if (x < 1e-300 || x > 1e300) {
    // Far from 1: log(m) + e·log 2 with m = x·2^−e in [0.5, 1) (keeps e^−y in range below).
    const e = Math.floor(Math.log2(x));
    const h = Math.trunc(-e / 2); // two exact steps: 2^1074 itself would overflow
    return add(logDD(x * 2 ** h * 2 ** (-e - h)), mulD(LN2, e));
  }
  if (x > 0.7 && x < 1.45) {
    // 2·atanh(s) with s = (x−1)/(x+1): x−1 is exact here, x+1 exact as a double-double.
    const s = div(dd(x - 1), twoSum(x, 1));
    return mulD(mul(s, horner(tables().atanh, mul(s, s))), 2);
  }
  // One Newton step from libm's value: y + (x·e^−y − 1).
  const y = Math.log(x);
  const t = sub(mulD(expDD(dd(-y)), x), ONE);
  return add(dd(y), t);
}

/** [sin, cos] of the reduced argument r (|r| ≤ π/4). */
function sinCosSmall(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  const t = tables();
  return [mul(horner(t.sin, r2), r), horner(t.cos, r2)];
}

/** [sin x, cos x] as double-doubles, or null where the reduction is not exact enough (|x| ≥ 2^20). */
export function sinCosDD(x: number): [DD, DD] | null {
  if (!(Math.abs(x) < 1048576)) return null;
  const k = Math.round(x / PIO2[0]);
  let r = dd(x);
  if (k !== 0) {
    r = sub(r, twoProd(k, PIO2[0]));
    r = sub(r, twoProd(k, PIO2[1]));
    r = sub(r, dd(k * PIO2[2]));
  }
  const [s, c] = sinCosSmall(r);
  switch (k & 3) {
    case 0:
      return [s, c];
    case 1:
      return [c, neg(s)];
    case 2:
      return [neg(s), neg(c)];
    default:
      return [neg(c), s];
  }
}

/** Correctly rounded sin. */
export function sin(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Math.sin(x);
  const sc = sinCosDD(x);
  return sc === null ? Math.sin(x) : sc[0].hi + sc[0].lo;
}

/** Correctly rounded cos. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return Math.cos(x);
  const sc = sinCosDD(x);
  return sc === null ? Math.cos(x) : sc[1].hi + sc[1].lo;
}

/** Correctly rounded tan. */
export function tan(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Math.tan(x);
  const sc = sinCosDD(x);
  if (sc === null) return Math.tan(x);
  const t = div(sc[0], sc[1]);
  return t.hi + t.lo;
}

/** Correctly rounded exp. */
export function exp(x: number): number {
  if (!Number.isFinite(x)) return Math.exp(x);
  const e = expDD(dd(x));
  return e.hi + e.lo;
}

/** Correctly rounded 2**x. */
export function exp2(x: number): number {
  if (!Number.isFinite(x)) return 2 ** x;
  if (Number.isInteger(x)) return 2 ** x;
  const e = expDD(mulD(LN2, x));
  return e.hi + e.lo;
}

/** Correctly rounded natural log (NaN below 0, −inf at 0, as C). */
export function log(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  const l = logDD(x);
  return l.hi + l.lo;
}

/** Correctly rounded log2. */
export function log2(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log2(x);
  const l = mul(logDD(x), INV_LN2);
  return l.hi + l.lo;
}

// glibc's constants (0x3FDBCB7B1526E50E, 0x3D59FEF311F12B36, 0x3FD34413509F6000).
const IVLN10 = Math.LOG10E;
const LOG10_2LO = 3.694239077158931e-13;
const LOG10_2HI = 0.30102999566361177;

/** log10 as glibc computes it (e_log10.c: from log, in two parts), on the correctly rounded log. */
export function log10(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log10(x);
  f64[0] = x;
  let k = 0;
  if (u32[1] < 0x00100000) {
    k -= 54;
    f64[0] = x * 18014398509481984; // 2^54: subnormals scaled up
  }
  const hx = u32[1];
  k += (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  u32[1] = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(f64[0]);
  return z + y * LOG10_2HI;
}

/** atan2 by one Newton step on y·cos z − x·sin z = 0 from libm's value. */
export function atan2(y: number, x: number): number {
  const z0 = Math.atan2(y, x);
  if (!Number.isFinite(y) || !Number.isFinite(x) || y === 0 || x === 0 || Number.isNaN(z0)) return z0;
  if (Math.abs(z0) < 2 ** -500) return z0;
  let sy = y;
  let sx = x;
  const m = Math.max(Math.abs(x), Math.abs(y));
  if (m > 2 ** 500 || m < 2 ** -500) {
    // A power of two both parts share: exact, and never 2^±1074 (which overflows to 0 or inf).
    const scale = m > 1 ? 2 ** -600 : 2 ** 600;
    sy = y * scale;
    sx = x * scale;
  }
  const sc = sinCosDD(z0);
  if (sc === null) return z0;
  const [s, c] = sc;
  const num = sub(mulD(c, sy), mulD(s, sx));
  const den = sx * (c.hi + c.lo) + sy * (s.hi + s.lo);
  const r = twoSum(z0, (num.hi + num.lo) / den);
  return r.hi + r.lo;
}

/** Correctly rounded atan. */
export function atan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Math.atan(x);
  return atan2(x, 1);
}

/** asin by one Newton step on sin z = x. */
export function asin(x: number): number {
  const z0 = Math.asin(x);
  if (Number.isNaN(z0) || x === 0 || Math.abs(x) < 2 ** -26) return z0;
  const sc = sinCosDD(z0);
  if (sc === null) return z0;
  const [s, c] = sc;
  const d = sub(dd(x), s);
  const r = twoSum(z0, (d.hi + d.lo) / (c.hi + c.lo));
  return r.hi + r.lo;
}

/** acos by one Newton step on cos z = x. */
export function acos(x: number): number {
  const z0 = Math.acos(x);
  if (Number.isNaN(z0) || z0 === 0) return z0;
  const sc = sinCosDD(z0);
  if (sc === null) return z0;
  const [s, c] = sc;
  const d = sub(c, dd(x));
  const r = twoSum(z0, (d.hi + d.lo) / (s.hi + s.lo));
  return r.hi + r.lo;
}

/** cosh as glibc computes it (e_cosh.c), on the correctly rounded exp. */
export function cosh(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return a;
  if (a < 22) {
    if (a < 0.3465735902799726) {
      if (a < 2 ** -55) return 1;
      const t = Math.expm1(a);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < 709.782712893384) return 0.5 * exp(a);
  const w = exp(0.5 * a);
  return 0.5 * w * w;
}

/** sinh as glibc computes it (e_sinh.c), on the correctly rounded exp. */
export function sinh(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  if (a < 22) {
    if (a < 2 ** -28) return x;
    const t = Math.expm1(a);
    if (a < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (a < 709.782712893384) return h * exp(a);
  const w = exp(0.5 * a);
  return h * w * w;
}

const LN2_DOUBLE = Math.LN2;

/** asinh by fdlibm's (and glibc's) formulas, with the correctly rounded log above. */
export function asinh(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(x) || a < 2 ** -28) return x;
  let w: number;
  if (a > 2 ** 28) w = log(a) + LN2_DOUBLE;
  else if (a > 2) w = log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** acosh by fdlibm's (and glibc's) formulas, with the correctly rounded log above. */
export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return Number.NaN;
  if (x >= 2 ** 28) return Number.isFinite(x) ? log(x) + LN2_DOUBLE : x;
  if (x === 1) return 0;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}
