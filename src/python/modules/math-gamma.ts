// math.gamma and math.lgamma as CPython 3.11 computes them (mathmodule.c m_tgamma, m_lgamma:
// Lanczos' approximation with g = 6.0247, N = 13, and a reflection through m_sinpi), and
// erf / erfc in double-double (glibc's are within an ulp; these round a 106-bit result).

import { powCorrect } from '../../objects/index.js';
import type { DD as Double } from './math-dd.js';
import * as DD from './math-dd.js';

const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
// x·(x+1)·…·(x+11) expanded.
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0,
];
const LOGPI = 1.1447298858494002;

/** Γ(n) for n = 1 … 23, exact. */
const GAMMA_INTEGRAL: number[] = [1];
for (let i = 1; i < 23; i++) GAMMA_INTEGRAL.push(GAMMA_INTEGRAL[i - 1] * i);

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(πx) with exact zeros at the integers (m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = DD.sin(Math.PI * y);
      break;
    case 1:
      r = DD.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = DD.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -DD.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = DD.sin(Math.PI * (y - 2));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** The outcome of gamma or lgamma: a value, or CPython's error (EDOM or ERANGE). */
export type GammaResult = number | 'domain' | 'range';

/** m_tgamma. */
export function gamma(x: number): GammaResult {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return 'domain';
  }
  if (x === 0) return 'domain';
  if (x === Math.floor(x)) {
    if (x < 0) return 'domain';
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    return Number.isFinite(r) ? r : 'range';
  }
  if (absx > 200) return x < 0 ? 0 / sinpi(x) : 'range';
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-Math.PI / sinpi(absx) / absx) * DD.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= powCorrect(y, absx - 0.5);
    else {
      const sqrtpow = powCorrect(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / DD.exp(y);
    r += z * r;
    if (absx < 140) r *= powCorrect(y, absx - 0.5);
    else {
      const sqrtpow = powCorrect(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return Number.isFinite(r) ? r : 'range';
}

/** m_lgamma. */
export function lgamma(x: number): GammaResult {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Number.POSITIVE_INFINITY;
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? 'domain' : 0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -DD.log(absx);
  let r = DD.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (DD.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - DD.log(Math.abs(sinpi(absx))) - DD.log(absx) - r;
  return Number.isFinite(r) ? r : 'range';
}

const TWO_OVER_SQRTPI = DD.dd(1.1283791670955126, 1.533545961316588e-17);
const INV_SQRTPI = DD.dd(0.5641895835477563, 7.66772980658294e-18);

// erf x = 2/√π · x·e^(−x²) · Σ 2^n x^2n / (1·3·…·(2n+1)): all terms positive.
let erfCoefficients: Float64Array | null = null;

function erfC(): Float64Array {
  if (erfCoefficients === null) {
    const terms: Double[] = [DD.dd(1)];
    for (let n = 1; n <= 90; n++) terms.push(DD.div(DD.mulD(terms[n - 1], 2), DD.dd(2 * n + 1)));
    erfCoefficients = DD.coefficients(terms.reverse());
  }
  return erfCoefficients;
}

/** erf(x) for |x| < 2.5 as a double-double. */
function erfSeries(x: number): Double {
  const x2 = DD.twoProd(x, x);
  const sum = DD.horner(erfC(), x2);
  return DD.mul(DD.mulD(DD.mul(sum, DD.expDD(DD.dd(-x2.hi, -x2.lo))), x), TWO_OVER_SQRTPI);
}

/**
 * erfc(x) for x ≥ 2.5 as a double-double: the continued fraction of CPython's
 * m_erfc_contfrac (b_k = 2k + 0.5 + x², a_k = k(k − 0.5)), evaluated from the bottom.
 */
function erfcContfrac(x: number): Double {
  const x2 = DD.twoProd(x, x);
  let t = DD.add(x2, DD.dd(2 * 100 + 0.5));
  for (let k = 100; k >= 1; k--) {
    t = DD.sub(DD.add(x2, DD.dd(2 * (k - 1) + 0.5)), DD.div(DD.dd(k * (k - 0.5)), t));
  }
  const e = DD.expDD(DD.dd(-x2.hi, -x2.lo));
  return DD.mul(DD.div(DD.mulD(e, x), t), INV_SQRTPI);
}

/** erf(x), correctly rounded but for pathological cases. */
export function erf(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const absx = Math.abs(x);
  if (absx < 2.5) {
    const r = erfSeries(x);
    return r.hi + r.lo;
  }
  if (absx >= 6) return x > 0 ? 1 : -1;
  const r = DD.sub(DD.dd(1), erfcContfrac(absx));
  return x > 0 ? r.hi + r.lo : -(r.hi + r.lo);
}

/** erfc(x), correctly rounded but for pathological cases. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x === Number.NEGATIVE_INFINITY) return 2;
  const absx = Math.abs(x);
  let r: Double;
  if (absx < 2.5) r = DD.sub(DD.dd(1), erfSeries(x));
  else if (x > 0) {
    if (x >= 27.3) return 0;
    r = erfcContfrac(x);
  } else r = DD.sub(DD.dd(2), erfcContfrac(absx));
  return r.hi + r.lo;
}
