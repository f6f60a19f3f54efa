// Iteration: iter() and next() over every iterable, the built-in iterator types, range,
// and generators (Python generator functions compiled to JS generator functions).
//
// Iterator objects (GC unless noted), laid out like CPython's:
//   seqiter (list, tuple, str, bytes): +16 index (i64)  +24 seq          32 bytes → 48
//   dictiter:  +16 dict  +24 used at start  +32 pos  +40 kind  +48 result  56 → 72
//   setiter:   +16 set   +24 used at start  +32 pos  +40 len              48 → 64
//   range (not GC): +16 start  +24 stop  +32 step  +40 length (int objects)  48
//   range_iterator (not GC): +16 next  +24 step  +32 remaining (i64 as f64)  +40 unused: 48
//     (3.11 rangeiterobject: index, start, step, len); for a range whose values do not all
//     fit in 53 bits, longrange_iterator (rangeobject.ts): +16 start +24 step +32 len (ints)
//   (generators: generators.ts)

import { OB_SIZE, OB_TYPE, TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { DEFAULT_PY_SLOTS, LIST_ITEMS, PyErr, pointerHash, TUPLE_ITEMS } from '../../objects/index.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';
import { IterNextTable, NativeIterTable } from './nativeitertable.js';

declare module './interp.js' {
  interface Interpreter {
    /** The iterator of an object with only __getitem__ (`iterator`). */
    seqIterType: Ptr;
    /** list_iterator, tuple_iterator, str_ascii_iterator, str_iterator, bytes_iterator, bytearray_iterator. */
    listIterType: Ptr;
    tupleIterType: Ptr;
    strAsciiIterType: Ptr;
    strIterType: Ptr;
    bytesIterType: Ptr;
    bytearrayIterType: Ptr;
    /** One of the sequence iterator types above (same layout, same code). */
    isSeqIterType(type: Ptr): boolean;
    dictIterType: Ptr;
    /** dict_valueiterator and dict_itemiterator (dictIterType is dict_keyiterator). */
    dictValueIterType: Ptr;
    dictItemIterType: Ptr;
    /** One of the three dict iterator types. */
    isDictIterType(type: Ptr): boolean;
    setIterType: Ptr;
    rangeType: Ptr;
    rangeIterType: Ptr;
    initIterators(): void;
    iter(obj: Ptr): Ptr;
    /** PySequence_Fast's PyObject_GetIter: a TypeError from it becomes TypeError(`message`). */
    iterFast(obj: Ptr, message: string): Ptr;
    nativeIter(obj: Ptr): Ptr;
    next(it: Ptr): Ptr;
    /** next() of everything but a range iterator and an exact list's iterator (what next() inlines). */
    nextSlow(it: Ptr, type: Ptr): Ptr;
    iterToArray(iterable: Ptr): Ptr[];
    newRange(start: number, stop: number, step: number): Ptr;
    /** A range from any ints (bigint bounds), its length computed (compute_range_length). */
    newRangeBig(start: bigint, stop: bigint, step: bigint): Ptr;
    /** A range owning the int objects start, stop and step (references stolen). */
    newRangeOfInts(start: Ptr, stop: Ptr, step: Ptr): Ptr;
    /** start, stop, step as JS numbers; NaN where one does not fit in 53 bits (see rangeSmall). */
    rangeParts(r: Ptr): [number, number, number];
    /** Do start, stop, step and length of `r` all fit in 53 bits? */
    rangeSmall(r: Ptr): boolean;
    /** start, stop, step and length of `r` as BigInts. */
    rangeBig(r: Ptr): [bigint, bigint, bigint, bigint];
  }
}

const I = Interpreter.prototype;
/** Offset of a sequence iterator's index (f64). */
export const SEQ_INDEX = 16;
/** Offset of a sequence iterator's sequence (NULL once exhausted). */
export const SEQ_SEQ = 24;

I.initIterators = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  this.nativeIterators = new IterNextTable(rt);
  this.nativeIterState = new NativeIterTable(rt);
  this.nativeIterHints = new Map();
  this.nativeIterTypes = new Map();
  // An iterator type holding references at the byte offsets `refs`.
  const withRefs = (name: string, size: number, refs: number[]) => {
    const ref0 = refs[0];
    const ref1 = refs.length > 1 ? refs[1] : -1;
    if (refs.length > 2) throw new Error('withRefs: at most two references');
    return space.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name,
      flags: TPFLAGS_HAVE_GC,
      basicsize: size,
      traverse: (op, visit) => {
        for (const at of refs) {
          const v = rt.mem.u32[(op + at) >>> 2] as Ptr;
          if (v !== NULL) visit(v);
        }
      },
      clear: (op) => {
        for (const at of refs) {
          const v = rt.mem.u32[(op + at) >>> 2] as Ptr;
          rt.mem.u32[(op + at) >>> 2] = 0;
          if (v !== NULL) rt.decref(v);
        }
      },
      // One or two references (no JS array per dealloc: every `for` loop ends here).
      dealloc: (op) => {
        rt.untrack(op);
        const u32 = rt.mem.u32;
        const v0 = u32[(op + ref0) >>> 2] as Ptr;
        const v1 = ref1 < 0 ? NULL : (u32[(op + ref1) >>> 2] as Ptr);
        rt.gcDel(op);
        if (v0 !== NULL) rt.decref(v0);
        if (v1 !== NULL) rt.decref(v1);
      },
      hash: (op) => pointerHash(op),
    });
  };
  this.seqIterType = withRefs('iterator', 32, [SEQ_SEQ]);
  this.listIterType = withRefs('list_iterator', 32, [SEQ_SEQ]);
  this.tupleIterType = withRefs('tuple_iterator', 32, [SEQ_SEQ]);
  this.strAsciiIterType = withRefs('str_ascii_iterator', 32, [SEQ_SEQ]);
  this.strIterType = withRefs('str_iterator', 32, [SEQ_SEQ]);
  this.bytesIterType = withRefs('bytes_iterator', 32, [SEQ_SEQ]);
  this.bytearrayIterType = withRefs('bytearray_iterator', 32, [SEQ_SEQ]);
  // The dict, and for items the result tuple (di_result).
  this.dictIterType = withRefs('dict_keyiterator', 56, [16, 48]);
  this.dictValueIterType = withRefs('dict_valueiterator', 56, [16, 48]);
  this.dictItemIterType = withRefs('dict_itemiterator', 56, [16, 48]);
  const dictIters = [this.dictIterType, this.dictValueIterType, this.dictItemIterType];
  this.isDictIterType = (type) => type === dictIters[0] || type === dictIters[1] || type === dictIters[2];
  this.setIterType = withRefs('set_iterator', 48, [16]);
  this.rangeType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'range',
    basicsize: 48,
    dealloc: (op) => {
      const u32 = rt.mem.u32;
      const start = u32[(op + 16) >>> 2] as Ptr;
      const stop = u32[(op + 24) >>> 2] as Ptr;
      const step = u32[(op + 32) >>> 2] as Ptr;
      const len = u32[(op + 40) >>> 2] as Ptr;
      rt.objectFree(op);
      rt.decref(start);
      rt.decref(stop);
      rt.decref(step);
      rt.decref(len);
    },
    hash: (op) => pointerHash(op),
    repr: (op) => {
      const [a, b, c] = this.rangeBig(op);
      return c === 1n ? `range(${a}, ${b})` : `range(${a}, ${b}, ${c})`;
    },
    bool: (op) => this.rangeBig(op)[3] !== 0n,
  });
  this.rangeIterType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'range_iterator',
    basicsize: 48,
    dealloc: (op) => rt.objectFree(op),
    hash: (op) => pointerHash(op),
  });
  const seqIters = [
    this.seqIterType,
    this.listIterType,
    this.tupleIterType,
    this.strAsciiIterType,
    this.strIterType,
    this.bytesIterType,
    this.bytearrayIterType,
  ];
  for (const t of [...seqIters, this.rangeIterType, ...dictIters, this.setIterType]) {
    this.defMethod(t, '__length_hint__', (self) => this.n.int(this.iteratorLengthHint(self)));
  }
};

