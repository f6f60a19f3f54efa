// Set algebra and protocols over the table of set.ts: construction from iterables, copy,
// pop/remove, union/intersection/difference/symmetric difference (and their in-place
// forms), subset tests, comparison, frozenset hash and repr — each as its setobject.c
// function, because the order keys are inserted decides the resulting iteration order.

import { NULL, type Ptr } from '../heap/index.js';
import { dict_check, dictKeys } from './dict.js';
import { raise } from './errors.js';
import { exactHash } from './hash.js';
import { foldHashBig, frozensetHashOf } from './hashing.js';
import { list_fromArray, sequenceItems, withFastSequence } from './list.js';
import { newBool } from './protocol.js';
import { withReprGuard } from './reprguard.js';
import {
  anyset_check,
  field,
  frozenset_check,
  SET_FILL,
  SET_FINGER,
  SET_HASH,
  SET_MASK,
  SET_MINSIZE,
  SET_SMALLTABLE,
  SET_TABLE,
  SET_USED,
  set_addEntry,
  set_clear,
  set_containsEntry,
  set_discardEntry,
  set_entries,
  set_newEmpty,
  set_size,
  setTableResize,
} from './set.js';
import type { ObjectSpace } from './space.js';
import { CompareOp } from './typeslots.js';

/**
 * set_update_internal: adds every key of `other` — a set or frozenset (set_merge), a dict
 * (its keys, presized), or a list or tuple (one by one).
 */
export function set_update(space: ObjectSpace, op: Ptr, other: Ptr): void {
  if (anyset_check(space, other)) {
    setMerge(space, op, other);
    return;
  }
  if (dict_check(space, other)) {
    const n = field(space, other, 16);
    if ((field(space, op, SET_FILL) + n) * 5 >= field(space, op, SET_MASK) * 3) {
      setTableResize(space, op, (set_size(space, op) + n) * 2);
    }
    const keys = dictKeys(space, other);
    for (let ix = 0; ix < keys.nentries; ix++) {
      if (keys.value(ix) !== NULL) set_addEntry(space, op, keys.key(ix), keys.hash(ix));
    }
    return;
  }
  const items = sequenceItems(space, other);
  if (items === null) {
    withFastSequence(space, other, `'${space.typeName(other)}' object is not iterable`, (fast) =>
      set_update(space, op, fast),
    );
    return;
  }
  for (const key of items) {
    space.rt.incref(key);
    try {
      set_addEntry(space, op, key, space.hash(key));
    } finally {
      space.rt.decref(key);
    }
  }
}

// set_merge: copies slots directly into an empty table of the same size without dummies.
function setMerge(space: ObjectSpace, op: Ptr, other: Ptr): void {
  const used = set_size(space, other);
  if (other === op || used === 0) return;
  if ((field(space, op, SET_FILL) + used) * 5 >= field(space, op, SET_MASK) * 3) {
    setTableResize(space, op, (set_size(space, op) + used) * 2);
  }
  const entries = set_entries(space, other);
  const mem = space.rt.mem;
  if (
    field(space, op, SET_FILL) === 0 &&
    field(space, op, SET_MASK) === field(space, other, SET_MASK) &&
    field(space, other, SET_FILL) === used
  ) {
    const n = 16 * (field(space, other, SET_MASK) + 1);
    const src = field(space, other, SET_TABLE);
    const dst = field(space, op, SET_TABLE);
    mem.u8.copyWithin(dst, src, src + n);
    for (const [key] of entries) space.rt.incref(key);
    mem.i32[(op + SET_FILL) >>> 2] = used;
    mem.i32[(op + SET_USED) >>> 2] = used;
    return;
  }
  // (set_insert_clean into an empty table places keys exactly as set_add_entry would.)
  for (const [key, hash] of entries) set_addEntry(space, op, key, hash);
}

/** set(iterable) / frozenset(iterable): a new set of the keys of `iterable` (NULL for none). */
export function set_new(space: ObjectSpace, iterable: Ptr = NULL, frozen = false): Ptr {
  if (frozen && iterable !== NULL && frozenset_check(space, iterable)) return space.newRef(iterable);
  const op = set_newEmpty(space, frozen);
  if (iterable !== NULL) {
    try {
      set_update(space, op, iterable);
    } catch (error) {
      space.rt.decref(op);
      throw error;
    }
  }
  return op;
}

