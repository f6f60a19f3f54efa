// Dict keys objects (PyDictKeysObject, Objects/dictobject.c, CPython 3.11): the hash
// index plus the insertion-ordered entries of a compact dict. Not a Python object.
//
//   +0   ┌────────────────────────────────┐
//        │ dk_refcnt                      │  owners (dicts) of this keys object
//   +8   ├────────┬────────┬────────┬─────┤
//        │log2size│log2 idx│ kind   │ pad │  kind: 0 GENERAL, 1 UNICODE (2 SPLIT: later)
//   +12  │        │ bytes  │        │     │  dk_version (u32)
//   +16  ├────────┴────────┴────────┴─────┤
//        │ dk_usable: entries left        │
//   +24  ├────────────────────────────────┤
//        │ dk_nentries: entries used      │  (deleted ones included)
//   +32  ├────────────────────────────────┤
//        │ dk_indices: 2^log2size slots   │  1/2/4/8-byte signed: entry index,
//        │ of 1, 2, 4 or 8 bytes each     │  DKIX_EMPTY (−1) or DKIX_DUMMY (−2)
//        ├────────────────────────────────┤
//        │ entries[usable]                │  GENERAL: {me_hash, me_key, me_value} 24 B
//        │                                │  UNICODE: {me_key, me_value} 16 B (str keys
//        └────────────────────────────────┘           only; the hash lives in the str)
//
// me_hash holds the hash as a float64 (see hashing.ts). A deleted entry has NULL key
// and value; its index slot becomes DKIX_DUMMY until the next resize.

import type { Ptr } from '../heap/index.js';
import { hashLo, nextProbe, Perturb } from './hashing.js';
import type { ObjectSpace } from './space.js';

/** Offset of dk_refcnt. */
export const DK_REFCNT = 0;
/** Offset of dk_log2_size (u8). */
export const DK_LOG2_SIZE = 8;
/** Offset of dk_log2_index_bytes (u8). */
export const DK_LOG2_INDEX_BYTES = 9;
/** Offset of dk_kind (u8). */
export const DK_KIND = 10;
/** Offset of dk_version (u32). */
export const DK_VERSION = 12;
/** Offset of dk_usable. */
export const DK_USABLE = 16;
/** Offset of dk_nentries. */
export const DK_NENTRIES = 24;
/** Offset of dk_indices; sizeof(PyDictKeysObject). */
export const DK_INDICES = 32;
/** DICT_KEYS_GENERAL: entries carry their hash. */
export const DICT_KEYS_GENERAL = 0;
/** DICT_KEYS_UNICODE: every key is an exact str; entries have no hash word. */
export const DICT_KEYS_UNICODE = 1;
/** An index slot never used. */
export const DKIX_EMPTY = -1;
/** An index slot whose entry was deleted. */
export const DKIX_DUMMY = -2;
/** PyDict_LOG_MINSIZE: the smallest table has 8 slots. */
export const PYDICT_LOG_MINSIZE = 3;
/** PyDict_MAXFREELIST: keys objects kept (8-slot unicode only). */
export const DICT_KEYS_MAXFREELIST = 80;
/** sizeof(PyDictKeyEntry). */
export const GENERAL_ENTRY_SIZE = 24;
/** sizeof(PyDictUnicodeEntry). */
export const UNICODE_ENTRY_SIZE = 16;

/** USABLE_FRACTION: a table of `n` slots holds at most 2n/3 entries. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/**
 * calculate_log2_keysize (64-bit build): `bit_length(((minsize | 8) - 1) | 7)`. Note the
 * quirk this gives CPython 3.11: any minsize below 8 yields 16 slots, not 8.
 */
