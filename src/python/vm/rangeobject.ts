// The range type's sequence behaviour (Objects/rangeobject.c): indexing and slicing,
// start/stop/step, index() and count(), `in` by arithmetic for ints, == and hash as
// sequences, and reversed() as a range_iterator that counts down.
//
// pymm keeps a range's bounds as JS numbers (|x| < 2^53; the constructor refuses more).

import { NULL, type Ptr } from '../../heap/index.js';
import { adjustSlice, CompareOp, PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    initRange(): void;
    /** range[key] for an int-like key or a slice (new reference). */
    rangeSubscript(r: Ptr, key: Ptr): Ptr;
    /** reversed(range): a range_iterator from the last item down (new reference). */
    rangeReversed(r: Ptr): Ptr;
  }
}

const I = Interpreter.prototype;

/** compute_range_length: how many items range(start, stop, step) has. */
export function rangeLength(start: number, stop: number, step: number): number {
  return step > 0
    ? Math.max(0, Math.ceil((stop - start) / step))
    : Math.max(0, Math.ceil((start - stop) / -step));
}

I.initRange = function (this: Interpreter): void {
  const space = this.space;
  const n = this.n;
  const type = this.rangeType;
  const parts = (r: Ptr) => this.rangeParts(r);
  const getters = new Map<string, (self: Ptr) => Ptr>([
    ['start', (r) => n.int(parts(r)[0])],
    ['stop', (r) => n.int(parts(r)[1])],
    ['step', (r) => n.int(parts(r)[2])],
  ]);
  this.nativeGetters.set(type, getters);
  const intValue = (x: Ptr) => rangeIntValue(this, x);
  const position = (r: Ptr, v: number) => rangePosition(this, r, v);
  this.defMethod(type, 'index', (self, args) => {
    if (args.length !== 1)
      throw new PyErr('TypeError', `index() takes exactly one argument (${args.length} given)`);
    const v = intValue(args[0]);
    if (v !== null) {
      const i = position(self, v);
      if (i >= 0) return n.int(i);
      throw new PyErr('ValueError', `${v} is not in range`);
    }
    const i = this.sequenceIndex(self, args[0]);
    if (i >= 0) return n.int(i);
    throw new PyErr('ValueError', 'sequence.index(x): x not in sequence');
  });
  this.defMethod(type, 'count', (self, args) => {
    if (args.length !== 1)
      throw new PyErr('TypeError', `count() takes exactly one argument (${args.length} given)`);
    const v = intValue(args[0]);
    if (v !== null) return n.int(position(self, v) >= 0 ? 1 : 0);
    let count = 0;
    const [a, b, c] = parts(self);
    for (let i = 0, len = rangeLength(a, b, c); i < len; i++) {
      const item = n.int(a + i * c);
      try {
        if (this.truthyOf(this.compare(item, args[0], CompareOp.EQ))) count++;
      } finally {
        this.decref(item);
      }
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
    const [a, b, c] = parts(r);
    const len = rangeLength(a, b, c);
    const t = n.tuple([
      n.int(len),
      len === 0 ? this.newNone() : n.int(a),
      len <= 1 ? this.newNone() : n.int(c),
    ]);
    try {
      return space.hash(t);
    } finally {
      this.decref(t);
    }
  };
};

// The value of `x` when it is an int or bool that fits a JS number (range_contains' fast case), else null.
function rangeIntValue(interp: Interpreter, x: Ptr): number | null {
  if (!interp.n.isInt(x)) return null;
  const v = interp.n.intSafe(x);
  return Number.isNaN(v) ? null : v;
}

// The index of the int `v` in range `r`, or -1.
function rangePosition(interp: Interpreter, r: Ptr, v: number): number {
  const [a, b, c] = interp.rangeParts(r);
  const inside = c > 0 ? v >= a && v < b : v <= a && v > b;
  return inside && (v - a) % c === 0 ? (v - a) / c : -1;
}

/** `x in r`: arithmetic for ints, else a scan comparing with ==. */
export function rangeContains(interp: Interpreter, r: Ptr, x: Ptr): boolean {
  const v = rangeIntValue(interp, x);
  return v !== null ? rangePosition(interp, r, v) >= 0 : interp.sequenceIndex(r, x) >= 0;
}

// What decides range equality: the length, and the start and step where they matter.
function rangeKey(interp: Interpreter, r: Ptr): string {
  const [a, b, c] = interp.rangeParts(r);
  const len = rangeLength(a, b, c);
  return len === 0 ? '0' : len === 1 ? `1,${a}` : `${len},${a},${c}`;
}

I.rangeSubscript = function (this: Interpreter, r: Ptr, key: Ptr): Ptr {
  const n = this.n;
  const [a, b, c] = this.rangeParts(r);
  const len = rangeLength(a, b, c);
  if (n.isSlice(key)) {
    const bound = (p: Ptr): number | null => (p === this.none ? null : this.toIndex(p, 'integer'));
    const [s0, s1, s2] = n.sliceParts(key);
    const s = adjustSlice({ start: bound(s0), stop: bound(s1), step: bound(s2) }, len);
    return this.newRange(a + s.start * c, a + s.stop * c, c * s.step);
  }
  let i: number;
  try {
    i = this.indexOf(key, 'range');
  } catch (e) {
    // A huge index is simply out of range (range_item works on Python ints).
    if (e instanceof PyErr && e.excType === 'IndexError') i = Number.POSITIVE_INFINITY;
    else throw e;
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw new PyErr('IndexError', 'range object index out of range');
  return n.int(a + i * c);
};

I.rangeReversed = function (this: Interpreter, r: Ptr): Ptr {
  const rt = this.space.rt;
  const [a, b, c] = this.rangeParts(r);
  const len = rangeLength(a, b, c);
  const it = rt.objectNew(this.rangeIterType, 48);
  const f64 = rt.mem.f64;
  f64[(it + 16) >>> 3] = a + (len - 1) * c;
  f64[(it + 24) >>> 3] = -c;
  f64[(it + 32) >>> 3] = len;
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
    const r = this.classes.has(this.space.rt.typeObject(key)) ? this.callSpecial(key, '__index__', []) : NULL;
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
