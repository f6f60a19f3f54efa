// slice_richcompare and slice.__reduce__ (Objects/sliceobject.c): two slices compare as the
// tuples (start, stop, step), and a slice pickles and copies as slice(start, stop, step).

import type { Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import type { Interpreter } from './interp.js';

/** Gives the slice type its comparisons and its __reduce__. */
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
  interp.defMethod(t, '__reduce__', (self) => {
    const args = parts(self);
    return n.tuple([interp.ref(t), args]);
  });
}
