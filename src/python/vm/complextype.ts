// complex's constructor, attributes and methods in the interpreter (complex_new, real, imag,
// conjugate, __complex__, __abs__); the arithmetic is in src/objects/complex.ts.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, parseArgs } from './args.js';
import type { Interpreter } from './interp.js';

/** Installs complex() and complex's attributes and methods. */
export function installComplexType(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const C = space.complexes.type;
  const value = (op: Ptr) => O.complex_value(space, op);

  // A real number as PyNumber_Float sees it (floats, ints, __float__, __index__).
  const isNumber = (x: Ptr): boolean => {
    if (n.isInt(x) || n.isFloat(x) || O.complex_check(space, x)) return true;
    const t = space.rt.typeObject(x);
    return (
      interp.classes.has(t) &&
      (interp.typeLookup(t, n.intern('__float__')) !== NULL ||
        interp.typeLookup(t, n.intern('__index__')) !== NULL)
    );
  };
  const toDouble = (x: Ptr): number => {
    // Exact floats and ints directly; a subclass's own __float__ goes through float().
    const t = space.rt.typeObject(x);
    if (t === space.floats.type) return n.floatValue(x);
    if (t === space.ints.type) return O.long_toDouble(space, x);
    const f = interp.callType(interp.ref(space.floats.type), [interp.ref(x)], null);
    try {
      return n.floatValue(f);
    } finally {
      interp.decref(f);
    }
  };
  // try_complex_special_method: x.__complex__(), which must return a complex.
  const special = (x: Ptr): Ptr => {
    if (!interp.classes.has(space.rt.typeObject(x))) return NULL;
    const r = interp.callSpecial(x, '__complex__', []);
    if (r !== NULL && !O.complex_check(space, r)) {
      const tn = space.typeName(r);
      interp.decref(r);
      throw new PyErr('TypeError', `__complex__ returned non-complex (type ${tn})`);
    }
    return r;
  };

  interp.constructors.set(C, (_t, args, kw) => {
    const [r0, i] = parseArgs(interp, 'complex', args, kw, ['real', 'imag'], 0);
    if (r0 === NULL && i === NULL) return n.complex(0, 0);
    let r = r0 === NULL ? NULL : r0;
    if (r !== NULL && space.rt.typeObject(r) === C && i === NULL) return interp.ref(r);
    if (r !== NULL && n.isStr(r)) {
      if (i !== NULL) throw new PyErr('TypeError', "complex() can't take second arg if first is a string");
      const [re, im] = O.complex_parse(n.jsStr(r));
      return n.complex(re, im);
    }
    if (i !== NULL && n.isStr(i)) throw new PyErr('TypeError', "complex() second arg can't be a string");
    const owned = r === NULL ? NULL : special(r);
    if (owned !== NULL) r = owned;
    try {
      if (r !== NULL && !isNumber(r)) {
        throw new PyErr(
          'TypeError',
          `complex() first argument must be a string or a number, not '${space.typeName(r)}'`,
        );
      }
      if (i !== NULL && !isNumber(i)) {
        throw new PyErr(
          'TypeError',
          `complex() second argument must be a number, not '${space.typeName(i)}'`,
        );
      }
      const cr =
        r === NULL
          ? { real: 0, imag: 0 }
          : O.complex_check(space, r)
            ? value(r)
            : { real: toDouble(r), imag: 0 };
      const ci =
        i === NULL
          ? { real: cr.imag, imag: 0 }
          : O.complex_check(space, i)
            ? value(i)
            : { real: toDouble(i), imag: 0 };
      let real = cr.real;
      let imag = ci.real;
      if (i !== NULL && O.complex_check(space, i)) real -= ci.imag;
      if (r !== NULL && O.complex_check(space, r) && i !== NULL) imag += cr.imag;
      return n.complex(real, imag);
    } finally {
      if (owned !== NULL) interp.decref(owned);
    }
  });
  interp.nativeGetters.set(
    C,
    new Map([
      ['real', (self: Ptr) => n.float(value(self).real)],
      ['imag', (self: Ptr) => n.float(value(self).imag)],
    ]),
  );
  interp.defMethod(C, 'conjugate', (self, a, k) => {
    argCount('complex.conjugate', a, k, 0, 0);
    const c = value(self);
    return n.complex(c.real, -c.imag);
  });
  interp.defMethod(C, '__complex__', (self, a, k) => {
    argCount('__complex__', a, k, 0, 0);
    return space.rt.typeObject(self) === C ? interp.ref(self) : n.complex(value(self).real, value(self).imag);
  });
  interp.defMethod(C, '__abs__', (self, a, k) => {
    argCount('__abs__', a, k, 0, 0);
    return n.float(O.complex_abs(space, self));
  });
}
