// Set and frozenset objects (Objects/setobject.c, CPython 3.11): open addressing with
// linear probing (LINEAR_PROBES = 9) before each perturbation step.
//
// PySetObject (GC; 200 bytes, sys.getsizeof = 200 + 16 + 16·slots once off the smalltable):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ fill: active + dummy slots     │
//   +24  │ used: active slots             │
//   +32  │ mask: slots − 1                │
//   +40  │ table ──▶ smalltable or PyMem  │
//   +48  │ hash: frozenset's cached hash  │  float64; −1 until computed
//   +56  │ finger: where pop() looks next │
//   +64  ├────────────────────────────────┤
//        │ smalltable[8] {key, hash}      │  16 B per slot; key NULL + hash 0 ⇔ empty,
//        │                                │  key = dummy + hash −1 ⇔ deleted
//   +192 ├────────────────────────────────┤
//        │ weakreflist                    │
//        └────────────────────────────────┘
//
// Both types are tracked at creation (even empty) and never lazily untracked; neither
// has a free list. Iteration order is table order, so equal hashes give CPython's order.

import { clearWeakrefs, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { set_hash, set_repr, set_richcompare } from './setops.js';
import type { ObjectSpace } from './space.js';
import { type CompareOp, DEFAULT_PY_SLOTS } from './typeslots.js';

/** Offset of fill. */
export const SET_FILL = 16;
/** Offset of used. */
export const SET_USED = 24;
/** Offset of mask. */
export const SET_MASK = 32;
/** Offset of the table pointer. */
export const SET_TABLE = 40;
/** Offset of the cached hash. */
export const SET_HASH = 48;
/** Offset of finger. */
export const SET_FINGER = 56;
/** Offset of smalltable. */
export const SET_SMALLTABLE = 64;
/** Offset of weakreflist. */
export const SET_WEAKLIST = 192;
/** sizeof(PySetObject). */
export const SET_SIZE = 200;
/** PySet_MINSIZE. */
export const SET_MINSIZE = 8;
/** LINEAR_PROBES. */
export const LINEAR_PROBES = 9;
/** sizeof(setentry). */
export const SETENTRY_SIZE = 16;

/** The set and frozenset types and the dummy key. */
export interface SetState {
  setType: Ptr;
  frozensetType: Ptr;
  /** The `dummy` marker of deleted slots (a static object never handed out). */
  dummy: Ptr;
  /**
   * The exact 64-bit hash of each live frozenset whose hash was computed (the object's hash
   * field keeps the folded one), so a frozenset of frozensets hashes in linear time.
   */
  exactHashes: Map<Ptr, bigint>;
}

/** Makes `set`, `frozenset` and the dummy key. */
export function initSet(space: ObjectSpace): SetState {
  const common = {
    ...DEFAULT_PY_SLOTS,
    flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    basicsize: SET_SIZE,
    weaklistoffset: SET_WEAKLIST,
    traverse: (op: Ptr, visit: (child: Ptr) => void) => {
      for (const key of set_items(space, op)) visit(key);
    },
    clear: (op: Ptr) => set_clear(space, op),
    dealloc: (op: Ptr) => setDealloc(space, op),
    repr: (op: Ptr) => set_repr(space, op),
    richcompare: (a: Ptr, b: Ptr, op: CompareOp) => set_richcompare(space, a, b, op),
    bool: (op: Ptr) => set_size(space, op) !== 0,
    sizeof: (op: Ptr) => {
      const table = field(space, op, SET_TABLE);
      return (
        SET_SIZE + (table !== op + SET_SMALLTABLE ? (field(space, op, SET_MASK) + 1) * SETENTRY_SIZE : 0)
      );
    },
  };
  const setType = space.newStaticType({ ...common, name: 'set' });
  const frozensetType = space.newStaticType({
    ...common,
    name: 'frozenset',
    hash: (op) => set_hash(space, op),
  });
  const dummy = space.newStaticObject(space.objectType, 16);
  return { setType, frozensetType, dummy, exactHashes: new Map() };
}

/** A word of a set object. */
export function field(space: ObjectSpace, op: Ptr, offset: number): number {
  return space.rt.mem.i32[(op + offset) >>> 2];
}

export function setField(space: ObjectSpace, op: Ptr, offset: number, n: number): void {
  space.rt.mem.i32[(op + offset) >>> 2] = n;
  space.rt.mem.i32[(op + offset + 4) >>> 2] = n < 0 ? -1 : 0;
}

/** PyAnySet_Check: a set or a frozenset, or an instance of a subclass of either. */
export function anyset_check(space: ObjectSpace, op: Ptr): boolean {
  const t = space.rt.typeObject(op);
  if (t === space.sets.setType || t === space.sets.frozensetType) return true;
  return space.isSubtypeOf(t, space.sets.setType) || space.isSubtypeOf(t, space.sets.frozensetType);
}

/** PyFrozenSet_CheckExact. */
export function frozenset_check(space: ObjectSpace, op: Ptr): boolean {
  return space.rt.typeObject(op) === space.sets.frozensetType;
}

/** len(s): used. */
export function set_size(space: ObjectSpace, op: Ptr): number {
  return field(space, op, SET_USED);
}

/** Slot i of a table: its key. */
export function slotKey(space: ObjectSpace, table: number, i: number): Ptr {
  return space.rt.mem.u32[(table + SETENTRY_SIZE * i) >>> 2] as Ptr;
}
/** Slot i of a table: its hash. */
export function slotHash(space: ObjectSpace, table: number, i: number): number {
  return space.rt.mem.f64[(table + SETENTRY_SIZE * i + 8) >>> 3];
}
/** Writes slot i of a table. */
export function setSlot(space: ObjectSpace, table: number, i: number, key: Ptr, hash: number): void {
  const at = table + SETENTRY_SIZE * i;
  space.rt.mem.u32[at >>> 2] = key;
  space.rt.mem.u32[(at + 4) >>> 2] = 0;
  space.rt.mem.f64[(at + 8) >>> 3] = hash;
}

/** make_new_set: a new, empty, tracked set (or frozenset) on its smalltable. */
export function set_newEmpty(space: ObjectSpace, frozen = false): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(frozen ? space.sets.frozensetType : space.sets.setType, SET_SIZE);
  // A few words are cleared faster by hand than by a fill() call (op and SET_SIZE are 8-aligned).
  const u32 = rt.mem.u32;
  for (let i = (op + 16) >>> 2, end = (op + SET_SIZE) >>> 2; i < end; i++) u32[i] = 0;
  set_emptyToMinsize(space, op);
  rt.track(op);
  return op;
}

