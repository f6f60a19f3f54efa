// Generic protocols over any object: truth, rich comparison, equality as dicts and sets use it.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';
import { CompareOp } from './typeslots.js';

const SWAPPED = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];
const SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_IsTrue: bool(op). */
export function isTrue(space: ObjectSpace, op: Ptr): boolean {
  if (op === space.true) return true;
  if (op === space.false || op === space.none) return false;
  const bool = space.slotsOf(op).bool;
  return bool === null ? true : bool(op);
}

/** A new reference to True or False. */
export function newBool(space: ObjectSpace, value: boolean): Ptr {
  return space.newRef(value ? space.true : space.false);
}

/**
 * PyObject_RichCompare: `a op b` as a new reference. Tries a's slot, then b's reflected
 * slot (b's first when b's type is a proper subtype of a's), then falls back to identity
 * for == and !=, and raises TypeError for orderings.
 */
export function richCompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  const rt = space.rt;
  const ni = space.notImplemented;
  const sa = space.slotsOf(a);
  const sb = space.slotsOf(b);
  // do_richcompare: a right operand of a proper subtype is asked first (its reflected op).
  const ta = rt.typeObject(a);
  const tb = rt.typeObject(b);
  const reverseFirst = ta !== tb && sb.richcompare !== null && space.isSubtypeOf(tb, ta);
  if (reverseFirst) {
    const r = (sb.richcompare as NonNullable<typeof sb.richcompare>)(b, a, SWAPPED[op]);
    if (r !== ni) return r;
    rt.decref(r);
  }
  if (sa.richcompare !== null) {
    const r = sa.richcompare(a, b, op);
    if (r !== ni) return r;
    rt.decref(r);
  }
  if (!reverseFirst && sb.richcompare !== null) {
    const r = sb.richcompare(b, a, SWAPPED[op]);
    if (r !== ni) return r;
    rt.decref(r);
  }
  if (op === CompareOp.EQ) return newBool(space, a === b);
  if (op === CompareOp.NE) return newBool(space, a !== b);
  return raise(
    'TypeError',
    `'${SYMBOL[op]}' not supported between instances of '${sa.name}' and '${sb.name}'`,
  );
}

/** PyObject_RichCompareBool: identity implies equality (as in CPython), else richCompare's truth. */
export function richCompareBool(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const r = richCompare(space, a, b, op);
  try {
    return isTrue(space, r);
  } finally {
    space.rt.decref(r);
  }
}

/** The operator symbol of a comparison, for error messages. */
export function compareSymbol(op: CompareOp): string {
  return SYMBOL[op];
}