export function calculateLog2Keysize(minsize: number): number {
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

/** estimate_log2_keysize: a table that holds `n` entries without growing. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** DK_ENTRIES: the address of keys object `dk`'s first entry (past its index table). */
export function dk_entries(u8: Uint8Array, dk: number): number {
  const log2Bytes = u8[dk + DK_LOG2_INDEX_BYTES];
  return dk + DK_INDICES + (log2Bytes < 31 ? 1 << log2Bytes : 2 ** log2Bytes);
}

/** Reads of one keys object's header words (the immutable ones are read once). */
export class DictKeys {
  /** dk_log2_size. */
  readonly log2Size: number;
  /** Number of index slots. */
  readonly size: number;
  /** size − 1. */
  readonly mask: number;
  /** dk_kind. */
  readonly kind: number;
  /** DICT_KEYS_UNICODE. */
  readonly isUnicode: boolean;
  /** Bytes per entry. */
  readonly entrySize: number;
  /** Address of the first entry (DK_ENTRIES). */
  readonly entries: number;

  constructor(
    private readonly space: ObjectSpace,
    readonly dk: Ptr,
  ) {
    const u8 = space.rt.mem.u8;
    const log2 = u8[dk + DK_LOG2_SIZE];
    this.log2Size = log2;
    this.size = log2 < 31 ? 1 << log2 : 2 ** log2;
    this.mask = this.size - 1;
    this.kind = u8[dk + DK_KIND];
    this.isUnicode = this.kind === DICT_KEYS_UNICODE;
    this.entrySize = this.isUnicode ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE;
    this.entries = dk_entries(u8, dk);
  }

  get usable(): number {
    return this.space.rt.mem.i32[(this.dk + DK_USABLE) >>> 2];
  }
  set usable(n: number) {
    setWord(this.space, this.dk + DK_USABLE, n);
  }
  get nentries(): number {
    return this.space.rt.mem.i32[(this.dk + DK_NENTRIES) >>> 2];
  }
  set nentries(n: number) {
    setWord(this.space, this.dk + DK_NENTRIES, n);
  }
  get refcnt(): number {
    return this.space.rt.mem.i32[(this.dk + DK_REFCNT) >>> 2];
  }
  set refcnt(n: number) {
    setWord(this.space, this.dk + DK_REFCNT, n);
  }
  /** dictkeys_get_index: the signed index stored in slot `i`. */
  getIndex(i: number): number {
    const mem = this.space.rt.mem;
    const log2 = this.log2Size;
    const at = this.dk + DK_INDICES;
    if (log2 < 8) return (mem.u8[at + i] << 24) >> 24;
    if (log2 < 16) return ((mem.u8[at + 2 * i] | (mem.u8[at + 2 * i + 1] << 8)) << 16) >> 16;
    if (log2 < 32) return mem.i32[(at + 4 * i) >>> 2];
    return mem.i32[(at + 8 * i) >>> 2];
  }

  /** dictkeys_set_index: stores `ix` (an entry index, DKIX_EMPTY or DKIX_DUMMY) in slot `i`. */
  setIndex(i: number, ix: number): void {
    const mem = this.space.rt.mem;
    const log2 = this.log2Size;
    const at = this.dk + DK_INDICES;
    if (log2 < 8) {
      mem.u8[at + i] = ix & 0xff;
    } else if (log2 < 16) {
      mem.u8[at + 2 * i] = ix & 0xff;
      mem.u8[at + 2 * i + 1] = (ix >> 8) & 0xff;
    } else if (log2 < 32) {
      mem.i32[(at + 4 * i) >>> 2] = ix;
    } else {
      mem.i32[(at + 8 * i) >>> 2] = ix;
      mem.i32[(at + 8 * i + 4) >>> 2] = ix < 0 ? -1 : 0;
    }
  }

  /** me_key of entry `ix` (NULL once deleted). */
  key(ix: number): Ptr {
    const off = this.isUnicode ? 0 : 8;
    return this.space.rt.mem.u32[(this.entries + this.entrySize * ix + off) >>> 2] as Ptr;
  }

  /** me_value of entry `ix` (NULL once deleted). */
  value(ix: number): Ptr {
    const off = this.isUnicode ? 8 : 16;
    return this.space.rt.mem.u32[(this.entries + this.entrySize * ix + off) >>> 2] as Ptr;
  }

  /** The hash of entry `ix`: me_hash, or the str key's own hash for unicode tables. */
  hash(ix: number): number {
    if (this.isUnicode) return this.space.hash(this.key(ix));
    return this.space.rt.mem.f64[(this.entries + GENERAL_ENTRY_SIZE * ix) >>> 3];
  }

  /** Writes entry `ix` (no reference counting). */
  setEntry(ix: number, hash: number, key: Ptr, value: Ptr): void {
    const base = this.entries + this.entrySize * ix;
    const mem = this.space.rt.mem;
    if (this.isUnicode) {
      setWord(this.space, base, key);
      setWord(this.space, base + 8, value);
    } else {
      mem.f64[base >>> 3] = hash;
      setWord(this.space, base + 8, key);
      setWord(this.space, base + 16, value);
    }
  }

  /** Replaces the value of entry `ix` (no reference counting). */
  setValue(ix: number, value: Ptr): void {
    setWord(this.space, this.entries + this.entrySize * ix + (this.isUnicode ? 8 : 16), value);
  }

  /** find_empty_slot: the first EMPTY or DUMMY slot on `hash`'s probe sequence. */
  findEmptySlot(hash: number): number {
    const mask = this.mask;
    let i = hashLo(hash) & mask;
    const perturb = new Perturb();
    perturb.reset(hash);
    while (this.getIndex(i) >= 0) i = nextProbe(i, perturb.shift(), mask);
    return i;
  }

  /** lookdict_index: the slot whose index is `ix` (the entry must be in the table). */
  slotOf(hash: number, ix: number): number {
    const mask = this.mask;
    let i = hashLo(hash) & mask;
    const perturb = new Perturb();
    perturb.reset(hash);
    for (;;) {
      const found = this.getIndex(i);
      if (found === ix) return i;
      if (found === DKIX_EMPTY) throw new Error('lookdict_index: entry not in its table');
      i = nextProbe(i, perturb.shift(), mask);
    }
  }

  /** _PyDict_KeysSize: bytes of this keys object (header, index array, usable entries). */
  byteSize(): number {
    const indexBytes = 2 ** this.space.rt.mem.u8[this.dk + DK_LOG2_INDEX_BYTES];
    return DK_INDICES + indexBytes + usableFraction(this.size) * this.entrySize;
  }
}

/** Writes a 64-bit word whose value fits in 32 signed bits. */
export function setWord(space: ObjectSpace, at: number, n: number): void {
  space.rt.mem.i32[at >>> 2] = n;
  space.rt.mem.i32[(at + 4) >>> 2] = n < 0 ? -1 : 0;
}

/** The log2 of the index array's bytes for a table of 2^log2Size slots. */
export function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size >= 32) return log2Size + 3;
  return log2Size + 2;
}

