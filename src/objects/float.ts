// float: IEEE doubles in the heap, with 3.11's free list (Objects/floatobject.c).
//
// PyFloatObject (24 bytes, not GC):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt                      │
//   +8   │ ob_type                        │  on the free list: the next free float (or NULL)
//   +16  ├────────────────────────────────┤
//        │ ob_fval: float64               │
//        └────────────────────────────────┘
//
// Free list: a dead float is kept (up to PyFloat_MAXFREELIST = 100) and chained through
// its ob_type word, most recent first; the next float made pops it, so addresses are
// reused LIFO as in CPython. The list is emptied by a full collection (clear_freelists).
// INVARIANT: `numfree` equals the length of the chain from `freeList`; every float on it
// is dead for checked mode (an incref of one is a use after free).

import { OB_TYPE, TPFLAGS_BASETYPE } from '../gc/index.js';
import { formatFreeListLine, NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { float_repr } from './floatrepr.js';
import { foldHashBig, HASH_INF, hashDoubleExact } from './hashing.js';
import { long_asSafe, long_check, long_toBigInt } from './int.js';
import { compareResult } from './longarith.js';
import { newBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { type CompareOp, DEFAULT_PY_SLOTS, pointerHash } from './typeslots.js';

/** Offset of ob_fval. */
export const FLOAT_FVAL = 16;
/** sizeof(PyFloatObject). */
export const FLOAT_SIZE = 24;
/** PyFloat_MAXFREELIST. */
export const FLOAT_MAXFREELIST = 100;

/** The float type and its free list. */
export interface FloatState {
  /** `float`. */
  type: Ptr;
  /** Head of the free list (chained through ob_type), or NULL. */
  freeList: Ptr;
  /** Floats on the free list. */
  numfree: number;
}

/** Makes the `float` type and hooks its free list into clear_freelists. */
export function initFloat(space: ObjectSpace): FloatState {
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'float',
    flags: TPFLAGS_BASETYPE,
    basicsize: FLOAT_SIZE,
    dealloc: (op) => float_dealloc(space, op),
    hash: (op) => float_hash(space, op),
    repr: (op) => float_repr(float_asDouble(space, op)),
    bool: (op) => float_asDouble(space, op) !== 0,
    richcompare: (a, b, op) => float_richcompare(space, a, b, op),
  });
  space.rt.setLeafDealloc(1, type, (op) => float_dealloc(space, op));
  return { type, freeList: NULL, numfree: 0 };
}

/** PyFloat_FromDouble: a new float, popped from the free list when it has one. */
export function float_fromDouble(space: ObjectSpace, v: number): Ptr {
  const state = space.floats;
  const rt = space.rt;
  const mem = rt.mem;
  let op = state.freeList;
  if (op !== NULL) {
    state.freeList = mem.u32[(op + OB_TYPE) >>> 2] as Ptr;
    state.numfree--;
    mem.u32[op >>> 2] = 1;
    mem.u32[(op + OB_TYPE) >>> 2] = state.type;
    rt.checker?.born(op, state.type, FLOAT_SIZE);
    rt.heap.newReference(op);
  } else {
    op = rt.objectNew(state.type, FLOAT_SIZE);
  }
  mem.f64[(op + FLOAT_FVAL) >>> 3] = v;
  return op;
}

/** _PyFloat_ExactDealloc: pushes `op` on the free list, or frees it when the list is full. */
export function float_dealloc(space: ObjectSpace, op: Ptr): void {
  const state = space.floats;
  const rt = space.rt;
  if (state.numfree >= FLOAT_MAXFREELIST) {
    rt.objectFree(op);
    return;
  }
  rt.checker?.died(op);
  rt.mem.u32[(op + OB_TYPE) >>> 2] = state.freeList;
  state.freeList = op;
  state.numfree++;
}

/** _PyFloat_ClearFreeList: frees every float on the free list. */
export function float_clearFreeList(space: ObjectSpace): void {
  const state = space.floats;
  const mem = space.rt.mem;
  let op = state.freeList;
  while (op !== NULL) {
    const next = mem.u32[(op + OB_TYPE) >>> 2] as Ptr;
    space.rt.heap.free(op);
    op = next;
  }
  state.freeList = NULL;
  state.numfree = 0;
}

/** _PyFloat_DebugMallocStats: the "free PyFloatObjects" line of sys._debugmallocstats(). */
export function float_debugMallocStats(space: ObjectSpace): string {
  return formatFreeListLine(space.floats.numfree, 'PyFloatObject', FLOAT_SIZE);
}

/** PyFloat_Check: a float or an instance of a float subclass. */
export function float_check(space: ObjectSpace, op: Ptr): boolean {
  const t = space.rt.typeObject(op);
  return t === space.floats.type || space.isSubtypeOf(t, space.floats.type);
}

/** PyFloat_AS_DOUBLE. */
export function float_asDouble(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.f64[(op + FLOAT_FVAL) >>> 3];
}

/** float_hash (_Py_HashDouble): integral floats hash like ints; NaN hashes by address. */
export function float_hash(space: ObjectSpace, op: Ptr): number {
  const v = float_asDouble(space, op);
  if (Number.isNaN(v)) return pointerHash(op);
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 52) return v === -1 ? -2 : v + 0;
  return foldHashBig(float_hashExact(space, op));
}

/** float_hash exactly, as the signed 64-bit value Python's hash() shows. */
export function float_hashExact(space: ObjectSpace, op: Ptr): bigint {
  const v = float_asDouble(space, op);
  if (Number.isNaN(v)) return BigInt(pointerHash(op));
  if (!Number.isFinite(v)) return BigInt(v > 0 ? HASH_INF : -HASH_INF);
  return hashDoubleExact(v);
}

/** float.is_integer(). */
export function float_isInteger(space: ObjectSpace, op: Ptr): boolean {
  return Number.isInteger(float_asDouble(space, op));
}

/** Compares a float with an int exactly (no rounding of big ints): −1, 0, 1, or NaN for a NaN. */
export function float_compareInt(space: ObjectSpace, x: number, i: Ptr): number {
  if (Number.isNaN(x)) return Number.NaN;
  const safe = long_asSafe(space, i);
  if (!Number.isNaN(safe)) return x < safe ? -1 : x > safe ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const big = long_toBigInt(space, i);
  const fl = BigInt(Math.floor(x));
  if (fl !== big) return fl < big ? -1 : 1;
  return Number.isInteger(x) ? 0 : 1;
}

/** float_richcompare: floats against floats and ints (bools included), exactly. */
export function float_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  const x = float_asDouble(space, a);
  let c: number;
  if (float_check(space, b)) {
    const y = float_asDouble(space, b);
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  } else if (long_check(space, b)) {
    c = float_compareInt(space, x, b);
  } else {
    return space.newRef(space.notImplemented);
  }
  // A NaN is unordered: only != holds.
  if (Number.isNaN(c)) return newBool(space, op === 3);
  return newBool(space, compareResult(c, op));
}

/** A float operand as a double: floats as they are, ints converted (OverflowError if too big). */
export function float_operand(space: ObjectSpace, op: Ptr): number | null {
  if (float_check(space, op)) return float_asDouble(space, op);
  if (long_check(space, op)) {
    const safe = long_asSafe(space, op);
    if (!Number.isNaN(safe)) return safe;
    const d = Number(long_toBigInt(space, op));
    if (!Number.isFinite(d)) raise('OverflowError', 'int too large to convert to float');
    return d;
  }
  return null;
}