I.newRange = function (this: Interpreter, start: number, stop: number, step: number): Ptr {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(stop) || !Number.isSafeInteger(step)) {
    return this.newRangeBig(BigInt(start), BigInt(stop), BigInt(step));
  }
  const len =
    step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return newRangeOf(
    this,
    [start, stop, step, len].map((v) => O.long_fromNumber(this.space, v)),
  );
};

I.newRangeBig = function (this: Interpreter, start: bigint, stop: bigint, step: bigint): Ptr {
  const lo = step > 0n ? start : stop;
  const hi = step > 0n ? stop : start;
  const abs = step > 0n ? step : -step;
  const len = lo < hi ? (hi - lo - 1n) / abs + 1n : 0n;
  return newRangeOf(
    this,
    [start, stop, step, len].map((v) => O.long_fromBigInt(this.space, v)),
  );
};

I.newRangeOfInts = function (this: Interpreter, start: Ptr, stop: Ptr, step: Ptr): Ptr {
  const n = this.n;
  const a = n.intSafe(start);
  const b = n.intSafe(stop);
  const c = n.intSafe(step);
  // The length exactly: the distance as a safe integer, divided through its remainder.
  const d = c > 0 ? b - a : a - b;
  let len: Ptr;
  if (!Number.isSafeInteger(d) || !Number.isSafeInteger(c)) {
    const big = (x: Ptr) => O.long_toBigInt(this.space, x);
    const [sa, sb, sc] = [big(start), big(stop), big(step)];
    const lo = sc > 0n ? sa : sb;
    const hi = sc > 0n ? sb : sa;
    len = O.long_fromBigInt(this.space, lo < hi ? (hi - lo - 1n) / (sc > 0n ? sc : -sc) + 1n : 0n);
  } else {
    const s = c > 0 ? c : -c;
    const r = d % s;
    len = n.int(d <= 0 ? 0 : (d - r) / s + (r === 0 ? 0 : 1));
  }
  return newRangeOf4(this, start, stop, step, len);
};

