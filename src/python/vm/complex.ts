// A minimal `complex` so that programs with complex literals compile and run: the object
// (32 bytes: header, cval.real, cval.imag, as CPython's PyComplexObject), repr, hash and
// equality. No arithmetic yet: `1.0 + 5j` raises TypeError (see docs/design/deviations.md).

import type { Ptr } from '../../heap/index.js';
import { CompareOp, DEFAULT_PY_SLOTS, type ObjectSpace } from '../../objects/index.js';
import type { Native } from './native.js';

const REAL = 16;
const IMAG = 24;
const COMPLEX_SIZE = 32;

const types = new WeakMap<ObjectSpace, Ptr>();

// complex_repr: '5j', '(1+5j)', '(-0-1j)'; components printed as repr(float) without '.0'.
function part(n: Native, x: number): string {
  const f = n.float(x);
  const r = n.repr(f);
  n.space.rt.decref(f);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** The complex type of a space (made on first use). */
function complexType(n: Native): Ptr {
  const space = n.space;
  let t = types.get(space);
  if (t !== undefined) return t;
  const rt = space.rt;
  const get = (op: Ptr): [number, number] => [rt.mem.f64[(op + REAL) >>> 3], rt.mem.f64[(op + IMAG) >>> 3]];
  t = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'complex',
    basicsize: COMPLEX_SIZE,
    dealloc: (op) => rt.objectFree(op),
    repr: (op) => {
      const [re, im] = get(op);
      if (re === 0 && !Object.is(re, -0)) return `${part(n, im)}j`;
      const sign = im < 0 || Object.is(im, -0) || Number.isNaN(im) ? '' : '+';
      return `(${part(n, re)}${sign}${part(n, im)}j)`;
    },
    hash: (op) => {
      const [re, im] = get(op);
      const hf = (x: number) => {
        const f = n.float(x);
        try {
          return n.hash(f);
        } finally {
          rt.decref(f);
        }
      };
      // complex_hash: hash(real) + 1000003 * hash(imag), wrapped to a signed 64-bit word.
      let h = BigInt.asIntN(64, BigInt(hf(re)) + 1000003n * BigInt(hf(im)));
      if (h === -1n) h = -2n;
      return Number(h);
    },
    richcompare: (a, b, op) => {
      if ((op !== CompareOp.EQ && op !== CompareOp.NE) || rt.typeObject(b) !== types.get(space))
        return space.newRef(space.notImplemented);
      const [ar, ai] = get(a);
      const [br, bi] = get(b);
      const eq = ar === br && ai === bi;
      return space.newRef((op === CompareOp.EQ) === eq ? space.true : space.false);
    },
  });
  types.set(space, t);
  return t;
}

/** PyComplex_FromDoubles: a new complex number. */
export function complexFromDoubles(n: Native, real: number, imag: number): Ptr {
  const space = n.space;
  const op = space.rt.objectNew(complexType(n), COMPLEX_SIZE);
  space.rt.mem.f64[(op + REAL) >>> 3] = real;
  space.rt.mem.f64[(op + IMAG) >>> 3] = imag;
  return op;
}
