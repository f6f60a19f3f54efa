// Set algebra (Objects/setobject.c): union, intersection, difference and symmetric
// difference with their in-place forms, and the subset/superset/disjoint tests. Which set
// is iterated and in what order keys are added follow CPython, because that decides the
// result's iteration order.

import type { Ptr } from '../heap/index.js';
import { dict_check, dict_size, dictKeys } from './dict.js';
import { dictLookup } from './dictinsert.js';
import { DKIX_EMPTY } from './dictkeys.js';
import { dict_next } from './dictops.js';
import { sequence_forEach, withFastSequence } from './list.js';
import {
  anyset_check,
  field,
  SET_FILL,
  SET_HASH,
  SET_MASK,
  SET_MINSIZE,
  SET_SMALLTABLE,
  SET_TABLE,
  SET_USED,
  set_clear,
  set_forEach,
  set_size,
} from './set.js';
import { set_new, set_newLike, set_update } from './setops.js';
import { set_addEntry, set_containsEntry, set_discardEntry, setTableResize } from './settable.js';
import type { ObjectSpace } from './space.js';

/** set.union(*others) / `a | b`: a copy of `op` updated with each other. */
export function set_union(space: ObjectSpace, op: Ptr, ...others: Ptr[]): Ptr {
  const result = set_newLike(space, op, op);
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
  if (op === other) return set_newLike(space, op, op);
  const result = set_newLike(space, op);
  try {
    if (anyset_check(space, other)) {
      let so = op;
      if (set_size(space, other) > set_size(space, so)) [so, other] = [other, so];
      set_forEach(space, other, (key, hash) => {
        if (set_containsEntry(space, so, key, hash)) set_addEntry(space, result, key, hash);
        return false;
      });
    } else {
      forEachKey(space, other, (key) => {
        const hash = space.hash(key);
        if (set_containsEntry(space, op, key, hash)) set_addEntry(space, result, key, hash);
        return false;
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
  const otherIsDict = !otherIsSet && space.rt.typeObject(other) === space.dicts.type;
  const otherSize = otherIsSet ? set_size(space, other) : otherIsDict ? dict_size(space, other) : 0;
  if ((!otherIsSet && !otherIsDict) || set_size(space, op) >> 2 > otherSize) {
    const result = set_newLike(space, op, op);
    try {
      set_differenceUpdate(space, result, other);
    } catch (error) {
      space.rt.decref(result);
      throw error;
    }
    return result;
  }
  const result = set_newLike(space, op);
  try {
    set_forEach(space, op, (key, hash) => {
      const found = otherIsDict
        ? dictLookup(space, other, key, hash) !== DKIX_EMPTY
        : set_containsEntry(space, other, key, hash);
      if (!found) set_addEntry(space, result, key, hash);
      return false;
    });
  } catch (error) {
    space.rt.decref(result);
    throw error;
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
      set_forEach(space, src, (key, hash) => {
        set_discardEntry(space, op, key, hash);
        return false;
      });
    } finally {
      space.rt.decref(src);
    }
  } else {
    forEachKey(space, other, (key) => {
      set_discardEntry(space, op, key, space.hash(key));
      return false;
    });
  }
  const used = set_size(space, op);
  if (field(space, op, SET_FILL) - used <= field(space, op, SET_MASK) >>> 2) return;
  setTableResize(space, op, used > 50000 ? used * 2 : used * 4);
}

/** set_symmetric_difference: keys in exactly one of the two. */
export function set_symmetricDifference(space: ObjectSpace, op: Ptr, other: Ptr): Ptr {
  const result = set_newLike(space, op, other);
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
  if (space.rt.typeObject(other) === space.dicts.type) {
    // An exact dict toggles its keys in the dict's order, with their stored hashes, walking
    // the live table (_PyDict_Next) and holding each key: a comparison may clear the dict.
    for (let e = dict_next(space, other, 0); e !== null; e = dict_next(space, other, e.pos)) {
      const key = e.key;
      const hash = dictKeys(space, other).hash(e.pos - 1);
      space.rt.incref(key);
      try {
        if (!set_discardEntry(space, op, key, hash)) set_addEntry(space, op, key, hash);
      } finally {
        space.rt.decref(key);
      }
    }
    return;
  }
  const otherset = anyset_check(space, other) ? space.newRef(other) : set_newLike(space, op, other);
  try {
    set_forEach(space, otherset, (key, hash) => {
      if (!set_discardEntry(space, op, key, hash)) set_addEntry(space, op, key, hash);
      return false;
    });
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
  return !set_forEach(space, op, (key, hash) => !set_containsEntry(space, other, key, hash));
}

/** set_issuperset: every key of `other` is in `op`. */
export function set_issuperset(space: ObjectSpace, op: Ptr, other: Ptr): boolean {
  if (anyset_check(space, other)) return set_issubset(space, other, op);
  return !forEachKey(space, other, (key) => !set_containsEntry(space, op, key, space.hash(key)));
}

/** set_isdisjoint: no key in common. */
export function set_isdisjoint(space: ObjectSpace, op: Ptr, other: Ptr): boolean {
  if (op === other) return set_size(space, op) === 0;
  if (anyset_check(space, other)) {
    let so = op;
    if (set_size(space, other) > set_size(space, so)) [so, other] = [other, so];
    return !set_forEach(space, other, (key, hash) => set_containsEntry(space, so, key, hash));
  }
  return !forEachKey(space, other, (key) => set_containsEntry(space, op, key, space.hash(key)));
}

// Calls `body(key)` for each key of a non-set iterable — a dict's keys (its live table, as
// _PyDict_Next walks it), a list's or tuple's items (live), or those of the list other
// iterables make — holding the key meanwhile: a comparison the body makes may empty the
// dict or the list. Stops at, and returns, the first `true`.
function forEachKey(space: ObjectSpace, other: Ptr, body: (key: Ptr) => boolean): boolean {
  if (dict_check(space, other)) {
    for (let e = dict_next(space, other, 0); e !== null; e = dict_next(space, other, e.pos)) {
      const key = e.key;
      space.rt.incref(key);
      try {
        if (body(key)) return true;
      } finally {
        space.rt.decref(key);
      }
    }
    return false;
  }
  return withFastSequence(
    space,
    other,
    `'${space.typeName(other)}' object is not iterable`,
    (fast) => sequence_forEach(space, fast, body) === true,
  );
}