// A range object owning the four int objects `fields` (start, stop, step, length).
function newRangeOf(interp: Interpreter, fields: Ptr[]): Ptr {
  return newRangeOf4(interp, fields[0], fields[1], fields[2], fields[3]);
}

function newRangeOf4(interp: Interpreter, start: Ptr, stop: Ptr, step: Ptr, len: Ptr): Ptr {
  const rt = interp.space.rt;
  const op = rt.objectNew(interp.rangeType, 48);
  const u32 = rt.mem.u32;
  u32[(op + 16) >>> 2] = start;
  u32[(op + 24) >>> 2] = stop;
  u32[(op + 32) >>> 2] = step;
  u32[(op + 40) >>> 2] = len;
  return op;
}

I.rangeParts = function (this: Interpreter, r: Ptr): [number, number, number] {
  const u32 = this.space.rt.mem.u32;
  const n = this.n;
  return [
    n.intSafe(u32[(r + 16) >>> 2] as Ptr),
    n.intSafe(u32[(r + 24) >>> 2] as Ptr),
    n.intSafe(u32[(r + 32) >>> 2] as Ptr),
  ];
};

I.rangeSmall = function (this: Interpreter, r: Ptr): boolean {
  const u32 = this.space.rt.mem.u32;
  for (let at = 16; at <= 40; at += 8)
    if (Number.isNaN(this.n.intSafe(u32[(r + at) >>> 2] as Ptr))) return false;
  return true;
};

I.rangeBig = function (this: Interpreter, r: Ptr): [bigint, bigint, bigint, bigint] {
  const u32 = this.space.rt.mem.u32;
  const v = (at: number) => O.long_toBigInt(this.space, u32[(r + at) >>> 2] as Ptr);
  return [v(16), v(24), v(32), v(40)];
};

I.isSeqIterType = function (this: Interpreter, type: Ptr): boolean {
  return (
    type === this.listIterType ||
    type === this.tupleIterType ||
    type === this.seqIterType ||
    type === this.strAsciiIterType ||
    type === this.strIterType ||
    type === this.bytesIterType ||
    type === this.bytearrayIterType
  );
};

function newSeqIter(interp: Interpreter, seq: Ptr, type: Ptr): Ptr {
  const rt = interp.space.rt;
  const op = rt.gcNew(type, 32);
  rt.mem.f64[(op + SEQ_INDEX) >>> 3] = 0;
  rt.incref(seq);
  rt.mem.u32[(op + SEQ_SEQ) >>> 2] = seq;
  rt.mem.u32[(op + SEQ_SEQ + 4) >>> 2] = 0;
  rt.track(op);
  return op;
}

function newPosIter(interp: Interpreter, type: Ptr, size: number, container: Ptr, kind: number): Ptr {
  const rt = interp.space.rt;
  const op = rt.gcNew(type, size);
  const u32 = rt.mem.u32;
  for (let i = 16; i < size; i += 4) u32[(op + i) >>> 2] = 0;
  rt.incref(container);
  u32[(op + 16) >>> 2] = container;
  u32[(op + 24) >>> 2] =
    type === interp.setIterType ? O.set_size(interp.space, container) : O.dict_size(interp.space, container);
  // di_len: the entries still to yield (an entry past them means keys changed).
  u32[(op + 28) >>> 2] = u32[(op + 24) >>> 2];
  u32[(op + 40) >>> 2] = kind;
  // dictiter_new: an items iterator makes its (None, None) result tuple at once.
  if (type === interp.dictItemIterType) {
    const space = interp.space;
    const pair = O.tuple_new(space, 2);
    O.tuple_initItem(space, pair, 0, space.newNone());
    O.tuple_initItem(space, pair, 1, space.newNone());
    u32[(op + 48) >>> 2] = pair;
  }
  rt.track(op);
  return op;
}

