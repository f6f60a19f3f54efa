// The dict table's lookup and insertion (Objects/dictobject.c, CPython 3.11):
// _Py_dict_lookup with the perturbation probe, dictresize, insertdict (with
// MAINTAIN_TRACKING and the unicode → general switch) and insert_to_emptydict.

import { OB_TYPE } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { dict_bumpVersion, dict_size, dictKeys, MA_KEYS, setKeys, setUsed } from './dict.js';
import {
  calculateLog2Keysize,
  DICT_KEYS_UNICODE,
  DictKeys,
  DK_INDICES,
  DK_KIND,
  DK_LOG2_SIZE,
  DK_NENTRIES,
  DK_USABLE,
  DKIX_EMPTY,
  dk_entries,
  freeKeysObject,
  GENERAL_ENTRY_SIZE,
  newKeysObject,
  PYDICT_LOG_MINSIZE,
  UNICODE_ENTRY_SIZE,
} from './dictkeys.js';
import { dict_splitNewKey } from './dictsplit.js';
import { hashHi, hashLo, nextProbe, PERTURB_SHIFT, Perturb } from './hashing.js';
import { richCompareBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { str_eq } from './str.js';
import { STR_HASH } from './strkinds.js';
import { objectMayBeTracked } from './tuple.js';
import { CompareOp } from './typeslots.js';

/**
 * _Py_dict_lookup: the entry index of `key` (of hash `hash`), or DKIX_EMPTY. Compares by
 * identity, then equal hash and ==; restarts if a comparison changed the table.
 */
export function dictLookup(space: ObjectSpace, op: Ptr, key: Ptr, hash: number): number {
  const mem = space.rt.mem;
  const dk = mem.u32[(op + MA_KEYS) >>> 2];
  if (mem.u8[dk + DK_KIND] === DICT_KEYS_UNICODE && mem.u32[(key + OB_TYPE) >>> 2] === space.strs.type) {
    return unicodeLookup(space, dk, key, hash);
  }
  return generalLookup(space, op, key, hash);
}

/**
 * unicodekeys_lookup_unicode: an exact str key in a table of exact str keys. Keys compare
 * by address, then by the hash words and unicode_eq, which run no Python code, so the
 * table cannot change under the probe. No JS allocation: dict lookups are everywhere.
 */
function unicodeLookup(space: ObjectSpace, dk: number, key: Ptr, hash: number): number {
  const mem = space.rt.mem;
  const u8 = mem.u8;
  const u32 = mem.u32;
  const log2 = u8[dk + DK_LOG2_SIZE];
  const mask = (log2 < 31 ? 1 << log2 : 2 ** log2) - 1;
  const indices = dk + DK_INDICES;
  const entries = dk_entries(u8, dk);
  const keyHashLo = u32[(key + STR_HASH) >>> 2];
  const keyHashHi = u32[(key + STR_HASH + 4) >>> 2];
  let perturbLo = hashLo(hash);
  let perturbHi = hashHi(hash);
  let i = perturbLo & mask;
  for (;;) {
    let ix: number;
    if (log2 < 8) ix = (u8[indices + i] << 24) >> 24;
    else if (log2 < 16) ix = ((u8[indices + 2 * i] | (u8[indices + 2 * i + 1] << 8)) << 16) >> 16;
    else ix = mem.i32[(indices + (log2 < 32 ? 4 : 8) * i) >>> 2];
    if (ix >= 0) {
      const k = u32[(entries + UNICODE_ENTRY_SIZE * ix) >>> 2];
      if (k === key) return ix;
      if (
        k !== NULL &&
        u32[(k + STR_HASH) >>> 2] === keyHashLo &&
        u32[(k + STR_HASH + 4) >>> 2] === keyHashHi &&
        str_eq(space, k as Ptr, key)
      ) {
        return ix;
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
    perturbHi = perturbHi >>> PERTURB_SHIFT;
    i = ((i * 5 + perturbLo + 1) >>> 0) & mask; // ToUint32 is the size_t wrap-around
  }
}

function generalLookup(space: ObjectSpace, op: Ptr, key: Ptr, hash: number): number {
  const perturb = new Perturb();
  restart: for (;;) {
    const keys = dictKeys(space, op);
    const dk = keys.dk;
    const mask = keys.mask;
    let i = hashLo(hash) & mask;
    perturb.reset(hash);
    for (;;) {
      const ix = keys.getIndex(i);
      if (ix >= 0) {
        const startkey = keys.key(ix);
        if (startkey === key) return ix;
        if (keys.hash(ix) === hash) {
          space.rt.incref(startkey);
          let cmp: boolean;
          try {
            cmp = richCompareBool(space, startkey, key, CompareOp.EQ);
          } finally {
            space.rt.decref(startkey);
          }
          if (dictKeys(space, op).dk !== dk || keys.key(ix) !== startkey) continue restart;
          if (cmp) return ix;
        }
      } else if (ix === DKIX_EMPTY) {
        return DKIX_EMPTY;
      }
      i = nextProbe(i, perturb.shift(), mask);
    }
  }
}

/**
 * dictresize: moves the live entries, in order, into a new keys object of 2^log2Size
 * slots (unicode only if the old one was); frees the old keys object.
 */
export function dictResize(space: ObjectSpace, op: Ptr, log2Size: number, unicode: boolean): void {
  const old = dictKeys(space, op);
  if (!old.isUnicode) unicode = false;
  const dk = newKeysObject(space, log2Size, unicode);
  const keys = new DictKeys(space, dk);
  let n = 0;
  for (let ix = 0; ix < old.nentries; ix++) {
    const value = old.value(ix);
    if (value === NULL) continue;
    const hash = old.hash(ix);
    keys.setEntry(n, hash, old.key(ix), value);
    keys.setIndex(keys.findEmptySlot(hash), n);
    n++;
  }
  setKeys(space, op, dk);
  if (old.dk !== space.dicts.emptyKeys) freeKeysObject(space, old.dk);
  keys.usable = keys.usable - n;
  keys.nentries = n;
}

/** insertion_resize: grows to fit GROWTH_RATE = 3·used (a GENERAL table unless `unicode`). */
function insertionResize(space: ObjectSpace, op: Ptr, unicode: boolean): void {
  dictResize(space, op, calculateLog2Keysize(dict_size(space, op) * 3), unicode);
}

/** MAINTAIN_TRACKING: an untracked dict starts being tracked when it receives a trackable object. */
function maintainTracking(space: ObjectSpace, op: Ptr, key: Ptr, value: Ptr): void {
  if (space.rt.isTracked(op)) return;
  if (objectMayBeTracked(space, key) || objectMayBeTracked(space, value)) space.rt.track(op);
}

/**
 * insertdict / insert_to_emptydict: d[key] = value for a key of known hash, stealing one
 * reference to `key` and one to `value` (both are released if the insert fails).
 */
export function insertDict(
  space: ObjectSpace,
  op: Ptr,
  key: Ptr,
  hash: number,
  value: Ptr,
  absent = false,
): void {
  const rt = space.rt;
  const mem = rt.mem;
  // The common case first: an existing str key of a unicode table gets a new value.
  const dk = mem.u32[(op + MA_KEYS) >>> 2];
  if (
    !absent &&
    mem.u8[dk + DK_KIND] === DICT_KEYS_UNICODE &&
    mem.u32[(key + OB_TYPE) >>> 2] === space.strs.type
  ) {
    const found = unicodeLookup(space, dk, key, hash);
    if (found >= 0) {
      maintainTracking(space, op, key, value);
      const at = dk_entries(mem.u8, dk) + UNICODE_ENTRY_SIZE * found + 8;
      const old = mem.u32[at >>> 2] as Ptr;
      if (old !== value) {
        mem.u32[at >>> 2] = value;
        dict_bumpVersion(space, op);
      }
      rt.decref(old);
      rt.decref(key);
      return;
    }
  }
  const isStr = space.dicts.isExactStr(key);
  // A split table keeps its split only for str keys its class's shared keys have or can take.
  const splitResize = space.dicts.split.size !== 0 && dict_splitNewKey(space, op, key, isStr);
  let ix: number;
  try {
    if (splitResize) insertionResize(space, op, true);
    if (mem.u32[(op + MA_KEYS) >>> 2] === space.dicts.emptyKeys) {
      insertToEmptyDict(space, op, key, hash, value, isStr);
      return;
    }
    if (!isStr && mem.u8[mem.u32[(op + MA_KEYS) >>> 2] + DK_KIND] === DICT_KEYS_UNICODE)
      insertionResize(space, op, false);
    // `absent`: the caller's own lookup found no entry (setdefault compares keys once).
    ix = absent ? DKIX_EMPTY : dictLookup(space, op, key, hash);
  } catch (error) {
    rt.decref(key);
    rt.decref(value);
    throw error;
  }
  maintainTracking(space, op, key, value);
  if (ix === DKIX_EMPTY) {
    try {
      if (mem.i32[(mem.u32[(op + MA_KEYS) >>> 2] + DK_USABLE) >>> 2] <= 0) insertionResize(space, op, true);
    } catch (error) {
      rt.decref(key);
      rt.decref(value);
      throw error;
    }
    appendEntry(space, op, key, hash, value);
    return;
  }
  const keys = dictKeys(space, op);
  const old = keys.value(ix);
  if (old !== value) {
    keys.setValue(ix, value);
    dict_bumpVersion(space, op);
  }
  rt.decref(old);
  rt.decref(key);
}

/** Adds a new entry at the end (room is there): index slot, entry, counts. Steals key and value. */
export function appendEntry(space: ObjectSpace, op: Ptr, key: Ptr, hash: number, value: Ptr): void {
  // On the words themselves (no DictKeys or Perturb object: every new key comes here).
  const mem = space.rt.mem;
  const u8 = mem.u8;
  const i32 = mem.i32;
  const dk = mem.u32[(op + MA_KEYS) >>> 2];
  const log2 = u8[dk + DK_LOG2_SIZE];
  const mask = (log2 < 31 ? 1 << log2 : 2 ** log2) - 1;
  const indices = dk + DK_INDICES;
  const entries = dk_entries(u8, dk);
  const n = i32[(dk + DK_NENTRIES) >>> 2];
  // find_empty_slot: the first EMPTY or DUMMY slot on the hash's probe sequence.
  let perturbLo = hashLo(hash);
  let perturbHi = hashHi(hash);
  let i = perturbLo & mask;
  for (;;) {
    let ix: number;
    if (log2 < 8) ix = (u8[indices + i] << 24) >> 24;
    else if (log2 < 16) ix = ((u8[indices + 2 * i] | (u8[indices + 2 * i + 1] << 8)) << 16) >> 16;
    else ix = i32[(indices + (log2 < 32 ? 4 : 8) * i) >>> 2];
    if (ix < 0) break;
    perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
    perturbHi = perturbHi >>> PERTURB_SHIFT;
    i = ((i * 5 + perturbLo + 1) >>> 0) & mask; // ToUint32 is the size_t wrap-around
  }
  // dictkeys_set_index
  if (log2 < 8) {
    u8[indices + i] = n & 0xff;
  } else if (log2 < 16) {
    u8[indices + 2 * i] = n & 0xff;
    u8[indices + 2 * i + 1] = (n >> 8) & 0xff;
  } else if (log2 < 32) {
    i32[(indices + 4 * i) >>> 2] = n;
  } else {
    i32[(indices + 8 * i) >>> 2] = n;
    i32[(indices + 8 * i + 4) >>> 2] = 0;
  }
  // The entry (pointers are below 2^32: their high words are 0).
  if (u8[dk + DK_KIND] === DICT_KEYS_UNICODE) {
    const base = entries + UNICODE_ENTRY_SIZE * n;
    i32[base >>> 2] = key;
    i32[(base + 4) >>> 2] = 0;
    i32[(base + 8) >>> 2] = value;
    i32[(base + 12) >>> 2] = 0;
  } else {
    const base = entries + GENERAL_ENTRY_SIZE * n;
    mem.f64[base >>> 3] = hash;
    i32[(base + 8) >>> 2] = key;
    i32[(base + 12) >>> 2] = 0;
    i32[(base + 16) >>> 2] = value;
    i32[(base + 20) >>> 2] = 0;
  }
  setUsed(space, op, dict_size(space, op) + 1);
  // dk_usable and dk_nentries stay non-negative: their high words are already 0.
  i32[(dk + DK_USABLE) >>> 2]--;
  i32[(dk + DK_NENTRIES) >>> 2] = n + 1;
}

// insert_to_emptydict: the first insert gets a fresh 8-slot table (unicode if the key is a str).
function insertToEmptyDict(
  space: ObjectSpace,
  op: Ptr,
  key: Ptr,
  hash: number,
  value: Ptr,
  isStr: boolean,
): void {
  const dk = newKeysObject(space, PYDICT_LOG_MINSIZE, isStr);
  setKeys(space, op, dk);
  maintainTracking(space, op, key, value);
  appendEntry(space, op, key, hash, value);
}
