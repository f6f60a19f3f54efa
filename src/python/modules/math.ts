// The `math` module: float functions on JS doubles with CPython's error rules (math_1,
// math_2, loghelper), integer functions in math-int.ts, fsum and hypot in math-sum.ts.
// https://docs.python.org/3.11/library/math.html

import type { Ptr } from '../../heap/index.js';
import { PyErr, powCorrect } from '../../objects/index.js';
import { argCount, parseArgs } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import * as DD from './math-dd.js';
import * as G from './math-gamma.js';
import { initMathIntFunctions } from './math-int.js';
import { initMathSumFunctions } from './math-sum.js';
import { bitLength, frexp, ldexp, newInt, toDouble } from './numconv.js';

const domainError = () => new PyErr('ValueError', 'math domain error');
const rangeError = () => new PyErr('OverflowError', 'math range error');

/** math_1: f(x) with a NaN from a non-NaN an error, and an infinity from a finite x an overflow (or a domain error). */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    throw canOverflow ? rangeError() : domainError();
  }
  return r;
}

// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython's math.cbrt calls: a
// polynomial guess on the mantissa, one rational correction, then the exponent's third;
// its last bit differs from Math.cbrt's (cbrt(27) is 3.0000000000000004).
const CBRT_FACTOR = [
  1.0 / 1.5874010519681996,
  1.0 / 1.2599210498948732,
  1.0,
  1.2599210498948732,
  1.5874010519681996,
];
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  let u = 0.7849323449766392 - 0.14526389938548637 * xm;
  u = -1.8346927748361308 + u * xm;
  u = 2.4469312256353444 + u * xm;
  u = -2.114994941673713 + u * xm;
  u = 1.508191937815849 + u * xm;
  u = 0.35489576504391984 + u * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** m_remainder: IEEE 754 remainder, as CPython computes it. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return Number.NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return Number.NaN;
  return x;
}

/** math.pow's special cases (C99 Annex F), then libm for finite operands. */
function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (y === 0) return 1;
  let r: number;
  if (x > 0) r = powCorrect(x, y);
  else if (x < 0 && Number.isInteger(y)) {
    r = powCorrect(-x, y);
    if (Math.abs(y) % 2 === 1) r = -r;
  } else r = x ** y;
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

