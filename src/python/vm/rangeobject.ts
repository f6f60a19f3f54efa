// The range type's sequence behaviour (Objects/rangeobject.c): indexing and slicing,
// start/stop/step, index() and count(), `in` by arithmetic for ints, == and hash as
// sequences, and reversed() as a range_iterator that counts down.
//
// A range holds its start, stop, step and length as int objects, as CPython's does. When all
// four fit in 53 bits the operations run on JS numbers (and iterate with range_iterator);
// otherwise on BigInts, iterating with a longrange_iterator.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { CompareOp, DEFAULT_PY_SLOTS, PyErr, pointerHash } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    initRange(): void;
    /** range[key] for an int-like key or a slice (new reference). */
    rangeSubscript(r: Ptr, key: Ptr): Ptr;
    /** reversed(range): a range_iterator from the last item down (new reference). */
    rangeReversed(r: Ptr): Ptr;
    /** range_length: len(r), or OverflowError when it does not fit in a Py_ssize_t. */
    rangeLen(r: Ptr): number;
    /** len(r) as a new int object (exact for lengths of 2^53 and more). */
    rangeLenObject(r: Ptr): Ptr;
    /** A longrange_iterator over `r`, or over it backwards (new reference). */
    longRangeIter(r: Ptr, reversed: boolean): Ptr;
    longRangeIterType: Ptr;
    /** hash(r): the exact 64-bit hash of (len, start, step) as range_hash computes it. */
    rangeHashExact(r: Ptr): bigint;
  }
}

const I = Interpreter.prototype;
const PY_SSIZE_T_MAX = (1n << 63n) - 1n;

/** compute_range_length: how many items range(start, stop, step) has. */
export function rangeLength(start: number, stop: number, step: number): number {
  return step > 0
    ? Math.max(0, Math.ceil((stop - start) / step))
    : Math.max(0, Math.ceil((start - stop) / -step));
}

I.initRange = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  const n = this.n;
  const type = this.rangeType;
  const field = (at: number) => (r: Ptr) => this.ref(rt.mem.u32[(r + at) >>> 2] as Ptr);
  const getters = new Map<string, (self: Ptr) => Ptr>([
    ['start', field(16)],
    ['stop', field(24)],
    ['step', field(32)],
  ]);
  this.nativeGetters.set(type, getters);
  // longrangeiterobject: start, step, len (int objects), not GC.
  const longIter = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'longrange_iterator',
    basicsize: 48,
    dealloc: (op) => {
      const u32 = rt.mem.u32;
      const start = u32[(op + 16) >>> 2] as Ptr;
      const step = u32[(op + 24) >>> 2] as Ptr;
      const len = u32[(op + 32) >>> 2] as Ptr;
      rt.objectFree(op);
      rt.decref(start);
      rt.decref(step);
      rt.decref(len);
    },
    hash: (op) => pointerHash(op),
  });
  this.longRangeIterType = longIter;
  this.nativeIterators.set(longIter, (it) => longRangeNext(this, it));
  this.defMethod(longIter, '__length_hint__', (self) => this.ref(rt.mem.u32[(self + 32) >>> 2] as Ptr));
  const big = (x: Ptr) => O.long_toBigInt(space, x);
  this.defMethod(type, 'index', (self, args) => {
    if (args.length !== 1)
      throw new PyErr('TypeError', `index() takes exactly one argument (${args.length} given)`);
    if (n.isInt(args[0])) {
      const i = rangePositionBig(this, self, big(args[0]));
      if (i >= 0n) return O.long_fromBigInt(space, i);
      throw new PyErr('ValueError', `${this.reprOf(args[0])} is not in range`);
    }
    const i = this.sequenceIndex(self, args[0]);
    if (i >= 0) return n.int(i);
    throw new PyErr('ValueError', 'sequence.index(x): x not in sequence');
  });
  this.defMethod(type, 'count', (self, args) => {
    if (args.length !== 1)
      throw new PyErr('TypeError', `count() takes exactly one argument (${args.length} given)`);
    if (n.isInt(args[0])) return n.int(rangePositionBig(this, self, big(args[0])) >= 0n ? 1 : 0);
    let count = 0;
    const it = this.iter(self);
    try {
      for (let item = this.next(it); item !== NULL; item = this.next(it)) {
        try {
          if (this.truthyOf(this.compare(item, args[0], CompareOp.EQ))) count++;
        } finally {
          this.decref(item);
        }
      }
    } finally {
      this.decref(it);
    }
    return n.int(count);
  });
  this.defMethod(type, '__contains__', (self, args) => this.bool(rangeContains(this, self, args[0])));
  this.defMethod(type, '__reversed__', (self) => this.rangeReversed(self));
  const slots = space.slots(type);
  // range_richcompare: equal when they describe the same sequence of ints.
  slots.richcompare = (a, b, op) => {
    if (space.rt.typeObject(b) !== type || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
      return this.ref(space.notImplemented);
    }
    const same = rangeKey(this, a) === rangeKey(this, b);
    return this.bool(op === CompareOp.EQ ? same : !same);
  };
  // range_hash: hash((len, start, step)), with None for what does not matter.
  slots.hash = (r) => {
    const t = rangeHashTuple(this, r);
    try {
      return space.hash(t);
    } finally {
      this.decref(t);
    }
  };
  this.defMethod(type, '__hash__', (self) => n.bigint(this.rangeHashExact(self)));
};

