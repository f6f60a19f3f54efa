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

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { hashLo, nextProbe, Perturb } from './hashing.js';
import { richCompareBool } from './protocol.js';
import { set_hash, set_repr, set_richcompare } from './setops.js';
import type { ObjectSpace } from './space.js';
import { CompareOp, DEFAULT_PY_SLOTS } from './typeslots.js';

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
}

/** Makes `set`, `frozenset` and the dummy key. */
export function initSet(space: ObjectSpace): SetState {
  const common = {
    ...DEFAULT_PY_SLOTS,
    flags: TPFLAGS_HAVE_GC,
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
  return { setType, frozensetType, dummy };
}

/** A word of a set object. */
export function field(space: ObjectSpace, op: Ptr, offset: number): number {
  return space.rt.mem.i32[(op + offset) >>> 2];
}

function setField(space: ObjectSpace, op: Ptr, offset: number, n: number): void {
  space.rt.mem.i32[(op + offset) >>> 2] = n;
  space.rt.mem.i32[(op + offset + 4) >>> 2] = n < 0 ? -1 : 0;
}

/** PyAnySet_Check: a set or a frozenset. */
export function anyset_check(space: ObjectSpace, op: Ptr): boolean {
  const t = space.rt.typeObject(op);
  return t === space.sets.setType || t === space.sets.frozensetType;
}

/** PyFrozenSet_CheckExact. */
export function frozenset_check(space: ObjectSpace, op: Ptr): boolean {
  return space.rt.typeObject(op) === space.sets.frozensetType;
}

/** len(s): used. */
export function set_size(space: ObjectSpace, op: Ptr): number {
  return field(space, op, SET_USED);
}

// Slot i of the current table: its key and hash.
function slotKey(space: ObjectSpace, table: number, i: number): Ptr {
  return space.rt.mem.u32[(table + SETENTRY_SIZE * i) >>> 2] as Ptr;
}
function slotHash(space: ObjectSpace, table: number, i: number): number {
  return space.rt.mem.f64[(table + SETENTRY_SIZE * i + 8) >>> 3];
}
function setSlot(space: ObjectSpace, table: number, i: number, key: Ptr, hash: number): void {
  const at = table + SETENTRY_SIZE * i;
  space.rt.mem.u32[at >>> 2] = key;
  space.rt.mem.u32[(at + 4) >>> 2] = 0;
  space.rt.mem.f64[(at + 8) >>> 3] = hash;
}

/** make_new_set: a new, empty, tracked set (or frozenset) on its smalltable. */
export function set_newEmpty(space: ObjectSpace, frozen = false): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(frozen ? space.sets.frozensetType : space.sets.setType, SET_SIZE);
  rt.mem.u8.fill(0, op + 16, op + SET_SIZE);
  setEmptyToMinsize(space, op);
  rt.track(op);
  return op;
}

// set_empty_to_minsize: back to an empty smalltable.
function setEmptyToMinsize(space: ObjectSpace, op: Ptr): void {
  space.rt.mem.u8.fill(0, op + SET_SMALLTABLE, op + SET_SMALLTABLE + SET_MINSIZE * SETENTRY_SIZE);
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
 * set_lookkey: the slot holding a key equal to `key`, or the empty slot that ends its
 * probe sequence (its key is NULL). Restarts if a comparison changed the table.
 */
export function setLookkey(space: ObjectSpace, op: Ptr, key: Ptr, hash: number): number {
  const perturb = new Perturb();
  restart: for (;;) {
    const table = field(space, op, SET_TABLE);
    let mask = field(space, op, SET_MASK);
    let i = hashLo(hash) & mask;
    perturb.reset(hash);
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const startkey = slotKey(space, table, j);
        const h = slotHash(space, table, j);
        if (h === 0 && startkey === NULL) return j;
        if (h === hash) {
          if (startkey === key) return j;
          space.rt.incref(startkey);
          let cmp: boolean;
          try {
            cmp = richCompareBool(space, startkey, key, CompareOp.EQ);
          } finally {
            space.rt.decref(startkey);
          }
          if (field(space, op, SET_TABLE) !== table || slotKey(space, table, j) !== startkey)
            continue restart;
          if (cmp) return j;
          mask = field(space, op, SET_MASK);
        }
        j++;
      } while (probes-- > 0);
      i = nextProbe(i, perturb.shift(), mask);
    }
  }
}

/** set_contains_entry: whether a key equal to `key` (of hash `hash`) is in the set. */
export function set_containsEntry(space: ObjectSpace, op: Ptr, key: Ptr, hash: number): boolean {
  const slot = setLookkey(space, op, key, hash);
  return slotKey(space, field(space, op, SET_TABLE), slot) !== NULL;
}

/** `key in s` (TypeError for unhashable keys). */
export function set_contains(space: ObjectSpace, op: Ptr, key: Ptr): boolean {
  return set_containsEntry(space, op, key, space.hash(key));
}

/**
 * set_add_entry: adds `key` (of hash `hash`) unless an equal key is present, taking its own
 * reference. Reuses the last dummy slot met on the probe; grows when fill·5 ≥ mask·3.
 */
