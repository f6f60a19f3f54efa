// Dict methods and protocols over the table of dict.ts: get/pop/popitem/setdefault,
// update and copy (dict_merge, clone_combined_dict_keys), iteration, repr and ==.

import { NULL, type Ptr } from '../heap/index.js';
import {
  DICT_SIZE,
  delitemCommon,
  dict_check,
  dict_getItem,
  dict_keyHash,
  dict_new,
  dict_setItem,
  dict_size,
  dict_typeAlloc,
  dictKeys,
  MA_KEYS,
  newDict,
  setKeys,
  setUsed,
} from './dict.js';
import { dictLookup, dictResize, insertDict } from './dictinsert.js';
import {
  DICT_KEYS_UNICODE,
  DictKeys,
  DK_KIND,
  DK_NENTRIES,
  DKIX_DUMMY,
  DKIX_EMPTY,
  dictkeysDecref,
  dk_entries,
  estimateLog2Keysize,
  GENERAL_ENTRY_SIZE,
  PYDICT_LOG_MINSIZE,
  setWord,
  UNICODE_ENTRY_SIZE,
  usableFraction,
} from './dictkeys.js';
import { dict_markSplit, dict_splitKeys, dict_splitSizeof, dict_unsplit } from './dictsplit.js';
import { raise, raiseKeyError } from './errors.js';
import { newBool, richCompareBool } from './protocol.js';
import { withRecursionGuard, withReprGuard } from './reprguard.js';
import type { ObjectSpace } from './space.js';
import { tuple_initItem, tuple_new } from './tuple.js';
import { CompareOp } from './typeslots.js';

/** DK_SIZE and DK_LOG_SIZE of a class's shared keys (NEXT_LOG2_SHARED_KEYS_MAX_SIZE). */
const SHARED_KEYS_LOG2_SIZE = 6;
const SHARED_KEYS_SLOTS = 64;

/** dict.get(key, default): a new reference to d[key] or to `dflt`. */
export function dict_get(space: ObjectSpace, op: Ptr, key: Ptr, dflt: Ptr): Ptr {
  const value = dict_getItem(space, op, key);
  return space.newRef(value === NULL ? dflt : value);
}

/** dict.pop(key[, default]) (_PyDict_Pop): removes d[key] and returns it; `dflt` or KeyError if absent. */
export function dict_pop(space: ObjectSpace, op: Ptr, key: Ptr, dflt: Ptr = NULL): Ptr {
  if (dict_size(space, op) === 0) {
    if (dflt === NULL) raiseKeyError(key, space.repr(key));
    return space.newRef(dflt);
  }
  const hash = dict_keyHash(space, key);
  const ix = dictLookup(space, op, key, hash);
  if (ix === DKIX_EMPTY) {
    if (dflt === NULL) raiseKeyError(key, space.repr(key));
    return space.newRef(dflt);
  }
  const value = space.newRef(dictKeys(space, op).value(ix));
  delitemCommon(space, op, hash, ix);
  return value;
}

/** dict.popitem(): removes the last entry and returns (key, value); KeyError when empty. */
export function dict_popitem(space: ObjectSpace, op: Ptr): Ptr {
  // The result tuple comes first: its allocation may run a collection (as in CPython).
  const res = tuple_new(space, 2);
  if (dict_size(space, op) === 0) {
    space.rt.decref(res);
    raise('KeyError', "'popitem(): dictionary is empty'");
  }
  // A split table is converted first (dictresize to the shared keys' 64 slots).
  if (dict_splitKeys(space, op) !== undefined) {
    dict_unsplit(space, op);
    dictResize(space, op, SHARED_KEYS_LOG2_SIZE, true);
  }
  const keys = dictKeys(space, op);
  let i = keys.nentries - 1;
  while (i >= 0 && keys.value(i) === NULL) i--;
  const key = keys.key(i);
  const value = keys.value(i);
  const hash = keys.hash(i);
  keys.setIndex(keys.slotOf(hash, i), DKIX_DUMMY);
  keys.setEntry(i, hash, NULL, NULL);
  tuple_initItem(space, res, 0, key);
  tuple_initItem(space, res, 1, value);
  // dk_usable is not given back: a DKIX_DUMMY slot remains.
  keys.nentries = i;
  setWord(space, op + 16, dict_size(space, op) - 1);
  return res;
}

/** dict.setdefault(key, default) (PyDict_SetDefault): d[key], inserting `dflt` first if absent. New reference. */
export function dict_setdefault(space: ObjectSpace, op: Ptr, key: Ptr, dflt: Ptr): Ptr {
  const hash = dict_keyHash(space, key);
  const found = dictLookup(space, op, key, hash);
  if (found !== DKIX_EMPTY) return space.newRef(dictKeys(space, op).value(found));
  space.rt.incref(key);
  space.rt.incref(dflt);
  insertDict(space, op, key, hash, dflt, true);
  return space.newRef(dflt);
}

