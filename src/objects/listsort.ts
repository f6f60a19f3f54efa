// list.sort(*, key=None, reverse=False) (list_sort_impl): a stable sort that only asks `<`.
//
// As in CPython, the list is emptied while it sorts (ob_item NULL, allocated −1), so code
// run by a key function or a comparison sees `[]`, and any change it makes is reported as
// "list modified during sort" afterwards. Keys are computed once, in order, before any
// comparison. `reverse` reverses before and after sorting, which keeps equal items in
// their original order, as CPython does.
//
// The merge itself is a plain top-down merge sort, not timsort: the result is the same
// for any consistent `<`, but the number and order of comparisons differ from CPython's
// (visible only to a `__lt__` with side effects). See docs/design/deviations.md.

import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { LIST_ALLOCATED, LIST_ITEMS, list_allocated, list_itemArray, list_items, list_size } from './list.js';
import { richCompareBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { CompareOp } from './typeslots.js';

/** How to sort: a key function (returns a new reference), reverse, and the `<` to use. */
export interface SortOptions {
  key?: ((item: Ptr) => Ptr) | null;
  reverse?: boolean;
  /** `a < b` (default: PyObject_RichCompareBool(a, b, Py_LT)); the interpreter may pass its own. */
  lt?: ((a: Ptr, b: Ptr) => boolean) | null;
}

/** list.sort: sorts `op` in place, stably. */
export function list_sort(space: ObjectSpace, op: Ptr, options: SortOptions = {}): void {
  const rt = space.rt;
  const u32 = () => rt.mem.u32;
  const lt = options.lt ?? ((a: Ptr, b: Ptr) => richCompareBool(space, a, b, CompareOp.LT));
  const reverse = options.reverse ?? false;
  const savedSize = list_size(space, op);
  const savedItems = list_itemArray(space, op);
  const savedAllocated = list_allocated(space, op);
  const items = list_items(space, op);
  // Empty the list for the duration (allocated = -1 marks "not touched since").
  u32()[(op + 16) >>> 2] = 0;
  u32()[(op + LIST_ITEMS) >>> 2] = NULL;
  rt.mem.i32[(op + LIST_ALLOCATED) >>> 2] = -1;
  let keys: Ptr[] | null = null;
  let failure: unknown = null;
  let order = items.map((_, i) => i);
  try {
    if (options.key) {
      keys = [];
      for (const item of items) keys.push(options.key(item));
    }
    const sortKeys = keys ?? items;
    if (reverse) order.reverse();
    order = mergeSort(order, (i, j) => lt(sortKeys[i], sortKeys[j]));
    if (reverse) order.reverse();
  } catch (error) {
    failure = error;
    order = items.map((_, i) => i);
  }
  if (keys !== null) for (const k of keys) rt.decref(k);
  // Put the (sorted) array back; drop whatever the list grew meanwhile.
  const modified = list_allocated(space, op) !== -1;
  const finalItems = list_itemArray(space, op);
  const finalSize = list_size(space, op);
  const finalContent = finalItems !== NULL ? list_items(space, op) : [];
  u32()[(op + 16) >>> 2] = savedSize;
  u32()[(op + LIST_ITEMS) >>> 2] = savedItems;
  rt.mem.i32[(op + LIST_ALLOCATED) >>> 2] = savedAllocated;
  order.forEach((from, i) => {
    const at = (savedItems + 8 * i) >>> 2;
    u32()[at] = items[from];
    u32()[at + 1] = 0;
  });
  if (finalItems !== NULL) {
    for (let i = finalSize - 1; i >= 0; i--) rt.decref(finalContent[i]);
    rt.heap.free(finalItems);
  }
  if (failure !== null) throw failure;
  if (modified) raise('ValueError', 'list modified during sort');
}

// A stable top-down merge sort of `a` by `lt` (takes from the right run only when strictly less).
function mergeSort(a: number[], lt: (x: number, y: number) => boolean): number[] {
  if (a.length < 2) return a;
  const mid = a.length >>> 1;
  const left = mergeSort(a.slice(0, mid), lt);
  const right = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (lt(right[j], left[i])) out.push(right[j++]);
    else out.push(left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}
