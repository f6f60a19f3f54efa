// The methods and attributes of int and float that the number protocol does not give:
// int.to_bytes / from_bytes / bit_count / as_integer_ratio, float.as_integer_ratio / hex /
// fromhex, and the numbers-ABC attributes (real, imag, numerator, denominator, conjugate).
// https://docs.python.org/3.11/library/stdtypes.html#additional-methods-on-integer-types

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, badArgumentName, parseArgs, wrapperArgs } from './args.js';
import type { NativeImpl } from './calls.js';
import type { Interpreter } from './interp.js';

/** Installs int's and float's extra methods and attributes. */
export function installNumberMethods(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const INT = space.ints.type;
  const FLOAT = space.floats.type;
  const big = (op: Ptr) => n.intBig(op);
  // An int result of exactly int type (a bool's real part is an int).
  const asInt = (op: Ptr) => (space.rt.typeObject(op) === INT ? interp.ref(op) : n.bigint(big(op)));
  const method = (t: Ptr, name: string, f: (self: Ptr, args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defMethod(t, name, f);
  const classMethod = (t: Ptr, name: string, f: (cls: Ptr, args: Ptr[], kw: Ptr[] | null) => Ptr) => {
    let m = interp.nativeClassMethods.get(t);
    if (m === undefined) {
      m = new Map();
      interp.nativeClassMethods.set(t, m);
    }
    m.set(name, f);
  };
  const byteorderOf = (op: Ptr): 'little' | 'big' => {
    if (op === NULL) return 'big';
    if (!n.isStr(op))
      throw new PyErr(
        'TypeError',
        `to_bytes() argument 'byteorder' must be str, not ${badArgumentName(interp, op)}`,
      );
    const s = n.jsStr(op);
    if (s !== 'little' && s !== 'big')
      throw new PyErr('ValueError', "byteorder must be either 'little' or 'big'");
    return s;
  };

  // int.to_bytes(length=1, byteorder='big', *, signed=False)
  method(INT, 'to_bytes', (self, a, k) => {
    const [len, order, signed] = parseArgs(interp, 'to_bytes', a, k, ['length', 'byteorder', '*signed'], 0);
    const length = len === NULL ? 1 : interp.toIndex(len);
    if (length < 0) throw new PyErr('ValueError', 'length argument must be non-negative');
    const little = byteorderOf(order) === 'little';
    const isSigned = signed !== NULL && interp.truthy(signed);
    // int_to_bytes_impl makes the bytes object before converting: too long is a MemoryError.
    if (length + 33 > interp.space.rt.mem.capacity) interp.space.rt.noMemory(length + 33);
    let v = big(self);
    if (v < 0n && !isSigned) throw new PyErr('OverflowError', "can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    const fits = isSigned ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
    if (length === 0 ? v !== 0n : !fits) throw new PyErr('OverflowError', 'int too big to convert');
    if (v < 0n) v += 1n << bits;
    return n.bytes(bigToBytes(v, length, little));
  });
  // int.from_bytes(bytes, byteorder='big', *, signed=False)
  classMethod(INT, 'from_bytes', (cls, a, k) => {
    const [src, order, signed] = parseArgs(interp, 'from_bytes', a, k, ['bytes', 'byteorder', '*signed'], 1);
    const little = byteorderOf(order) === 'little';
    let bytes: Uint8Array;
    const buf = interp.bufferBytes(src);
    if (buf !== null) bytes = buf;
    else if (n.isStr(src)) throw new PyErr('TypeError', "cannot convert 'str' object to bytes");
    else {
      const items = interp.iterToArray(src);
      try {
        bytes = Uint8Array.from(items, (x) => {
          const v = interp.toIndex(x);
          if (v < 0 || v > 255) throw new PyErr('ValueError', 'bytes must be in range(0, 256)');
          return v;
        });
      } finally {
        for (const x of items) interp.decref(x);
      }
    }
    let v = bytesToBig(bytes, little);
    if (
      signed !== NULL &&
      interp.truthy(signed) &&
      bytes.length > 0 &&
      v >= 1n << BigInt(bytes.length * 8 - 1)
    )
      v -= 1n << BigInt(bytes.length * 8);
    const r = n.bigint(v);
    if (cls === INT) return r;
    return interp.callType(interp.ref(cls), [r], null);
  });
  method(INT, 'bit_count', (self, a, k) => {
    argCount('int.bit_count', a, k, 0, 0);
    let v = big(self);
    if (v < 0n) v = -v;
    let c = 0;
    for (; v > 0n; v &= v - 1n) c++;
    return n.int(c);
  });
  method(INT, 'as_integer_ratio', (self, a, k) => {
    argCount('int.as_integer_ratio', a, k, 0, 0);
    return n.tuple([asInt(self), n.int(1)]);
  });
  method(INT, 'conjugate', (self, a, k) => {
    argCount('int.conjugate', a, k, 0, 0);
    return asInt(self);
  });
  for (const [name, f] of [
    ['__abs__', (v: bigint) => (v < 0n ? -v : v)],
    ['__neg__', (v: bigint) => -v],
    ['__pos__', (v: bigint) => v],
    ['__invert__', (v: bigint) => -v - 1n],
    ['__trunc__', (v: bigint) => v],
    ['__floor__', (v: bigint) => v],
    ['__ceil__', (v: bigint) => v],
  ] as const) {
    method(INT, name, (self, a, k) => {
      if (name === '__trunc__' || name === '__floor__' || name === '__ceil__')
        argCount(`int.${name}`, a, k, 0, 0);
      else wrapperArgs(name, a, k, 0);
      return n.bigint(f(big(self)));
    });
  }
  // The number protocol as methods: int.__add__(x) and friends, NotImplemented for foreign operands.
  const names = [
    'add',
    'and',
    'floordiv',
    'lshift',
    'matmul',
    'mul',
    'mod',
    'or',
    'pow',
    'rshift',
    'sub',
    'truediv',
    'xor',
  ];
  const BITWISE = ['and', 'lshift', 'or', 'rshift', 'xor'];
  for (const t of [INT, FLOAT]) {
    // int's slots take ints only; float's take floats and ints.
    const ours = (x: Ptr) => n.isInt(x) || (t === FLOAT && n.isFloat(x));
    names.forEach((name, op) => {
      // float has no bitwise operators (nor has anything @).
      if (name === 'matmul' || (t === FLOAT && BITWISE.includes(name))) return;
      if (name === 'pow') {
        // long_pow / float_pow with the wrapper's optional modulus (wrap_ternaryfunc and
        // wrap_ternaryfunc_r, which swap the first two operands).
        const pow = (base: Ptr, exp: Ptr, mod: Ptr | undefined): Ptr => {
          if (!ours(base) || !ours(exp)) return interp.ref(space.notImplemented);
          if (mod === undefined || mod === space.none) return n.binary(base, exp, op);
          if (t === FLOAT)
            throw new PyErr('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
          return n.isInt(mod) ? interp.powMod(base, exp, mod) : interp.ref(space.notImplemented);
        };
        method(t, '__pow__', (self, a) => pow(self, a[0], a[1]));
        method(t, '__rpow__', (self, a) => pow(a[0], self, a[1]));
        return;
      }
      method(t, `__${name}__`, (self, a, k) => {
        wrapperArgs(`__${name}__`, a, k, 1);
        return ours(a[0]) ? n.binary(self, a[0], op) : interp.ref(space.notImplemented);
      });
      method(t, `__r${name}__`, (self, a, k) => {
        wrapperArgs(`__r${name}__`, a, k, 1);
        return ours(a[0]) ? n.binary(a[0], self, op) : interp.ref(space.notImplemented);
      });
    });
    if (t === INT) {
      // bool's nb_and / nb_or / nb_xor: two bools give a bool, anything else int's answer.
      const BOOL = space.boolType;
      const isBool = (x: Ptr) => space.rt.typeObject(x) === BOOL;
      for (const name of ['and', 'or', 'xor']) {
        const op = names.indexOf(name);
        for (const dunder of [`__${name}__`, `__r${name}__`]) {
          const forInt = interp.nativeMethods.get(INT)?.get(dunder) as NativeImpl;
          method(BOOL, dunder, (self, a, k) => {
            wrapperArgs(dunder, a, k, 1);
            return isBool(a[0]) ? interp.binary(self, a[0], op) : forInt(self, a, k);
          });
        }
      }
    }
    ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
      method(t, name, (self, a, k) => {
        wrapperArgs(name, a, k, 1);
        const cmp = space.slots(t).richcompare;
        return cmp === null ? interp.ref(space.notImplemented) : cmp(self, a[0], op);
      });
    });
    method(t, '__round__', (self, a, k) => {
      argCount(`${t === INT ? 'int' : 'float'}.__round__`, a, k, 0, 1);
      return interp.round(
        self,
        a.length === 0 || a[0] === space.none ? null : interp.roundDigits(self, a[0]),
      );
    });
    method(t, '__bool__', (self, a, k) => {
      wrapperArgs('__bool__', a, k, 0);
      return interp.bool(interp.truthy(self));
    });
  }
  const intGetters = new Map<string, (self: Ptr) => Ptr>([
    ['real', asInt],
    ['imag', () => n.int(0)],
    ['numerator', asInt],
    ['denominator', () => n.int(1)],
  ]);
  const old = interp.nativeGetters.get(INT);
  if (old) for (const [k, v] of old) intGetters.set(k, v);
  interp.nativeGetters.set(INT, intGetters);

  // float
  method(FLOAT, 'as_integer_ratio', (self, a, k) => {
    argCount('float.as_integer_ratio', a, k, 0, 0);
    const x = n.floatValue(self);
    if (Number.isNaN(x)) throw new PyErr('ValueError', 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw new PyErr('OverflowError', 'cannot convert Infinity to integer ratio');
    const [num, den] = floatRatio(x);
    return n.tuple([n.bigint(num), n.bigint(den)]);
  });
  method(FLOAT, 'conjugate', (self, a, k) => {
    argCount('float.conjugate', a, k, 0, 0);
    return n.float(n.floatValue(self));
  });
  method(FLOAT, 'hex', (self, a, k) => {
    argCount('float.hex', a, k, 0, 0);
    return n.str(floatHex(n.floatValue(self)));
  });
  classMethod(FLOAT, 'fromhex', (cls, a, k) => {
    argCount('float.fromhex', a, k, 1, 1);
    if (!n.isStr(a[0])) throw new PyErr('TypeError', `bad argument type for built-in operation`);
    const r = n.float(floatFromHex(n.jsStr(a[0])));
    if (cls === FLOAT) return r;
    return interp.callType(interp.ref(cls), [r], null);
  });
  // float.__getformat__(typestr): how C doubles and floats are stored (IEEE, little-endian here).
  classMethod(FLOAT, '__getformat__', (_cls, a, k) => {
    if (k !== null && k.length > 0)
      throw new PyErr('TypeError', 'float.__getformat__() takes no keyword arguments');
    if (a.length !== 1)
      throw new PyErr('TypeError', `float.__getformat__() takes exactly one argument (${a.length} given)`);
    if (!n.isStr(a[0]))
      throw new PyErr('TypeError', `__getformat__() argument must be str, not ${space.typeName(a[0])}`);
    const which = n.jsStr(a[0]);
    if (which !== 'double' && which !== 'float')
      throw new PyErr('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
    return n.str('IEEE, little-endian');
  });
  const floatGetters = new Map<string, (self: Ptr) => Ptr>([
    ['real', (self: Ptr) => n.float(n.floatValue(self))],
    ['imag', () => n.float(0)],
  ]);
  const oldF = interp.nativeGetters.get(FLOAT);
  if (oldF) for (const [k, v] of oldF) floatGetters.set(k, v);
  interp.nativeGetters.set(FLOAT, floatGetters);
}

// float.as_integer_ratio: the exact fraction, in lowest terms with a positive denominator.
function floatRatio(x: number): [bigint, bigint] {
  if (x === 0) return [0n, 1n];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  while (mant % 2n === 0n && exp < 0) {
    mant /= 2n;
    exp++;
  }
  if (x < 0) mant = -mant;
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

// float.hex: `[-]0x1.<13 hex digits>p<exp>`, `0x0.0p+0`, `inf`, `nan`.
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const expBits = Number(bits >> 52n);
  const mant = bits & ((1n << 52n) - 1n);
  const lead = expBits === 0 ? '0' : '1';
  const exp = expBits === 0 ? -1022 : expBits - 1023;
  return `${sign}0x${lead}.${mant.toString(16).padStart(13, '0')}p${exp >= 0 ? '+' : ''}${exp}`;
}

// float.fromhex: the exact value of a hexadecimal float string (rounded once, to nearest even).
function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special)
    return (special[1] === '-' ? -1 : 1) * (special[2] === 'nan' ? Number.NaN : Number.POSITIVE_INFINITY);
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (m === null || (m[2] === '' && (m[3] ?? '') === ''))
    throw new PyErr('ValueError', 'invalid hexadecimal floating-point string');
  const digits = `${m[2]}${m[3] ?? ''}`;
  let exp = Number(m[4] ?? '0') - 4 * (m[3] ?? '').length;
  let mant = BigInt(`0x${digits || '0'}`);
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  // Normalise to 53 significant bits (or fewer for subnormals), rounding half to even.
  let bitsLen = mant.toString(2).length;
  const minExp = -1074;
  const shift = Math.max(bitsLen - 53, minExp - exp);
  // Far below the smallest subnormal: zero (no rounding up can reach it).
  if (shift > bitsLen + 1) return m[1] === '-' ? -0 : 0;
  if (shift > 0) {
    const half = 1n << BigInt(shift - 1);
    const rest = mant & ((1n << BigInt(shift)) - 1n);
    mant >>= BigInt(shift);
    if (rest > half || (rest === half && (mant & 1n) === 1n)) mant += 1n;
    exp += shift;
    bitsLen = mant.toString(2).length;
  }
  const value = Number(mant) * 2 ** exp;
  if (!Number.isFinite(value) || bitsLen + exp > 1024)
    throw new PyErr('OverflowError', 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -value : value;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The unsigned value of `bytes` (big- or little-endian), through one hex string: linear, where shifting a BigInt byte by byte is quadratic. */
function bytesToBig(bytes: Uint8Array, little: boolean): bigint {
  if (bytes.length === 0) return 0n;
  const parts = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = HEX_BYTE[bytes[little ? bytes.length - 1 - i : i]];
  return BigInt(`0x${parts.join('')}`);
}

/** The `length` low bytes of the non-negative `v` (which fits), big- or little-endian, through one hex string. */
function bigToBytes(v: bigint, length: number, little: boolean): Uint8Array {
  const out = new Uint8Array(length);
  if (length === 0) return out;
  const hex = v.toString(16).padStart(length * 2, '0');
  for (let i = 0; i < length; i++) {
    const b = Number.parseInt(hex.substr(i * 2, 2), 16);
    out[little ? length - 1 - i : i] = b;
  }
  return out;
}
