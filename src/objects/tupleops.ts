// Tuple operations beyond the basics of tuple.ts: slicing, concatenation, repetition,
// membership, index and count (Objects/tupleobject.c).

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { richCompareBool } from './protocol.js';
import { adjustSlice, type SliceSpec } from './slicing.js';
import type { ObjectSpace } from './space.js';
import {
  tuple_check,
  tuple_fromArray,
  tuple_getItem,
  tuple_initItem,
  tuple_items,
  tuple_new,
  tuple_size,
} from './tuple.js';
import { CompareOp } from './typeslots.js';

/** t[start:stop:step] (tuplesubscript with a slice). New reference. */
export function tuple_slice(space: ObjectSpace, op: Ptr, slice: SliceSpec): Ptr {
  const n = tuple_size(space, op);
  const s = adjustSlice(slice, n);
  if (s.length <= 0) return space.newRef(space.tuples.empty);
  if (s.start === 0 && s.step === 1 && s.length === n) return space.newRef(op);
  const items: Ptr[] = [];
  for (let i = 0, k = s.start; i < s.length; i++, k += s.step) items.push(tuple_getItem(space, op, k));
  return tuple_fromArray(space, items);
}

/** tupleconcat: a + b (TypeError unless b is a tuple). New reference. */
export function tuple_concat(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!tuple_check(space, b)) {
    raise('TypeError', `can only concatenate tuple (not "${space.typeName(b)}") to tuple`);
  }
  // An empty side gives the other operand itself only when that is an exact tuple.
  const na = tuple_size(space, a);
  const nb = tuple_size(space, b);
  const type = space.tuples.type;
  if (nb === 0 && space.rt.typeObject(a) === type) return space.newRef(a);
  if (na === 0 && space.rt.typeObject(b) === type) return space.newRef(b);
  // Item by item into the new tuple (no JS arrays), as CPython's loops.
  const op = tuple_new(space, na + nb);
  for (let i = 0; i < na; i++) {
    const item = tuple_getItem(space, a, i);
    space.rt.incref(item);
    tuple_initItem(space, op, i, item);
  }
  for (let i = 0; i < nb; i++) {
    const item = tuple_getItem(space, b, i);
    space.rt.incref(item);
    tuple_initItem(space, op, na + i, item);
  }
  return op;
}

/** tuplecontains: `el in t`, comparing each item with `el` by ==. */
export function tuple_contains(space: ObjectSpace, op: Ptr, el: Ptr): boolean {
  for (let i = 0; i < tuple_size(space, op); i++) {
    if (richCompareBool(space, tuple_getItem(space, op, i), el, CompareOp.EQ)) return true;
  }
  return false;
}

/** tuplerepeat: t * n (the tuple itself for n == 1 or an empty tuple; () for n ≤ 0). New reference. */
export function tuple_repeat(space: ObjectSpace, op: Ptr, n: number): Ptr {
  const size = tuple_size(space, op);
  if (size === 0 || n === 1) return space.newRef(op);
  if (n <= 0) return space.newRef(space.tuples.empty);
  const total = size * n;
  if (!Number.isSafeInteger(total) || total > 2 ** 63 / 8) space.rt.noMemory(total);
  const items = tuple_items(space, op);
  const np = tuple_new(space, total);
  for (let i = 0; i < total; i++) {
    const item = items[i % size];
    space.rt.incref(item);
    tuple_initItem(space, np, i, item);
  }
  return np;
}

/** tuple.index(value, start, stop): the first index of an equal item; ValueError if none. */
export function tuple_index(space: ObjectSpace, op: Ptr, value: Ptr, start = 0, stop = Infinity): number {
  const n = tuple_size(space, op);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < stop && i < n; i++) {
    if (richCompareBool(space, tuple_getItem(space, op, i), value, CompareOp.EQ)) return i;
  }
  return raise('ValueError', 'tuple.index(x): x not in tuple');
}

/** tuple.count(value). */
export function tuple_count(space: ObjectSpace, op: Ptr, value: Ptr): number {
  let count = 0;
  for (let i = 0; i < tuple_size(space, op); i++) {
    if (richCompareBool(space, tuple_getItem(space, op, i), value, CompareOp.EQ)) count++;
  }
  return count;
}
