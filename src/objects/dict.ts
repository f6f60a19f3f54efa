// Dict objects (Objects/dictobject.c, CPython 3.11): the compact, insertion-ordered table.
//
// PyDictObject (GC; 48 bytes, sys.getsizeof = 48 + 16 + the keys object if not shared):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ma_used: live entries          │
//   +24  ├────────────────────────────────┤
//        │ ma_version_tag                 │  a new value from a global counter at every change
//   +32  ├────────────────────────────────┤
//        │ ma_keys ──▶ PyDictKeysObject   │  see dictkeys.ts; `{}` shares Py_EMPTY_KEYS
//   +40  ├────────────────────────────────┤
//        │ ma_values: NULL (combined)     │  split tables are combined ones with their
//        └────────────────────────────────┘  rules (dictsplit.ts)
//
// Dicts are created untracked and tracked by the first insert of a key or value that may
// be tracked (MAINTAIN_TRACKING); full collections untrack them again when nothing inside
// may be tracked. 80 dead dicts and 80 8-slot unicode keys objects are kept for reuse.

import type * as Layout from '../gc/index.js';
import { TPFLAGS_BASETYPE, TPFLAGS_DICT_SUBCLASS, TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { dictLookup, insertDict } from './dictinsert.js';
import {
  DICT_KEYS_UNICODE,
  DictKeys,
  DK_KIND,
  DKIX_DUMMY,
  DKIX_EMPTY,
  dictkeysDecref,
  dk_entries,
  GENERAL_ENTRY_SIZE,
  newEmptyKeys,
  setWord,
  UNICODE_ENTRY_SIZE,
} from './dictkeys.js';
import { dict_repr, dict_richcompare, dict_sizeof } from './dictops.js';
import { dict_unsplit, type SharedKeys } from './dictsplit.js';
import { raiseKeyError } from './errors.js';
import { foldHash } from './hashing.js';
import type { ObjectSpace } from './space.js';
import { str_hash } from './str.js';
import { STR_HASH } from './strkinds.js';
import { objectMayBeTracked } from './tuple.js';
import { DEFAULT_PY_SLOTS } from './typeslots.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const OB_TYPE: typeof Layout.OB_TYPE = 8;

/** Offset of ma_used. */
export const MA_USED = 16;
/** Offset of ma_version_tag. */
export const MA_VERSION_TAG = 24;
/** Offset of ma_keys. */
export const MA_KEYS = 32;
/** Offset of ma_values. */
export const MA_VALUES = 40;
/** sizeof(PyDictObject). */
export const DICT_SIZE = 48;
/** PyDict_MAXFREELIST. */
export const DICT_MAXFREELIST = 80;

/** The dict type, the shared empty keys and the free lists. */
export interface DictState {
  type: Ptr;
  /** Py_EMPTY_KEYS: shared by every empty dict, never freed. */
  emptyKeys: Ptr;
  /** Dead dict objects kept for reuse (at most 80). */
  freeList: Ptr[];
  /** 8-slot unicode keys objects kept for reuse (at most 80). */
  keysFreeList: Ptr[];
  /** PyUnicode_CheckExact for key-kind decisions (tests may point it at a stand-in type). */
  isExactStr: (op: Ptr) => boolean;
  /** DICT_NEXT_VERSION's counter: the last version tag handed out. */
  version: number;
  /** Told of every change of a watched dict (see dict_watch), or null. */
  onWatchedChange: ((op: Ptr) => void) | null;
  /** The dicts CPython would hold as split tables, with their class's shared keys. */
  split: Map<number, SharedKeys>;
}

/** Makes the `dict` type and the shared empty keys. */
export function initDict(space: ObjectSpace): DictState {
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'dict',
    flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS,
    basicsize: DICT_SIZE,
    traverse: (op, visit) => {
      const keys = dictKeys(space, op);
      const n = keys.nentries;
      for (let ix = 0; ix < n; ix++) {
        const value = keys.value(ix);
        if (value === NULL) continue;
        visit(value);
        if (!keys.isUnicode) visit(keys.key(ix));
      }
    },
    clear: (op) => dict_clear(space, op),
    dealloc: (op) => dictDealloc(space, op),
    maybeUntrack: (op) => dict_maybeUntrack(space, op),
    untrackInFullOnly: true,
    repr: (op) => dict_repr(space, op),
    richcompare: (a, b, op) => dict_richcompare(space, a, b, op),
    bool: (op) => dict_size(space, op) !== 0,
    sizeof: (op) => dict_sizeof(space, op),
  });
  const state: DictState = {
    type,
    emptyKeys: NULL,
    freeList: [],
    keysFreeList: [],
    version: 0,
    onWatchedChange: null,
    split: new Map(),
    isExactStr: (op) => space.rt.typeObject(op) === space.strs.type,
  };
  state.emptyKeys = newEmptyKeys(space);
  // Py_EMPTY_KEYS is immortal: its count never reaches 1, so no dict's size includes it.
  setWord(space, state.emptyKeys, 2 ** 30);
  return state;
}

