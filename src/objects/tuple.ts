// Tuple objects (Objects/tupleobject.c): an immutable array of references.
//
// PyTupleObject (GC, var-sized; sys.getsizeof = 24 + 8·n + 16):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_size: number of items       │
//   +24  ├────────────────────────────────┤
//        │ ob_item[0] … ob_item[n-1]      │  strong references; NULL only while being filled
//        └────────────────────────────────┘  (a free-listed tuple chains through ob_item[0])
//
// The empty tuple is a static singleton (with a GC head, never tracked). Tuples of 1..20
// items go to per-length free lists of up to 2000 each, kept whole with their GC head;
// popping one does not count as a GC allocation. Tuples are tracked at creation and
// untracked lazily by every collection once no item may be tracked.

import {
  GC_HEAD_SIZE,
  OB_SIZE,
  PYVAROBJECT_SIZE,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_TUPLE_SUBCLASS,
} from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { exactHash } from './hash.js';
import { foldHashBig, tupleHashLanes } from './hashing.js';
import { newBool, richCompare, richCompareBool } from './protocol.js';
import { withRecursionGuard, withReprGuard } from './reprguard.js';
import type { ObjectSpace } from './space.js';
import { CompareOp, DEFAULT_PY_SLOTS } from './typeslots.js';

/** Offset of ob_item[0]. */
export const TUPLE_ITEMS = PYVAROBJECT_SIZE;
/** PyTuple_MAXSAVESIZE: tuples of 1..20 items are free-listed. */
export const TUPLE_MAXSAVESIZE = 20;
/** PyTuple_MAXFREELIST: at most 2000 tuples per length. */
export const TUPLE_MAXFREELIST = 2000;

/** The tuple type, its empty singleton and its free lists. */
export interface TupleState {
  type: Ptr;
  /** `()`: static, never tracked, never freed. */
  empty: Ptr;
  /** Head of the free list of tuples of length i+1 (chained through ob_item[0]). */
  freeList: Ptr[];
  /** Length of each free list. */
  numFree: number[];
}

/** Makes the `tuple` type and the empty tuple. */
export function initTuple(space: ObjectSpace): TupleState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'tuple',
    flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS,
    basicsize: PYVAROBJECT_SIZE,
    itemsize: 8,
    refs: { sizeAt: 16, itemsAt: TUPLE_ITEMS, pointer: false },
    traverse: (op, visit) => {
      for (let i = tuple_size(space, op) - 1; i >= 0; i--) {
        const item = tuple_getItem(space, op, i);
        if (item !== NULL) visit(item);
      }
    },
    dealloc: (op) => tupleDealloc(space, op),
    maybeUntrack: (op) => tuple_maybeUntrack(space, op),
    untrackInFullOnly: false,
    hash: (op) => foldHashBig(BigInt.asIntN(64, tuple_hash64(space, op))),
    richcompare: (a, b, op) => tupleRichcompare(space, a, b, op),
    repr: (op) => tupleRepr(space, op),
    bool: (op) => tuple_size(space, op) !== 0,
    sizeof: (op) => PYVAROBJECT_SIZE + 8 * tuple_size(space, op),
  });
  // The static empty tuple keeps a (zero, untracked) GC head in front of it.
  const block = rt.heap.rawCalloc(1, GC_HEAD_SIZE + PYVAROBJECT_SIZE);
  const empty = (block + GC_HEAD_SIZE) as Ptr;
  rt.setRefcnt(empty, 1);
  rt.setType(empty, type);
  rt.checker?.born(empty, type, GC_HEAD_SIZE + PYVAROBJECT_SIZE);
  space.markStaticInit(empty);
  const state: TupleState = {
    type,
    empty,
    freeList: new Array(TUPLE_MAXSAVESIZE).fill(NULL),
    numFree: new Array(TUPLE_MAXSAVESIZE).fill(0),
  };
  return state;
}

/** Py_SIZE of a tuple. */
export function tuple_size(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.u32[(op + OB_SIZE) >>> 2];
}

