// slice_richcompare, slice.__reduce__ and slice.indices (Objects/sliceobject.c): two slices
// compare as the tuples (start, stop, step), a slice pickles and copies as
// slice(start, stop, step), and indices() works in arbitrary precision.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from './args.js';
import type { Interpreter } from './interp.js';

// evaluate_slice_index: PyNumber_Index of a slice part, with the slice's own TypeError.
function sliceIndex(interp: Interpreter, v: Ptr): bigint {
  const i = interp.n.isInt(v) ? NULL : interp.indexValue(v);
  if (!interp.n.isInt(v) && i === NULL)
    throw new PyErr('TypeError', 'slice indices must be integers or None or have an __index__ method');
  if (i === NULL) return interp.n.intBig(v);
  try {
    return interp.n.intBig(i);
  } finally {
    interp.decref(i);
  }
}

/**
 * _PySlice_GetLongIndices: (start, stop, step) of `slice` for a sequence of `length` (>= 0),
 * clamped as slice.indices() gives them, in arbitrary precision.
 */
export function sliceLongIndices(interp: Interpreter, slice: Ptr, length: bigint): [bigint, bigint, bigint] {
  const none = interp.none;
  const [a, b, c] = interp.n.sliceParts(slice);
  const step = c === none ? 1n : sliceIndex(interp, c);
  if (step === 0n) throw new PyErr('ValueError', 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? lower + length : length;
  const clamp = (v: Ptr, dflt: bigint): bigint => {
    if (v === none) return dflt;
    let i = sliceIndex(interp, v);
    if (i < 0n) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(a, step < 0n ? upper : lower);
  const stop = clamp(b, step < 0n ? lower : upper);
  return [start, stop, step];
}

/** Gives the slice type its comparisons, its __reduce__ and indices(). */
export function installSliceMethods(interp: Interpreter): void {
  const space = interp.space;
  const rt = space.rt;
  const n = interp.n;
  const t = interp.sliceType;
  // PyTuple_Pack(3, start, stop, step): a new tuple of the three references.
  const parts = (s: Ptr) => {
    const [a, b, c] = n.sliceParts(s);
    const tuple = O.tuple_new(space, 3);
    for (const [i, x] of [a, b, c].entries()) O.tuple_initItem(space, tuple, i, interp.ref(x));
    return tuple;
  };
  space.slots(t).richcompare = (a, b, op) => {
    if (rt.typeObject(a) !== t || rt.typeObject(b) !== t) return interp.ref(space.notImplemented);
    // The same slice: equal, and neither less nor greater (CPython's shortcut).
    if (a === b) return interp.bool(op === O.CompareOp.EQ || op === O.CompareOp.LE || op === O.CompareOp.GE);
    const t1 = parts(a);
    let t2 = 0 as Ptr;
    try {
      t2 = parts(b);
      return O.richCompare(space, t1, t2, op);
    } finally {
      interp.decref(t1);
      if (t2 !== 0) interp.decref(t2);
    }
  };
  // slice_indices: the length through PyNumber_Index, never negative.
  interp.defMethod(t, 'indices', (self, args, kw) => {
    argCount('slice.indices', args, kw, 1, 1);
    const len = interp.indexValue(args[0]);
    if (len === NULL)
      throw new PyErr('TypeError', `'${space.typeName(args[0])}' object cannot be interpreted as an integer`);
    let length: bigint;
    try {
      length = n.intBig(len);
    } finally {
      interp.decref(len);
    }
    if (length < 0n) throw new PyErr('ValueError', 'length should not be negative');
    const r = sliceLongIndices(interp, self, length);
    return n.tuple(r.map((x) => n.bigint(x)));
  });
  interp.defMethod(t, '__reduce__', (self) => {
    const args = parts(self);
    return n.tuple([interp.ref(t), args]);
  });
}
