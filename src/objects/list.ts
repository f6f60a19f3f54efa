// List objects (Objects/listobject.c): a growable array of references.
//
// PyListObject (GC; 40 bytes, sys.getsizeof = 40 + 8·allocated + 16):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_size: number of items       │
//   +24  ├────────────────────────────────┤
//        │ ob_item: PyMem block of        │──▶ [item 0][item 1] … [allocated-1]
//        │ `allocated` pointers, or NULL  │    (slots ≥ ob_size hold garbage)
//   +32  ├────────────────────────────────┤
//        │ allocated                      │  0 ≤ ob_size ≤ allocated (−1 while sorting)
//        └────────────────────────────────┘
//
// Lists are always tracked. Up to 80 dead list objects wait on a free list (their item
// arrays are freed); a list taken from it is not a new GC allocation. The array grows by
// 3.11's list_resize over-allocation; exact-size creators (PyList_New, concatenation,
// repetition, slicing, list_preallocate_exact) allocate exactly what they need.

import type * as Layout from '../gc/index.js';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_LIST_SUBCLASS } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { list_richcompare } from './listops.js';
import { withReprGuard } from './reprguard.js';
import type { ObjectSpace } from './space.js';
import { tuple_getItem, tuple_size } from './tuple.js';
import { DEFAULT_PY_SLOTS } from './typeslots.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const OB_REFCNT: typeof Layout.OB_REFCNT = 0;
const OB_SIZE: typeof Layout.OB_SIZE = 16;

/** Offset of ob_item (the item array pointer). */
export const LIST_ITEMS = 24;
/** Offset of `allocated`. */
export const LIST_ALLOCATED = 32;
/** sizeof(PyListObject). */
export const LIST_SIZE = 40;
/** PyList_MAXFREELIST. */
export const LIST_MAXFREELIST = 80;

/** The list type and its free list. */
export interface ListState {
  type: Ptr;
  /** Dead list objects kept for reuse (CPython's free_list array), at most 80. */
  freeList: Ptr[];
  /**
   * PySequence_Fast for iterables other than lists and tuples: returns a new reference to
   * a list of the iterable's items (or raises). The interpreter installs it; without it,
   * only lists and tuples are accepted where CPython takes any iterable.
   */
  sequenceFast: ((op: Ptr) => Ptr) | null;
}

/** Makes the `list` type. */
export function initList(space: ObjectSpace): ListState {
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'list',
    flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS,
    basicsize: LIST_SIZE,
    refs: { sizeAt: OB_SIZE, itemsAt: LIST_ITEMS, pointer: true },
    traverse: (op, visit) => {
      for (let i = list_size(space, op) - 1; i >= 0; i--) {
        const item = list_getItem(space, op, i);
        if (item !== NULL) visit(item);
      }
    },
    clear: (op) => list_clear(space, op),
    dealloc: (op) => listDealloc(space, op),
    richcompare: (a, b, op) => list_richcompare(space, a, b, op),
    repr: (op) => listRepr(space, op),
    bool: (op) => list_size(space, op) !== 0,
    sizeof: (op) => LIST_SIZE + 8 * Math.max(0, list_allocated(space, op)),
  });
  const state: ListState = { type, freeList: [], sequenceFast: null };
  return state;
}

/** _PyList_ClearFreeList: frees the dead lists, the most recently saved first. */
export function list_clearFreeList(space: ObjectSpace): void {
  const free = space.lists.freeList;
  while (free.length > 0) space.rt.gcFreeBlock(free.pop() as Ptr);
}

/** Py_SIZE of a list. */
export function list_size(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.u32[(op + OB_SIZE) >>> 2];
}

/** `allocated` of a list (−1 while it is being sorted). */
export function list_allocated(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.i32[(op + LIST_ALLOCATED) >>> 2];
}

/** The item array of a list (NULL when nothing is allocated). */
export function list_itemArray(space: ObjectSpace, op: Ptr): Ptr {
  return space.rt.mem.u32[(op + LIST_ITEMS) >>> 2] as Ptr;
}

/** PyList_GET_ITEM: item `i` (borrowed; unchecked index). */
export function list_getItem(space: ObjectSpace, op: Ptr, i: number): Ptr {
  const u32 = space.rt.mem.u32;
  return u32[(u32[(op + LIST_ITEMS) >>> 2] + 8 * i) >>> 2] as Ptr;
}

/** PyList_SET_ITEM: stores `item` in slot `i` (steals the reference; does not release the old one). */
export function list_setItemRaw(space: ObjectSpace, op: Ptr, i: number, item: Ptr): void {
  const u32 = space.rt.mem.u32;
  const at = (u32[(op + LIST_ITEMS) >>> 2] + 8 * i) >>> 2;
  u32[at] = item;
  u32[at + 1] = 0;
}

