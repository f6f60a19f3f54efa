// bytearray in the interpreter: the constructor and the common methods (append, extend,
// pop, insert, remove, clear, copy, reverse, decode, hex, find, count, index, startswith,
// endswith); the storage and its growth are in src/objects/bytearray.ts.
// https://docs.python.org/3.11/library/stdtypes.html#bytearray-objects

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, parseArgs } from './args.js';
import { encodeText, isNativeEncoding } from './codecs.js';
import { PyException } from './exceptions.js';
import type { Interpreter } from './interp.js';
import { indexOfBytes } from './native-impl.js';

/** Installs bytearray() and bytearray's methods. */
export function installByteArrayType(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const BA = space.bytearrays.type;
  const data = (op: Ptr) => O.bytearray_toU8(space, op);
  const none = () => interp.newNone();
  // _getbytevalue: an int, or an object with __index__, in range(256).
  const byteValue = (x: Ptr): number => {
    const v = n.isInt(x) ? interp.toIndex(x) : interp.asIndex(x, 'OverflowError');
    if (v === undefined)
      throw new PyErr('TypeError', `'${space.typeName(x)}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw new PyErr('ValueError', 'byte must be in range(0, 256)');
    return v;
  };
  // The bytes of a bytes-like object, or of an iterable of ints.
  const bytesOf = (x: Ptr, what: string): Uint8Array => {
    if (n.isBytes(x)) return n.bytesValue(x);
    if (O.bytearray_check(space, x)) return data(x);
    if (n.isStr(x)) throw new PyErr('TypeError', what);
    const buf = interp.bufferBytes(x);
    if (buf !== null) return buf;
    const items = interp.iterToArray(x);
    try {
      return Uint8Array.from(items, byteValue);
    } finally {
      for (const v of items) interp.decref(v);
    }
  };
  const bytesLike = (x: Ptr): Uint8Array => {
    if (n.isBytes(x)) return n.bytesValue(x);
    if (O.bytearray_check(space, x)) return data(x);
    const buf = interp.bufferBytes(x);
    if (buf !== null) return buf;
    throw new PyErr('TypeError', `a bytes-like object is required, not '${space.typeName(x)}'`);
  };

  // bytearray_init: the contents of `ba` (emptied first) from the constructor's arguments.
  const fill = (ba: Ptr, a: Ptr[], k: Ptr[] | null): void => {
    const [src, encoding, errorsP] = parseArgs(
      interp,
      'bytearray',
      a,
      k,
      ['source', 'encoding', 'errors'],
      0,
    );
    if (O.bytearray_len(space, ba) !== 0) O.bytearray_resize(space, ba, 0);
    if (src === NULL) {
      if (encoding !== NULL) throw new PyErr('TypeError', 'encoding without a string argument');
      if (errorsP !== NULL) throw new PyErr('TypeError', 'errors without a string argument');
      return;
    }
    // bytearray_init: the contents go in through PyByteArray_Resize, from an empty array.
    if (n.isStr(src)) {
      if (encoding === NULL) throw new PyErr('TypeError', 'string argument without an encoding');
      const enc = interp.textArg('bytearray', encoding, 'encoding');
      const errors = errorsP === NULL ? 'strict' : interp.textArg('bytearray', errorsP, 'errors');
      if (isNativeEncoding(enc)) O.bytearray_assign(space, ba, encodeText(n.jsStr(src), enc, errors));
      else {
        const b = interp.registryCodec(src, enc, errors, true);
        O.bytearray_assign(space, ba, n.bytesValue(b).slice());
        interp.decref(b);
      }
    } else if (n.isInt(src)) {
      // PyNumber_AsSsize_t(arg, PyExc_OverflowError), then a resize that may not fit.
      const len = n.intSafe(src);
      if (Number.isNaN(len)) {
        const big = O.long_toBigInt(space, src);
        if (big >= 2n ** 63n || big < -(2n ** 63n))
          throw new PyErr('OverflowError', "cannot fit 'int' into an index-sized integer");
        if (big < 0n) throw new PyErr('ValueError', 'negative count');
        space.rt.noMemory(Number(big));
      }
      if (len < 0) throw new PyErr('ValueError', 'negative count');
      if (len > space.rt.mem.capacity) space.rt.noMemory(len);
      O.bytearray_assign(space, ba, new Uint8Array(len));
    } else {
      if (encoding !== NULL) throw new PyErr('TypeError', 'encoding without a string argument');
      if (errorsP !== NULL) throw new PyErr('TypeError', 'errors without a string argument');
      const t = space.rt.typeObject(src);
      if (
        n.isBytes(src) ||
        O.bytearray_check(space, src) ||
        t === space.memoryviews.type ||
        t === space.lists.type ||
        t === space.tuples.type
      ) {
        O.bytearray_assign(space, ba, bytesOf(src, 'cannot convert str to bytearray'));
      } else {
        // Any other iterable: appended byte by byte, growing as append grows it.
        for (const b of bytesOf(src, 'cannot convert str to bytearray')) O.bytearray_append(space, ba, b);
      }
    }
  };
  interp.constructors.set(BA, (_t, a, k) => {
    const ba = O.bytearray_fromU8(space, new Uint8Array(0));
    try {
      fill(ba, a, k);
      return ba;
    } catch (e) {
      interp.decref(ba);
      throw e;
    }
  });
  interp.defMethod(BA, '__init__', (self, a, k) => {
    fill(self, a, k);
    return interp.newNone();
  });
  const method = (name: string, f: (self: Ptr, a: Ptr[], k: Ptr[] | null) => Ptr) =>
    interp.defMethod(BA, name, f);
  method('append', (self, a, k) => {
    argCount('bytearray.append', a, k, 1, 1);
    O.bytearray_append(space, self, byteValue(a[0]));
    return none();
  });
  method('extend', (self, a, k) => {
    argCount('bytearray.extend', a, k, 1, 1);
    // bytearray_extend: a str is iterated (its first item is not an int); a non-iterable
    // gets its own message.
    const x = a[0];
    if (n.isStr(x) && O.str_len(space, x) > 0)
      throw new PyErr('TypeError', "'str' object cannot be interpreted as an integer");
    if (n.isStr(x)) return none();
    if (!n.isBytes(x) && !O.bytearray_check(space, x) && interp.bufferBytes(x) === null) {
      let it: Ptr;
      try {
        it = interp.iter(x);
      } catch (e) {
        const typeError =
          (e instanceof PyErr && e.excType === 'TypeError') ||
          (e instanceof PyException && interp.exceptionMatches(e.exc, interp.exc.type('TypeError')));
        if (!typeError) throw e;
        if (e instanceof PyException) interp.decref(e.exc);
        throw new PyErr('TypeError', `can't extend bytearray with ${space.typeName(x)}`);
      }
      try {
        O.bytearray_extend(space, self, bytesOf(it, ''));
      } finally {
        interp.decref(it);
      }
      return none();
    }
    O.bytearray_extend(space, self, bytesOf(x, ''));
    return none();
  });
  method('pop', (self, a, k) => {
    argCount('bytearray.pop', a, k, 0, 1);
    const len = O.bytearray_len(space, self);
    if (len === 0) throw new PyErr('IndexError', 'pop from empty bytearray');
    let i = a.length > 0 ? interp.toIndex(a[0]) : -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) throw new PyErr('IndexError', 'pop index out of range');
    const v = data(self)[i];
    O.bytearray_delRange(space, self, i, i + 1);
    return n.int(v);
  });
  method('insert', (self, a, k) => {
    argCount('bytearray.insert', a, k, 2, 2);
    const d = data(self);
    let i = interp.toIndex(a[0]);
    if (i < 0) i = Math.max(0, i + d.length);
    i = Math.min(i, d.length);
    const v = byteValue(a[1]);
    O.bytearray_resize(space, self, d.length + 1);
    const out = new Uint8Array(d.length + 1);
    out.set(d.subarray(0, i));
    out[i] = v;
    out.set(d.subarray(i), i + 1);
    O.bytearray_assign(space, self, out);
    return none();
  });
  method('remove', (self, a, k) => {
    argCount('bytearray.remove', a, k, 1, 1);
    const i = data(self).indexOf(byteValue(a[0]));
    if (i < 0) throw new PyErr('ValueError', 'value not found in bytearray');
    O.bytearray_delRange(space, self, i, i + 1);
    return none();
  });
  method('clear', (self, a, k) => {
    argCount('bytearray.clear', a, k, 0, 0);
    O.bytearray_resize(space, self, 0);
    return none();
  });
  // bytearray.__alloc__(): ob_alloc, the bytes allocated for the buffer (0 for an empty one).
  method('__alloc__', (self, a, k) => {
    argCount('bytearray.__alloc__', a, k, 0, 0);
    return n.int(space.rt.mem.u32[(self + O.BA.alloc) >>> 2]);
  });
  method('copy', (self, a, k) => {
    argCount('bytearray.copy', a, k, 0, 0);
    return O.bytearray_fromU8(space, data(self));
  });
  method('reverse', (self, a, k) => {
    argCount('bytearray.reverse', a, k, 0, 0);
    O.bytearray_assign(space, self, data(self).reverse());
    return none();
  });
  method('decode', (self, a, k) => {
    const [enc, errors] = parseArgs(interp, 'decode', a, k, ['encoding', 'errors'], 0);
    return n.str(interp.decodeArgs(self, enc, errors, 'decode'));
  });
  method('hex', (self, a, k) => {
    argCount('bytearray.hex', a, k, 0, 0);
    return n.str(Array.from(data(self), (b) => b.toString(16).padStart(2, '0')).join(''));
  });
  const search = (self: Ptr, a: Ptr[]): [Uint8Array, Uint8Array, number, number] => {
    const d = data(self);
    const sub = n.isInt(a[0]) ? Uint8Array.of(byteValue(a[0])) : bytesLike(a[0]);
    const clamp = (x: Ptr | undefined, dflt: number) => {
      if (x === undefined || x === space.none) return dflt;
      const v = interp.toIndex(x);
      return v < 0 ? Math.max(0, v + d.length) : Math.min(v, d.length);
    };
    return [d, sub, clamp(a[1], 0), clamp(a[2], d.length)];
  };
  const find = (self: Ptr, a: Ptr[]): number => {
    const [d, sub, lo, hi] = search(self, a);
    const i = indexOfBytes(d.subarray(0, hi), sub, lo);
    return i;
  };
  method('find', (self, a, k) => {
    argCount('bytearray.find', a, k, 1, 3);
    return n.int(find(self, a));
  });
  method('index', (self, a, k) => {
    argCount('bytearray.index', a, k, 1, 3);
    const i = find(self, a);
    if (i < 0) throw new PyErr('ValueError', 'subsection not found');
    return n.int(i);
  });
  method('count', (self, a, k) => {
    argCount('bytearray.count', a, k, 1, 3);
    const [d, sub, lo, hi] = search(self, a);
    const hay = d.subarray(0, hi);
    let c = 0;
    for (let i = indexOfBytes(hay, sub, lo); i >= 0; i = indexOfBytes(hay, sub, i + Math.max(1, sub.length)))
      c++;
    return n.int(c);
  });
  for (const [name, atEnd] of [
    ['startswith', false],
    ['endswith', true],
  ] as const) {
    method(name, (self, a, k) => {
      argCount(name, a, k, 1, 1);
      const d = data(self);
      const subs = n.isTuple(a[0]) ? n.tupleItems(a[0]).map(bytesLike) : [bytesLike(a[0])];
      return interp.bool(
        subs.some(
          (s) =>
            s.length <= d.length &&
            indexOfBytes(d, s, atEnd ? d.length - s.length : 0) === (atEnd ? d.length - s.length : 0),
        ),
      );
    });
  }
}
