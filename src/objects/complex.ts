// complex: two IEEE doubles in the heap (Objects/complexobject.c). 3.11 keeps no free list.
//
// PyComplexObject (32 bytes, not GC):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ cval.real: float64             │
//   +24  │ cval.imag: float64             │
//        └────────────────────────────────┘

import { TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { float_asDouble, float_check, float_fromDouble, float_operand } from './float.js';
import { float_powDouble } from './floatarith.js';
import { float_repr } from './floatrepr.js';
import { foldHashBig, hashDoubleExact } from './hashing.js';
import { long_check } from './int.js';
import { newBool, richCompare } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { CompareOp, DEFAULT_PY_SLOTS, pointerHash } from './typeslots.js';

/** Offset of cval.real. */
export const COMPLEX_REAL = 16;
/** Offset of cval.imag. */
export const COMPLEX_IMAG = 24;
/** sizeof(PyComplexObject). */
export const COMPLEX_SIZE = 32;
/** _PyHASH_IMAG: the multiplier of the imaginary part's hash. */
const HASH_IMAG = 1000003n;

/** A Py_complex value. */
export interface Complex {
  real: number;
  imag: number;
}

/** The complex type of one space. */
export interface ComplexState {
  /** `complex`. */
  type: Ptr;
}

/** Makes the `complex` type. */
export function initComplex(space: ObjectSpace): ComplexState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'complex',
    flags: TPFLAGS_BASETYPE,
    basicsize: COMPLEX_SIZE,
    dealloc: (op) => rt.objectFree(op),
    hash: (op) => foldHashBig(complex_hashExact(space, op)),
    repr: (op) => complex_repr(complex_value(space, op)),
    bool: (op) => {
      const c = complex_value(space, op);
      return c.real !== 0 || c.imag !== 0;
    },
    richcompare: (a, b, op) => complex_richcompare(space, a, b, op),
  });
  return { type };
}

/** PyComplex_FromDoubles: a new complex. */
export function complex_fromDoubles(space: ObjectSpace, real: number, imag: number): Ptr {
  const rt = space.rt;
  const op = rt.objectNew(space.complexes.type, COMPLEX_SIZE);
  rt.mem.f64[(op + COMPLEX_REAL) >>> 3] = real;
  rt.mem.f64[(op + COMPLEX_IMAG) >>> 3] = imag;
  return op;
}

/** PyComplex_Check. */
export function complex_check(space: ObjectSpace, op: Ptr): boolean {
  const t = space.rt.typeObject(op);
  if (t === space.complexes.type) return true;
  // Only a class (a heap type) can derive from it: static types are rejected at once.
  const slots = space.slots(t);
  return (slots.flags & TPFLAGS_HEAPTYPE) !== 0 && space.isSubtypeOf(slots.base, space.complexes.type);
}

/** The Py_complex value of a complex object. */
export function complex_value(space: ObjectSpace, op: Ptr): Complex {
  const f64 = space.rt.mem.f64;
  return { real: f64[(op + COMPLEX_REAL) >>> 3], imag: f64[(op + COMPLEX_IMAG) >>> 3] };
}

/** TO_COMPLEX: a complex, float or int operand as a Py_complex; null for anything else. */
export function complex_operand(space: ObjectSpace, op: Ptr): Complex | null {
  if (complex_check(space, op)) return complex_value(space, op);
  const x = float_operand(space, op);
  return x === null ? null : { real: x, imag: 0 };
}

/** complex_hash: hash(real) + 1000003·hash(imag) in 64-bit arithmetic, −1 mapped to −2. */
export function complex_hashExact(space: ObjectSpace, op: Ptr): bigint {
  const c = complex_value(space, op);
  const part = (x: number): bigint => (Number.isNaN(x) ? BigInt(pointerHash(op)) : hashDouble(x));
  const h = BigInt.asIntN(64, part(c.real) + HASH_IMAG * part(c.imag));
  return h === -1n ? -2n : h;
}

// _Py_HashDouble for finite and infinite values.
function hashDouble(x: number): bigint {
  if (x === Number.POSITIVE_INFINITY) return 314159n;
  if (x === Number.NEGATIVE_INFINITY) return -314159n;
  return hashDoubleExact(x);
}

// PyOS_double_to_string(x, 'r', 0, flags): repr digits without the ".0" float adds.
function partRepr(x: number, sign: boolean): string {
  let s = float_repr(x);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  if (sign && !s.startsWith('-')) s = `+${s}`;
  return s;
}

/** complex_repr: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. */
export function complex_repr(c: Complex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return `${partRepr(c.imag, false)}j`;
  return `(${partRepr(c.real, false)}${partRepr(c.imag, true)}j)`;
}

// complex_richcompare: only == and !=; ints compare through a float when imag is 0.
function complex_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return space.newRef(space.notImplemented);
  const i = complex_value(space, a);
  let equal: boolean;
  if (long_check(space, b)) {
    if (i.imag !== 0) return newBool(space, op === CompareOp.NE);
    const j = float_fromDouble(space, i.real);
    try {
      return richCompare(space, j, b, op);
    } finally {
      space.rt.decref(j);
    }
  }
  if (float_check(space, b)) equal = i.real === float_asDouble(space, b) && i.imag === 0;
  else if (complex_check(space, b)) {
    const j = complex_value(space, b);
    equal = i.real === j.real && i.imag === j.imag;
  } else return space.newRef(space.notImplemented);
  return newBool(space, equal === (op === CompareOp.EQ));
}