/** Fills the math module. */
export function initMathModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const def = (name: string, f: (args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => f(a, k));
  const put = (name: string, v: Ptr) => {
    n.dictSet(dict, n.intern(name), v);
    interp.decref(v);
  };
  put('pi', n.float(Math.PI));
  put('e', n.float(Math.E));
  put('tau', n.float(2 * Math.PI));
  put('inf', n.float(Number.POSITIVE_INFINITY));
  put('nan', n.float(Number.NaN));
  const dbl = (op: Ptr) => toDouble(interp, op);

  // One-argument functions (METH_O: "math.sqrt() takes exactly one argument").
  const unary: [string, (x: number) => number, boolean][] = [
    ['sqrt', Math.sqrt, false],
    ['exp', DD.exp, true],
    ['exp2', DD.exp2, true],
    ['expm1', Math.expm1, true],
    ['sin', DD.sin, false],
    ['cos', DD.cos, false],
    ['tan', DD.tan, false],
    ['asin', DD.asin, false],
    ['acos', DD.acos, false],
    ['atan', DD.atan, false],
    ['sinh', DD.sinh, true],
    ['cosh', DD.cosh, true],
    ['tanh', Math.tanh, false],
    ['asinh', DD.asinh, false],
    ['acosh', DD.acosh, false],
    ['atanh', Math.atanh, false],
    ['log1p', Math.log1p, false],
    ['cbrt', cbrt, false],
    ['fabs', Math.abs, false],
    ['erf', G.erf, false],
    ['erfc', G.erfc, false],
  ];
  for (const [name, f, canOverflow] of unary) {
    def(name, (a, k) => {
      argCount(`math.${name}`, a, k, 1, 1);
      return n.float(math1(dbl(a[0]), f, canOverflow));
    });
  }
  for (const [name, f] of [
    ['gamma', G.gamma],
    ['lgamma', G.lgamma],
  ] as const) {
    def(name, (a, k) => {
      argCount(`math.${name}`, a, k, 1, 1);
      const r = f(dbl(a[0]));
      if (r === 'domain') throw domainError();
      if (r === 'range') throw rangeError();
      return n.float(r);
    });
  }
  const binary = (name: string, f: (x: number, y: number) => number) =>
    def(name, (a, k) => {
      argCount(`math.${name}`, a, k, 2, 2);
      return n.float(f(dbl(a[0]), dbl(a[1])));
    });
  binary('atan2', DD.atan2);
  binary('pow', pow);
  binary('copysign', (x, y) =>
    y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBit(y)) ? -Math.abs(x) : Math.abs(x),
  );
  binary('fmod', (x, y) => {
    if (!Number.isFinite(x) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    if (y === 0 && !Number.isNaN(x)) throw domainError();
    return x % y;
  });
  binary('remainder', (x, y) => {
    const r = remainder(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    return r;
  });
  binary('nextafter', nextafter);
  def('ulp', (a, k) => {
    argCount('math.ulp', a, k, 1, 1);
    const x = Math.abs(dbl(a[0]));
    if (Number.isNaN(x) || !Number.isFinite(x)) return n.float(x);
    const x2 = nextafter(x, Number.POSITIVE_INFINITY);
    return n.float(Number.isFinite(x2) ? x2 - x : x - nextafter(x, 0));
  });
  def('degrees', (a, k) => {
    argCount('math.degrees', a, k, 1, 1);
    return n.float(dbl(a[0]) * (180 / Math.PI));
  });
  def('radians', (a, k) => {
    argCount('math.radians', a, k, 1, 1);
    return n.float(dbl(a[0]) * (Math.PI / 180));
  });

  // Logarithms: ints of any size (loghelper), the 2-argument form.
  const logHelper = (op: Ptr, f: (x: number) => number): number => {
    if (n.isInt(op)) {
      const v = n.intBig(op);
      if (v <= 0n) throw domainError();
      const x = Number(v);
      if (Number.isFinite(x)) return f(x);
      const bits = bitLength(v);
      const shift = bits - 64;
      let top = v >> BigInt(shift);
      if (top << BigInt(shift) !== v) top |= 1n; // sticky bit: one correct rounding to 53 bits
      const [m, e] = frexp(Number(top));
      return f(m) + f(2) * (e + shift);
    }
    const x = dbl(op);
    if (Number.isFinite(x)) {
      if (x > 0) return f(x);
      throw domainError();
    }
    if (Number.isNaN(x) || x > 0) return x;
    throw domainError();
  };
  def('log', (a, k) => {
    if (k !== null && k.length > 0) throw new PyErr('TypeError', 'log() takes no keyword arguments');
    if (a.length < 1 || a.length > 2) throw new PyErr('TypeError', 'math.log requires 1 to 2 arguments');
    const num = logHelper(a[0], DD.log);
    if (a.length === 1) return n.float(num);
    const den = logHelper(a[1], DD.log);
    if (den === 0) throw new PyErr('ZeroDivisionError', 'float division by zero');
    return n.float(num / den);
  });
  def('log2', (a, k) => {
    argCount('math.log2', a, k, 1, 1);
    return n.float(logHelper(a[0], DD.log2));
  });
  def('log10', (a, k) => {
    argCount('math.log10', a, k, 1, 1);
    return n.float(logHelper(a[0], DD.log10));
  });

  // Rounding to ints: __floor__ / __ceil__ / __trunc__ of classes, else through a float.
  const toInt = (x: number): Ptr => {
    if (Number.isNaN(x)) throw new PyErr('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new PyErr('OverflowError', 'cannot convert float infinity to integer');
    return newInt(interp, Number.isSafeInteger(x) ? x : BigInt(x));
  };
  const rounding = (name: string, dunder: string, f: (x: number) => number) =>
    def(name, (a, k) => {
      argCount(`math.${name}`, a, k, 1, 1);
      const x = a[0];
      if (n.isInt(x)) return n.isExactInt(x) ? interp.ref(x) : n.bigint(n.intBig(x));
      if (n.isFloat(x)) return toInt(f(n.floatValue(x)));
      if (interp.classes.has(interp.space.rt.typeObject(x))) {
        const r = interp.callSpecial(x, dunder, []);
        if (r !== 0) return r;
      }
      if (name === 'trunc')
        throw new PyErr('TypeError', `type ${interp.space.typeName(x)} doesn't define __trunc__ method`);
      return toInt(f(dbl(x)));
    });
  rounding('floor', '__floor__', Math.floor);
  rounding('ceil', '__ceil__', Math.ceil);
  rounding('trunc', '__trunc__', Math.trunc);

  def('modf', (a, k) => {
    argCount('math.modf', a, k, 1, 1);
    const x = dbl(a[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return n.tuple([n.float(x), n.float(x)]);
      return n.tuple([n.float(x > 0 ? 0 : -0), n.float(x)]);
    }
    const i = Math.trunc(x);
    const f = x - i;
    const sign = x < 0 || Object.is(x, -0) ? -1 : 1;
    return n.tuple([n.float(f === 0 ? sign * 0 : f), n.float(i === 0 ? sign * 0 : i)]);
  });
  def('frexp', (a, k) => {
    argCount('math.frexp', a, k, 1, 1);
    const [m, e] = frexp(dbl(a[0]));
    return n.tuple([n.float(m), n.int(e)]);
  });
  def('ldexp', (a, k) => {
    argCount('ldexp', a, k, 2, 2);
    const x = dbl(a[0]);
    if (!n.isInt(a[1])) throw new PyErr('TypeError', 'Expected an int as second argument to ldexp.');
    const eb = n.intBig(a[1]);
    const e = eb > 100000n ? 100000 : eb < -100000n ? -100000 : Number(eb);
    const r = ldexp(x, e);
    if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
    return n.float(r);
  });

  const classify = (name: string, f: (x: number) => boolean) =>
    def(name, (a, k) => {
      argCount(`math.${name}`, a, k, 1, 1);
      return interp.bool(f(dbl(a[0])));
    });
  classify('isfinite', Number.isFinite);
  classify('isnan', Number.isNaN);
  classify('isinf', (x) => x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY);
  def('isclose', (a, k) => {
    const [pa, pb, pr, pt] = parseArgs(interp, 'isclose', a, k, ['a', 'b', '*rel_tol', '*abs_tol'], 2);
    const x = dbl(pa);
    const y = dbl(pb);
    const relTol = pr === 0 ? 1e-9 : dbl(pr);
    const absTol = pt === 0 ? 0 : dbl(pt);
    if (relTol < 0 || absTol < 0) throw new PyErr('ValueError', 'tolerances must be non-negative');
    if (x === y) return interp.bool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return interp.bool(false);
    const diff = Math.abs(y - x);
    return interp.bool(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
  });
  initMathIntFunctions(interp, dict);
  initMathSumFunctions(interp, dict);
}

function signBit(x: number): boolean {
  const f = new Float64Array([x]);
  return new Uint32Array(f.buffer)[1] >>> 31 === 1;
}

/** C nextafter(). */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  if (y > x === x > 0) b[0] += 1n;
  else b[0] -= 1n;
  return f[0];
}