/** A new set (or frozenset) of `items`, added in order. */
export function set_fromArray(space: ObjectSpace, items: readonly Ptr[], frozen = false): Ptr {
  const op = set_newEmpty(space, frozen);
  try {
    for (const key of items) set_addEntry(space, op, key, space.hash(key));
  } catch (error) {
    space.rt.decref(op);
    throw error;
  }
  return op;
}

/** set.copy() (a frozenset's copy is itself). */
export function set_copy(space: ObjectSpace, op: Ptr): Ptr {
  if (frozenset_check(space, op)) return space.newRef(op);
  return set_new(space, op, false);
}

// make_new_set_basetype: a new set of the same kind as `op`.
function newLike(space: ObjectSpace, op: Ptr, iterable: Ptr = NULL): Ptr {
  const op2 = set_newEmpty(space, frozenset_check(space, op));
  if (iterable !== NULL) {
    try {
      set_update(space, op2, iterable);
    } catch (error) {
      space.rt.decref(op2);
      throw error;
    }
  }
  return op2;
}

/** set.pop(): removes and returns a key, scanning from the finger (new reference). */
export function set_pop(space: ObjectSpace, op: Ptr): Ptr {
  if (set_size(space, op) === 0) raise('KeyError', "'pop from an empty set'");
  const mem = space.rt.mem;
  const table = field(space, op, SET_TABLE);
  const mask = field(space, op, SET_MASK);
  const dummy = space.sets.dummy;
  let i = field(space, op, SET_FINGER) & mask;
  for (;;) {
    const key = mem.u32[(table + 16 * i) >>> 2];
    if (key !== NULL && key !== dummy) break;
    i = i + 1 > mask ? 0 : i + 1;
  }
  const key = mem.u32[(table + 16 * i) >>> 2] as Ptr;
  mem.u32[(table + 16 * i) >>> 2] = dummy;
  mem.f64[(table + 16 * i + 8) >>> 3] = -1;
  mem.i32[(op + SET_USED) >>> 2] = set_size(space, op) - 1;
  mem.i32[(op + SET_FINGER) >>> 2] = i + 1;
  return key;
}

/** set.remove(key): KeyError(key) when absent. */
export function set_remove(space: ObjectSpace, op: Ptr, key: Ptr): void {
  if (!set_discardEntry(space, op, key, space.hash(key))) raise('KeyError', space.repr(key));
}

/** set.union(*others) / `a | b`: a copy of `op` updated with each other. */
export function set_union(space: ObjectSpace, op: Ptr, ...others: Ptr[]): Ptr {
  const result = newLike(space, op, op);
  try {
    for (const other of others) if (other !== op) set_update(space, result, other);
  } catch (error) {
    space.rt.decref(result);
    throw error;
  }
  return result;
}

/** set_intersection: keys of `op` also in `other`, iterating the smaller of two sets. */
export function set_intersection(space: ObjectSpace, op: Ptr, other: Ptr): Ptr {
  if (op === other) return newLike(space, op, op);
  const result = newLike(space, op);
  try {
    if (anyset_check(space, other)) {
      let so = op;
      if (set_size(space, other) > set_size(space, so)) [so, other] = [other, so];
      for (const [key, hash] of set_entries(space, other)) {
        if (set_containsEntry(space, so, key, hash)) set_addEntry(space, result, key, hash);
      }
    } else {
      withKeys(space, other, (keys) => {
        for (const key of keys) {
          const hash = space.hash(key);
          if (set_containsEntry(space, op, key, hash)) set_addEntry(space, result, key, hash);
        }
      });
    }
  } catch (error) {
    space.rt.decref(result);
    throw error;
  }
  return result;
}

/** set_difference: keys of `op` not in `other`. */
export function set_difference(space: ObjectSpace, op: Ptr, other: Ptr): Ptr {
  const otherIsSet = anyset_check(space, other);
  if (!otherIsSet || set_size(space, op) >> 2 > set_size(space, other)) {
    const result = newLike(space, op, op);
    try {
      set_differenceUpdate(space, result, other);
    } catch (error) {
      space.rt.decref(result);
      throw error;
    }
    return result;
  }
  const result = newLike(space, op);
  for (const [key, hash] of set_entries(space, op)) {
    if (!set_containsEntry(space, other, key, hash)) set_addEntry(space, result, key, hash);
  }
  return result;
}

