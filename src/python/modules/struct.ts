// `_struct_float`: IEEE 754 packing of floats for the struct module — binary16 ('e'),
// binary32 ('f') and binary64 ('d') — rounded as CPython's PyFloat_Pack2/4/8 round.
//
// A finite value too large for 'e', or for 'f' in the standard byte orders, raises
// OverflowError; a native 'f' becomes infinity, as a C cast makes it.

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { STRUCT_PY } from './struct-py.js';
import { runWithTpNameHook } from './tpname.js';

/** The binary16 bits of x, rounded half to even (OverflowError past 65504 after rounding). */
function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00 | sign;
  const a = Math.abs(x);
  if (a === Number.POSITIVE_INFINITY) return 0x7c00 | sign;
  if (a === 0) return sign;
  // a = m · 2^e with 1 ≤ m < 2.
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let exponent: number;
  let scaled: number; // the significand in units of the last place (10 bits)
  if (e >= 16) throw new PyErr('OverflowError', 'float too large to pack with e format');
  if (e < -25) {
    exponent = 0;
    scaled = 0;
  } else if (e < -14) {
    exponent = 0;
    scaled = a * 2 ** 24; // subnormal: units of 2^-24
  } else {
    exponent = e + 15;
    scaled = (a / 2 ** e - 1) * 1024;
  }
  let bits = Math.floor(scaled);
  const rest = scaled - bits;
  if (rest > 0.5 || (rest === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      exponent++;
      if (exponent === 31) throw new PyErr('OverflowError', 'float too large to pack with e format');
    }
  }
  return sign | (exponent << 10) | bits;
}

/** The float a binary16 pattern holds. */
function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0x1f) return fraction === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** Fills the `_struct_float` module: pack(value, code, little, native) and unpack(data, code, little). */
export function initStructFloatModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, 'pack', (_s, a, k) => {
    argCount('pack', a, k, 4, 4);
    const x = n.floatValue(a[0]);
    const code = n.jsStr(a[1]);
    const little = interp.truthy(a[2]);
    const native = interp.truthy(a[3]);
    const out = new Uint8Array(code === 'e' ? 2 : code === 'f' ? 4 : 8);
    const view = new DataView(out.buffer);
    if (code === 'e') view.setUint16(0, halfBits(x), little);
    else if (code === 'f') {
      const y = Math.fround(x);
      if (!native && !Number.isFinite(y) && Number.isFinite(x))
        throw new PyErr('OverflowError', 'float too large to pack with f format');
      view.setFloat32(0, y, little);
    } else view.setFloat64(0, x, little);
    return n.bytes(out);
  });
  interp.defNative(dict, 'unpack', (_s, a, k) => {
    argCount('unpack', a, k, 3, 3);
    const data = n.bytesValue(a[0]);
    const code = n.jsStr(a[1]);
    const little = interp.truthy(a[2]);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (code === 'e') return n.float(halfValue(view.getUint16(0, little)));
    if (code === 'f') return n.float(view.getFloat32(0, little));
    return n.float(view.getFloat64(0, little));
  });
}

/** Fills the `struct` module (Python, over `_struct_float`). */
export function initStructModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen struct>');
  runWithTpNameHook(interp, STRUCT_PY, '<frozen struct>', dict);
}