// The tuple range_hash hashes: (len, start, step), None for what does not matter (new reference).
function rangeHashTuple(interp: Interpreter, r: Ptr): Ptr {
  const u32 = interp.space.rt.mem.u32;
  const [start, , step, len] = [16, 24, 32, 40].map((at) => u32[(r + at) >>> 2] as Ptr);
  const length = interp.n.intSafe(len);
  return interp.n.tuple([
    interp.ref(len),
    length === 0 ? interp.newNone() : interp.ref(start),
    length === 0 || length === 1 ? interp.newNone() : interp.ref(step),
  ]);
}

I.rangeHashExact = function (this: Interpreter, r: Ptr): bigint {
  const t = rangeHashTuple(this, r);
  try {
    return O.exactHash(this.space, t);
  } finally {
    this.decref(t);
  }
};

I.rangeLen = function (this: Interpreter, r: Ptr): number {
  const len = this.n.intSafe(this.space.rt.mem.u32[(r + 40) >>> 2] as Ptr);
  if (!Number.isNaN(len)) return len;
  const b = this.rangeBig(r)[3];
  if (b > PY_SSIZE_T_MAX) throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(b);
};

I.rangeLenObject = function (this: Interpreter, r: Ptr): Ptr {
  const len = this.n.intSafe(this.space.rt.mem.u32[(r + 40) >>> 2] as Ptr);
  if (!Number.isNaN(len)) return this.n.int(len);
  const b = this.rangeBig(r)[3];
  if (b > PY_SSIZE_T_MAX) throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  return O.long_fromBigInt(this.space, b);
};

I.longRangeIter = function (this: Interpreter, r: Ptr, reversed: boolean): Ptr {
  const space = this.space;
  const rt = space.rt;
  const [a, , c, len] = this.rangeBig(r);
  const start = reversed ? a + (len - 1n) * c : a;
  const step = reversed ? -c : c;
  const it = rt.objectNew(this.longRangeIterType, 48);
  const fields = [start, step, len].map((v) => O.long_fromBigInt(space, v));
  for (let i = 0; i < 3; i++) rt.mem.u32[(it + 16 + 8 * i) >>> 2] = fields[i];
  rt.mem.u32[(it + 40) >>> 2] = 0;
  return it;
};

// longrangeiter_next: start, then start + step, … while len lasts.
function longRangeNext(interp: Interpreter, it: Ptr): Ptr {
  const space = interp.space;
  const u32 = space.rt.mem.u32;
  const lenObj = u32[(it + 32) >>> 2] as Ptr;
  const len = O.long_toBigInt(space, lenObj);
  if (len <= 0n) return NULL;
  const startObj = u32[(it + 16) >>> 2] as Ptr;
  const start = O.long_toBigInt(space, startObj);
  const step = O.long_toBigInt(space, u32[(it + 24) >>> 2] as Ptr);
  u32[(it + 16) >>> 2] = O.long_fromBigInt(space, start + step);
  u32[(it + 32) >>> 2] = O.long_fromBigInt(space, len - 1n);
  interp.decref(lenObj);
  return startObj;
}

// The index of the int `v` in range `r`, or -1 (range_index / range_contains_long).
function rangePositionBig(interp: Interpreter, r: Ptr, v: bigint): bigint {
  const [a, b, c] = interp.rangeBig(r);
  const inside = c > 0n ? v >= a && v < b : v <= a && v > b;
  return inside && (v - a) % c === 0n ? (v - a) / c : -1n;
}

// The index of the int `v` in a range of JS numbers, or -1.
function rangePosition(interp: Interpreter, r: Ptr, v: number): number {
  const [a, b, c] = interp.rangeParts(r);
  const inside = c > 0 ? v >= a && v < b : v <= a && v > b;
  return inside && (v - a) % c === 0 ? (v - a) / c : -1;
}

/** `x in r`: arithmetic for ints, else a scan comparing with ==. */
export function rangeContains(interp: Interpreter, r: Ptr, x: Ptr): boolean {
  if (!interp.n.isInt(x)) return interp.sequenceIndex(r, x) >= 0;
  const v = interp.n.intSafe(x);
  if (!Number.isNaN(v) && interp.rangeSmall(r)) return rangePosition(interp, r, v) >= 0;
  return rangePositionBig(interp, r, O.long_toBigInt(interp.space, x)) >= 0n;
}

