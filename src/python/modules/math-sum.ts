// math.fsum (Shewchuk's exact partials, as CPython's msum) and math.hypot / math.dist
// (CPython 3.11's vector_norm: extended-precision sum of squares, one correction step).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { frexp, ldexp, toDouble } from './numconv.js';

/** math.fsum over JS doubles: the correctly rounded sum, CPython's errors for overflow and inf - inf. */
export function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const xsave of values) {
    let x = xsave;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new PyErr('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new PyErr('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-even rounding across partials (sum([1e-16, 1, 1e16]) rounds up).
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

const T27 = 134217729; // 2**27 + 1: Dekker's split
const DBL_MIN = 2.2250738585072014e-308;

/** vector_norm of CPython 3.11: the Euclidean norm of `vec` (absolute values; `max` their maximum). */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Number.POSITIVE_INFINITY) return max;
  if (foundNan) return Number.NaN;
  if (max === 0 || vec.length <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    return (
      DBL_MIN *
      vectorNorm(
        vec.map((v) => v / DBL_MIN),
        max / DBL_MIN,
        foundNan,
      )
    );
  }
  const scale = ldexp(1, -maxE);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  let x: number;
  let t: number;
  let hi: number;
  let lo: number;
  let old: number;
  for (const v of vec) {
    x = v * scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    old = csum;
    csum += x;
    frac1 += old - csum + x;
    x = 2 * hi * lo;
    old = csum;
    csum += x;
    frac2 += old - csum + x;
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  old = csum;
  csum += x;
  frac1 += old - csum + x;
  x = -2 * hi * lo;
  old = csum;
  csum += x;
  frac2 += old - csum + x;
  x = -lo * lo;
  old = csum;
  csum += x;
  frac3 += old - csum + x;
  x = csum - 1 + (frac1 + frac2 + frac3);
  return (h + x / (2 * h)) / scale;
}

/** Adds fsum, hypot and dist to the math module's dict. */
export function initMathSumFunctions(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, 'fsum', (_s, a, k) => {
    argCount('math.fsum', a, k, 1, 1);
    const it = interp.iter(a[0]);
    const values: number[] = [];
    try {
      for (;;) {
        const x = interp.next(it);
        if (x === NULL) break;
        try {
          values.push(toDouble(interp, x));
        } finally {
          interp.decref(x);
        }
      }
    } finally {
      interp.decref(it);
    }
    return n.float(fsum(values));
  });
  const norm = (xs: number[]) => {
    let max = 0;
    let nan = false;
    const vec = xs.map((x) => {
      const v = Math.abs(x);
      if (Number.isNaN(v)) nan = true;
      else if (v > max) max = v;
      return v;
    });
    return vectorNorm(vec, max, nan);
  };
  interp.defNative(dict, 'hypot', (_s, a, k) => {
    if (k !== null && k.length > 0) throw new PyErr('TypeError', 'hypot() takes no keyword arguments');
    return n.float(norm(a.map((x) => toDouble(interp, x))));
  });
  interp.defNative(dict, 'dist', (_s, a, k) => {
    argCount('dist', a, k, 2, 2);
    const [p, q] = a.map((x) => {
      if (n.isTuple(x) || n.isList(x))
        return (n.isTuple(x) ? n.tupleItems(x) : n.listItems(x)).map((v) => toDouble(interp, v));
      const items = interp.iterToArray(x);
      try {
        return items.map((v) => toDouble(interp, v));
      } finally {
        for (const i of items) interp.decref(i);
      }
    });
    if (p.length !== q.length)
      throw new PyErr('ValueError', 'both points must have the same number of dimensions');
    return n.float(norm(p.map((x, i) => x - q[i])));
  });
}