/** clone_combined_dict_keys: a byte copy of a combined keys object whose entries gain a reference each. */
function cloneKeys(space: ObjectSpace, op: Ptr): Ptr {
  const src = dictKeys(space, op);
  const size = src.byteSize();
  const dk = space.rt.heap.malloc(size);
  const mem = space.rt.mem;
  mem.u8.copyWithin(dk, src.dk, src.dk + size);
  const keys = new DictKeys(space, dk);
  keys.refcnt = 1;
  for (let ix = 0; ix < keys.nentries; ix++) {
    if (keys.value(ix) === NULL) continue;
    space.rt.incref(keys.value(ix));
    space.rt.incref(keys.key(ix));
  }
  return dk;
}

/**
 * dict_merge(a, b, override) for a dict `b`: d.update(b) when `override`, else only keys
 * `a` lacks. An empty `a` takes a clone of a compact `b`'s keys; otherwise `a` is resized
 * once up front, then entries are inserted in order.
 */
export function dict_merge(space: ObjectSpace, a: Ptr, b: Ptr, override = true): void {
  if (!dict_check(space, b)) raise('TypeError', `'${space.typeName(b)}' object is not a mapping`);
  if (a === b || dict_size(space, b) === 0) return;
  const other = dictKeys(space, b);
  if (dict_size(space, a) === 0) {
    override = true;
    const used = dict_size(space, b);
    // Only a combined `b` (ma_values NULL) is cloned.
    if (
      dict_splitKeys(space, b) === undefined &&
      used === other.nentries &&
      (other.log2Size === PYDICT_LOG_MINSIZE || usableFraction(other.size / 2) < used)
    ) {
      const dk = cloneKeys(space, b);
      const old = dictKeys(space, a).dk;
      setKeys(space, a, dk);
      dictkeysDecref(space, old);
      // An empty split `a` (an instance's fresh __dict__) drops its values and is combined.
      dict_unsplit(space, a);
      setWord(space, a + 16, used);
      if (space.rt.isTracked(b) && !space.rt.isTracked(a)) space.rt.track(a);
      return;
    }
  }
  // One big resize up front (a split `a` counts its shared keys' 64 slots, and turns combined).
  const aSize = dict_splitKeys(space, a) !== undefined ? SHARED_KEYS_SLOTS : dictKeys(space, a).size;
  if (usableFraction(aSize) < dict_size(space, b)) {
    dict_unsplit(space, a);
    dictResize(
      space,
      a,
      estimateLog2Keysize(dict_size(space, a) + dict_size(space, b)),
      dictKeys(space, b).isUnicode,
    );
  }
  // Entries are re-read each step, and the key and value held while they are compared: an
  // __eq__ may change `b`, which CPython reports after that step's insert.
  const rt = space.rt;
  const n = dictKeys(space, b).nentries;
  for (let ix = 0; ix < n; ix++) {
    const keys = dictKeys(space, b);
    const value = keys.value(ix);
    if (value === NULL) continue;
    const key = keys.key(ix);
    const hash = keys.hash(ix);
    rt.incref(key);
    rt.incref(value);
    try {
      if (override || dictLookup(space, a, key, hash) === DKIX_EMPTY) {
        rt.incref(key);
        rt.incref(value);
        insertDict(space, a, key, hash, value);
      }
    } finally {
      rt.decref(value);
      rt.decref(key);
    }
    if (dictKeys(space, b).nentries !== n) raise('RuntimeError', 'dict mutated during update');
  }
}

/** PyDict_MergeFromSeq2: d.update(pairs) for a sequence of (key, value) pairs, in order. */
export function dict_updateFromPairs(
  space: ObjectSpace,
  op: Ptr,
  pairs: readonly (readonly [Ptr, Ptr])[],
): void {
  for (const [key, value] of pairs) dict_setItem(space, op, key, value);
}

/** PyDict_Copy: a new dict with the same entries (a keys clone when the table is compact enough). */
export function dict_copy(space: ObjectSpace, op: Ptr): Ptr {
  const used = dict_size(space, op);
  if (used === 0) return dict_new(space);
  const shared = dict_splitKeys(space, op);
  if (shared !== undefined) {
    // A split table's copy shares the keys and is split too, made by PyObject_GC_New.
    const copy = dict_typeAlloc(space);
    setKeys(space, copy, cloneKeys(space, op));
    setUsed(space, copy, used);
    dict_markSplit(space, copy, shared);
    if (space.rt.isTracked(op)) space.rt.track(copy);
    return copy;
  }
  const keys = dictKeys(space, op);
  if (used >= Math.floor((keys.nentries * 2) / 3)) {
    const copy = newDict(space, cloneKeys(space, op), used);
    if (space.rt.isTracked(op)) space.rt.track(copy);
    return copy;
  }
  const copy = dict_new(space);
  try {
    dict_merge(space, copy, op, true);
  } catch (error) {
    space.rt.decref(copy);
    throw error;
  }
  return copy;
}

