// Set protocols over the table of set.ts and settable.ts: construction from iterables,
// copy, pop/remove, comparison, frozenset hash and repr (the algebra is in setalgebra.ts),
// each as its setobject.c function.

import { NULL, type Ptr } from '../heap/index.js';
import { dict_check, dictKeys } from './dict.js';
import { dict_next } from './dictops.js';
import { raise, raiseKeyError } from './errors.js';
import { exactHash } from './hash.js';
import { foldHashBig, frozensetHashOf } from './hashing.js';
import { list_fromArray, sequence_forEach, withFastSequence } from './list.js';
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
  SET_TABLE,
  SET_USED,
  set_entries,
  set_forEach,
  set_newEmpty,
  set_size,
} from './set.js';
import { set_issubset, set_issuperset } from './setalgebra.js';
import { set_addEntry, set_discardEntry, setTableResize } from './settable.js';
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
    // _PyDict_Next over the live table: a comparison may clear the dict.
    for (let e = dict_next(space, other, 0); e !== null; e = dict_next(space, other, e.pos))
      set_addEntry(space, op, e.key, dictKeys(space, other).hash(e.pos - 1));
    return;
  }
  const walked = sequence_forEach(space, other, (key) => {
    set_addEntry(space, op, key, space.hash(key));
    return false;
  });
  if (walked === null) {
    withFastSequence(space, other, `'${space.typeName(other)}' object is not iterable`, (fast) =>
      set_update(space, op, fast),
    );
  }
}

// set_merge: copies slots directly into an empty table of the same size without dummies.
function setMerge(space: ObjectSpace, op: Ptr, other: Ptr): void {
  const used = set_size(space, other);
  if (other === op || used === 0) return;
  if ((field(space, op, SET_FILL) + used) * 5 >= field(space, op, SET_MASK) * 3) {
    setTableResize(space, op, (set_size(space, op) + used) * 2);
  }
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
    for (const [key] of set_entries(space, other)) space.rt.incref(key);
    mem.i32[(op + SET_FILL) >>> 2] = used;
    mem.i32[(op + SET_USED) >>> 2] = used;
    return;
  }
  // Normal insertions over other's live table (a comparison may clear or resize it); the
  // key is held meanwhile. (Into an empty table they place keys as set_insert_clean would.)
  set_forEach(space, other, (key, hash) => {
    set_addEntry(space, op, key, hash);
    return false;
  });
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
  return set_new(space, op, space.isSubtypeOf(space.rt.typeObject(op), space.sets.frozensetType));
}

/** make_new_set_basetype: a new set of the same kind as `op`, filled from `iterable` if given. */
export function set_newLike(space: ObjectSpace, op: Ptr, iterable: Ptr = NULL): Ptr {
  const op2 = set_newEmpty(space, space.isSubtypeOf(space.rt.typeObject(op), space.sets.frozensetType));
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
  if (!set_discardEntry(space, op, key, space.hash(key))) raiseKeyError(key, space.repr(key));
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
  const cache = space.sets.exactHashes;
  const cached = cache.get(op);
  if (cached !== undefined) return cached;
  const hash = frozensetHashOf(
    set_entries(space, op).map(([key]) => BigInt.asUintN(64, exactHash(space, key))),
  );
  // Only a frozenset's value is fixed (a frozenset subclass's dealloc is set's too).
  if (frozenset_check(space, op)) cache.set(op, hash);
  return hash;
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
      // A subclass instance shows its type's name, as a frozenset does.
      return space.rt.typeObject(op) === space.sets.setType ? `{${body}}` : `${name}({${body}})`;
    } finally {
      space.rt.decref(keys);
    }
  });
}