/** PyList_Check: a list or an instance of a list subclass. */
export function list_check(space: ObjectSpace, op: Ptr): boolean {
  return (space.rt.typeFlags(op) & TPFLAGS_LIST_SUBCLASS) !== 0;
}

// Sets ob_size, ob_item and allocated in one go.
function setFields(space: ObjectSpace, op: Ptr, size: number, items: Ptr, allocated: number): void {
  const u32 = space.rt.mem.u32;
  u32[(op + OB_SIZE) >>> 2] = size;
  u32[(op + OB_SIZE + 4) >>> 2] = 0;
  u32[(op + LIST_ITEMS) >>> 2] = items;
  u32[(op + LIST_ITEMS + 4) >>> 2] = 0;
  space.rt.mem.i32[(op + LIST_ALLOCATED) >>> 2] = allocated;
  u32[(op + LIST_ALLOCATED + 4) >>> 2] = allocated < 0 ? 0xffffffff : 0;
}

// PyMem_Malloc of `n` item pointers, with CPython's MemoryError for impossible sizes.
function allocItems(space: ObjectSpace, n: number): Ptr {
  const rt = space.rt;
  const bytes = 8 * n;
  if (!Number.isSafeInteger(bytes) || bytes > rt.mem.capacity) rt.noMemory(bytes);
  return rt.heap.malloc(bytes);
}

// The list object itself: a free-list pop (no GC count) or a fresh GC allocation; untracked.
function listAlloc(space: ObjectSpace): Ptr {
  const rt = space.rt;
  const free = space.lists.freeList;
  if (free.length > 0) {
    const op = free.pop() as Ptr;
    rt.mem.i32[(op + OB_REFCNT) >>> 2] = 1;
    if (rt.checker !== null) rt.checker.born(op, space.lists.type, 16 + LIST_SIZE);
    rt.heap.newReference(op - 16);
    return op;
  }
  return rt.gcNew(space.lists.type, LIST_SIZE);
}

/**
 * PyList_New(n): a new tracked list of `n` NULL items (the caller fills them with
 * list_setItemRaw); the item array is exactly `n` long.
 */
export function list_new(space: ObjectSpace, n = 0): Ptr {
  const op = listAlloc(space);
  const rt = space.rt;
  let items = NULL;
  if (n > 0) {
    try {
      items = allocItems(space, n);
    } catch (error) {
      setFields(space, op, 0, NULL, 0);
      rt.decref(op);
      throw error;
    }
    // A few words are cleared faster by hand than by a fill() call.
    const u32 = rt.mem.u32;
    if (n <= 8) for (let i = items >>> 2, end = i + 2 * n; i < end; i++) u32[i] = 0;
    else u32.fill(0, items >>> 2, (items + 8 * n) >>> 2);
  }
  const u32 = rt.mem.u32;
  const o = op >>> 2;
  u32[o + (OB_SIZE >>> 2)] = n;
  u32[o + (OB_SIZE >>> 2) + 1] = 0;
  u32[o + (LIST_ITEMS >>> 2)] = items;
  u32[o + (LIST_ITEMS >>> 2) + 1] = 0;
  u32[o + (LIST_ALLOCATED >>> 2)] = n;
  u32[o + (LIST_ALLOCATED >>> 2) + 1] = 0;
  rt.track(op);
  return op;
}

/**
 * PyType_GenericAlloc(&PyList_Type, 0), as `list(...)` makes its list: always a fresh GC
 * allocation (the free list is not used), empty and tracked.
 */
export function list_typeAlloc(space: ObjectSpace): Ptr {
  const op = space.rt.gcNew(space.lists.type, LIST_SIZE);
  setFields(space, op, 0, NULL, 0);
  space.rt.track(op);
  return op;
}

/** list_new_prealloc: an empty tracked list with room for exactly `n` items. */
export function list_newPrealloc(space: ObjectSpace, n: number): Ptr {
  const op = list_new(space, 0);
  if (n > 0) {
    try {
      setFields(space, op, 0, allocItems(space, n), n);
    } catch (error) {
      space.rt.decref(op);
      throw error;
    }
  }
  return op;
}

/** A new list holding new references to `items` (exact size, as BUILD_LIST). */
export function list_fromArray(space: ObjectSpace, items: readonly Ptr[]): Ptr {
  const op = list_new(space, items.length);
  for (let i = 0; i < items.length; i++) {
    space.rt.incref(items[i]);
    list_setItemRaw(space, op, i, items[i]);
  }
  return op;
}