/** set_empty_to_minsize: back to an empty smalltable (whatever the set held is not released). */
export function set_emptyToMinsize(space: ObjectSpace, op: Ptr): void {
  const u32 = space.rt.mem.u32;
  const end = (op + SET_SMALLTABLE + SET_MINSIZE * SETENTRY_SIZE) >>> 2;
  for (let i = (op + SET_SMALLTABLE) >>> 2; i < end; i++) u32[i] = 0;
  setField(space, op, SET_FILL, 0);
  setField(space, op, SET_USED, 0);
  setField(space, op, SET_MASK, SET_MINSIZE - 1);
  space.rt.mem.f64[(op + SET_HASH) >>> 3] = -1;
  setField(space, op, SET_TABLE, op + SET_SMALLTABLE);
}

/** The active keys in table order (borrowed references). */
export function set_items(space: ObjectSpace, op: Ptr): Ptr[] {
  return set_entries(space, op).map(([k]) => k);
}

/** The active (key, hash) entries in table order (set_next). */
export function set_entries(space: ObjectSpace, op: Ptr): [Ptr, number][] {
  const out: [Ptr, number][] = [];
  const table = field(space, op, SET_TABLE);
  const dummy = space.sets.dummy;
  for (let i = 0; i <= field(space, op, SET_MASK); i++) {
    const key = slotKey(space, table, i);
    if (key !== NULL && key !== dummy) out.push([key, slotHash(space, table, i)]);
  }
  return out;
}

/**
 * Calls `body(key, hash)` for each active entry as set_next walks the live table (re-reading
 * table and mask at each step, so a set cleared or resized by a comparison in `body` ends or
 * shortens the walk), holding a reference to the key meanwhile, as CPython 3.11's set algebra
 * does. Stops at, and returns, the first `true` the body returns.
 */
export function set_forEach(
  space: ObjectSpace,
  op: Ptr,
  body: (key: Ptr, hash: number) => boolean | undefined,
): boolean {
  const dummy = space.sets.dummy;
  for (let pos = 0; pos <= field(space, op, SET_MASK); pos++) {
    const table = field(space, op, SET_TABLE);
    const key = slotKey(space, table, pos);
    if (key === NULL || key === dummy) continue;
    const hash = slotHash(space, table, pos);
    space.rt.incref(key);
    try {
      if (body(key, hash) === true) return true;
    } finally {
      space.rt.decref(key);
    }
  }
  return false;
}

/**
 * set_clear_internal (tp_clear, set.clear): empties the set onto its smalltable before
 * releasing the keys, so a release that reenters the set finds it consistent.
 */
export function set_clear(space: ObjectSpace, op: Ptr): void {
  const keys = set_items(space, op);
  const table = field(space, op, SET_TABLE);
  set_emptyToMinsize(space, op);
  for (const key of keys) space.rt.decref(key);
  if (table !== op + SET_SMALLTABLE) space.rt.heap.free(table as Ptr);
}

// set_dealloc: untrack, clear weakrefs, release keys in table order, free the table and the object.
function setDealloc(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  rt.untrack(op);
  if (field(space, op, SET_WEAKLIST) !== 0) clearWeakrefs(rt, op);
  const exact = space.sets.exactHashes;
  if (exact.size > 0) exact.delete(op);
  for (const key of set_items(space, op)) rt.decref(key);
  const table = field(space, op, SET_TABLE);
  if (table !== op + SET_SMALLTABLE) rt.heap.free(table as Ptr);
  rt.gcDel(op);
}