/**
 * new_keys_object: an empty keys object of 2^log2Size slots; 8-slot unicode ones come from
 * the keys free list when it has one.
 */
export function newKeysObject(space: ObjectSpace, log2Size: number, unicode: boolean): Ptr {
  const rt = space.rt;
  if (log2Size >= 32) rt.noMemory(2 ** log2Size);
  // Shifts, not `2 **` (a pow call in V8), below 2^31.
  const usable = usableFraction(log2Size < 31 ? 1 << log2Size : 2 ** log2Size);
  const log2Bytes = log2IndexBytes(log2Size);
  const indexBytes = log2Bytes < 31 ? 1 << log2Bytes : 2 ** log2Bytes;
  const entrySize = unicode ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE;
  const free = space.dicts.keysFreeList;
  let dk: Ptr;
  const bytes = DK_INDICES + indexBytes + entrySize * usable;
  if (log2Size === PYDICT_LOG_MINSIZE && unicode && free.length > 0) {
    dk = free.pop() as Ptr;
  } else {
    if (bytes > rt.mem.capacity) rt.noMemory(bytes);
    dk = rt.heap.malloc(bytes);
  }
  const mem = rt.mem;
  setWord(space, dk + DK_REFCNT, 1);
  mem.u8[dk + DK_LOG2_SIZE] = log2Size;
  mem.u8[dk + DK_LOG2_INDEX_BYTES] = log2Bytes;
  mem.u8[dk + DK_KIND] = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
  mem.u8[dk + 11] = 0;
  mem.u32[(dk + DK_VERSION) >>> 2] = 0;
  setWord(space, dk + DK_USABLE, usable);
  setWord(space, dk + DK_NENTRIES, 0);
  const entriesAt = dk + DK_INDICES + indexBytes;
  if (bytes <= 512 && (entriesAt & 3) === 0 && (bytes & 3) === 0) {
    // A few words are cleared faster by hand than by a fill() call (small tables are most).
    const u32 = mem.u32;
    for (let i = (dk + DK_INDICES) >>> 2, end = entriesAt >>> 2; i < end; i++) u32[i] = 0xffffffff;
    for (let i = entriesAt >>> 2, end = (dk + bytes) >>> 2; i < end; i++) u32[i] = 0;
  } else {
    mem.u8.fill(0xff, dk + DK_INDICES, entriesAt);
    mem.u8.fill(0, entriesAt, dk + bytes);
  }
  return dk;
}