/** The items of a list as a JS array (borrowed references). */
export function list_items(space: ObjectSpace, op: Ptr): Ptr[] {
  const n = list_size(space, op);
  const out: Ptr[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = list_getItem(space, op, i);
  return out;
}

/**
 * list_resize: makes room for `newsize` items with 3.11's over-allocation (or shrinks when
 * `newsize` drops below half the allocation). Items past `newsize` are not released.
 */
export function list_resize(space: ObjectSpace, op: Ptr, newsize: number): void {
  const allocated = list_allocated(space, op);
  const items = list_itemArray(space, op);
  if (allocated >= newsize && newsize >= allocated >> 1) {
    setFields(space, op, newsize, items, allocated);
    return;
  }
  const size = list_size(space, op);
  let newAllocated = (newsize + (newsize >>> 3) + 6) & ~3;
  if (newsize > 2 ** 30) newAllocated = Math.floor((newsize + Math.floor(newsize / 8) + 6) / 4) * 4;
  if (newsize - size > newAllocated - newsize) newAllocated = Math.floor((newsize + 3) / 4) * 4;
  if (newsize === 0) newAllocated = 0;
  const bytes = 8 * newAllocated;
  if (bytes > space.rt.mem.capacity) space.rt.noMemory(bytes);
  // PyMem_Realloc(items, 0) returns a real (minimal) block, as in CPython: the list keeps a
  // non-NULL array with allocated 0, which later decides list_extend's path.
  const newItems = items === NULL ? space.rt.heap.malloc(bytes) : space.rt.heap.realloc(items, bytes);
  setFields(space, op, newsize, newItems, newAllocated);
}

/** list_preallocate_exact: gives an empty list with no array room for `size` items, rounded up to even. */
export function list_preallocateExact(space: ObjectSpace, op: Ptr, size: number): void {
  if (list_itemArray(space, op) !== NULL)
    throw new Error('list_preallocate_exact: the list already has an array');
  size = size + (size & 1);
  setFields(space, op, list_size(space, op), allocItems(space, size), size);
}

/**
 * The list stringlib's split and rsplit return (items stolen): PyList_New(PREALLOC_SIZE),
 * room for 12 items (maxsplit + 1 if smaller; `maxsplit` < 0 for none), the 13th and later
 * appended; the size is then set to the count.
 */
export function list_fromSplit(space: ObjectSpace, items: readonly Ptr[], maxsplit: number): Ptr {
  const MAX_PREALLOC = 12;
  const prealloc = maxsplit < 0 || maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : maxsplit + 1;
  const op = list_new(space, prealloc);
  for (let i = 0; i < items.length; i++) {
    if (i < MAX_PREALLOC) list_setItemRaw(space, op, i, items[i]);
    else list_appendTakeRef(space, op, items[i]);
  }
  setFields(space, op, items.length, list_itemArray(space, op), list_allocated(space, op));
  return op;
}

/** A list built as PyList_New(0) and PyList_Append of each item (stolen), e.g. splitlines'. */
export function list_fromAppends(space: ObjectSpace, items: readonly Ptr[]): Ptr {
  const op = list_new(space, 0);
  for (const item of items) list_appendTakeRef(space, op, item);
  return op;
}

/** PyList_Append / _PyList_AppendTakeRef: appends a new reference to `item`. */
export function list_append(space: ObjectSpace, op: Ptr, item: Ptr): void {
  space.rt.incref(item);
  list_appendTakeRef(space, op, item);
}

/**
 * _PyList_AppendTakeRef: appends `item`, stealing the caller's reference; as in 3.11, a
 * list with room stores the item at once, only a full one goes through list_resize.
 */
export function list_appendTakeRef(space: ObjectSpace, op: Ptr, item: Ptr): void {
  const mem = space.rt.mem;
  const u32 = mem.u32;
  const n = u32[(op + OB_SIZE) >>> 2];
  if (mem.i32[(op + LIST_ALLOCATED) >>> 2] > n) {
    const at = (u32[(op + LIST_ITEMS) >>> 2] + 8 * n) >>> 2;
    u32[at] = item;
    u32[at + 1] = 0;
    u32[(op + OB_SIZE) >>> 2] = n + 1;
    return;
  }
  try {
    list_resize(space, op, n + 1);
  } catch (error) {
    space.rt.decref(item);
    throw error;
  }
  list_setItemRaw(space, op, n, item);
}

/** Normalises a possibly negative index; IndexError `message` if out of range. */
export function list_index(space: ObjectSpace, op: Ptr, i: number, message: string): number {
  const n = list_size(space, op);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', message);
  return i;
}

/** l[i] (negative indexes count from the end). New reference. */
export function list_item(space: ObjectSpace, op: Ptr, i: number): Ptr {
  i = list_index(space, op, i, 'list index out of range');
  return space.newRef(list_getItem(space, op, i));
}

/** l[i] = value (list_ass_item): stores a new reference, releases the old item. */
export function list_setItem(space: ObjectSpace, op: Ptr, i: number, value: Ptr): void {
  i = list_index(space, op, i, 'list assignment index out of range');
  const old = list_getItem(space, op, i);
  space.rt.incref(value);
  list_setItemRaw(space, op, i, value);
  space.rt.decref(old);
}

/**
 * _list_clear (tp_clear, list.clear): detaches the array first, then releases the items
 * last to first and frees the array, so the list is empty even if a release reenters it.
 */
export function list_clear(space: ObjectSpace, op: Ptr): void {
  const items = list_itemArray(space, op);
  if (items === NULL) return;
  const n = list_size(space, op);
  setFields(space, op, 0, NULL, 0);
  // The detached array is no one else's: read it in place (afresh, as a release may grow the heap).
  const rt = space.rt;
  for (let i = n - 1; i >= 0; i--) {
    const item = rt.mem.u32[(items + 8 * i) >>> 2];
    if (item !== NULL) rt.decref(item as Ptr);
  }
  rt.heap.free(items);
}

/**
 * The items an exact list or tuple holds (borrowed), or null for any other object (a
 * subclass too: PySequence_Fast iterates it, so its own __iter__ runs).
 */
export function sequenceItems(space: ObjectSpace, seq: Ptr): Ptr[] | null {
  if (space.rt.typeObject(seq) === space.lists.type) return list_items(space, seq);
  if (space.rt.typeObject(seq) === space.tuples.type) {
    const n = tuple_size(space, seq);
    const out: Ptr[] = [];
    for (let i = 0; i < n; i++) out.push(tuple_getItem(space, seq, i));
    return out;
  }
  return null;
}

// What sequenceItems accepts, without copying the items out.
function isFastSequence(space: ObjectSpace, seq: Ptr): boolean {
  const t = space.rt.typeObject(seq);
  return t === space.lists.type || t === space.tuples.type;
}

/**
 * Calls `body(item)` for each item of a list (read live, as its iterator does: the list may
 * shrink meanwhile) or tuple, holding the item meanwhile; stops at, and returns, the first
 * `true`. Returns null when `seq` is neither.
 */
export function sequence_forEach(space: ObjectSpace, seq: Ptr, body: (item: Ptr) => boolean): boolean | null {
  const isList = list_check(space, seq);
  if (!isList && space.rt.typeObject(seq) !== space.tuples.type) return null;
  for (let i = 0; i < (isList ? list_size(space, seq) : tuple_size(space, seq)); i++) {
    const item = isList ? list_getItem(space, seq, i) : tuple_getItem(space, seq, i);
    space.rt.incref(item);
    try {
      if (body(item)) return true;
    } finally {
      space.rt.decref(item);
    }
  }
  return false;
}

/**
 * PySequence_Fast: runs `body` on `seq` itself when it is a list or tuple, else on a
 * temporary list of its items made by the interpreter's `sequenceFast` hook (released
 * afterwards). TypeError `message` when there is no way to iterate `seq`.
 */
export function withFastSequence<R>(
  space: ObjectSpace,
  seq: Ptr,
  message: string,
  body: (fast: Ptr) => R,
): R {
  if (isFastSequence(space, seq)) return body(seq);
  const hook = space.lists.sequenceFast;
  if (hook === null) raise('TypeError', message);
  const tmp = hook(seq);
  try {
    if (!isFastSequence(space, tmp)) raise('TypeError', message);
    return body(tmp);
  } finally {
    space.rt.decref(tmp);
  }
}

// list_dealloc: untrack, release items last to first, free the array, free-list push or free.
function listDealloc(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  const mem = rt.mem;
  rt.untrack(op);
  const items = mem.u32[(op + LIST_ITEMS) >>> 2];
  if (items !== NULL) {
    for (let i = mem.u32[(op + OB_SIZE) >>> 2] - 1; i >= 0; i--) {
      // Read afresh each time: a release may run code that grows the heap.
      const item = mem.u32[(items + 8 * i) >>> 2];
      if (item !== NULL) rt.decref(item as Ptr);
    }
    rt.heap.free(items as Ptr);
    setFields(space, op, 0, NULL, 0);
  }
  const free = space.lists.freeList;
  if (free.length < LIST_MAXFREELIST) {
    if (rt.checker !== null) rt.checker.died(op);
    free.push(op);
    return;
  }
  rt.gcDel(op);
}

// list_repr: `[]`, `[a, b]`, and `[...]` for a list already being printed.
function listRepr(space: ObjectSpace, op: Ptr): string {
  if (list_size(space, op) === 0) return '[]';
  return withReprGuard(space, op, '[...]', () => {
    const parts: string[] = [];
    // Items are re-read on each step: a repr may mutate the list (as in CPython).
    for (let i = 0; i < list_size(space, op); i++) {
      const item = space.newRef(list_getItem(space, op, i));
      try {
        parts.push(space.repr(item));
      } finally {
        space.rt.decref(item);
      }
    }
    return `[${parts.join(', ')}]`;
  });
}
