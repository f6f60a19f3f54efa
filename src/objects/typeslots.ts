// The object layer's type slots: the gc layer's TypeSlots plus what the object model needs
// (hash, comparison, repr, __sizeof__), and the type objects' layout beyond the gc's words.

import { NO_SLOTS, type TypeSlots } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { NULL } from '../heap/index.js';

/** Rich comparison operators, numbered as CPython's Py_LT … Py_GE. */
export enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/** The slots of one type as the object layer sees them. */
export interface PyTypeSlots extends TypeSlots {
  /** tp_base: the type object of the base class (NULL for `object`). */
  base: Ptr;
  /** tp_hash: Python's hash(op); throws TypeError for unhashable types. JS number (exact below 2^53). */
  hash: ((op: Ptr) => number) | null;
  /**
   * tp_richcompare: compares `a` (of this type) with `b`; returns a new reference to the
   * result object, or to NotImplemented.
   */
  richcompare: ((a: Ptr, b: Ptr, op: CompareOp) => Ptr) | null;
  /** tp_repr: repr(op) as a JS string. */
  repr: ((op: Ptr) => string) | null;
  /** nb_bool / sq_length truth: bool(op); null means always true (unless the type says otherwise). */
  bool: ((op: Ptr) => boolean) | null;
  /** tp_call: calls `callable` with a tuple of positional arguments and a dict (or NULL) of keywords. */
  call: ((callable: Ptr, args: Ptr, kwargs: Ptr) => Ptr) | null;
  /** __sizeof__ (without the GC head or pre-header, which sys.getsizeof adds). */
  sizeof: ((op: Ptr) => number) | null;
}

/** Slots every type starts from; a type file overrides what it has. */
export const DEFAULT_PY_SLOTS: Omit<PyTypeSlots, 'name' | 'dealloc'> = {
  ...NO_SLOTS,
  base: NULL,
  hash: null,
  richcompare: null,
  repr: null,
  bool: null,
  call: null,
  sizeof: null,
};

/** _Py_HashPointer: a pointer's hash, rotated by 4 bits as CPython does. */
export function pointerHash(op: Ptr): number {
  const h = ((op >>> 4) | (op << 28)) >>> 0;
  return h === 0xffffffff ? -2 : h;
}
