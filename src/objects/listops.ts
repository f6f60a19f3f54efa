// List operations beyond the basics of list.ts and the slicing of listslice.ts: insert/pop/
// remove/extend, search, reversal, comparison, concatenation and repetition.
//
// Each follows its listobject.c function (named in its doc comment) step for step where
// the order of allocations, reallocations or comparisons can be observed.

import type * as Layout from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import {
  LIST_ITEMS,
  list_allocated,
  list_check,
  list_clear,
  list_getItem,
  list_itemArray,
  list_items,
  list_new,
  list_newPrealloc,
  list_preallocateExact,
  list_resize,
  list_setItemRaw,
  list_size,
  sequenceItems,
  withFastSequence,
} from './list.js';
import { list_assSlice, moveItems } from './listslice.js';
import { newBool, richCompare, richCompareBool } from './protocol.js';
import { withRecursionGuard } from './reprguard.js';
import type { ObjectSpace } from './space.js';
import { compareNumbers } from './tuple.js';
import { CompareOp } from './typeslots.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const OB_SIZE: typeof Layout.OB_SIZE = 16;

/** list.insert(where, item) (ins1): negative `where` counts from the end, clamped to the ends. */
export function list_insert(space: ObjectSpace, op: Ptr, where: number, item: Ptr): void {
  const n = list_size(space, op);
  list_resize(space, op, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  moveItems(space, op, where + 1, where, n - where);
  space.rt.incref(item);
  list_setItemRaw(space, op, where, item);
}

/** list.pop(index=-1): removes and returns the item (new reference). */
export function list_pop(space: ObjectSpace, op: Ptr, index = -1): Ptr {
  const n = list_size(space, op);
  if (n === 0) raise('IndexError', 'pop from empty list');
  if (index < 0) index += n;
  if (index < 0 || index >= n) raise('IndexError', 'pop index out of range');
  const v = list_getItem(space, op, index);
  if (index === n - 1) {
    list_resize(space, op, n - 1);
    return v;
  }
  space.rt.incref(v);
  list_assSlice(space, op, index, index + 1, NULL);
  return v;
}

/** list.remove(value): deletes the first item equal to `value`; ValueError if none. */
export function list_remove(space: ObjectSpace, op: Ptr, value: Ptr): void {
  for (let i = 0; i < list_size(space, op); i++) {
    const item = space.newRef(list_getItem(space, op, i));
    let eq: boolean;
    try {
      eq = richCompareBool(space, item, value, CompareOp.EQ);
    } finally {
      space.rt.decref(item);
    }
    if (eq) {
      list_assSlice(space, op, i, i + 1, NULL);
      return;
    }
  }
  raise('ValueError', 'list.remove(x): x not in list');
}

/** list.index(value, start, stop): the first index of an item equal to `value`. */
export function list_indexOf(space: ObjectSpace, op: Ptr, value: Ptr, start = 0, stop = Infinity): number {
  const n = list_size(space, op);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < stop && i < list_size(space, op); i++) {
    const item = space.newRef(list_getItem(space, op, i));
    try {
      if (richCompareBool(space, item, value, CompareOp.EQ)) return i;
    } finally {
      space.rt.decref(item);
    }
  }
  return raise('ValueError', `${space.repr(value)} is not in list`);
}

/** list.count(value). */
export function list_count(space: ObjectSpace, op: Ptr, value: Ptr): number {
  let count = 0;
  for (let i = 0; i < list_size(space, op); i++) {
    const item = space.newRef(list_getItem(space, op, i));
    try {
      if (richCompareBool(space, item, value, CompareOp.EQ)) count++;
    } finally {
      space.rt.decref(item);
    }
  }
  return count;
}

/** list_contains: `value in l`. */
export function list_contains(space: ObjectSpace, op: Ptr, value: Ptr): boolean {
  for (let i = 0; i < list_size(space, op); i++) {
    const item = space.newRef(list_getItem(space, op, i));
    try {
      if (richCompareBool(space, item, value, CompareOp.EQ)) return true;
    } finally {
      space.rt.decref(item);
    }
  }
  return false;
}

/** list.reverse(): in place. */
export function list_reverse(space: ObjectSpace, op: Ptr): void {
  const items = list_items(space, op).reverse();
  items.forEach((item, i) => {
    list_setItemRaw(space, op, i, item);
  });
}

/**
 * list_extend from a list or tuple (PySequence_Fast path): an empty list with no array
 * gets exactly the room needed (list_preallocate_exact), any other grows by list_resize.
 */
export function list_extend(space: ObjectSpace, op: Ptr, other: Ptr): void {
  const items = sequenceItems(space, other);
  if (items === null) {
    // (CPython iterates other iterables with their length hint: the same sizes when it is exact.)
    withFastSequence(space, other, `'${space.typeName(other)}' object is not iterable`, (fast) =>
      list_extend(space, op, fast),
    );
    return;
  }
  const n = items.length;
  if (n === 0) return;
  const m = list_size(space, op);
  if (list_itemArray(space, op) === NULL) {
    list_preallocateExact(space, op, n);
    space.rt.mem.u32[(op + 16) >>> 2] = n;
  } else {
    list_resize(space, op, m + n);
  }
  for (let i = 0; i < n; i++) {
    space.rt.incref(items[i]);
    list_setItemRaw(space, op, m + i, items[i]);
  }
}

/**
 * list_extend from an iterator (the generic path): `next()` returns new references and
 * NULL at the end; `lengthHint` is PyObject_LengthHint's answer (default 8).
 */
