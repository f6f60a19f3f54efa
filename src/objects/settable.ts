// The probing core of sets (Objects/setobject.c, CPython 3.11): lookup, insertion with
// dummy reuse, clean insertion, resizing and discarding. A probe visits slot i and then
// up to LINEAR_PROBES following slots (when they fit before the end), then perturbs:
// `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`. Layout constants are in set.ts.

import { NULL, type Ptr } from '../heap/index.js';
import { PyErr } from './errors.js';
import { hashLo, nextProbe, Perturb } from './hashing.js';
import { richCompareBool } from './protocol.js';
import {
  field,
  LINEAR_PROBES,
  SET_FILL,
  SET_MASK,
  SET_MINSIZE,
  SET_SMALLTABLE,
  SET_TABLE,
  SET_USED,
  SETENTRY_SIZE,
  set_forEach,
  set_newEmpty,
  set_size,
  setField,
  setSlot,
  slotHash,
  slotKey,
} from './set.js';
import type { ObjectSpace } from './space.js';
import { CompareOp } from './typeslots.js';

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

/**
 * `key in s` (TypeError for unhashable keys). As CPython's set_contains does, a set key that
 * cannot be hashed is looked up as a frozenset of the same keys.
 */
export function set_contains(space: ObjectSpace, op: Ptr, key: Ptr): boolean {
  return withFrozenRetry(space, key, (k) => set_containsEntry(space, op, k, space.hash(k)));
}

/**
 * Runs `f(key)`; if that fails with a TypeError and `key` is a set (PySet_Check), runs it
 * again with a temporary frozenset of the set's keys, as set_contains, set.discard and
 * set.remove do.
 */
export function withFrozenRetry<R>(space: ObjectSpace, key: Ptr, f: (key: Ptr) => R): R {
  try {
    return f(key);
  } catch (error) {
    const t = space.rt.typeObject(key);
    const isSet = t === space.sets.setType || space.isSubtypeOf(t, space.sets.setType);
    if (!isSet || !(error instanceof PyErr) || error.excType !== 'TypeError') throw error;
  }
  const tmp = set_newEmpty(space, true);
  try {
    set_forEach(space, key, (k, hash) => {
      set_addEntry(space, tmp, k, hash);
      return false;
    });
    return f(tmp);
  } finally {
    space.rt.decref(tmp);
  }
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