/** _PyDict_ClearFreeList: frees the dead dicts, then the saved keys objects, most recent first. */
export function dict_clearFreeList(space: ObjectSpace): void {
  const state = space.dicts;
  while (state.freeList.length > 0) space.rt.gcFreeBlock(state.freeList.pop() as Ptr);
  while (state.keysFreeList.length > 0) space.rt.heap.free(state.keysFreeList.pop() as Ptr);
}

/** PyDict_Check: a dict or an instance of a dict subclass. */
export function dict_check(space: ObjectSpace, op: Ptr): boolean {
  return (space.rt.typeFlags(op) & TPFLAGS_DICT_SUBCLASS) !== 0;
}

/** len(d): ma_used. */
export function dict_size(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.i32[(op + MA_USED) >>> 2];
}

/** The keys object of a dict, as a reader. */
export function dictKeys(space: ObjectSpace, op: Ptr): DictKeys {
  return new DictKeys(space, space.rt.mem.u32[(op + MA_KEYS) >>> 2] as Ptr);
}

/** Sets ma_used (a change: the dict gets a new version tag). */
export function setUsed(space: ObjectSpace, op: Ptr, n: number): void {
  setWord(space, op + MA_USED, n);
  dict_bumpVersion(space, op);
}

/** Installs `dk` as the dict's keys object (the caller manages its count); a new version tag. */
export function setKeys(space: ObjectSpace, op: Ptr, dk: Ptr): void {
  setWord(space, op + MA_KEYS, dk);
  dict_bumpVersion(space, op);
}

/**
 * The top bit of ma_version_tag's upper word marks a watched dict (a class's __dict__, like
 * CPython 3.12's dict watchers): every change of it calls DictState.onWatchedChange, so the
 * interpreter can retire what it cached about the class. Version tags stay below 2^63.
 */
const WATCHED_BIT = 0x8000_0000;

/**
 * DICT_NEXT_VERSION: gives the dict a version tag no dict has had before. Every change of a
 * dict's keys or values goes through here, so two equal tags (read with dict_version) mean
 * an unchanged dict: the interpreter's global-name caches rely on it.
 */
export function dict_bumpVersion(space: ObjectSpace, op: Ptr): void {
  const v = ++space.dicts.version;
  const u32 = space.rt.mem.u32;
  const hi = (op + MA_VERSION_TAG + 4) >>> 2;
  const watched = u32[hi] & WATCHED_BIT;
  u32[hi - 1] = v >>> 0;
  u32[hi] = (Math.floor(v / 0x1_0000_0000) | watched) >>> 0;
  if (watched !== 0) space.dicts.onWatchedChange?.(op);
}

/** ma_version_tag as a number (at most 2^53). */
export function dict_version(space: ObjectSpace, op: Ptr): number {
  const u32 = space.rt.mem.u32;
  return (
    u32[(op + MA_VERSION_TAG) >>> 2] + (u32[(op + MA_VERSION_TAG + 4) >>> 2] & ~WATCHED_BIT) * 0x1_0000_0000
  );
}

