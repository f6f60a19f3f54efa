// Argument conversions shared by the numeric modules (math, random): PyFloat_AsDouble and
// PyNumber_Index with CPython's error messages, and the IEEE-754 bit tricks C gets from libm.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';

/** PyLong_AsDouble on a BigInt: correctly rounded, OverflowError past the float range. */
export function bigToDouble(v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new PyErr('OverflowError', 'int too large to convert to float');
  return x;
}

/** PyFloat_AsDouble: a float, an int, or an object with __float__ or __index__ ("must be real number"). */
export function toDouble(interp: Interpreter, op: Ptr): number {
  const n = interp.n;
  if (n.isFloat(op)) return n.floatValue(op);
  if (n.isInt(op)) {
    const s = n.intSafe(op);
    return Number.isNaN(s) ? bigToDouble(n.intBig(op)) : s;
  }
  if (interp.classes.has(interp.space.rt.typeObject(op))) {
    const f = interp.callSpecial(op, '__float__', []);
    if (f !== NULL) {
      try {
        if (!n.isFloat(f))
          throw new PyErr(
            'TypeError',
            `${interp.space.typeName(op)}.__float__ returned non-float (type ${interp.space.typeName(f)})`,
          );
        return n.floatValue(f);
      } finally {
        interp.decref(f);
      }
    }
    const i = interp.callSpecial(op, '__index__', []);
    if (i !== NULL) {
      try {
        return bigToDouble(indexResult(interp, i));
      } finally {
        interp.decref(i);
      }
    }
  }
  throw new PyErr('TypeError', `must be real number, not ${interp.space.typeName(op)}`);
}

function indexResult(interp: Interpreter, r: Ptr): bigint {
  if (!interp.n.isInt(r))
    throw new PyErr('TypeError', `__index__ returned non-int (type ${interp.space.typeName(r)})`);
  return interp.n.intBig(r);
}

/** PyNumber_Index as a BigInt: ints and objects with __index__. */
export function toBigIndex(interp: Interpreter, op: Ptr): bigint {
  const n = interp.n;
  if (n.isInt(op)) return n.intBig(op);
  const type = interp.space.rt.typeObject(op);
  if (interp.classes.has(type) || type === interp.space.weakrefs.proxy) {
    // (A weak proxy's index is its referent's: indexValue unwraps it.)
    const i = interp.classes.has(type) ? interp.callSpecial(op, '__index__', []) : interp.indexValue(op);
    if (i !== NULL) {
      try {
        return indexResult(interp, i);
      } finally {
        interp.decref(i);
      }
    }
  }
  throw new PyErr('TypeError', `'${interp.space.typeName(op)}' object cannot be interpreted as an integer`);
}

/** An int object for a BigInt or a safe JS integer. */
export function newInt(interp: Interpreter, v: bigint | number): Ptr {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? interp.n.int(v) : interp.n.bigint(BigInt(v));
  return interp.n.bigint(v);
}

/** Number of bits in |v| (int.bit_length()). */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  // Hex digits give the length within 4 bits; the top digit finishes it.
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0], 16)));
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** C frexp(): [m, e] with x = m·2^e and 0.5 ≤ |m| < 1 (x itself for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let exp = (u32[1] >>> 20) & 0x7ff;
  let shift = 0;
  if (exp === 0) {
    // Subnormal: scale into the normal range first.
    f64[0] = x * 2 ** 64;
    exp = (u32[1] >>> 20) & 0x7ff;
    shift = 64;
  }
  const e = exp - 1022 - shift;
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], e];
}

/** C ldexp(): x·2^e with one rounding (subnormal results included). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const E = me + e;
  if (E > 1024) return m > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (E <= -1075) return m > 0 ? 0 : -0;
  if (E === 1024) return m * 2 * 2 ** 1023;
  return m * 2 ** E;
}
