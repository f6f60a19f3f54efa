// list.sort(*, key=None, reverse=False) (list_sort_impl, CPython 3.11): timsort, with
// CPython's comparisons in CPython's order.
//
//   list_sort
//     empty the list (ob_item NULL, allocated −1) and keep its items
//     keys = [key(item) for item in items]     in order; on error: release them, last first
//     presort_check(keys)                      which `<` (sortcompare.ts)
//     reverse items and keys if `reverse`      so that equal keys keep their order
//     timsort                                  timsort.ts, mergeruns.ts
//     release the keys (in their sorted order)
//     "list modified during sort" if anything touched the list meanwhile
//     reverse items back if `reverse`          also after a failed comparison
//     put the items back; release whatever the list gained meanwhile
//
// Code run by a key function or a comparison sees the list as `[]`. When a comparison
// raises, the list keeps the permutation the sort had reached, as CPython's does.

import { OB_SIZE } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { PyErr } from './errors.js';
import { LIST_ALLOCATED, LIST_ITEMS, list_allocated, list_itemArray, list_items, list_size } from './list.js';
import { MergeState } from './mergestate.js';
import { richCompareBool } from './protocol.js';
import { list_sortSmallNumbers, sortSmallValues } from './smallsort.js';
import { presort_check } from './sortcompare.js';
import type { ObjectSpace } from './space.js';
import { reverse_slice, timsort } from './timsort.js';
import { CompareOp } from './typeslots.js';

/** How to sort: a key function (returns a new reference), reverse, and the `<` to use. */
export interface SortOptions {
  key?: ((item: Ptr) => Ptr) | null;
  reverse?: boolean;
  /** `a < b` (default: PyObject_RichCompareBool(a, b, Py_LT)); the interpreter may pass its own. */
  lt?: ((a: Ptr, b: Ptr) => boolean) | null;
}

/** list.sort — https://docs.python.org/3.11/library/stdtypes.html#list.sort */
export function list_sort(space: ObjectSpace, op: Ptr, options: SortOptions = {}): void {
  const rt = space.rt;
  const reverse = options.reverse ?? false;
  if (!options.key && list_sortSmallNumbers(space, op, reverse)) return;
  const safe = options.lt ?? ((a: Ptr, b: Ptr) => richCompareBool(space, a, b, CompareOp.LT));
  const savedSize = list_size(space, op);
  const savedItems = list_itemArray(space, op);
  const savedAllocated = list_allocated(space, op);
  // The items as 32-bit pointers (the high word of each 8-byte slot is 0).
  const items = new Uint32Array(savedSize);
  for (let i = 0, mem = rt.mem.u32; i < savedSize; i++) items[i] = mem[(savedItems + 8 * i) >>> 2];
  // Empty the list for the duration (allocated = -1 marks "not touched since").
  rt.mem.u32[(op + OB_SIZE) >>> 2] = 0;
  rt.mem.u32[(op + LIST_ITEMS) >>> 2] = NULL;
  rt.mem.i32[(op + LIST_ALLOCATED) >>> 2] = -1;
  let failure: unknown = null;
  let sorted = false;
  let keys: Uint32Array | null = null;
  if (options.key) {
    keys = new Uint32Array(savedSize);
    let i = 0;
    try {
      for (; i < savedSize; i++) keys[i] = options.key(items[i] as Ptr);
    } catch (error) {
      failure = error;
      while (--i >= 0) rt.decref(keys[i] as Ptr);
    }
  }
  if (failure === null) {
    sorted = true;
    try {
      sortItems(space, items, keys, reverse, safe);
    } catch (error) {
      failure = error;
    }
    if (keys !== null) for (let i = 0; i < savedSize; i++) rt.decref(keys[i] as Ptr);
    if (failure === null && list_allocated(space, op) !== -1) {
      failure = new PyErr('ValueError', 'list modified during sort');
    }
    if (reverse && savedSize > 1) reverse_slice(items, 0, savedSize);
  }
  // Put the items back; drop whatever the list gained meanwhile.
  const finalItems = list_itemArray(space, op);
  const finalContent = finalItems !== NULL ? list_items(space, op) : [];
  rt.mem.u32[(op + OB_SIZE) >>> 2] = savedSize;
  rt.mem.u32[(op + LIST_ITEMS) >>> 2] = savedItems;
  rt.mem.i32[(op + LIST_ALLOCATED) >>> 2] = savedAllocated;
  if (sorted) {
    const mem = rt.mem.u32;
    for (let i = 0; i < savedSize; i++) {
      const at = (savedItems + 8 * i) >>> 2;
      mem[at] = items[i];
      mem[at + 1] = 0;
    }
  }
  if (finalItems !== NULL) {
    for (let i = finalContent.length - 1; i >= 0; i--) rt.decref(finalContent[i]);
    rt.heap.free(finalItems);
  }
  if (failure !== null) throw failure;
}

// The sort proper: permutes `items` (and `keys`, when a key function made them) in place.
// Reverses both first when `reverse`; the caller reverses the items back.
function sortItems(
  space: ObjectSpace,
  items: Uint32Array,
  keys: Uint32Array | null,
  reverse: boolean,
  safe: (a: Ptr, b: Ptr) => boolean,
): void {
  const n = items.length;
  if (n < 2) return;
  const sortKeys = keys ?? items;
  const plan = presort_check(space, sortKeys, safe);
  if (reverse) {
    reverse_slice(items, 0, n);
    if (keys !== null) reverse_slice(keys, 0, n);
  }
  if (plan.kind === 'objects') {
    const lt = plan.lt as (a: number, b: number) => boolean;
    timsort(new MergeState<number>(sortKeys, keys === null ? null : items, lt));
    return;
  }
  if (plan.kind === 'numbers' && sortSmallValues(plan.value, sortKeys, keys === null ? null : items, n))
    return;
  if (plan.kind === 'numbers' && keys === null) {
    // The items' values sort in their place, the items riding along.
    const numbers = new Float64Array(n);
    for (let i = 0; i < n; i++) numbers[i] = plan.value(items[i] as Ptr);
    timsort(new MergeState<number>(numbers, items, numberLess));
    return;
  }
  // Positions sort: alongside their numbers, or compared through their sort values and
  // keys. The items and keys follow the permutation at the end, even after an exception.
  const positions = new Uint32Array(n).map((_, i) => i);
  const numbers = new Float64Array(n);
  for (let i = 0; i < n; i++) numbers[i] = plan.value(sortKeys[i] as Ptr);
  let ms: MergeState<number>;
  if (plan.kind === 'values') {
    const tie = plan.tie;
    const lt = (i: number, j: number) => {
      const a = numbers[i];
      const b = numbers[j];
      return a !== b ? a < b : tie(sortKeys[i] as Ptr, sortKeys[j] as Ptr);
    };
    ms = new MergeState<number>(positions, null, lt);
  } else {
    ms = new MergeState<number>(numbers, positions, numberLess);
  }
  try {
    timsort(ms);
  } finally {
    const oldItems = items.slice();
    const oldKeys = keys?.slice() ?? null;
    for (let i = 0; i < n; i++) {
      items[i] = oldItems[positions[i]];
      if (keys !== null && oldKeys !== null) keys[i] = oldKeys[positions[i]];
    }
  }
}

const numberLess = (a: number, b: number): boolean => a < b;