/**
 * Makes the static shared empty keys object (Py_EMPTY_KEYS): log2 size 0 (one slot, so
 * usable 0 and `dict_merge` into `{}` always presizes), 8 EMPTY index bytes as in CPython.
 */
export function newEmptyKeys(space: ObjectSpace): Ptr {
  const rt = space.rt;
  const dk = rt.heap.rawCalloc(1, DK_INDICES + 8);
  const mem = rt.mem;
  setWord(space, dk + DK_REFCNT, 1);
  mem.u8[dk + DK_LOG2_SIZE] = 0;
  mem.u8[dk + DK_LOG2_INDEX_BYTES] = 0;
  mem.u8[dk + DK_KIND] = DICT_KEYS_UNICODE;
  mem.u8.fill(0xff, dk + DK_INDICES, dk + DK_INDICES + 8);
  return dk;
}

/**
 * dictkeys_decref: drops one owner; the last one releases every key and value (in entry
 * order) and frees the keys object or puts it on the keys free list.
 */
export function dictkeysDecref(space: ObjectSpace, dk: Ptr): void {
  if (dk === space.dicts.emptyKeys) return; // immortal, as Py_EMPTY_KEYS
  const rt = space.rt;
  const n = rt.mem.i32[(dk + DK_REFCNT) >>> 2] - 1;
  setWord(space, dk + DK_REFCNT, n);
  if (n > 0) return;
  // free_keys_object: nothing owns the keys any more, so releasing in place is safe. The
  // header is read once (no DictKeys object); the words are re-read after every release,
  // which may run code that grows the heap.
  const u8 = rt.mem.u8;
  const unicode = u8[dk + DK_KIND] === DICT_KEYS_UNICODE;
  const entrySize = unicode ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE;
  const keyAt = dk_entries(u8, dk) + (unicode ? 0 : 8);
  for (let ix = 0; ix < rt.mem.i32[(dk + DK_NENTRIES) >>> 2]; ix++) {
    const at = keyAt + entrySize * ix;
    const key = rt.mem.u32[at >>> 2] as Ptr;
    if (key !== 0) rt.decref(key);
    const value = rt.mem.u32[(at + 8) >>> 2] as Ptr;
    if (value !== 0) rt.decref(value);
  }
  freeKeysObject(space, dk);
}

/** Frees a keys object's memory, or keeps it on the free list (8-slot unicode ones). */
export function freeKeysObject(space: ObjectSpace, dk: Ptr): void {
  const u8 = space.rt.mem.u8;
  const free = space.dicts.keysFreeList;
  if (
    u8[dk + DK_LOG2_SIZE] === PYDICT_LOG_MINSIZE &&
    u8[dk + DK_KIND] === DICT_KEYS_UNICODE &&
    free.length < DICT_KEYS_MAXFREELIST
  ) {
    free.push(dk);
  } else {
    space.rt.heap.free(dk);
  }
}
