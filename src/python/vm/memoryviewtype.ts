// memoryview in the interpreter (Objects/memoryobject.c): the constructor, indexing and
// slicing (views share the exporter's memory), item assignment with pack_single's checks,
// cast, tolist, tobytes, hex, release and the context manager, toreadonly, the attributes,
// ==, hash, iteration and len. The object layout is src/objects/memoryview.ts.
// https://docs.python.org/3.11/library/stdtypes.html#memoryview

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PB, PyErr } from '../../objects/index.js';
import { argCount, badArgumentName, parseArgs } from './args.js';
import type { NativeImpl } from './calls.js';
import type { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /**
     * PyObject_GetBuffer + PyBuffer_ToContiguous for the exporters pymm has (bytes,
     * bytearray, memoryview, array.array): the bytes in C order, or null when `x` has no buffer.
     */
    bufferBytes(x: Ptr): Uint8Array | null;
    /** PyMemoryView_FromObject: a new memoryview of `obj`. */
    memoryviewFromObject(obj: Ptr): Ptr;
    /** array.array once the array module has run (its instances export buffers), else NULL. */
    arrayType: Ptr;
  }
}

const RELEASED_MSG = 'operation forbidden on released memoryview object';

/** Installs memoryview() and its methods, attributes and protocols. */
export function installMemoryViewType(interp: Interpreter): void {
  const space = interp.space;
  const rt = space.rt;
  const n = interp.n;
  const MVT = space.memoryviews.type;
  const none = () => interp.newNone();
  const isView = (x: Ptr) => rt.typeObject(x) === MVT;
  const checkReleased = (mv: Ptr): void => {
    if (O.isReleased(space, mv)) throw new PyErr('ValueError', RELEASED_MSG);
  };
  const ndimOf = (mv: Ptr) => O.mv_ndim(space, mv);
  const mbufOf = (mv: Ptr) => O.mv_word(space, mv, O.MV.mbuf) as Ptr;
  // adjust_fmt: the single native format character, or NotImplementedError.
  const fmtOf = (mv: Ptr): string => {
    const c = O.mv_format(space, mv);
    if (O.nativeFormatSize(c) < 0)
      throw new PyErr('NotImplementedError', `memoryview: unsupported format ${c}`);
    return c;
  };

  const fromObject = (obj: Ptr): Ptr => {
    if (isView(obj)) {
      checkReleased(obj);
      return O.memory_addView(space, mbufOf(obj), obj, ndimOf(obj), true);
    }
    if (O.hasBuffer(space, obj)) {
      const mbuf = O.mbuf_fromObject(space, obj);
      try {
        return O.memory_addView(space, mbuf, NULL, 1, true);
      } finally {
        rt.decref(mbuf);
      }
    }
    const exported = arrayBuffer(obj);
    if (exported !== NULL) return exported;
    throw new PyErr('TypeError', `memoryview: a bytes-like object is required, not '${space.typeName(obj)}'`);
  };
  interp.memoryviewFromObject = fromObject;

  // array.array exports a copy of its items as a bytearray's buffer, in its own format
  // (pymm's arrays keep their items in a list; see deviations.md).
  const arrayBuffer = (obj: Ptr): Ptr => {
    if (!arrayBufferType(obj)) return NULL;
    const raw = interp.callMethod(interp.ref(obj), n.intern('tobytes'), []);
    const tc = interp.getAttr(obj, n.intern('typecode'));
    try {
      const ba = O.bytearray_fromU8(space, n.bytesValue(raw));
      const mbuf = O.mbuf_fromObject(space, ba);
      // The master view shows the copy (kept in `internal`) and names the array as its obj.
      O.mv_setWord(space, mbuf + O.MB.master, PB.internal, ba);
      O.mv_setWord(space, mbuf + O.MB.master, PB.obj, interp.ref(obj));
      rt.decref(ba); // mbuf_fromObject's reference: `internal` keeps the one made here
      const c = n.jsStr(tc);
      const size = c === 'u' ? 4 : O.nativeFormatSize(c);
      const m = mbuf + O.MB.master;
      O.mv_setWord(space, m, PB.format, c.charCodeAt(0));
      O.mv_setWord(space, m, PB.itemsize, size);
      try {
        const mv = O.memory_addView(space, mbuf, NULL, 1, true);
        O.mv_set(space, mv, PB.readonly, 1);
        O.mv_setDim(space, mv, 0, O.mv_get(space, mv, PB.len) / size, size);
        O.memory_initFlags(space, mv);
        return mv;
      } finally {
        rt.decref(mbuf);
      }
    } finally {
      interp.decref(raw);
      interp.decref(tc);
    }
  };

  interp.bufferBytes = (x: Ptr): Uint8Array | null => {
    if (n.isBytes(x)) return n.bytesValue(x);
    if (O.bytearray_check(space, x)) return O.bytearray_toU8(space, x);
    if (isView(x)) {
      checkReleased(x);
      return O.memory_tobytes(space, x);
    }
    const mv = arrayBuffer(x);
    if (mv === NULL) return null;
    try {
      return O.memory_tobytes(space, mv);
    } finally {
      interp.decref(mv);
    }
  };

  // ── items ──────────────────────────────────────────────────────────────────
  const unpack = (c: string, at: number): Ptr => {
    const v = O.unpackItem(space, c, at as Ptr);
    if (typeof v === 'number') return c === 'f' || c === 'd' || c === 'e' ? n.float(v) : n.int(v);
    if (typeof v === 'bigint') return n.bigint(v);
    if (typeof v === 'boolean') return interp.bool(v);
    return n.bytes(Uint8Array.of(v.byte));
  };
  // PyFloat_AsDouble.
  const asDouble = (x: Ptr): number => {
    if (n.isFloat(x)) return n.floatValue(x);
    if (n.isInt(x)) return O.long_toDouble(space, x);
    const t = rt.typeObject(x);
    if (
      !n.isStr(x) &&
      (interp.typeLookup(t, n.intern('__float__')) !== NULL ||
        interp.typeLookup(t, n.intern('__index__')) !== NULL)
    ) {
      const f = interp.call(interp.ref(space.floats.type), [interp.ref(x)]);
      try {
        return n.floatValue(f);
      } finally {
        interp.decref(f);
      }
    }
    throw new PyErr('TypeError', `must be real number, not ${space.typeName(x)}`);
  };
  // pack_single, with fix_error_int's messages.
  const pack = (c: string, at: number, value: Ptr): void => {
    const invalid = (kind: 'type' | 'value') =>
      new PyErr(
        kind === 'type' ? 'TypeError' : 'ValueError',
        `memoryview: invalid ${kind} for format '${c}'`,
      );
    let v: bigint | number | boolean;
    if (O.isIntegerFormat(c)) {
      if (!n.isInt(value) && interp.typeLookup(rt.typeObject(value), n.intern('__index__')) === NULL)
        throw invalid('type');
      const ix = interp.indexValue(value);
      try {
        v = O.long_toBigInt(space, ix);
      } finally {
        interp.decref(ix);
      }
    } else if (c === 'c') {
      if (!n.isBytes(value)) throw invalid('type');
      const b = n.bytesValue(value);
      if (b.length !== 1) throw invalid('value');
      v = b[0];
    } else if (c === '?') {
      v = interp.truthy(value);
    } else {
      try {
        v = asDouble(value);
      } catch (e) {
        throw e instanceof PyErr && e.excType === 'TypeError' ? invalid('type') : e;
      }
    }
    try {
      O.packItem(space, c, at as Ptr, v);
    } catch (e) {
      if (e instanceof PyErr && e.excType === 'OverflowError') throw invalid('value');
      throw e;
    }
  };
  // lookup_dimension.
  const itemAddress = (mv: Ptr, dim: number, base: number, key: Ptr): number => {
    let index = interp.asIndex(key, 'IndexError') as number;
    const nitems = O.mv_shape(space, mv, dim);
    if (index < 0) index += nitems;
    if (index < 0 || index >= nitems)
      throw new PyErr('IndexError', `index out of bounds on dimension ${dim + 1}`);
    return base + index * O.mv_stride(space, mv, dim);
  };
  const isIndexable = (key: Ptr) =>
    n.isInt(key) || interp.typeLookup(rt.typeObject(key), n.intern('__index__')) !== NULL;
  const isMultiIndex = (key: Ptr) => n.isTuple(key) && n.tupleItems(key).every(isIndexable);
  const isMultiSlice = (key: Ptr) => n.isTuple(key) && n.tupleItems(key).every((k) => n.isSlice(k));
  // ptr_from_tuple.
  const tupleAddress = (mv: Ptr, key: Ptr): number => {
    const keys = n.tupleItems(key);
    const ndim = ndimOf(mv);
    if (keys.length > ndim)
      throw new PyErr('TypeError', `cannot index ${ndim}-dimension view with ${keys.length}-element tuple`);
    let at = O.mv_get(space, mv, PB.buf);
    keys.forEach((k, dim) => {
      at = itemAddress(mv, dim, at, k);
    });
    return at;
  };
  // init_slice on dimension 0 of a new view of the same buffer.
  const sliced = (mv: Ptr, key: Ptr): Ptr => {
    const view = O.memory_addView(space, mbufOf(mv), mv, ndimOf(mv), true);
    try {
      const r = O.adjustSlice(n.sliceSpec(key), O.mv_shape(space, view, 0));
      const stride = O.mv_stride(space, view, 0);
      O.mv_set(space, view, PB.buf, O.mv_get(space, view, PB.buf) + r.start * stride);
      O.mv_setDim(space, view, 0, r.length, stride * r.step);
      let len = O.mv_get(space, view, PB.itemsize);
      for (let i = 0; i < ndimOf(view); i++) len *= O.mv_shape(space, view, i);
      O.mv_set(space, view, PB.len, len);
      O.memory_initFlags(space, view);
      return view;
    } catch (e) {
      interp.decref(view);
      throw e;
    }
  };

  const subscript = (mv: Ptr, key: Ptr): Ptr => {
    checkReleased(mv);
    const ndim = ndimOf(mv);
    if (ndim === 0) {
      if (n.isTuple(key) && n.tupleItems(key).length === 0)
        return unpack(fmtOf(mv), O.mv_get(space, mv, PB.buf));
      if (key === space.ellipsis) return interp.ref(mv);
      throw new PyErr('TypeError', 'invalid indexing of 0-dim memory');
    }
    if (isIndexable(key)) {
      const c = fmtOf(mv);
      if (ndim !== 1)
        throw new PyErr('NotImplementedError', 'multi-dimensional sub-views are not implemented');
      return unpack(c, itemAddress(mv, 0, O.mv_get(space, mv, PB.buf), key));
    }
    if (n.isSlice(key)) return sliced(mv, key);
    if (isMultiIndex(key)) {
      const c = fmtOf(mv);
      if (n.tupleItems(key).length < ndim)
        throw new PyErr('NotImplementedError', 'sub-views are not implemented');
      return unpack(c, tupleAddress(mv, key));
    }
    if (isMultiSlice(key))
      throw new PyErr('NotImplementedError', 'multi-dimensional slicing is not implemented');
    throw new PyErr('TypeError', 'memoryview: invalid slice key');
  };

  const assSubscript = (mv: Ptr, key: Ptr, value: Ptr): void => {
    checkReleased(mv);
    const c = fmtOf(mv);
    if (O.mv_get(space, mv, PB.readonly)) throw new PyErr('TypeError', 'cannot modify read-only memory');
    if (value === NULL) throw new PyErr('TypeError', 'cannot delete memory');
    const ndim = ndimOf(mv);
    const buf = O.mv_get(space, mv, PB.buf);
    if (ndim === 0) {
      if (key !== space.ellipsis && !(n.isTuple(key) && n.tupleItems(key).length === 0))
        throw new PyErr('TypeError', 'invalid indexing of 0-dim memory');
      pack(c, buf, value);
      return;
    }
    if (isIndexable(key)) {
      if (ndim > 1) throw new PyErr('NotImplementedError', 'sub-views are not implemented');
      pack(c, itemAddress(mv, 0, buf, key), value);
      return;
    }
    if (n.isSlice(key) && ndim === 1) {
      // copy_single: the rvalue must export a buffer of the same structure.
      const src = bytesView(value);
      try {
        const dest = sliced(mv, key);
        try {
          if (
            O.mv_format(space, src) !== c ||
            ndimOf(src) !== 1 ||
            O.mv_shape(space, src, 0) !== O.mv_shape(space, dest, 0)
          )
            throw new PyErr(
              'ValueError',
              'memoryview assignment: lvalue and rvalue have different structures',
            );
          const data = O.memory_tobytes(space, src);
          const itemsize = O.mv_get(space, dest, PB.itemsize);
          O.memory_itemAddresses(space, dest).forEach((at, k) => {
            rt.mem.u8.set(data.subarray(k * itemsize, (k + 1) * itemsize), at);
          });
        } finally {
          interp.decref(dest);
        }
      } finally {
        interp.decref(src);
      }
      return;
    }
    if (isMultiIndex(key)) {
      if (n.tupleItems(key).length < ndim)
        throw new PyErr('NotImplementedError', 'sub-views are not implemented');
      pack(c, tupleAddress(mv, key), value);
      return;
    }
    if (n.isSlice(key) || isMultiSlice(key))
      throw new PyErr(
        'NotImplementedError',
        'memoryview slice assignments are currently restricted to ndim = 1',
      );
    throw new PyErr('TypeError', 'memoryview: invalid slice key');
  };
  // PyObject_GetBuffer(x, PyBUF_FULL_RO) as a view.
  const bytesView = (x: Ptr): Ptr => {
    if (!isView(x) && !O.hasBuffer(space, x) && arrayBufferType(x) === false)
      throw new PyErr('TypeError', `a bytes-like object is required, not '${space.typeName(x)}'`);
    return fromObject(x);
  };
  const arrayBufferType = (x: Ptr): boolean => {
    const t = interp.arrayType;
    return t !== NULL && t !== undefined && interp.isSubtype(rt.typeObject(x), t);
  };

  // tolist / list_of_items.
  const tolist = (mv: Ptr): Ptr => {
    checkReleased(mv);
    const c = fmtOf(mv);
    const ndim = ndimOf(mv);
    if (ndim === 0) return unpack(c, O.mv_get(space, mv, PB.buf));
    const build = (dim: number, at: number): Ptr => {
      const count = O.mv_shape(space, mv, dim);
      const stride = O.mv_stride(space, mv, dim);
      const items: Ptr[] = [];
      for (let i = 0; i < count; i++)
        items.push(dim === ndim - 1 ? unpack(c, at + i * stride) : build(dim + 1, at + i * stride));
      return n.list(items);
    };
    return build(0, O.mv_get(space, mv, PB.buf));
  };

  // memory_richcompare: == and != over the unpacked items of two exporters.
  const itemsOf = (mv: Ptr): O.MemoryItem[] | null => {
    const c = O.mv_format(space, mv);
    if (O.nativeFormatSize(c) < 0) return null;
    return O.memory_itemAddresses(space, mv).map((at) => O.unpackItem(space, c, at as Ptr));
  };
  const sameItem = (a: O.MemoryItem, b: O.MemoryItem): boolean => {
    const ab = typeof a === 'object';
    const bb = typeof b === 'object';
    if (ab || bb) return ab && bb && a.byte === b.byte;
    const x = typeof a === 'boolean' ? Number(a) : a;
    const y = typeof b === 'boolean' ? Number(b) : b;
    // biome-ignore lint/suspicious/noDoubleEquals: a number equals a bigint of the same value
    return x == y;
  };
  const richcompare = (a: Ptr, b: Ptr, op: number): Ptr => {
    if (op !== 2 && op !== 3) return interp.ref(space.notImplemented);
    let equal = false;
    if (a === b) equal = true;
    else if ((isView(a) && O.isReleased(space, a)) || (isView(b) && O.isReleased(space, b))) equal = false;
    else {
      const views: Ptr[] = [];
      try {
        for (const x of [a, b]) {
          if (isView(x)) views.push(interp.ref(x));
          else if (O.hasBuffer(space, x) || arrayBufferType(x)) views.push(fromObject(x));
          else return interp.ref(space.notImplemented);
        }
        const [v, w] = views;
        const ndim = ndimOf(v);
        let sameShape = ndim === ndimOf(w);
        for (let i = 0; sameShape && i < ndim; i++)
          sameShape = O.mv_shape(space, v, i) === O.mv_shape(space, w, i);
        if (sameShape) {
          const x = itemsOf(v);
          const y = itemsOf(w);
          if (x === null || y === null) {
            const c = x === null ? O.mv_format(space, v) : O.mv_format(space, w);
            throw new PyErr('NotImplementedError', `memoryview: unsupported format ${c}`);
          }
          equal = x.every((item, i) => sameItem(item, y[i]));
        }
      } finally {
        for (const v of views) interp.decref(v);
      }
    }
    return interp.bool(op === 2 ? equal : !equal);
  };
  const slots = space.slots(MVT);
  slots.richcompare = richcompare;
  slots.hash = (mv: Ptr): number => {
    if (!O.memory_hashCached(space, mv)) {
      checkReleased(mv);
      if (!O.mv_get(space, mv, PB.readonly))
        throw new PyErr('ValueError', 'cannot hash writable memoryview object');
      if (!O.isByteFormat(O.mv_format(space, mv)))
        throw new PyErr('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      // The exporter must be hashable too (its error, unchanged).
      const obj = O.mv_get(space, mv, PB.obj) as Ptr;
      if (obj !== NULL) space.hash(obj);
    }
    return O.memory_hash(space, mv);
  };

  // ── constructor and methods ────────────────────────────────────────────────
  interp.constructors.set(MVT, (_t, a, k) => {
    if (a.length === 0)
      throw new PyErr('TypeError', "memoryview() missing required argument 'object' (pos 1)");
    const [obj] = parseArgs(interp, 'memoryview', a, k, ['object'], 1);
    return fromObject(obj);
  });
  const method = (name: string, f: NativeImpl) => interp.defMethod(MVT, name, f);
  const nullary = (name: string, f: (self: Ptr) => Ptr) =>
    method(name, (self, a, k) => {
      argCount(name, a, k, 0, 0);
      return f(self);
    });
  nullary('release', (self) => {
    const exports = O.mv_word(space, self, O.MV.exports);
    if (exports > 0)
      throw new PyErr('BufferError', `memoryview has ${exports} exported buffer${exports > 1 ? 's' : ''}`);
    O.memory_release(space, self);
    return none();
  });
  nullary('__enter__', (self) => {
    checkReleased(self);
    return interp.ref(self);
  });
  method('__exit__', (self) => {
    O.memory_release(space, self);
    return none();
  });
  nullary('tolist', tolist);
  nullary('toreadonly', (self) => {
    checkReleased(self);
    const mv = O.memory_addView(space, mbufOf(self), self, ndimOf(self), true);
    O.mv_set(space, mv, PB.readonly, 1);
    return mv;
  });
  method('tobytes', (self, a, k) => {
    const [order] = parseArgs(interp, 'tobytes', a, k, ['order'], 0);
    checkReleased(self);
    let o = 'C';
    if (order !== NULL && order !== space.none) {
      if (!n.isStr(order))
        throw new PyErr(
          'TypeError',
          `tobytes() argument 'order' must be str or None, not ${space.typeName(order)}`,
        );
      o = n.jsStr(order);
      if (o !== 'C' && o !== 'F' && o !== 'A') throw new PyErr('ValueError', "order must be 'C', 'F' or 'A'");
    }
    if (o === 'F' && ndimOf(self) > 1) return n.bytes(fortranBytes(self));
    return n.bytes(O.memory_tobytes(space, self));
  });
  const fortranBytes = (mv: Ptr): Uint8Array => {
    const ndim = ndimOf(mv);
    const itemsize = O.mv_get(space, mv, PB.itemsize);
    const out: number[] = [];
    // Fortran order: the first index varies fastest.
    const walkF = (dim: number, at: number): void => {
      const count = O.mv_shape(space, mv, dim);
      for (let i = 0; i < count; i++) {
        const p = at + i * O.mv_stride(space, mv, dim);
        if (dim === 0) for (let b = 0; b < itemsize; b++) out.push(rt.mem.u8[p + b]);
        else walkF(dim - 1, p);
      }
    };
    walkF(ndim - 1, O.mv_get(space, mv, PB.buf));
    return Uint8Array.from(out);
  };
  method('hex', (self, a, k) => {
    checkReleased(self);
    const hex = interp.nativeMethods.get(space.bytes.type)?.get('hex') as NativeImpl;
    const b = n.bytes(O.memory_tobytes(space, self));
    try {
      return hex(b, a, k);
    } finally {
      interp.decref(b);
    }
  });
  method('cast', (self, a, k) => {
    const [format, shape] = parseArgs(interp, 'cast', a, k, ['format', 'shape'], 1);
    checkReleased(self);
    if (!n.isStr(format))
      throw new PyErr(
        'TypeError',
        `cast() argument 'format' must be str, not ${badArgumentName(interp, format)}`,
      );
    const flags = O.mv_word(space, self, O.MV.flags);
    if ((flags & O.MV_C) === 0)
      throw new PyErr('TypeError', 'memoryview: casts are restricted to C-contiguous views');
    const srcNdim = ndimOf(self);
    let zero = false;
    for (let i = 0; i < srcNdim; i++) if (O.mv_shape(space, self, i) === 0) zero = true;
    if ((shape !== NULL || srcNdim !== 1) && zero)
      throw new PyErr('TypeError', 'memoryview: cannot cast view with zeros in shape or strides');
    let dims: Ptr[] | null = null;
    if (shape !== NULL) {
      if (!n.isList(shape) && !n.isTuple(shape))
        throw new PyErr('TypeError', 'shape must be a list or a tuple');
      dims = n.isList(shape) ? n.listItems(shape) : n.tupleItems(shape);
      if (dims.length > 64)
        throw new PyErr('ValueError', 'memoryview: number of dimensions must not exceed 64');
      if (srcNdim !== 1 && dims.length !== 1)
        throw new PyErr('TypeError', 'memoryview: cast must be 1D -> ND or ND -> 1D');
    }
    const ndim = dims === null ? 1 : dims.length;
    const mv = O.memory_addView(space, mbufOf(self), self, ndim === 0 ? 1 : ndim, false);
    try {
      // cast_to_1D
      const dest = n.jsStr(format);
      const itemsize = O.nativeFormatSize(dest);
      if (itemsize < 0)
        throw new PyErr(
          'ValueError',
          "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        );
      const src = O.mv_format(space, self);
      const destChar = O.formatChar(dest);
      if ((O.nativeFormatSize(src) < 0 || !O.isByteFormat(src)) && !O.isByteFormat(destChar))
        throw new PyErr('TypeError', 'memoryview: cannot cast between two non-byte formats');
      const len = O.mv_get(space, mv, PB.len);
      if (len % itemsize) throw new PyErr('TypeError', 'memoryview: length is not a multiple of itemsize');
      O.mv_set(space, mv, PB.format, destChar.charCodeAt(0));
      O.mv_set(space, mv, PB.itemsize, itemsize);
      O.mv_set(space, mv, PB.ndim, 1);
      O.mv_setDim(space, mv, 0, len / itemsize, itemsize);
      O.memory_initFlags(space, mv);
      if (dims !== null) {
        // cast_to_ND
        O.mv_set(space, mv, PB.ndim, dims.length);
        let product = itemsize;
        const sizes = dims.map((d) => {
          const v = n.isInt(d) ? O.long_toBigInt(space, d) : 0n;
          if (v <= 0n)
            throw new PyErr('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
          if (v * BigInt(product) > 2n ** 63n - 1n)
            throw new PyErr('ValueError', 'memoryview.cast(): product(shape) > SSIZE_MAX');
          product *= Number(v);
          return Number(v);
        });
        let stride = itemsize;
        for (let i = sizes.length - 1; i >= 0; i--) {
          O.mv_setDim(space, mv, i, sizes[i], stride);
          stride *= sizes[i];
        }
        if (dims.length === 0) product = itemsize;
        if (product !== len)
          throw new PyErr('TypeError', 'memoryview: product(shape) * itemsize != buffer size');
        O.memory_initFlags(space, mv);
      }
      return mv;
    } catch (e) {
      interp.decref(mv);
      throw e;
    }
  });

  // ── attributes ─────────────────────────────────────────────────────────────
  const getters = interp.nativeGetters.get(MVT) ?? new Map<string, (self: Ptr) => Ptr>();
  const getter = (name: string, f: (self: Ptr) => Ptr) =>
    getters.set(name, (self) => {
      checkReleased(self);
      return f(self);
    });
  const ints = (self: Ptr, dims: (i: number) => number) => {
    const out: Ptr[] = [];
    for (let i = 0; i < ndimOf(self); i++) out.push(n.int(dims(i)));
    return n.tuple(out);
  };
  getter('obj', (self) => {
    const obj = O.mv_get(space, self, PB.obj) as Ptr;
    return obj === NULL ? none() : interp.ref(obj);
  });
  getter('nbytes', (self) => n.int(O.mv_get(space, self, PB.len)));
  getter('readonly', (self) => interp.bool(O.mv_get(space, self, PB.readonly) !== 0));
  getter('itemsize', (self) => n.int(O.mv_get(space, self, PB.itemsize)));
  getter('format', (self) => n.str(O.mv_format(space, self)));
  getter('ndim', (self) => n.int(ndimOf(self)));
  getter('shape', (self) => ints(self, (i) => O.mv_shape(space, self, i)));
  getter('strides', (self) => ints(self, (i) => O.mv_stride(space, self, i)));
  getter('suboffsets', () => n.tuple([]));
  const flag = (self: Ptr, bits: number) => interp.bool((O.mv_word(space, self, O.MV.flags) & bits) !== 0);
  getter('c_contiguous', (self) => flag(self, O.MV_C));
  getter('f_contiguous', (self) => flag(self, O.MV_FORTRAN));
  getter('contiguous', (self) => flag(self, O.MV_C | O.MV_FORTRAN));
  interp.nativeGetters.set(MVT, getters);

  // ── sequence protocol ──────────────────────────────────────────────────────
  const length = (self: Ptr): number => {
    checkReleased(self);
    return ndimOf(self) === 0 ? 1 : O.mv_shape(space, self, 0);
  };
  const iter = (self: Ptr): Ptr => {
    checkReleased(self);
    const ndim = ndimOf(self);
    if (ndim === 0) throw new PyErr('TypeError', 'invalid indexing of 0-dim memory');
    if (ndim !== 1) throw new PyErr('NotImplementedError', 'multi-dimensional sub-views are not implemented');
    fmtOf(self);
    return O.memoryiter_new(space, self);
  };
  interp.sequenceMethods ??= new Map();
  interp.sequenceMethods.set(MVT, {
    length,
    item: (self, i) => {
      const k = n.int(i);
      try {
        return subscript(self, k);
      } finally {
        interp.decref(k);
      }
    },
    assItem: (self, i, v) => {
      const k = n.int(i);
      try {
        assSubscript(self, k, v);
      } finally {
        interp.decref(k);
      }
    },
    contains: (self, x) => {
      const it = iter(self);
      try {
        for (let v = interp.next(it); v !== NULL; v = interp.next(it)) {
          const eq = v === x || interp.compareBool(v, x, 2, 0);
          interp.decref(v);
          if (eq) return true;
        }
        return false;
      } finally {
        interp.decref(it);
      }
    },
    iter,
    subscript,
    assSubscript,
  });
  interp.nativeIterators.set(space.memoryviews.iterType, (it) => {
    const mv = O.memoryiter_seq(space, it);
    if (mv === NULL) return NULL;
    checkReleased(mv);
    const at = O.memoryiter_nextAddress(space, it);
    return at < 0 ? NULL : unpack(O.mv_format(space, mv), at);
  });
  // The slot wrappers CPython lists in memoryview's dict.
  nullary('__len__', (self) => n.int(length(self)));
  nullary('__iter__', iter);
  method('__getitem__', (self, a, k) => {
    argCount('__getitem__', a, k, 1, 1);
    return subscript(self, a[0]);
  });
  method('__setitem__', (self, a, k) => {
    argCount('__setitem__', a, k, 2, 2);
    assSubscript(self, a[0], a[1]);
    return none();
  });
  method('__delitem__', (self, a, k) => {
    argCount('__delitem__', a, k, 1, 1);
    assSubscript(self, a[0], NULL);
    return none();
  });
}