/** PyTuple_GET_ITEM: item `i` (borrowed; unchecked index). */
export function tuple_getItem(space: ObjectSpace, op: Ptr, i: number): Ptr {
  return space.rt.mem.u32[(op + TUPLE_ITEMS + 8 * i) >>> 2] as Ptr;
}

/** PyTuple_SET_ITEM: stores `item` in a tuple being filled, stealing the reference. */
export function tuple_initItem(space: ObjectSpace, op: Ptr, i: number, item: Ptr): void {
  space.rt.mem.u32[(op + TUPLE_ITEMS + 8 * i) >>> 2] = item;
}

/** PyTuple_Check: a tuple or an instance of a tuple subclass. */
export function tuple_check(space: ObjectSpace, op: Ptr): boolean {
  return (space.rt.typeFlags(op) & TPFLAGS_TUPLE_SUBCLASS) !== 0;
}

/**
 * PyTuple_New: a new tracked tuple of `n` NULL items for the caller to fill with
 * tuple_initItem (the empty singleton, as a new reference, for n = 0).
 */
export function tuple_new(space: ObjectSpace, n: number): Ptr {
  const rt = space.rt;
  const state = space.tuples;
  if (n === 0) return space.newRef(state.empty);
  let op: Ptr;
  if (n <= TUPLE_MAXSAVESIZE && state.numFree[n - 1] > 0) {
    // maybe_freelist_pop: the object keeps its type and ob_size; the GC count is untouched.
    op = state.freeList[n - 1];
    state.freeList[n - 1] = tuple_getItem(space, op, 0);
    state.numFree[n - 1]--;
    rt.setRefcnt(op, 1);
    rt.checker?.born(op, state.type, GC_HEAD_SIZE + PYVAROBJECT_SIZE + 8 * n);
    rt.heap.newReference(op - GC_HEAD_SIZE);
  } else {
    if (!Number.isSafeInteger(n) || n < 0 || n > (2 ** 63 - 1 - PYVAROBJECT_SIZE) / 8) rt.noMemory(n);
    if (PYVAROBJECT_SIZE + 8 * n > rt.mem.capacity) rt.noMemory(PYVAROBJECT_SIZE + 8 * n);
    op = rt.gcNew(state.type, PYVAROBJECT_SIZE + 8 * n);
    rt.mem.u32[(op + OB_SIZE) >>> 2] = n;
    rt.mem.u32[(op + OB_SIZE + 4) >>> 2] = 0;
  }
  // A few words are cleared faster by hand than by a fill() call.
  const u32 = rt.mem.u32;
  if (n <= 8) for (let i = (op + TUPLE_ITEMS) >>> 2, end = i + 2 * n; i < end; i++) u32[i] = 0;
  else u32.fill(0, (op + TUPLE_ITEMS) >>> 2, (op + TUPLE_ITEMS + 8 * n) >>> 2);
  rt.track(op);
  return op;
}

/** _PyTuple_FromArray / PyTuple_Pack: a new tuple holding new references to `items`. */
export function tuple_fromArray(space: ObjectSpace, items: readonly Ptr[]): Ptr {
  const op = tuple_new(space, items.length);
  for (let i = 0; i < items.length; i++) {
    space.rt.incref(items[i]);
    tuple_initItem(space, op, i, items[i]);
  }
  return op;
}

/** The items of a tuple as a JS array (borrowed references). */
export function tuple_items(space: ObjectSpace, op: Ptr): Ptr[] {
  const n = tuple_size(space, op);
  const out: Ptr[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = tuple_getItem(space, op, i);
  return out;
}

/** t[i] with a negative index counted from the end; IndexError when out of range. New reference. */
export function tuple_item(space: ObjectSpace, op: Ptr, i: number): Ptr {
  const n = tuple_size(space, op);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'tuple index out of range');
  return space.newRef(tuple_getItem(space, op, i));
}

/**
 * tuplehash as an exact 64-bit unsigned value: each item's exact hash (exactHash; nested
 * tuples recurse) goes through the xxHash lanes. The hash slot returns it folded to 53 bits.
 */
export function tuple_hash64(space: ObjectSpace, op: Ptr): bigint {
  const lanes = tuple_items(space, op).map((item) => BigInt.asUintN(64, exactHash(space, item)));
  return tupleHashLanes(lanes);
}