// ── arithmetic (_Py_c_sum, _Py_c_diff, _Py_c_prod, _Py_c_quot, _Py_c_pow) ──────

/** _Py_c_prod. */
export function c_prod(a: Complex, b: Complex): Complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** _Py_c_quot (Smith's algorithm); null where C sets errno = EDOM (division by zero). */
export function c_quot(a: Complex, b: Complex): Complex | null {
  const absBreal = Math.abs(b.real);
  const absBimag = Math.abs(b.imag);
  if (absBreal >= absBimag) {
    if (absBreal === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBimag >= absBreal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: Number.NaN, imag: Number.NaN };
}

// libm pow for the modulus (float_powDouble is correctly rounded; it raises where C sets errno).
function pow(x: number, y: number): number {
  try {
    return float_powDouble(x, y);
  } catch {
    return x ** y;
  }
}

// _Py_c_pow; null for EDOM (0 to a negative or complex power).
function c_pow(a: Complex, b: Complex): Complex | null {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return null;
    return { real: 0, imag: 0 };
  }
  const vabs = Math.hypot(a.real, a.imag);
  let len = pow(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  return { real: len * Math.cos(phase), imag: len * Math.sin(phase) };
}

// c_powu / c_powi: repeated squaring for small integer exponents.
function c_powi(x: Complex, n: number): Complex | null {
  const powu = (m: number): Complex => {
    let r: Complex = { real: 1, imag: 0 };
    let p = x;
    for (let mask = 1; mask > 0 && m >= mask; mask *= 2) {
      if (m & mask) r = c_prod(r, p);
      p = c_prod(p, p);
    }
    return r;
  };
  return n > 0 ? powu(n) : c_quot({ real: 1, imag: 0 }, powu(-n));
}

/** complex_pow: `a ** b` for complex (or mixed) operands; ValueError for a third argument. */
export function complex_power(space: ObjectSpace, a: Complex, b: Complex, mod: boolean): Ptr {
  if (mod) raise('ValueError', 'complex modulo');
  const small = b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100;
  const p = small ? c_powi(a, b.real) : c_pow(a, b);
  if (p === null) raise('ZeroDivisionError', '0.0 to a negative or complex power');
  if (!Number.isFinite(p.real) && !Number.isNaN(p.real)) raise('OverflowError', 'complex exponentiation');
  if (!Number.isFinite(p.imag) && !Number.isNaN(p.imag)) raise('OverflowError', 'complex exponentiation');
  return complex_fromDoubles(space, p.real, p.imag);
}

/**
 * The number protocol of complex: `op` numbered as the interpreter's binary operators
 * (0 +, 5 *, 8 **, 10 -, 11 /); NotImplemented for other operators or operands.
 */
export function complex_binary(space: ObjectSpace, a: Ptr, b: Ptr, op: number): Ptr {
  const x = complex_operand(space, a);
  const y = x === null ? null : complex_operand(space, b);
  if (x === null || y === null) return space.newRef(space.notImplemented);
  switch (op) {
    case 0:
      return complex_fromDoubles(space, x.real + y.real, x.imag + y.imag);
    case 10:
      return complex_fromDoubles(space, x.real - y.real, x.imag - y.imag);
    case 5: {
      const p = c_prod(x, y);
      return complex_fromDoubles(space, p.real, p.imag);
    }
    case 11: {
      const q = c_quot(x, y);
      if (q === null) raise('ZeroDivisionError', 'complex division by zero');
      return complex_fromDoubles(space, q.real, q.imag);
    }
    case 8:
      return complex_power(space, x, y, false);
  }
  return space.newRef(space.notImplemented);
}

/** complex_neg. */
export function complex_neg(space: ObjectSpace, op: Ptr): Ptr {
  const c = complex_value(space, op);
  return complex_fromDoubles(space, -c.real, -c.imag);
}

/** complex_abs: hypot(real, imag); OverflowError when finite parts give an infinite modulus. */
export function complex_abs(space: ObjectSpace, op: Ptr): number {
  const { real, imag } = complex_value(space, op);
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    if (Math.abs(real) === Number.POSITIVE_INFINITY || Math.abs(imag) === Number.POSITIVE_INFINITY)
      return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  const r = hypot(real, imag);
  if (!Number.isFinite(r)) raise('OverflowError', 'absolute value too large');
  return r;
}

// Dekker's exact product: a·b = hi + lo.
function twoProd(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (v: number): [number, number] => {
    const c = 134217729 * v;
    const h = c - (c - v);
    return [h, v - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [hi, ah * bh - hi + ah * bl + al * bh + al * bl];
}

/** √(x² + y²) rounded as C's hypot rounds it (a double-double sum, one correction step). */
function hypot(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (a < b) [a, b] = [b, a];
  if (b === 0) return a;
  let scale = 1;
  if (a > 2 ** 500) {
    a *= 2 ** -600;
    b *= 2 ** -600;
    scale = 2 ** 600;
  } else if (b < 2 ** -500) {
    a *= 2 ** 600;
    b *= 2 ** 600;
    scale = 2 ** -600;
  }
  const [ah, al] = twoProd(a, a);
  const [bh, bl] = twoProd(b, b);
  const sum = ah + bh;
  const lo = ah - sum + bh + al + bl;
  const hi = sum + lo;
  const rest = lo - (hi - sum);
  const r = Math.sqrt(hi);
  const [rh, rl] = twoProd(r, r);
  return (r + (hi - rh - rl + rest) / (2 * r)) * scale;
}
