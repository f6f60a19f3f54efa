// List slicing (Objects/listobject.c): list_slice, list_ass_slice and list_ass_subscript
// with extended slices, which move item slots with memmove exactly as CPython does.

import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import {
  list_clear,
  list_getItem,
  list_index,
  list_itemArray,
  list_new,
  list_newPrealloc,
  list_resize,
  list_setItemRaw,
  list_size,
  sequenceItems,
  withFastSequence,
} from './list.js';
import { adjustSlice, type SliceSpec } from './slicing.js';
import type { ObjectSpace } from './space.js';
import { TUPLE_ITEMS, tuple_size } from './tuple.js';

// memmove of `n` item slots from index `from` to index `to` within one list's array.
export function moveItems(space: ObjectSpace, op: Ptr, to: number, from: number, n: number): void {
  if (n <= 0) return;
  const base = list_itemArray(space, op) >>> 2;
  space.rt.mem.u32.copyWithin(base + 2 * to, base + 2 * from, base + 2 * (from + n));
}

/** list_slice / list_subscript with a slice: a new list of the selected items (exact size). */
export function list_slice(space: ObjectSpace, op: Ptr, slice: SliceSpec): Ptr {
  const s = adjustSlice(slice, list_size(space, op));
  if (s.length <= 0) return list_new(space, 0);
  const np = list_newPrealloc(space, s.length);
  for (let i = 0, k = s.start; i < s.length; i++, k += s.step) {
    const item = list_getItem(space, op, k);
    space.rt.incref(item);
    list_setItemRaw(space, np, i, item);
  }
  space.rt.mem.u32[(np + 16) >>> 2] = s.length;
  return np;
}

/** list.copy() / l[:]: a new list with the same items. */
export function list_copy(space: ObjectSpace, op: Ptr): Ptr {
  return list_slice(space, op, { start: null, stop: null, step: null });
}

/**
 * list_ass_slice: replaces items ilow..ihigh with the items of `v` (any iterable, see
 * withFastSequence; NULL deletes). Removed items are released last to first, after the list is consistent.
 */
export function list_assSlice(space: ObjectSpace, a: Ptr, ilow: number, ihigh: number, v: Ptr): void {
  const rt = space.rt;
  if (v !== NULL && v !== a && replaceSameLength(space, a, ilow, ihigh, v)) return;
  let vitems: Ptr[] = [];
  if (v !== NULL) {
    const items = sequenceItems(space, v);
    if (items === null) {
      withFastSequence(space, v, 'can only assign an iterable', (fast) =>
        list_assSlice(space, a, ilow, ihigh, fast),
      );
      return;
    }
    vitems = items;
  }
  const size = list_size(space, a);
  ilow = Math.min(Math.max(ilow, 0), size);
  ihigh = Math.min(Math.max(ihigh, ilow), size);
  const n = vitems.length;
  const norig = ihigh - ilow;
  const d = n - norig;
  for (const w of vitems) rt.incref(w);
  if (size + d === 0) {
    for (const w of vitems) rt.decref(w);
    list_clear(space, a);
    return;
  }
  const recycle: Ptr[] = [];
  for (let k = ilow; k < ihigh; k++) recycle.push(list_getItem(space, a, k));
  if (d < 0) {
    moveItems(space, a, ihigh + d, ihigh, size - ihigh);
    list_resize(space, a, size + d);
  } else if (d > 0) {
    try {
      list_resize(space, a, size + d);
    } catch (error) {
      for (const w of vitems) rt.decref(w);
      throw error;
    }
    moveItems(space, a, ihigh + d, ihigh, size - ihigh);
  }
  for (let k = 0; k < n; k++) list_setItemRaw(space, a, ilow + k, vitems[k]);
  for (let k = norig - 1; k >= 0; k--) rt.decref(recycle[k]);
}