/** Starts (or with `on` false stops) reporting the dict's changes to DictState.onWatchedChange. */
export function dict_watch(space: ObjectSpace, op: Ptr, on: boolean): void {
  const u32 = space.rt.mem.u32;
  const hi = (op + MA_VERSION_TAG + 4) >>> 2;
  u32[hi] = (on ? u32[hi] | WATCHED_BIT : u32[hi] & ~WATCHED_BIT) >>> 0;
}

/** new_dict: a dict object (free list first) owning `dk`, untracked. */
export function newDict(space: ObjectSpace, dk: Ptr, used: number): Ptr {
  const rt = space.rt;
  const free = space.dicts.freeList;
  let op: Ptr;
  if (free.length > 0) {
    op = free.pop() as Ptr;
    rt.setRefcnt(op, 1);
    rt.checker?.born(op, space.dicts.type, 16 + DICT_SIZE);
    rt.heap.newReference(op - 16);
  } else {
    try {
      op = rt.gcNew(space.dicts.type, DICT_SIZE);
    } catch (error) {
      dictkeysDecref(space, dk);
      throw error;
    }
  }
  rt.mem.u32[(op + MA_VERSION_TAG + 4) >>> 2] = 0; // not watched (a reused dict may have been)
  // new_dict's DICT_NEXT_VERSION(): a tag of its own, never a freed dict's (caches keyed by
  // a dict's address and tag, as LOAD_GLOBAL's, must not take a new dict for an old one).
  dict_bumpVersion(space, op);
  setKeys(space, op, dk);
  setWord(space, op + MA_VALUES, NULL);
  setUsed(space, op, used);
  return op;
}

/**
 * dict_new through PyType_GenericAlloc, as `dict(...)` makes its dict: always a fresh GC
 * allocation (the free list is not used), empty and untracked.
 */
export function dict_typeAlloc(space: ObjectSpace): Ptr {
  const op = space.rt.gcNew(space.dicts.type, DICT_SIZE);
  space.rt.mem.u32[(op + MA_VERSION_TAG + 4) >>> 2] = 0;
  dict_bumpVersion(space, op);
  setKeys(space, op, space.dicts.emptyKeys);
  setWord(space, op + MA_VALUES, NULL);
  setUsed(space, op, 0);
  return op;
}

/** PyDict_New: a new, empty, untracked dict sharing the empty keys. */
export function dict_new(space: ObjectSpace): Ptr {
  return newDict(space, space.dicts.emptyKeys, 0);
}

/**
 * PyObject_Hash of a dict key: an exact str's cached hash read in place (unicode_hash's
 * fast path, without the type's slot), else the type's hash.
 */
export function dict_keyHash(space: ObjectSpace, key: Ptr): number {
  const mem = space.rt.mem;
  if (mem.u32[(key + OB_TYPE) >>> 2] === space.strs.type) {
    const at = (key + STR_HASH) >>> 2;
    const lo = mem.u32[at];
    const hi = mem.i32[at + 1];
    if (lo !== 0xffffffff || hi !== -1) return foldHash(hi, lo);
    // Not hashed yet (a str just made by split, join, slicing …): unicode_hash itself,
    // not the type's slot through space.hash.
    return str_hash(space, key);
  }
  return space.hash(key);
}

/** PyDict_SetItem: d[key] = value (new references are taken; TypeError for unhashable keys). */
export function dict_setItem(space: ObjectSpace, op: Ptr, key: Ptr, value: Ptr): void {
  // As 3.11's PyDict_SetItem → _PyDict_SetItem_Take2: the references are taken before the
  // hash, so a key's __hash__ sees them.
  space.rt.incref(key);
  space.rt.incref(value);
  let hash: number;
  try {
    hash = dict_keyHash(space, key);
  } catch (error) {
    space.rt.decref(key);
    space.rt.decref(value);
    throw error;
  }
  insertDict(space, op, key, hash, value);
}

/** PyDict_GetItemWithError: d[key] as a borrowed reference, or NULL when absent. */
export function dict_getItem(space: ObjectSpace, op: Ptr, key: Ptr): Ptr {
  const hash = dict_keyHash(space, key);
  const ix = dictLookup(space, op, key, hash);
  return ix === DKIX_EMPTY ? NULL : entryValue(space, op, ix);
}