/** PyObject_GetIter: a new iterator over `obj`. */
I.iter = function (this: Interpreter, obj: Ptr): Ptr {
  const n = this.n;
  const rt = this.space.rt;
  const type = rt.typeObject(obj);
  if (this.classes.has(type)) {
    // slot_tp_iter: `__iter__ = None` says the class is not iterable.
    if (this.typeLookup(type, n.intern('__iter__')) === this.space.none)
      throw new PyErr('TypeError', `'${this.space.typeName(obj)}' object is not iterable`);
    // (A descriptor whose __get__ fails counts as no __iter__: slot_tp_iter clears the error.)
    const r = this.callSpecialMasked(obj, '__iter__', []);
    if (r !== NULL && r !== -1) {
      // PyObject_GetIter: what __iter__ returned must have a tp_iternext.
      if (this.isIterator(r)) return r;
      const tn = this.space.typeName(r);
      this.decref(r);
      throw new PyErr('TypeError', `iter() returned non-iterator of type '${tn}'`);
    }
    // A class with __getitem__ but no __iter__ iterates by index, unless its built-in base
    // (dict, set, list, …) has its own tp_iter: that one wins, as in CPython's slot inheritance.
    if (this.typeLookup(type, n.intern('__getitem__')) !== NULL && !hasBuiltinIter(this, obj, type))
      return newSeqIter(this, obj, this.seqIterType);
  }
  return this.nativeIter(obj);
};

I.iterFast = function (this: Interpreter, obj: Ptr, message: string): Ptr {
  try {
    return this.iter(obj);
  } catch (e) {
    if (e instanceof PyErr && e.excType === 'TypeError') throw new PyErr('TypeError', message);
    if (
      e instanceof PyException &&
      this.exc.isSubtype(this.space.rt.typeObject(e.exc), this.exc.type('TypeError'))
    ) {
      this.decref(e.exc); // (the caught exception's reference, dropped with it)
      throw new PyErr('TypeError', message);
    }
    throw e;
  }
};

/** Whether the built-in base of the class `type` gives its instances a tp_iter of its own. */
function hasBuiltinIter(interp: Interpreter, obj: Ptr, type: Ptr): boolean {
  if (interp.classes.get(type)?.builtinBase === NULL) return false;
  const n = interp.n;
  return (
    n.isList(obj) ||
    n.isTuple(obj) ||
    n.isStr(obj) ||
    n.isBytes(obj) ||
    n.isDict(obj) ||
    n.isSet(obj) ||
    O.bytearray_check(interp.space, obj) ||
    interp.sequenceMethodsOf(obj) !== undefined
  );
}

/** iter() of the built-in part of `obj` (its type's tp_iter, not a class's __iter__). */
I.nativeIter = function (this: Interpreter, obj: Ptr): Ptr {
  const n = this.n;
  const rt = this.space.rt;
  const type = rt.typeObject(obj);
  // The exact built-in containers first (the checks below walk a subclass's base chain).
  const space = this.space;
  if (type === space.lists.type) return newSeqIter(this, obj, this.listIterType);
  if (type === space.dicts.type) return newPosIter(this, this.dictIterType, 56, obj, 0);
  if (type === space.tuples.type) return newSeqIter(this, obj, this.tupleIterType);
  if (type === space.strs.type)
    return newSeqIter(this, obj, O.str_isAscii(rt.mem, obj) ? this.strAsciiIterType : this.strIterType);
  if (type === space.sets.setType || type === space.sets.frozensetType)
    return newPosIter(this, this.setIterType, 48, obj, 0);
  // The iterators that comprehensions and nested loops iterate again (PyObject_SelfIter).
  if (type === this.rangeIterType || type === this.listIterType || type === this.generatorType)
    return this.ref(obj);
  // range with the exact types (the checks below walk a subclass's base chain).
  if (type === this.rangeType) {
    // start, step and the range's own (exact) length, when all four fields are safe integers.
    const u32 = rt.mem.u32;
    const a = O.long_asSafe(space, u32[(obj + 16) >>> 2] as Ptr);
    const c = O.long_asSafe(space, u32[(obj + 32) >>> 2] as Ptr);
    const len = O.long_asSafe(space, u32[(obj + 40) >>> 2] as Ptr);
    if (
      Number.isNaN(a) ||
      Number.isNaN(c) ||
      Number.isNaN(len) ||
      Number.isNaN(O.long_asSafe(space, u32[(obj + 24) >>> 2] as Ptr))
    )
      return this.longRangeIter(obj, false);
    const it = rt.objectNew(this.rangeIterType, 48);
    rt.mem.f64[(it + 16) >>> 3] = a;
    rt.mem.f64[(it + 24) >>> 3] = c;
    rt.mem.f64[(it + 32) >>> 3] = len;
    rt.mem.f64[(it + 40) >>> 3] = len;
    return it;
  }
  if (n.isList(obj)) return newSeqIter(this, obj, this.listIterType);
  if (n.isTuple(obj)) return newSeqIter(this, obj, this.tupleIterType);
  // A dict view (before the checks that walk the base chain).
  const viewKind = this.dictViewTypes.indexOf(type);
  if (viewKind >= 0) {
    const itType =
      viewKind === 0 ? this.dictIterType : viewKind === 1 ? this.dictValueIterType : this.dictItemIterType;
    return newPosIter(this, itType, 56, rt.mem.u32[(obj + 16) >>> 2] as Ptr, viewKind);
  }
  if (n.isStr(obj))
    return newSeqIter(this, obj, O.str_isAscii(rt.mem, obj) ? this.strAsciiIterType : this.strIterType);
  if (n.isBytes(obj)) return newSeqIter(this, obj, this.bytesIterType);
  if (O.bytearray_check(this.space, obj)) return newSeqIter(this, obj, this.bytearrayIterType);
  if (n.isDict(obj)) return newPosIter(this, this.dictIterType, 56, obj, 0);
  if (n.isSet(obj)) return newPosIter(this, this.setIterType, 48, obj, 0);
  if (
    type === this.generatorType ||
    this.isSeqIterType(type) ||
    this.isDictIterType(type) ||
    type === this.setIterType ||
    type === this.rangeIterType ||
    this.isNativeIterator(obj) ||
    this.isNativeIterInstance(obj) // a subclass of enumerate, zip, map … (PyObject_SelfIter)
  ) {
    return this.ref(obj);
  }
  const target = this.proxyTarget(obj);
  if (target !== NULL) return this.iter(target);
  const sq = this.sequenceMethodsOf(obj);
  if (sq !== undefined) return sq.iter(obj);
  throw new PyErr('TypeError', `'${this.space.typeName(obj)}' object is not iterable`);
};