export function set_addEntry(space: ObjectSpace, op: Ptr, key: Ptr, hash: number): void {
  const rt = space.rt;
  rt.incref(key);
  const perturb = new Perturb();
  const dummy = space.sets.dummy;
  restart: for (;;) {
    const table = field(space, op, SET_TABLE);
    let mask = field(space, op, SET_MASK);
    let i = hashLo(hash) & mask;
    let freeslot = -1;
    perturb.reset(hash);
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const startkey = slotKey(space, table, j);
        const h = slotHash(space, table, j);
        if (h === 0 && startkey === NULL) {
          if (freeslot >= 0) {
            setField(space, op, SET_USED, set_size(space, op) + 1);
            setSlot(space, table, freeslot, key, hash);
            return;
          }
          setField(space, op, SET_FILL, field(space, op, SET_FILL) + 1);
          setField(space, op, SET_USED, set_size(space, op) + 1);
          setSlot(space, table, j, key, hash);
          if (field(space, op, SET_FILL) * 5 < mask * 3) return;
          const used = set_size(space, op);
          setTableResize(space, op, used > 50000 ? used * 2 : used * 4);
          return;
        }
        if (h === hash) {
          if (startkey === key) {
            rt.decref(key);
            return;
          }
          rt.incref(startkey);
          let cmp: boolean;
          try {
            cmp = richCompareBool(space, startkey, key, CompareOp.EQ);
          } catch (error) {
            rt.decref(key);
            throw error;
          } finally {
            rt.decref(startkey);
          }
          if (cmp) {
            rt.decref(key);
            return;
          }
          if (field(space, op, SET_TABLE) !== table || slotKey(space, table, j) !== startkey)
            continue restart;
          mask = field(space, op, SET_MASK);
        } else if (h === -1 && startkey === dummy) {
          // The last dummy met on the probe is the one reused (as CPython 3.11 does).
          freeslot = j;
        }
        j++;
      } while (probes-- > 0);
      i = nextProbe(i, perturb.shift(), mask);
    }
  }
}

/** set.add(key). */
export function set_add(space: ObjectSpace, op: Ptr, key: Ptr): void {
  set_addEntry(space, op, key, space.hash(key));
}

// set_insert_clean: places a key in a table known to hold no equal key and no dummies.
function setInsertClean(space: ObjectSpace, table: number, mask: number, key: Ptr, hash: number): void {
  const perturb = new Perturb();
  perturb.reset(hash);
  let i = hashLo(hash) & mask;
  for (;;) {
    if (slotKey(space, table, i) === NULL) {
      setSlot(space, table, i, key, hash);
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (slotKey(space, table, i + j) === NULL) {
          setSlot(space, table, i + j, key, hash);
          return;
        }
      }
    }
    i = nextProbe(i, perturb.shift(), mask);
  }
}

/**
 * set_table_resize: rebuilds the table with the smallest power of two > minused slots
 * (the smalltable for 8), dropping dummies; active entries move in old table order.
 */
export function setTableResize(space: ObjectSpace, op: Ptr, minused: number): void {
  const rt = space.rt;
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  // Collect the active entries first: the new table may be the smalltable they sit in.
  const oldTable = field(space, op, SET_TABLE);
  const oldMask = field(space, op, SET_MASK);
  const dummy = space.sets.dummy;
  const oldKeys: Ptr[] = [];
  const oldHashes: number[] = [];
  for (let i = 0; i <= oldMask; i++) {
    const key = slotKey(space, oldTable, i);
    if (key !== NULL && key !== dummy) {
      oldKeys.push(key);
      oldHashes.push(slotHash(space, oldTable, i));
    }
  }
  const small = op + SET_SMALLTABLE;
  let newTable: number;
  if (newsize === SET_MINSIZE) {
    if (oldTable === small && field(space, op, SET_FILL) === set_size(space, op)) return;
    newTable = small;
  } else {
    const bytes = SETENTRY_SIZE * newsize;
    if (bytes > rt.mem.capacity) rt.noMemory(bytes);
    newTable = rt.heap.malloc(bytes);
  }
  rt.mem.u8.fill(0, newTable, newTable + SETENTRY_SIZE * newsize);
  setField(space, op, SET_MASK, newsize - 1);
  setField(space, op, SET_TABLE, newTable);
  setField(space, op, SET_FILL, set_size(space, op));
  for (let k = 0; k < oldKeys.length; k++)
    setInsertClean(space, newTable, newsize - 1, oldKeys[k], oldHashes[k]);
  if (oldTable !== small) rt.heap.free(oldTable as Ptr);
}

/** set_discard_entry: removes a key equal to `key`; returns whether one was there. */
export function set_discardEntry(space: ObjectSpace, op: Ptr, key: Ptr, hash: number): boolean {
  const slot = setLookkey(space, op, key, hash);
  const table = field(space, op, SET_TABLE);
  const old = slotKey(space, table, slot);
  if (old === NULL) return false;
  setSlot(space, table, slot, space.sets.dummy, -1);
  setField(space, op, SET_USED, set_size(space, op) - 1);
  space.rt.decref(old);
  return true;
}

/** set.discard(key). */
export function set_discard(space: ObjectSpace, op: Ptr, key: Ptr): boolean {
  return set_discardEntry(space, op, key, space.hash(key));
}

/**
 * set_clear_internal (tp_clear, set.clear): empties the set onto its smalltable before
 * releasing the keys, so a release that reenters the set finds it consistent.
 */
export function set_clear(space: ObjectSpace, op: Ptr): void {
  const keys = set_items(space, op);
  const table = field(space, op, SET_TABLE);
  setEmptyToMinsize(space, op);
  for (const key of keys) space.rt.decref(key);
  if (table !== op + SET_SMALLTABLE) space.rt.heap.free(table as Ptr);
}

// set_dealloc: untrack, clear weakrefs, release keys in table order, free the table and the object.
function setDealloc(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  rt.untrack(op);
  if (field(space, op, SET_WEAKLIST) !== 0) clearWeakrefs(rt, op);
  for (const key of set_items(space, op)) rt.decref(key);
  const table = field(space, op, SET_TABLE);
  if (table !== op + SET_SMALLTABLE) rt.heap.free(table as Ptr);
  rt.gcDel(op);
}
