// x ** y correctly rounded, fast: exp(y · ln x) in double-double arithmetic (about 104 bits)
// with Ziv's rounding test. CPython's float pow is libm's, correctly rounded in practice;
// JS's Math.pow is not, so pymm computes it itself. The exact ways (ratio.ts: BigInt
// fixed point) cost tens of microseconds a call; this one a few hundred nanoseconds, and
// hands back `null` — the caller then takes the exact way — when the result is too close
// to a rounding midpoint to be sure of (about once in 2^30 random cases), or when it would
// overflow, underflow or be subnormal.
//
// Error budget (relative): ln x ≤ 2^-102; t = y·ln x then has an absolute error ≤ |t|·2^-101
// ≤ 2^-91.5 for |t| < 710; exp's reduction and series add ≤ 2^-100. The test asks for a
// margin of 2^-85 · |result| between the result and the midpoint of its ulp.

import { exactPow, expFixed, FRAC_BITS, fixedToPair, lnFixed, precisePow } from './ratio.js';

// ── double-double primitives: results in R[0] (high) and R[1] (low) ──
// (A Float64Array, not two module variables: V8 boxes a double stored in a module
// variable, so each result would allocate.)

const R = new Float64Array(2);

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's split for Dekker's product

/** a + b = R[0] + R[1] exactly (Knuth's two-sum). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[1] = a - (s - bb) + (b - bb);
  R[0] = s;
}

/** a · b = R[0] + R[1] exactly (Dekker's product; |a|, |b| well below 2^996). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  R[0] = p;
}

/** (ah, al) + (bh, bl) → (R[0], R[1]), normalised. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = R[0];
  const sl = R[1] + al + bl;
  twoSum(sh, sl);
}

/** (ah, al) · (bh, bl) → (R[0], R[1]), normalised. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = R[0];
  const pl = R[1] + (ah * bl + al * bh);
  twoSum(ph, pl);
}

// ── tables, made on the first call from the exact BigInt routines ─────────────────────

// ln(i/128) for i = 90…182 (the points m is reduced to), exp(j/128) for j = −EXP_J…EXP_J
// (|r| ≤ ln2/2 + a little: |j| ≤ 45), and 1/n! for n ≤ 12.
const EXP_J = 46;
let lnTable: Float64Array | null = null;
let expTable: Float64Array | null = null;
const invFact = new Float64Array(26);
// ln 2 in three parts: LN2_1 has 40 significant bits, so k · LN2_1 is exact for |k| < 2^13.
// (In a Float64Array for the same reason as R.) LN2[0..1]: ln 2 as a double-double.
const LN2 = new Float64Array(5);
const LN2_HI = 0;
const LN2_LO = 1;
const LN2_1 = 2;
const LN2_2 = 3;
const LN2_3 = 4;

function makeTables(): void {
  const lt = new Float64Array(2 * 183);
  for (let i = 90; i <= 182; i++) {
    const [h, l] = fixedToPair(lnFixed(i / 128));
    lt[2 * i] = h;
    lt[2 * i + 1] = l;
  }
  const et = new Float64Array(2 * (2 * EXP_J + 1));
  const one = 1n << BigInt(FRAC_BITS);
  for (let j = -EXP_J; j <= EXP_J; j++) {
    const [h, l] = fixedToPair(expFixed((BigInt(j) * one) / 128n));
    et[2 * (j + EXP_J)] = h;
    et[2 * (j + EXP_J) + 1] = l;
  }
  let f = 1;
  for (let n = 0; n <= 12; n++) {
    if (n > 0) f *= n;
    // 1/n! as a double-double: the quotient, then the remainder of 1 − q·n! over n!.
    const q = 1 / f;
    twoProd(q, f);
    invFact[2 * n] = q;
    invFact[2 * n + 1] = (1 - R[0] - R[1]) / f;
  }
  const ln2 = lnFixed(2);
  const [h, l] = fixedToPair(ln2);
  LN2[LN2_HI] = h;
  LN2[LN2_LO] = l;
  LN2[LN2_1] = Math.round(h * 2 ** 40) / 2 ** 40;
  const [h2, l2] = fixedToPair(ln2 - BigInt(LN2[LN2_1] * 2 ** 40) * (1n << BigInt(FRAC_BITS - 40)));
  LN2[LN2_2] = h2;
  LN2[LN2_3] = l2;
  lnTable = lt;
  expTable = et;
}

// ── frexp ─────────────────────────────────────────────────────────────────────────────

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The binary exponent of a normal, non-zero double (floor(log2 |x|)). */
function exponentOf(x: number): number {
  f64[0] = x;
  return ((u32[HI_WORD] >>> 20) & 0x7ff) - 1023;
}

/**
 * x ** y for finite x > 0 and finite y, correctly rounded; null when undecided (close to a
 * midpoint) or outside the normal range, where the caller takes the exact way.
 */