/**
 * list_ass_slice's common case written out: `a[lo:hi] = v` where v is another exact list
 * or tuple of the same length as the slice (no resize, no move): v's items are
 * increfed, stored over the old ones, and the old ones released last to first, as
 * list_ass_slice does. False when the case does not apply.
 */
function replaceSameLength(space: ObjectSpace, a: Ptr, ilow: number, ihigh: number, v: Ptr): boolean {
  const rt = space.rt;
  const size = list_size(space, a);
  ilow = Math.min(Math.max(ilow, 0), size);
  ihigh = Math.min(Math.max(ihigh, ilow), size);
  const n = ihigh - ilow;
  // An empty list assigned an empty slice goes through list_ass_slice's "size + d == 0"
  // branch, which clears it: a kept zero-length array becomes NULL (it decides list_extend's path).
  if (size === 0) return false;
  let src: number;
  if (rt.typeObject(v) === space.lists.type) {
    if (list_size(space, v) !== n) return false;
    src = list_itemArray(space, v) >>> 2;
  } else if (rt.typeObject(v) === space.tuples.type) {
    if (tuple_size(space, v) !== n) return false;
    src = (v + TUPLE_ITEMS) >>> 2;
  } else {
    return false;
  }
  if (n === 0) return true;
  const u32 = rt.mem.u32;
  const dst = (list_itemArray(space, a) >>> 2) + 2 * ilow;
  const old: Ptr[] = new Array(n);
  for (let k = 0; k < n; k++) rt.incref(u32[src + 2 * k] as Ptr);
  for (let k = 0; k < n; k++) {
    old[k] = u32[dst + 2 * k] as Ptr;
    u32[dst + 2 * k] = u32[src + 2 * k];
  }
  for (let k = n - 1; k >= 0; k--) rt.decref(old[k]);
  return true;
}

/** list_ass_subscript with a slice: `l[slice] = value`, or `del l[slice]` when value is NULL. */
export function list_assSubscript(space: ObjectSpace, op: Ptr, slice: SliceSpec, value: Ptr): void {
  const rt = space.rt;
  const size = list_size(space, op);
  let { start, stop, step, length } = adjustSlice(slice, size);
  if (step === 1) {
    list_assSlice(space, op, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === NULL) {
    if (length <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (length - 1) - 1;
      step = -step;
    }
    const garbage: Ptr[] = [];
    let cur = start;
    for (let i = 0; cur < stop; cur += step, i++) {
      garbage.push(list_getItem(space, op, cur));
      const lim = cur + step >= size ? size - cur - 1 : step - 1;
      moveItems(space, op, cur - i, cur + 1, lim);
    }
    cur = start + length * step;
    if (cur < size) moveItems(space, op, cur - length, cur, size - cur);
    rt.mem.u32[(op + 16) >>> 2] = size - length;
    list_resize(space, op, size - length);
    for (const g of garbage) rt.decref(g);
    return;
  }
  const seqItems = sequenceItems(space, value);
  if (seqItems === null) {
    withFastSequence(space, value, 'must assign iterable to extended slice', (fast) =>
      list_assSubscript(space, op, slice, fast),
    );
    return;
  }
  if (seqItems.length !== length) {
    raise(
      'ValueError',
      `attempt to assign sequence of size ${seqItems.length} to extended slice of size ${length}`,
    );
  }
  if (length === 0) return;
  const garbage: Ptr[] = [];
  for (const item of seqItems) rt.incref(item);
  for (let i = 0, cur = start; i < length; i++, cur += step) {
    garbage.push(list_getItem(space, op, cur));
    list_setItemRaw(space, op, cur, seqItems[i]);
  }
  for (const g of garbage) rt.decref(g);
}

/** `del l[i]` (list_ass_item with NULL). */
export function list_delItem(space: ObjectSpace, op: Ptr, i: number): void {
  i = list_index(space, op, i, 'list assignment index out of range');
  list_assSlice(space, op, i, i + 1, NULL);
}