/** set_difference_update_internal: removes the keys of `other`, then purges dummies above 1/4. */
export function set_differenceUpdate(space: ObjectSpace, op: Ptr, other: Ptr): void {
  if (op === other) {
    set_clear(space, op);
    return;
  }
  if (anyset_check(space, other)) {
    const big = set_size(space, other) >> 3 > set_size(space, op);
    const src = big ? set_intersection(space, op, other) : space.newRef(other);
    try {
      for (const [key, hash] of set_entries(space, src)) {
        space.rt.incref(key);
        try {
          set_discardEntry(space, op, key, hash);
        } finally {
          space.rt.decref(key);
        }
      }
    } finally {
      space.rt.decref(src);
    }
  } else {
    withKeys(space, other, (keys) => {
      for (const key of keys) set_discardEntry(space, op, key, space.hash(key));
    });
  }
  const used = set_size(space, op);
  if (field(space, op, SET_FILL) - used <= field(space, op, SET_MASK) >>> 2) return;
  setTableResize(space, op, used > 50000 ? used * 2 : used * 4);
}

/** set_symmetric_difference: keys in exactly one of the two. */
export function set_symmetricDifference(space: ObjectSpace, op: Ptr, other: Ptr): Ptr {
  const result = newLike(space, op, other);
  try {
    set_symmetricDifferenceUpdate(space, result, op);
  } catch (error) {
    space.rt.decref(result);
    throw error;
  }
  return result;
}

/** set_symmetric_difference_update: toggles the presence of each key of `other`. */
export function set_symmetricDifferenceUpdate(space: ObjectSpace, op: Ptr, other: Ptr): void {
  if (op === other) {
    set_clear(space, op);
    return;
  }
  const otherset = anyset_check(space, other) ? space.newRef(other) : newLike(space, op, other);
  try {
    for (const [key, hash] of set_entries(space, otherset)) {
      space.rt.incref(key);
      try {
        if (!set_discardEntry(space, op, key, hash)) set_addEntry(space, op, key, hash);
      } finally {
        space.rt.decref(key);
      }
    }
  } finally {
    space.rt.decref(otherset);
  }
}

/** set.intersection_update(other). */
export function set_intersectionUpdate(space: ObjectSpace, op: Ptr, other: Ptr): void {
  const tmp = set_intersection(space, op, other);
  swapBodies(space, op, tmp);
  space.rt.decref(tmp);
}

// set_swap_bodies: exchanges the tables, counts and hashes of two sets; a table living in
// a smalltable moves with the smalltable's bytes.
function swapBodies(space: ObjectSpace, a: Ptr, b: Ptr): void {
  const mem = space.rt.mem;
  const aSmall = a + SET_SMALLTABLE;
  const bSmall = b + SET_SMALLTABLE;
  const aTable = field(space, a, SET_TABLE);
  const bTable = field(space, b, SET_TABLE);
  const tmp = mem.u8.slice(aSmall, aSmall + 16 * SET_MINSIZE);
  mem.u8.copyWithin(aSmall, bSmall, bSmall + 16 * SET_MINSIZE);
  mem.u8.set(tmp, bSmall);
  for (const off of [SET_FILL, SET_USED, SET_MASK, SET_HASH]) {
    const x = mem.f64[(a + off) >>> 3];
    mem.f64[(a + off) >>> 3] = mem.f64[(b + off) >>> 3];
    mem.f64[(b + off) >>> 3] = x;
  }
  mem.i32[(a + SET_TABLE) >>> 2] = bTable === bSmall ? aSmall : bTable;
  mem.i32[(b + SET_TABLE) >>> 2] = aTable === aSmall ? bSmall : aTable;
}

/** set_issubset: every key of `op` is in `other`. */
export function set_issubset(space: ObjectSpace, op: Ptr, other: Ptr): boolean {
  if (!anyset_check(space, other)) {
    const tmp = set_new(space, other);
    try {
      return set_issubset(space, op, tmp);
    } finally {
      space.rt.decref(tmp);
    }
  }
  if (set_size(space, op) > set_size(space, other)) return false;
  return set_entries(space, op).every(([key, hash]) => set_containsEntry(space, other, key, hash));
}

