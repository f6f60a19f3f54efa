// Split tables (CPython 3.11's instance dicts), kept as combined tables with their rules.
//
// In 3.11 the attributes of an instance live in a values array indexed by its class's
// shared keys (CACHED_KEYS: one PyDictKeysObject of 2**6 slots per class, dk_usable 30 at
// first and one less for every instance made). `obj.__dict__` then makes a *split* dict
// over those keys and values; its copy (dict.copy, PyDict_Copy) is split too. A split dict
// stays split while every key added is a str the shared keys have, or can still take
// (a new name is added to the class's keys, for all its instances); a key of another type,
// a full set of shared keys, clear(), popitem() or a big update turns it into an ordinary
// combined table. _PyDict_SizeOf counts a split dict as the dict plus one value word per
// usable shared key (nentries + usable, as the class's keys are *now*), without the keys,
// which belong to the class.
//
// pymm stores every dict as a combined table (the same entries in the same order) and
// remembers which ones CPython would hold split, with their class's SharedKeys, so that
// the transitions, the shared keys and sys.getsizeof follow CPython.

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { str_internFromJs, str_toJs } from './str.js';

/** SHARED_KEYS_MAX_SIZE: keys a class's shared keys can hold (dk_usable when made). */
export const SHARED_KEYS_MAX_SIZE = 30;

/** A class's shared keys (CACHED_KEYS): the names in key order and dk_usable. */
export interface SharedKeys {
  /** The key names, in key-index order (dk_nentries = names.length). */
  names: string[];
  /** The interned key objects, owned, in the same order. */
  objs: Ptr[];
  /** dk_usable: names that can still be added. */
  usable: number;
}

/** Makes the shared keys of a new class (_PyDict_NewKeysForClass). */
export function sharedKeys_new(): SharedKeys {
  return { names: [], objs: [], usable: SHARED_KEYS_MAX_SIZE };
}

/** insert_into_dictkeys: the index of `name` in the shared keys, added if there is room; -1 if full. */
export function sharedKeys_insert(space: ObjectSpace, shared: SharedKeys, name: string): number {
  const i = shared.names.indexOf(name);
  if (i >= 0) return i;
  if (shared.usable <= 0) return -1;
  shared.names.push(name);
  shared.objs.push(str_internFromJs(space, name));
  shared.usable--;
  return shared.names.length - 1;
}

/** Marks `op` as split over `shared` (make_dict_from_instance_attributes, a split copy). */
export function dict_markSplit(space: ObjectSpace, op: Ptr, shared: SharedKeys): void {
  space.dicts.split.set(op, shared);
}

/** The shared keys of a split dict, or undefined for a combined one. */
export function dict_splitKeys(space: ObjectSpace, op: Ptr): SharedKeys | undefined {
  const split = space.dicts.split;
  return split.size === 0 ? undefined : split.get(op);
}

/** The table becomes combined (insertion_resize, dictresize, PyDict_Clear, dealloc). */
export function dict_unsplit(space: ObjectSpace, op: Ptr): void {
  if (space.dicts.split.size !== 0) space.dicts.split.delete(op);
}

/**
 * insertdict's split-table rules for a key `op` does not hold yet: a str the shared keys
 * have or can take keeps the table split (a new name joins the class's keys); anything
 * else makes it combined. Returns true when the table must then be resized as CPython's
 * insertion_resize does (a str key that the full shared keys cannot take; the caller
 * resizes for a key of another type anyway).
 */
export function dict_splitNewKey(space: ObjectSpace, op: Ptr, key: Ptr, isExactStr: boolean): boolean {
  const shared = dict_splitKeys(space, op);
  if (shared === undefined) return false;
  if (!isExactStr) {
    dict_unsplit(space, op);
    return false;
  }
  if (sharedKeys_insert(space, shared, str_toJs(space, key)) >= 0) return false;
  dict_unsplit(space, op);
  return true;
}

/** _PyDict_SizeOf of a split dict: the object and one value word per usable shared key. */
export function dict_splitSizeof(shared: SharedKeys, dictSize: number): number {
  return dictSize + 8 * (shared.names.length + shared.usable);
}