declare module './interp.js' {
  interface Interpreter {
    /** Iterator types made by builtins (enumerate, zip, map, …): JS next functions by type. */
    nativeIterators: IterNextTable;
    isNativeIterator(obj: Ptr): boolean;
    /** `obj` is a native iterator object, of its type or of a class derived from it. */
    isNativeIterInstance(obj: Ptr): boolean;
  }
}

I.isNativeIterator = function (this: Interpreter, obj: Ptr): boolean {
  return this.nativeIterators?.has(this.space.rt.typeObject(obj)) ?? false;
};

/** Classes whose instances are native iterators (a base is enumerate, zip, map …), by class. */
const nativeIterClasses = new WeakMap<object, boolean>();

I.isNativeIterInstance = function (this: Interpreter, obj: Ptr): boolean {
  const type = this.space.rt.typeObject(obj);
  if (this.nativeIterators.has(type)) return true;
  const info = this.classes.get(type);
  if (info === undefined) return false;
  let r = nativeIterClasses.get(info);
  if (r === undefined) {
    r = info.mro.some((t) => this.nativeIterators.has(t));
    nativeIterClasses.set(info, r);
  }
  return r;
};

/** PyIter_Next: the next item (a new reference), or 0 when exhausted. */
I.next = function (this: Interpreter, it: Ptr): Ptr {
  // Small enough for V8 to inline into a generated loop: a range step and an exact list's
  // step here, everything else in nextSlow.
  const space = this.space;
  const mem = space.rt.mem;
  const type = mem.u32[(it + OB_TYPE) >>> 2] as Ptr;
  if (type === this.rangeIterType) {
    const f64 = mem.f64;
    const left = f64[(it + 32) >>> 3];
    if (left <= 0) return NULL;
    const v = f64[(it + 16) >>> 3];
    f64[(it + 16) >>> 3] = v + f64[(it + 24) >>> 3];
    f64[(it + 32) >>> 3] = left - 1;
    return O.long_fromNumber(space, v);
  }
  if (type === this.listIterType) {
    const seq = mem.u32[(it + SEQ_SEQ) >>> 2];
    if (seq !== NULL && mem.u32[(seq + OB_TYPE) >>> 2] === space.lists.type) {
      const i = mem.f64[(it + SEQ_INDEX) >>> 3];
      if (i < mem.i32[(seq + OB_SIZE) >>> 2]) {
        const item = mem.u32[(mem.u32[(seq + LIST_ITEMS) >>> 2] + 8 * i) >>> 2] as Ptr;
        space.rt.incref(item);
        mem.f64[(it + SEQ_INDEX) >>> 3] = i + 1;
        return item;
      }
    }
  }
  return this.nextSlow(it, type);
};