export function list_extendIter(space: ObjectSpace, op: Ptr, next: () => Ptr, lengthHint = 8): void {
  const m = list_size(space, op);
  if (list_itemArray(space, op) === NULL) {
    if (lengthHint > 0) list_preallocateExact(space, op, lengthHint);
  } else if (m <= 2 ** 63 - 1 - lengthHint) {
    // m + n overflowing Py_ssize_t: the hint may have lied, so it is ignored.
    list_resize(space, op, m + lengthHint);
    space.rt.mem.u32[(op + 16) >>> 2] = m;
  }
  for (let item = next(); item !== NULL; item = next()) {
    const n = list_size(space, op);
    if (n < list_allocated(space, op)) {
      list_setItemRaw(space, op, n, item);
      space.rt.mem.u32[(op + 16) >>> 2] = n + 1;
    } else {
      list_resize(space, op, n + 1);
      list_setItemRaw(space, op, n, item);
    }
  }
  if (list_size(space, op) < list_allocated(space, op)) list_resize(space, op, list_size(space, op));
}

/** list_richcompare: lengths first for == and !=, else the first differing item decides. */
export function list_richcompare(space: ObjectSpace, v: Ptr, w: Ptr, op: CompareOp): Ptr {
  if (!list_check(space, w)) return space.newRef(space.notImplemented);
  return withRecursionGuard(space, ' in comparison', () => listCompare(space, v, w, op));
}

function listCompare(space: ObjectSpace, v: Ptr, w: Ptr, op: CompareOp): Ptr {
  if (list_size(space, v) !== list_size(space, w) && (op === CompareOp.EQ || op === CompareOp.NE)) {
    return newBool(space, op === CompareOp.NE);
  }
  let i = 0;
  for (; i < list_size(space, v) && i < list_size(space, w); i++) {
    const a = list_getItem(space, v, i);
    const b = list_getItem(space, w, i);
    if (a === b) continue;
    space.rt.incref(a);
    space.rt.incref(b);
    let k: boolean;
    try {
      k = richCompareBool(space, a, b, CompareOp.EQ);
    } finally {
      space.rt.decref(a);
      space.rt.decref(b);
    }
    if (!k) break;
  }
  const vn = list_size(space, v);
  const wn = list_size(space, w);
  if (i >= vn || i >= wn) return newBool(space, compareNumbers(vn, wn, op));
  if (op === CompareOp.EQ) return newBool(space, false);
  if (op === CompareOp.NE) return newBool(space, true);
  return richCompare(space, list_getItem(space, v, i), list_getItem(space, w, i), op);
}

/** list_concat: a + b as a new, exactly sized list (TypeError unless b is a list). */
export function list_concat(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!list_check(space, b)) {
    raise('TypeError', `can only concatenate list (not "${space.typeName(b)}") to list`);
  }
  const na = list_size(space, a);
  const nb = list_size(space, b);
  if (na + nb === 0) return list_new(space, 0);
  const np = list_newPrealloc(space, na + nb);
  // Word by word, as CPython's loops; the sizes are read again after the allocation (a
  // collection it set off may have run a finalizer that shrank a or b).
  const n = copyItemsInto(space, np, 0, a, na);
  space.rt.mem.u32[(np + OB_SIZE) >>> 2] = copyItemsInto(space, np, n, b, nb);
  return np;
}

// New references to the first `count` items of list `src` (at most its size now), written at
// `np`'s item `at` on; returns the index after the last one written.
function copyItemsInto(space: ObjectSpace, np: Ptr, at: number, src: Ptr, count: number): number {
  const rt = space.rt;
  const u32 = rt.mem.u32;
  const dest = u32[(np + LIST_ITEMS) >>> 2];
  const items = u32[(src + LIST_ITEMS) >>> 2];
  const m = Math.min(count, list_size(space, src));
  for (let i = 0; i < m; i++, at++) {
    const item = u32[(items + 8 * i) >>> 2];
    rt.incref(item as Ptr);
    u32[(dest + 8 * at) >>> 2] = item;
    u32[(dest + 8 * at + 4) >>> 2] = 0;
  }
  return at;
}

/** list_repeat: a * n as a new, exactly sized list; MemoryError when the size cannot exist. */
export function list_repeat(space: ObjectSpace, a: Ptr, n: number): Ptr {
  const items = list_items(space, a);
  if (n < 0) n = 0;
  const size = items.length * n;
  if (size === 0) return list_new(space, 0);
  if (!Number.isSafeInteger(size) || size > 2 ** 63 / 8) space.rt.noMemory(size);
  const np = list_newPrealloc(space, size);
  for (let i = 0; i < size; i++) {
    const item = items[i % items.length];
    space.rt.incref(item);
    list_setItemRaw(space, np, i, item);
  }
  space.rt.mem.u32[(np + 16) >>> 2] = size;
  return np;
}

/** list_inplace_repeat: l *= n (an empty list or n == 1 is left alone; n < 1 clears). */
export function list_inplaceRepeat(space: ObjectSpace, op: Ptr, n: number): void {
  const items = list_items(space, op);
  if (items.length === 0 || n === 1) return;
  if (n < 1) {
    list_clear(space, op);
    return;
  }
  const size = items.length * n;
  if (!Number.isSafeInteger(size) || size > 2 ** 63 / 8) space.rt.noMemory(size);
  list_resize(space, op, size);
  for (let i = items.length; i < size; i++) {
    const item = items[i % items.length];
    space.rt.incref(item);
    list_setItemRaw(space, op, i, item);
  }
}