/** set_issuperset: every key of `other` is in `op`. */
export function set_issuperset(space: ObjectSpace, op: Ptr, other: Ptr): boolean {
  if (anyset_check(space, other)) return set_issubset(space, other, op);
  return withKeys(space, other, (keys) =>
    keys.every((key) => set_containsEntry(space, op, key, space.hash(key))),
  );
}

/** set_isdisjoint: no key in common. */
export function set_isdisjoint(space: ObjectSpace, op: Ptr, other: Ptr): boolean {
  if (op === other) return set_size(space, op) === 0;
  if (anyset_check(space, other)) {
    let so = op;
    if (set_size(space, other) > set_size(space, so)) [so, other] = [other, so];
    return !set_entries(space, other).some(([key, hash]) => set_containsEntry(space, so, key, hash));
  }
  return withKeys(space, other, (keys) =>
    keys.every((key) => !set_containsEntry(space, op, key, space.hash(key))),
  );
}

// Runs `body` over the keys of a non-set iterable: a dict's keys, or a sequence's items
// (withFastSequence), borrowed for the duration of the call.
function withKeys<R>(space: ObjectSpace, other: Ptr, body: (keys: Ptr[]) => R): R {
  if (dict_check(space, other)) {
    const keys = dictKeys(space, other);
    const out: Ptr[] = [];
    for (let ix = 0; ix < keys.nentries; ix++) if (keys.value(ix) !== NULL) out.push(keys.key(ix));
    return body(out);
  }
  return withFastSequence(space, other, `'${space.typeName(other)}' object is not iterable`, (fast) =>
    body(sequenceItems(space, fast) ?? []),
  );
}

/** set_richcompare: equality by size, cached hashes and subset; orderings as subset tests. */
export function set_richcompare(space: ObjectSpace, v: Ptr, w: Ptr, op: CompareOp): Ptr {
  if (!anyset_check(space, w)) return space.newRef(space.notImplemented);
  const hv = space.rt.mem.f64[(v + SET_HASH) >>> 3];
  const hw = space.rt.mem.f64[(w + SET_HASH) >>> 3];
  const eq = () =>
    set_size(space, v) === set_size(space, w) &&
    !(hv !== -1 && hw !== -1 && hv !== hw) &&
    set_issubset(space, v, w);
  switch (op) {
    case CompareOp.EQ:
      return newBool(space, eq());
    case CompareOp.NE:
      return newBool(space, !eq());
    case CompareOp.LE:
      return newBool(space, set_issubset(space, v, w));
    case CompareOp.GE:
      return newBool(space, set_issuperset(space, v, w));
    case CompareOp.LT:
      return newBool(space, set_size(space, v) < set_size(space, w) && set_issubset(space, v, w));
    default:
      return newBool(space, set_size(space, v) > set_size(space, w) && set_issuperset(space, v, w));
  }
}

/** frozenset_hash as an exact 64-bit unsigned value (from each key's exact hash). */
export function frozenset_hash64(space: ObjectSpace, op: Ptr): bigint {
  return frozensetHashOf(set_entries(space, op).map(([key]) => BigInt.asUintN(64, exactHash(space, key))));
}

/** frozenset's tp_hash: computed once (folded to 53 bits like every hash slot), then cached. */
export function set_hash(space: ObjectSpace, op: Ptr): number {
  const at = (op + SET_HASH) >>> 3;
  const cached = space.rt.mem.f64[at];
  if (cached !== -1) return cached;
  const hash = foldHashBig(BigInt.asIntN(64, frozenset_hash64(space, op)));
  space.rt.mem.f64[at] = hash;
  return hash;
}

/** set_repr: `set()`, `{1, 2}`, `frozenset({1, 2})`, and `set(...)` for a set already being printed. */
export function set_repr(space: ObjectSpace, op: Ptr): string {
  const name = space.typeName(op);
  return withReprGuard(space, op, `${name}(...)`, () => {
    if (set_size(space, op) === 0) return `${name}()`;
    // PySequence_List: a real list is made (and counted) as in CPython.
    const keys = list_fromArray(
      space,
      set_entries(space, op).map(([k]) => k),
    );
    try {
      const body = space.repr(keys).slice(1, -1);
      return frozenset_check(space, op) ? `frozenset({${body}})` : `{${body}}`;
    } finally {
      space.rt.decref(keys);
    }
  });
}