I.nextSlow = function (this: Interpreter, it: Ptr, type: Ptr): Ptr {
  const n = this.n;
  const rt = this.space.rt;
  if (type === this.generatorType) return this.genNext(it);
  if (this.isSeqIterType(type)) {
    const seq = rt.mem.u32[(it + SEQ_SEQ) >>> 2] as Ptr;
    if (seq === NULL) return NULL;
    const i = rt.mem.f64[(it + SEQ_INDEX) >>> 3];
    let item: Ptr = NULL;
    const seqType = rt.typeObject(seq);
    const space = this.space;
    if (seqType === space.lists.type || seqType === space.tuples.type) {
      // An exact list or tuple: the item straight from ob_item (a list's current size decides).
      const mem = rt.mem;
      if (i < mem.i32[(seq + OB_SIZE) >>> 2]) {
        item = (
          seqType === space.lists.type
            ? mem.u32[(mem.u32[(seq + LIST_ITEMS) >>> 2] + 8 * i) >>> 2]
            : mem.u32[(seq + TUPLE_ITEMS + 8 * i) >>> 2]
        ) as Ptr;
        rt.incref(item);
        rt.mem.f64[(it + SEQ_INDEX) >>> 3] = i + 1;
        return item;
      }
    } else if (
      rt.typeObject(it) === this.seqIterType &&
      this.classes.has(seqType) &&
      !n.isList(seq) &&
      !n.isTuple(seq)
    ) {
      // The sequence protocol (a class's __getitem__); a str or bytes subclass's own
      // iterator reads its characters directly, as unicode_iter does.
      const key = n.int(i);
      try {
        item = this.getItem(seq, key);
      } catch (e) {
        // (A caught PyException owns its reference: swallowing it releases that one.)
        const x = e instanceof PyException ? e.exc : this.toException(e);
        const isStop =
          this.exc.isSubtype(rt.typeObject(x), this.exc.type('IndexError')) ||
          this.exc.isSubtype(rt.typeObject(x), this.exc.type('StopIteration'));
        if (!isStop) throw e instanceof PyException ? e : new PyException(x);
        this.decref(x);
      } finally {
        this.decref(key);
      }
    } else if (n.isStr(seq)) {
      if (i < n.size(seq)) item = n.strItem(seq, i);
    } else if (n.isBytes(seq)) {
      // One byte at a time (copying the whole buffer per step made iteration quadratic).
      if (i < n.size(seq)) item = O.bytes_getitem(this.space, seq, i);
    } else if (O.bytearray_check(this.space, seq)) {
      if (i < O.bytearray_len(this.space, seq)) item = n.int(O.bytearray_byte(this.space, seq, i));
    } else {
      // One item straight from the list's ob_item or the tuple's inline items (the list
      // may have changed size since the last step: its current size decides).
      const mem = rt.mem;
      if (i < mem.i32[(seq + OB_SIZE) >>> 2]) {
        item = (
          n.isList(seq)
            ? mem.u32[(mem.u32[(seq + LIST_ITEMS) >>> 2] + 8 * i) >>> 2]
            : mem.u32[(seq + TUPLE_ITEMS + 8 * i) >>> 2]
        ) as Ptr;
        rt.incref(item);
      }
    }
    if (item === NULL) {
      rt.mem.u32[(it + SEQ_SEQ) >>> 2] = 0;
      rt.decref(seq);
      return NULL;
    }
    rt.mem.f64[(it + SEQ_INDEX) >>> 3] = i + 1;
    return item;
  }
  if (this.isDictIterType(type) || type === this.setIterType) {
    const c = rt.mem.u32[(it + 16) >>> 2] as Ptr;
    if (c === NULL) return NULL;
    const isDict = this.isDictIterType(type);
    const size = isDict ? O.dict_size(this.space, c) : O.set_size(this.space, c);
    if (size !== rt.mem.u32[(it + 24) >>> 2]) {
      rt.mem.u32[(it + 24) >>> 2] = 0xffffffff;
      throw new PyErr('RuntimeError', `${isDict ? 'dictionary' : 'Set'} changed size during iteration`);
    }
    const pos = rt.mem.u32[(it + 32) >>> 2];
    if (isDict) {
      const next = O.dict_nextEntry(this.space, c, pos);
      if (next >= 0) {
        const left = rt.mem.u32[(it + 28) >>> 2];
        if (left === 0) {
          // dictiter_iternextkey: same size but a key the iteration did not expect.
          rt.mem.u32[(it + 16) >>> 2] = 0;
          rt.decref(c);
          throw new PyErr('RuntimeError', 'dictionary keys changed during iteration');
        }
        rt.mem.u32[(it + 28) >>> 2] = left - 1;
        rt.mem.u32[(it + 32) >>> 2] = next;
        const kind = rt.mem.u32[(it + 40) >>> 2];
        const { key, value } = O.dictEntry;
        if (kind === 0) return this.ref(key);
        if (kind === 1) return this.ref(value);
        return recyclePair(this, it + 48, this.ref(key), this.ref(value));
      }
    } else {
      const e = n.setNext(c, pos);
      if (e !== null) {
        rt.mem.u32[(it + 32) >>> 2] = e[1];
        return this.ref(e[0]);
      }
    }
    rt.mem.u32[(it + 16) >>> 2] = 0;
    rt.decref(c);
    return NULL;
  }
  const native = this.nativeIterators?.get(type);
  if (native !== undefined) {
    try {
      return native(it);
    } catch (e) {
      // PyIter_Next: a StopIteration raised inside (map's function calling next()) ends it.
      if (!isStopIteration(this, e)) throw e;
      return NULL;
    }
  }
  const referent = this.proxyTarget(it);
  if (referent !== NULL) {
    // proxy_iternext: the referent must be an iterator itself.
    if (!this.isIterator(referent))
      throw new PyErr(
        'TypeError',
        `Weakref proxy referenced a non-iterator '${this.space.typeName(referent)}' object`,
      );
    this.incref(referent);
    try {
      return this.next(referent);
    } finally {
      this.decref(referent);
    }
  }
  // A subclass of a native iterator that keeps its base's __next__.
  if (
    this.classes.has(type) &&
    this.isNativeIterInstance(it) &&
    this.typeLookup(type, n.intern('__next__')) === NULL
  )
    return (this.nativeIterState.get(it) ?? (() => NULL))();
  // A Python iterator: __next__, StopIteration ends it.
  try {
    const r = this.callSpecial(it, '__next__', []);
    if (r === NULL) throw new PyErr('TypeError', `'${this.space.typeName(it)}' object is not an iterator`);
    return r;
  } catch (e) {
    if (e instanceof PyErr && e.excType === 'StopIteration') return NULL;
    if (
      e instanceof PyException &&
      this.exc.isSubtype(rt.typeObject(e.exc), this.exc.type('StopIteration'))
    ) {
      this.decref(e.exc);
      return NULL;
    }
    throw e;
  }
};