/**
 * _PyObject_GC_MAY_BE_TRACKED: `op` is a GC object that is, or may become, tracked
 * (a tuple counts only while it is tracked).
 */
export function objectMayBeTracked(space: ObjectSpace, op: Ptr): boolean {
  const rt = space.rt;
  if (!rt.isGc(op)) return false;
  if (rt.typeObject(op) === space.tuples.type) return rt.isTracked(op);
  return true;
}

/** _PyTuple_MaybeUntrack: untracks a tracked, filled tuple none of whose items may be tracked. */
export function tuple_maybeUntrack(space: ObjectSpace, op: Ptr): void {
  if (!space.rt.isTracked(op)) return;
  for (let i = 0; i < tuple_size(space, op); i++) {
    const item = tuple_getItem(space, op, i);
    if (item === NULL || objectMayBeTracked(space, item)) return;
  }
  space.rt.untrack(op);
}

// tupledealloc: untrack, release items last to first, then free-list push or free.
function tupleDealloc(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  const state = space.tuples;
  if (op === state.empty)
    throw new Error('deallocating the empty tuple: its count was decremented too often');
  rt.untrack(op);
  const n = tuple_size(space, op);
  for (let i = n - 1; i >= 0; i--) {
    const item = tuple_getItem(space, op, i);
    if (item !== NULL) rt.decref(item);
  }
  if (n <= TUPLE_MAXSAVESIZE && state.numFree[n - 1] < TUPLE_MAXFREELIST) {
    rt.checker?.died(op);
    tuple_initItem(space, op, 0, state.freeList[n - 1]);
    state.freeList[n - 1] = op;
    state.numFree[n - 1]++;
    return;
  }
  rt.gcDel(op);
}

/** Empties the tuple free lists (done after every full collection); returns the number freed. */
export function tuple_clearFreeLists(space: ObjectSpace, state: TupleState): number {
  let freed = 0;
  for (let k = 0; k < TUPLE_MAXSAVESIZE; k++) {
    let op = state.freeList[k];
    while (op !== NULL) {
      const next = tuple_getItem(space, op, 0);
      space.rt.gcFreeBlock(op);
      op = next;
      freed++;
    }
    state.freeList[k] = NULL;
    state.numFree[k] = 0;
  }
  return freed;
}

// tuplerichcompare: the first differing item decides; otherwise the lengths do.
function tupleRichcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if (!tuple_check(space, b)) return space.newRef(space.notImplemented);
  return withRecursionGuard(space, ' in comparison', () =>
    sequenceRichcompare(space, tuple_items(space, a), tuple_items(space, b), op),
  );
}

/** Lexicographic comparison of two item arrays (the shared core of tuple and list compare). */
export function sequenceRichcompare(space: ObjectSpace, v: Ptr[], w: Ptr[], op: CompareOp): Ptr {
  let i = 0;
  while (i < v.length && i < w.length) {
    if (!richCompareBool(space, v[i], w[i], CompareOp.EQ)) break;
    i++;
  }
  if (i >= v.length || i >= w.length) return newBool(space, compareNumbers(v.length, w.length, op));
  if (op === CompareOp.EQ) return newBool(space, false);
  if (op === CompareOp.NE) return newBool(space, true);
  return richCompare(space, v[i], w[i], op);
}

/** Py_RETURN_RICHCOMPARE on two JS numbers. */
export function compareNumbers(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return a < b;
    case CompareOp.LE:
      return a <= b;
    case CompareOp.EQ:
      return a === b;
    case CompareOp.NE:
      return a !== b;
    case CompareOp.GT:
      return a > b;
    default:
      return a >= b;
  }
}

// tuplerepr: `()`, `(x,)`, `(x, y)`; `(...)` when the tuple is already being printed.
function tupleRepr(space: ObjectSpace, op: Ptr): string {
  const n = tuple_size(space, op);
  if (n === 0) return '()';
  return withReprGuard(space, op, '(...)', () => {
    const parts = tuple_items(space, op).map((item) => space.repr(item));
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  });
}