/** The entry dict_nextEntry found last: its key and value (borrowed). */
export const dictEntry = { key: NULL as Ptr, value: NULL as Ptr };

/**
 * One step of PyDict_Next without allocating (a dict iterator's step): finds the first live
 * entry at or after `pos`, leaves its key and value in `dictEntry` and returns the position
 * after it; −1 at the end.
 */
export function dict_nextEntry(space: ObjectSpace, op: Ptr, pos: number): number {
  const mem = space.rt.mem;
  const u32 = mem.u32;
  const dk = u32[(op + MA_KEYS) >>> 2];
  const unicode = mem.u8[dk + DK_KIND] === DICT_KEYS_UNICODE;
  const entrySize = unicode ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE;
  const keyAt = unicode ? 0 : 8;
  const valueAt = unicode ? 8 : 16;
  const entries = dk_entries(mem.u8, dk);
  const nentries = mem.i32[(dk + DK_NENTRIES) >>> 2];
  for (let ix = pos; ix < nentries; ix++) {
    const at = entries + entrySize * ix;
    const value = u32[(at + valueAt) >>> 2] as Ptr;
    if (value !== NULL) {
      dictEntry.key = u32[(at + keyAt) >>> 2] as Ptr;
      dictEntry.value = value;
      return ix + 1;
    }
  }
  return -1;
}

/** One step of PyDict_Next: the first live entry at or after `pos`, or null at the end (borrowed refs). */
export function dict_next(
  space: ObjectSpace,
  op: Ptr,
  pos: number,
): { pos: number; key: Ptr; value: Ptr } | null {
  const next = dict_nextEntry(space, op, pos);
  return next < 0 ? null : { pos: next, key: dictEntry.key, value: dictEntry.value };
}

/** The (key, value) pairs in insertion order (borrowed references). */
export function dict_items(space: ObjectSpace, op: Ptr): [Ptr, Ptr][] {
  const out: [Ptr, Ptr][] = [];
  for (let e = dict_next(space, op, 0); e !== null; e = dict_next(space, op, e.pos))
    out.push([e.key, e.value]);
  return out;
}

/** The keys in insertion order (borrowed references). */
export function dict_keys(space: ObjectSpace, op: Ptr): Ptr[] {
  return dict_items(space, op).map(([k]) => k);
}

/** The values in insertion order (borrowed references). */
export function dict_values(space: ObjectSpace, op: Ptr): Ptr[] {
  return dict_items(space, op).map(([, v]) => v);
}

/** dict.__sizeof__ without the GC head (sys.getsizeof adds 16). */
export function dict_sizeof(space: ObjectSpace, op: Ptr): number {
  const shared = dict_splitKeys(space, op);
  if (shared !== undefined) return dict_splitSizeof(shared, DICT_SIZE);
  const keys = dictKeys(space, op);
  return DICT_SIZE + (keys.refcnt === 1 ? keys.byteSize() : 0);
}

/** dict_repr: `{k: v, …}`, `{}`, and `{...}` for a dict already being printed. */
export function dict_repr(space: ObjectSpace, op: Ptr): string {
  return withReprGuard(space, op, '{...}', () => {
    if (dict_size(space, op) === 0) return '{}';
    const parts: string[] = [];
    for (let e = dict_next(space, op, 0); e !== null; e = dict_next(space, op, e.pos)) {
      const key = space.newRef(e.key);
      const value = space.newRef(e.value);
      try {
        parts.push(`${space.repr(key)}: ${space.repr(value)}`);
      } finally {
        space.rt.decref(key);
        space.rt.decref(value);
      }
    }
    return `{${parts.join(', ')}}`;
  });
}

/** dict_equal: same size and, for every entry of `a`, an equal value under the same key in `b`. */
export function dict_equal(space: ObjectSpace, a: Ptr, b: Ptr): boolean {
  if (dict_size(space, a) !== dict_size(space, b)) return false;
  for (let ix = 0; ix < dictKeys(space, a).nentries; ix++) {
    const keys = dictKeys(space, a);
    const aval = keys.value(ix);
    if (aval === NULL) continue;
    const key = space.newRef(keys.key(ix));
    space.rt.incref(aval);
    try {
      const bix = dictLookup(space, b, key, keys.hash(ix));
      if (bix === DKIX_EMPTY) return false;
      const bval = space.newRef(dictKeys(space, b).value(bix));
      try {
        if (!richCompareBool(space, aval, bval, CompareOp.EQ)) return false;
      } finally {
        space.rt.decref(bval);
      }
    } finally {
      space.rt.decref(key);
      space.rt.decref(aval);
    }
  }
  return true;
}

/** dict_richcompare: == and != between dicts; NotImplemented otherwise. */
export function dict_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if (!dict_check(space, b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    return space.newRef(space.notImplemented);
  }
  const eq = withRecursionGuard(space, ' in comparison', () => dict_equal(space, a, b));
  return newBool(space, op === CompareOp.EQ ? eq : !eq);
}