I.iterToArray = function (this: Interpreter, iterable: Ptr): Ptr[] {
  const it = this.iter(iterable);
  const out: Ptr[] = [];
  try {
    for (let x = this.next(it); x !== NULL; x = this.next(it)) out.push(x);
  } catch (e) {
    for (const x of out) this.decref(x);
    throw e;
  } finally {
    this.decref(it);
  }
  return out;
};

/**
 * enum_next's, zip_next's and dictiter_iternextitem's reuse of their result tuple (whose pointer is the word at
 * `slot`): when only the iterator holds it, it is refilled with `items` (stolen) and handed
 * out again, re-tracked if the collector had untracked it; otherwise a new tuple.
 */
export function recycleResult(interp: Interpreter, slot: number, items: Ptr[]): Ptr {
  const rt = interp.space.rt;
  const result = rt.mem.u32[slot >>> 2] as Ptr;
  if (rt.refcnt(result) !== 1) return interp.n.tuple(items);
  rt.incref(result);
  const old: Ptr[] = [];
  for (let i = 0; i < items.length; i++) {
    const at = (result + TUPLE_ITEMS + 8 * i) >>> 2;
    old.push(rt.mem.u32[at] as Ptr);
    rt.mem.u32[at] = items[i];
  }
  for (const o of old) rt.decref(o);
  if (!rt.isTracked(result)) rt.track(result);
  return result;
}

/** recycleResult for a (key, value) pair, without arrays (dictiter_iternextitem). */
export function recyclePair(interp: Interpreter, slot: number, key: Ptr, value: Ptr): Ptr {
  const rt = interp.space.rt;
  const result = rt.mem.u32[slot >>> 2] as Ptr;
  if (rt.refcnt(result) !== 1) return interp.n.tuple([key, value]);
  const u32 = rt.mem.u32;
  const at = (result + TUPLE_ITEMS) >>> 2;
  const oldKey = u32[at] as Ptr;
  const oldValue = u32[at + 2] as Ptr;
  u32[at] = key;
  u32[at + 2] = value;
  rt.incref(result);
  rt.decref(oldKey);
  rt.decref(oldValue);
  if (!rt.isTracked(result)) rt.track(result);
  return result;
}

// ── length hints ─────────────────────────────────────────────────────────────

declare module './interp.js' {
  interface Interpreter {
    /** PyObject_LengthHint: len(obj), else obj.__length_hint__(), else `dflt`. */
    lengthHint(obj: Ptr, dflt: number): number;
    /** The __length_hint__ of a built-in iterator (items left), or -1 for other objects. */
    iteratorLengthHint(it: Ptr): number;
  }
}