export function fastPow(x: number, y: number): number | null {
  if (lnTable === null) makeTables();
  const lt = lnTable as Float64Array;
  const et = expTable as Float64Array;
  // x = m · 2^e with m in [√½, √2).
  f64[0] = x;
  let hw = u32[HI_WORD];
  let e = (hw >>> 20) & 0x7ff;
  if (e === 0) {
    f64[0] = x * 2 ** 54;
    hw = u32[HI_WORD];
    e = ((hw >>> 20) & 0x7ff) - 54;
  }
  e -= 1023;
  u32[HI_WORD] = (hw & 0x800fffff) | 0x3ff00000;
  let m = f64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // ln m = ln c + 2·atanh(s), c = i/128 the nearest table point, s = (m − c)/(m + c).
  const i = Math.round(m * 128);
  const c = i / 128;
  const num = m - c; // exact (Sterbenz)
  twoSum(m, c);
  const dh = R[0];
  const dl = R[1];
  const sh = num / dh;
  twoProd(sh, dh);
  const sl = (num - R[0] - R[1] - sh * dl) / dh;
  // atanh(s) = s + s·z·Q, z = s², Q = 1/3 + z/5 + z²/7 + …: the first two in double-double.
  ddMul(sh, sl, sh, sl);
  const zh = R[0];
  const zl = R[1];
  const tail = zh * zh * (1 / 7 + zh * (1 / 9 + zh * (1 / 11 + zh * (1 / 13))));
  // z/5 as a double-double: the quotient and its remainder.
  const q5 = zh / 5;
  twoProd(q5, 5);
  const q5l = (zh - R[0] - R[1] + zl) / 5;
  ddAdd(q5, q5l, tail, 0);
  ddAdd(0.3333333333333333, 1.850371707708594e-17, R[0], R[1]);
  const Qh = R[0];
  const Ql = R[1];
  ddMul(sh, sl, zh, zl);
  ddMul(R[0], R[1], Qh, Ql);
  ddAdd(sh, sl, R[0], R[1]);
  // ln x = e·ln2 + ln c + 2·atanh(s).
  const ah = 2 * R[0];
  const al = 2 * R[1];
  ddAdd(lt[2 * i], lt[2 * i + 1], ah, al);
  const rh = R[0];
  const rl = R[1];
  twoProd(e, LN2[LN2_HI]);
  ddAdd(R[0], R[1] + e * LN2[LN2_LO], rh, rl);
  // t = y · ln x.
  const lh = R[0];
  const ll = R[1];
  twoProd(y, lh);
  twoSum(R[0], R[1] + y * ll);
  const th = R[0];
  const tl = R[1];
  if (!(th < 709) || !(th > -708)) return null;
  // t = k·ln2 + r, |r| ≤ ln2/2 (+): r = t − k·(LN2_1 + LN2_2 + LN2_3).
  const k = Math.round(th / LN2[LN2_HI]);
  const a = th - k * LN2[LN2_1]; // exact
  twoProd(k, LN2[LN2_2]);
  ddAdd(a, tl - k * LN2[LN2_3], -R[0], -R[1]);
  // r = j/128 + r', |r'| ≤ 1/256 (+).
  const j = Math.round(R[0] * 128);
  ddAdd(R[0] - j / 128, 0, R[1], 0);
  const ph = R[0];
  const pl = R[1];
  // exp(r') = Σ r'^n/n!: the terms past n = 5 (< 2^-57) in double, then Horner over
  // n = 5 … 0 in double-double.
  const p2 = ph * ph;
  const expTail =
    p2 *
    p2 *
    p2 *
    (invFact[12] + ph * (invFact[14] + ph * (invFact[16] + ph * (invFact[18] + ph * invFact[20]))));
  let eh = invFact[10];
  let el = invFact[11];
  for (let n = 4; n >= 0; n--) {
    ddMul(eh, el, ph, pl);
    ddAdd(R[0], R[1], invFact[2 * n], invFact[2 * n + 1]);
    eh = R[0];
    el = R[1];
  }
  ddAdd(eh, el, expTail, 0);
  ddMul(R[0], R[1], et[2 * (j + EXP_J)], et[2 * (j + EXP_J) + 1]);
  // The result is (R[0] + R[1]) · 2^k; it must be a normal double.
  const rhi = R[0];
  const rlo = R[1];
  const ex = exponentOf(rhi) + k;
  if (ex < -1021 || ex > 1022) return null;
  // Ziv's test: the true value is within 2^-85·|result| of rhi + rlo; rhi is its rounding
  // unless that interval reaches the midpoint between rhi and a neighbour. Powers of two
  // (an unequal ulp below) are left to the exact way.
  f64[0] = rhi;
  if ((u32[HI_WORD] & 0xfffff) === 0 && u32[1 - HI_WORD] === 0) return null;
  const halfUlp = 2 ** (exponentOf(rhi) - 53);
  if (halfUlp - Math.abs(rlo) <= Math.abs(rhi) * 2 ** -85) return null;
  // Scaling by 2^k is exact in the normal range (split for |k| past 1023).
  const half = k >> 1;
  return rhi * 2 ** half * 2 ** (k - half);
}

/**
 * x ** y for finite x > 0 and finite y, correctly rounded (Infinity on overflow, 0 on
 * underflow): fastPow, else the exact way (BigInt) for what it leaves undecided.
 */
export function powCorrect(x: number, y: number): number {
  const r = fastPow(x, y);
  if (r !== null) return r;
  return Number.isInteger(y) && Math.abs(y) <= 256 ? exactPow(x, y) : precisePow(x, y);
}