// me_value of entry `ix` of the dict's keys, read from the header (no DictKeys object).
function entryValue(space: ObjectSpace, op: Ptr, ix: number): Ptr {
  const mem = space.rt.mem;
  const dk = mem.u32[(op + MA_KEYS) >>> 2];
  const entries = dk_entries(mem.u8, dk);
  const at =
    mem.u8[dk + DK_KIND] === DICT_KEYS_UNICODE
      ? entries + UNICODE_ENTRY_SIZE * ix + 8
      : entries + GENERAL_ENTRY_SIZE * ix + 16;
  return mem.u32[at >>> 2] as Ptr;
}

/** `key in d`. */
export function dict_contains(space: ObjectSpace, op: Ptr, key: Ptr): boolean {
  return dict_getItem(space, op, key) !== NULL;
}

/** d[key] as a new reference; KeyError(key) when absent. */
export function dict_subscript(space: ObjectSpace, op: Ptr, key: Ptr): Ptr {
  const value = dict_getItem(space, op, key);
  if (value === NULL) raiseKeyError(key, space.repr(key));
  return space.newRef(value);
}

/**
 * delitem_common: removes entry `ix` (found for `hash`): its index slot becomes DKIX_DUMMY,
 * the entry keeps only its hash; the key and value are released last.
 */
export function delitemCommon(space: ObjectSpace, op: Ptr, hash: number, ix: number): void {
  const keys = dictKeys(space, op);
  const oldKey = keys.key(ix);
  const oldValue = keys.value(ix);
  const slot = keys.slotOf(hash, ix);
  setUsed(space, op, dict_size(space, op) - 1);
  keys.setIndex(slot, DKIX_DUMMY);
  keys.setEntry(ix, hash, NULL, NULL);
  space.rt.decref(oldKey);
  space.rt.decref(oldValue);
}

/** PyDict_DelItem: del d[key]; KeyError(key) when absent. */
export function dict_delItem(space: ObjectSpace, op: Ptr, key: Ptr): void {
  const hash = dict_keyHash(space, key);
  const ix = dictLookup(space, op, key, hash);
  if (ix === DKIX_EMPTY) raiseKeyError(key, space.repr(key));
  delitemCommon(space, op, hash, ix);
}

/** PyDict_Clear (tp_clear, dict.clear): back to the shared empty keys, then release everything. */
export function dict_clear(space: ObjectSpace, op: Ptr): void {
  dict_unsplit(space, op);
  const old = dictKeys(space, op).dk;
  if (old === space.dicts.emptyKeys) return;
  setKeys(space, op, space.dicts.emptyKeys);
  setUsed(space, op, 0);
  dictkeysDecref(space, old);
}

/** _PyDict_MaybeUntrack: untracks a dict none of whose values (or keys, for general tables) may be tracked. */
export function dict_maybeUntrack(space: ObjectSpace, op: Ptr): void {
  if (space.rt.typeObject(op) !== space.dicts.type || !space.rt.isTracked(op)) return;
  const keys = dictKeys(space, op);
  for (let ix = 0; ix < keys.nentries; ix++) {
    const value = keys.value(ix);
    if (value === NULL) continue;
    if (objectMayBeTracked(space, value)) return;
    if (!keys.isUnicode && objectMayBeTracked(space, keys.key(ix))) return;
  }
  space.rt.untrack(op);
}

// dict_dealloc: untrack, drop the keys (releasing entries), free-list push or free.
function dictDealloc(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  rt.untrack(op);
  dict_unsplit(space, op);
  const dk = rt.mem.u32[(op + MA_KEYS) >>> 2] as Ptr;
  setKeys(space, op, space.dicts.emptyKeys);
  dictkeysDecref(space, dk);
  const free = space.dicts.freeList;
  if (free.length < DICT_MAXFREELIST) {
    rt.checker?.died(op);
    free.push(op);
    return;
  }
  rt.gcDel(op);
}