I.iteratorLengthHint = function (this: Interpreter, it: Ptr): number {
  const n = this.n;
  const rt = this.space.rt;
  const type = rt.typeObject(it);
  if (this.isSeqIterType(type)) {
    const seq = rt.mem.u32[(it + SEQ_SEQ) >>> 2] as Ptr;
    if (seq === NULL) return 0;
    if (this.classes.has(rt.typeObject(seq))) return -1;
    return Math.max(0, n.size(seq) - rt.mem.f64[(it + SEQ_INDEX) >>> 3]);
  }
  if (type === this.rangeIterType) return Math.max(0, rt.mem.f64[(it + 32) >>> 3]);
  const nativeHint = this.nativeIterHints.get(it);
  if (nativeHint !== undefined) return nativeHint();
  if (O.dequeiter_check(this.space, it)) return O.dequeiter_len(this.space, it);
  if (this.isDictIterType(type) || type === this.setIterType) {
    const c = rt.mem.u32[(it + 16) >>> 2] as Ptr;
    if (c === NULL || n.size(c) !== rt.mem.u32[(it + 24) >>> 2]) return 0;
    if (type !== this.setIterType) return rt.mem.u32[(it + 28) >>> 2];
    let left = 0;
    let pos = rt.mem.u32[(it + 32) >>> 2];
    for (;;) {
      const e = this.isDictIterType(type) ? n.dictNext(c, pos) : n.setNext(c, pos);
      if (e === null) return left;
      pos = e[e.length - 1] as number;
      left++;
    }
  }
  return -1;
};

// A caught error that is a TypeError (a pending PyErr or a raised exception object).
function isTypeError(interp: Interpreter, e: unknown): boolean {
  if (e instanceof PyErr) return e.excType === 'TypeError';
  return (
    e instanceof PyException &&
    interp.exc.isSubtype(interp.space.rt.typeObject(e.exc), interp.exc.type('TypeError'))
  );
}

// Drops a caught error (a PyException owns a reference to its exception object).
function discardError(interp: Interpreter, e: unknown): void {
  if (e instanceof PyException) interp.decref(e.exc);
}

I.lengthHint = function (this: Interpreter, obj: Ptr, dflt: number): number {
  const n = this.n;
  const type = this.space.rt.typeObject(obj);
  const heap = this.classes.has(type);
  if (!heap) {
    const size = n.size(obj);
    if (size >= 0) return size;
    if (type === this.rangeType || this.dictViewTypes.includes(type)) return this.len(obj);
    const sq = this.sequenceMethodsOf(obj);
    if (sq !== undefined) return sq.length(obj);
    const hint = this.iteratorLengthHint(obj);
    return hint >= 0 ? hint : dflt;
  }
  // A __len__ that raises TypeError falls through to __length_hint__; other errors propagate.
  if (this.typeLookup(type, n.intern('__len__')) !== NULL) {
    try {
      return this.len(obj);
    } catch (e) {
      if (!isTypeError(this, e)) throw e;
      discardError(this, e);
    }
  }
  // A subclass of a built-in container: the base's length.
  const size = n.size(obj);
  if (size >= 0) return size;
  const sq = this.sequenceMethodsOf(obj);
  if (sq !== undefined) return sq.length(obj);
  let r: Ptr;
  try {
    r = this.callSpecial(obj, '__length_hint__', []);
  } catch (e) {
    // A __length_hint__ that raises TypeError gives the default.
    if (!isTypeError(this, e)) throw e;
    discardError(this, e);
    return dflt;
  }
  if (r === NULL) {
    // A class over a built-in iterator (enumerate, reversed …) inherits its __length_hint__.
    const hint = this.iteratorLengthHint(obj);
    return hint >= 0 ? hint : dflt;
  }
  if (r === this.space.notImplemented) {
    this.decref(r);
    return dflt;
  }
  try {
    if (!n.isInt(r))
      throw new PyErr('TypeError', `__length_hint__ must be an integer, not ${this.space.typeName(r)}`);
    // PyLong_AsSsize_t of the answer.
    const big = n.intBig(r);
    if (big >= 2n ** 63n || big < -(2n ** 63n))
      throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
    const v = Number(big);
    if (v < 0) throw new PyErr('ValueError', '__length_hint__() should return >= 0');
    return v;
  } finally {
    this.decref(r);
  }
};

// A thrown StopIteration (released), as PyIter_Next clears it; false for anything else.
function isStopIteration(interp: Interpreter, e: unknown): boolean {
  if (e instanceof PyErr) return e.excType === 'StopIteration';
  if (!(e instanceof PyException)) return false;
  const stop = interp.exc.isSubtype(interp.space.rt.typeObject(e.exc), interp.exc.type('StopIteration'));
  if (stop) interp.decref(e.exc);
  return stop;
}
