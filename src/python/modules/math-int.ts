// math's integer functions on BigInts: gcd, lcm, factorial, comb, perm, isqrt, prod.
// https://docs.python.org/3.11/library/math.html#number-theoretic-and-representation-functions

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { bitLength, newInt, toBigIndex } from './numconv.js';

const abs = (v: bigint) => (v < 0n ? -v : v);

/** gcd of two BigInts (non-negative). */
export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  // Small operands on doubles, as long as they are exact.
  while (b !== 0n) {
    if (a < 0x20000000000000n && b < 0x20000000000000n) {
      let x = Number(a);
      let y = Number(b);
      while (y !== 0) [x, y] = [y, x % y];
      return BigInt(x);
    }
    [a, b] = [b, a % b];
  }
  return a;
}

/** Product of the integers lo+1 … hi by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const count = hi - lo;
  if (count <= 0n) return 1n;
  if (count <= 16n) {
    let p = 1n;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** isqrt on a non-negative BigInt: Newton's method from an overestimate. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 0x20000000000000n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Adds gcd, lcm, factorial, comb, perm, isqrt and prod to the math module's dict. */
export function initMathIntFunctions(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  const def = (name: string, f: (args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => f(a, k));
  const idx = (op: Ptr) => toBigIndex(interp, op);
  const noKw = (name: string, k: Ptr[] | null) => {
    if (k !== null && k.length > 0) throw new PyErr('TypeError', `math.${name}() takes no keyword arguments`);
  };

  def('gcd', (a, k) => {
    noKw('gcd', k);
    let g = 0n;
    for (const x of a) g = gcd(g, idx(x));
    return newInt(interp, g);
  });
  def('lcm', (a, k) => {
    noKw('lcm', k);
    let l = 1n;
    const vals = a.map(idx);
    for (const v of vals) {
      if (v === 0n) return n.int(0);
      l = abs((l / gcd(l, v)) * v);
    }
    return newInt(interp, l);
  });
  def('factorial', (a, k) => {
    argCount('math.factorial', a, k, 1, 1);
    const v = idx(a[0]);
    if (v < 0n) throw new PyErr('ValueError', 'factorial() not defined for negative values');
    if (v > 0x7fffffffffffffffn)
      throw new PyErr('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
    return newInt(interp, rangeProduct(1n, v));
  });
  const nk = (a: Ptr[]): [bigint, bigint] => {
    const nv = idx(a[0]);
    const kv = idx(a[1]);
    if (nv < 0n) throw new PyErr('ValueError', 'n must be a non-negative integer');
    if (kv < 0n) throw new PyErr('ValueError', 'k must be a non-negative integer');
    return [nv, kv];
  };
  def('comb', (a, k) => {
    argCount('comb', a, k, 2, 2);
    const [nv, kv0] = nk(a);
    if (kv0 > nv) return n.int(0);
    let kv = kv0;
    if (nv - kv0 < kv) kv = nv - kv0; // the smaller of k and n - k
    return newInt(interp, rangeProduct(nv - kv, nv) / rangeProduct(1n, kv));
  });
  def('perm', (a, k) => {
    argCount('perm', a, k, 1, 2);
    if (a.length === 1 || a[1] === interp.none) {
      const nv = idx(a[0]);
      if (nv < 0n) throw new PyErr('ValueError', 'n must be a non-negative integer');
      return newInt(interp, rangeProduct(1n, nv));
    }
    const [nv, kv] = nk(a);
    if (kv > nv) return n.int(0);
    return newInt(interp, rangeProduct(nv - kv, nv));
  });
  def('isqrt', (a, k) => {
    argCount('math.isqrt', a, k, 1, 1);
    const v = idx(a[0]);
    if (v < 0n) throw new PyErr('ValueError', 'isqrt() argument must be nonnegative');
    return newInt(interp, isqrt(v));
  });
  def('prod', (a, k) => {
    const nkw = k?.length ?? 0;
    const npos = a.length - nkw;
    if (npos !== 1)
      throw new PyErr('TypeError', `prod() takes exactly 1 positional argument (${npos} given)`);
    let start = NULL;
    for (let i = 0; i < nkw; i++) {
      const name = n.jsStr((k as Ptr[])[i]);
      if (name !== 'start')
        throw new PyErr('TypeError', `prod() got an unexpected keyword argument '${name}'`);
      start = a[npos + i];
    }
    let acc = start === NULL ? n.int(1) : interp.ref(start);
    const it = interp.iter(a[0]);
    try {
      for (;;) {
        const x = interp.next(it);
        if (x === NULL) break;
        try {
          const r = interp.binary(acc, x, 5);
          interp.decref(acc);
          acc = r;
        } finally {
          interp.decref(x);
        }
      }
    } catch (e) {
      interp.decref(acc);
      throw e;
    } finally {
      interp.decref(it);
    }
    return acc;
  });
}