// What decides range equality: the length, and the start and step where they matter.
function rangeKey(interp: Interpreter, r: Ptr): string {
  const [a, , c, len] = interp.rangeBig(r);
  return len === 0n ? '0' : len === 1n ? `1,${a}` : `${len},${a},${c}`;
}

// _PySlice_GetLongIndices: a slice's start, stop, step for a sequence of `length` items.
function longSliceIndices(interp: Interpreter, slice: Ptr, length: bigint): [bigint, bigint, bigint] {
  const bound = (p: Ptr): bigint | null => {
    if (p === interp.none) return null;
    const v = interp.indexValue(p);
    if (v === NULL)
      throw new PyErr('TypeError', 'slice indices must be integers or None or have an __index__ method');
    try {
      return O.long_toBigInt(interp.space, v);
    } finally {
      interp.decref(v);
    }
  };
  const [p0, p1, p2] = interp.n.sliceParts(slice);
  const step = bound(p2) ?? 1n;
  if (step === 0n) throw new PyErr('ValueError', 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      const w = v + length;
      return w < lower ? lower : w;
    }
    return v > upper ? upper : v;
  };
  // stop is read before start, as CPython evaluates them (errors come in that order).
  const start = clamp(bound(p0), step < 0n ? upper : lower);
  const stop = clamp(bound(p1), step < 0n ? lower : upper);
  return [start, stop, step];
}

I.rangeSubscript = function (this: Interpreter, r: Ptr, key: Ptr): Ptr {
  const n = this.n;
  if (n.isSlice(key)) {
    const [a, , c, len] = this.rangeBig(r);
    const [start, stop, step] = longSliceIndices(this, key, len);
    return this.newRangeBig(a + start * c, a + stop * c, c * step);
  }
  const idx = this.indexValue(key);
  if (idx === NULL)
    throw new PyErr('TypeError', `range indices must be integers or slices, not ${this.space.typeName(key)}`);
  try {
    const i = n.intSafe(idx);
    if (!Number.isNaN(i) && this.rangeSmall(r)) {
      const [a, b, c] = this.rangeParts(r);
      const len = rangeLength(a, b, c);
      const j = i < 0 ? i + len : i;
      if (j < 0 || j >= len) throw new PyErr('IndexError', 'range object index out of range');
      return n.int(a + j * c);
    }
    const [a, , c, len] = this.rangeBig(r);
    let j = O.long_toBigInt(this.space, idx);
    if (j < 0n) j += len;
    if (j < 0n || j >= len) throw new PyErr('IndexError', 'range object index out of range');
    return O.long_fromBigInt(this.space, a + j * c);
  } finally {
    this.decref(idx);
  }
};

I.rangeReversed = function (this: Interpreter, r: Ptr): Ptr {
  if (!this.rangeSmall(r)) return this.longRangeIter(r, true);
  const rt = this.space.rt;
  const [a, b, c] = this.rangeParts(r);
  const len = rangeLength(a, b, c);
  const it = rt.objectNew(this.rangeIterType, 48);
  const f64 = rt.mem.f64;
  f64[(it + 16) >>> 3] = a + (len - 1) * c;
  f64[(it + 24) >>> 3] = -c;
  f64[(it + 32) >>> 3] = len;
  f64[(it + 40) >>> 3] = len;
  return it;
};

declare module './interp.js' {
  interface Interpreter {
    /** An index for a sequence of kind `what` from an int or an object with __index__. */
    indexOf(key: Ptr, what: string): number;
    /** Position of the first item equal to `x` when iterating `seq`, or -1. */
    sequenceIndex(seq: Ptr, x: Ptr): number;
    /** The truth of an owned result, released. */
    truthyOf(r: Ptr): boolean;
  }
}

I.indexOf = function (this: Interpreter, key: Ptr, what: string): number {
  const n = this.n;
  if (!n.isInt(key)) {
    const r = this.indexValue(key);
    if (r === NULL)
      throw new PyErr(
        'TypeError',
        `${what} indices must be integers or slices, not ${this.space.typeName(key)}`,
      );
    try {
      return this.indexOf(r, what);
    } finally {
      this.decref(r);
    }
  }
  const v = n.intSafe(key);
  if (Number.isNaN(v)) throw new PyErr('IndexError', `cannot fit 'int' into an index-sized integer`);
  return v;
};

I.sequenceIndex = function (this: Interpreter, seq: Ptr, x: Ptr): number {
  const it = this.iter(seq);
  try {
    for (let i = 0, item = this.next(it); item !== NULL; i++, item = this.next(it)) {
      const eq = item === x || this.truthyOf(this.compare(item, x, CompareOp.EQ));
      this.decref(item);
      if (eq) return i;
    }
    return -1;
  } finally {
    this.decref(it);
  }
};

I.truthyOf = function (this: Interpreter, r: Ptr): boolean {
  try {
    return this.truthy(r);
  } finally {
    this.decref(r);
  }
};
