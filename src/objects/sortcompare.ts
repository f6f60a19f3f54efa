// list.sort's pre-sort check (list_sort_impl in CPython 3.11): one pass over the keys picks
// the `<` the whole sort will use.
//
//   all keys exact str, one byte per char   unsafe_latin_compare   (no user code)
//   all keys exact int of at most one digit unsafe_long_compare    (no user code)
//   all keys exact float                    unsafe_float_compare   (no user code)
//   all keys of one other type              unsafe_object_compare: that type's tp_richcompare
//                                           called directly; NotImplemented → the full `<`
//                                           (so a __lt__ returning NotImplemented runs twice)
//   otherwise                               safe_object_compare: PyObject_RichCompareBool(<)
//
// Keys that are all non-empty exact tuples get unsafe_tuple_compare: the tuples' items are
// compared with == (identity first) up to the first unequal pair, which is then compared by
// the check's choice for the tuples' first items when it is the first pair, else by the
// full `<`. The first three cases are invisible to Python code, which lets pymm sort JS
// numbers in the place of ints and floats, and positions in the place of strs.

import { OB_SIZE, OB_TYPE } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { FLOAT_FVAL } from './float.js';
import type { SortArray } from './mergestate.js';
import { isTrue, richCompareBool } from './protocol.js';
import {
  latin_lessAfterPrefix,
  latin_sortValue,
  long_equal,
  long_less,
  long_smallValue,
  long_sortValue,
} from './sortkeys.js';
import type { ObjectSpace } from './space.js';
import { str_compare, str_eq } from './str.js';
import { kindOf } from './strkinds.js';
import { TUPLE_ITEMS } from './tuple.js';
import { CompareOp } from './typeslots.js';

/**
 * How the sort compares: `lt` on the keys themselves ("objects"); `<` on a number standing
 * for each key ("numbers": ints of one digit, floats); or on sort values that only order
 * keys when they differ, `tie` deciding between keys of equal values ("values": other
 * ints, one-byte strs; see sortkeys.ts).
 */
export type SortPlan =
  | { kind: 'objects'; lt: (a: Ptr, b: Ptr) => boolean }
  | { kind: 'numbers'; value: (key: Ptr) => number }
  | { kind: 'values'; value: (key: Ptr) => number; tie: (a: Ptr, b: Ptr) => boolean };

// The special cases of the check, for a list's keys or for its tuples' first items.
enum Kind {
  Latin,
  Long,
  Float,
  Object,
  Safe,
}

/**
 * The pre-sort check: chooses the comparison for `keys` (at least two). `safe` is
 * PyObject_RichCompareBool(a, b, Py_LT), which every other choice falls back on.
 */
export function presort_check(
  space: ObjectSpace,
  keys: SortArray<number>,
  safe: (a: Ptr, b: Ptr) => boolean,
): SortPlan {
  const mem = space.rt.mem;
  const typeOf = (op: Ptr) => mem.u32[(op + OB_TYPE) >>> 2] as Ptr;
  const sizeOf = (op: Ptr) => mem.i32[(op + OB_SIZE) >>> 2];
  const firstItem = (op: Ptr) => mem.u32[(op + TUPLE_ITEMS) >>> 2] as Ptr;
  const tupleType = space.tuples.type;
  const intType = space.ints.type;
  const strType = space.strs.type;
  // The first key stands for all of them until one disagrees.
  const key0 = keys[0] as Ptr;
  let inTuples = typeOf(key0) === tupleType && sizeOf(key0) > 0;
  const keyType = typeOf(inTuples ? firstItem(key0) : key0);
  let sameType = true;
  let latin = true;
  let bounded = true;
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i] as Ptr;
    if (inTuples) {
      if (typeOf(key) !== tupleType || sizeOf(key) === 0) {
        inTuples = false;
        sameType = false;
        break;
      }
      key = firstItem(key);
    }
    if (typeOf(key) !== keyType) {
      sameType = false;
      // Tuples must all be checked for being tuples, even once their items disagree.
      if (!inTuples) break;
    }
    if (sameType) {
      if (keyType === intType) {
        if (bounded && Math.abs(sizeOf(key)) > 1) bounded = false;
      } else if (keyType === strType && latin && kindOf(mem, key) !== 1) {
        latin = false;
      }
    }
  }
  let kind = Kind.Safe;
  if (sameType) {
    if (keyType === strType && latin) kind = Kind.Latin;
    else if (keyType === intType && bounded) kind = Kind.Long;
    else if (keyType === space.floats.type) kind = Kind.Float;
    else if (space.slots(keyType).richcompare !== null) kind = Kind.Object;
  }
  if (inTuples) {
    const first = keyType === tupleType ? safe : itemCompare(space, kind, keyType, safe);
    return { kind: 'objects', lt: unsafe_tuple_compare(space, first, safe) };
  }
  switch (kind) {
    case Kind.Latin:
      return {
        kind: 'values',
        value: (op) => latin_sortValue(space, op),
        tie: (a, b) => latin_lessAfterPrefix(space, a, b),
      };
    case Kind.Long:
      return { kind: 'numbers', value: (op) => long_smallValue(space, op) };
    case Kind.Float:
      return { kind: 'numbers', value: (op) => space.rt.mem.f64[(op + FLOAT_FVAL) >>> 3] };
    default:
      // Exact ints of more digits: long_richcompare, which no Python code can see either.
      if (kind === Kind.Object && keyType === intType) {
        return {
          kind: 'values',
          value: (op) => long_sortValue(space, op),
          tie: (a, b) => long_less(space, a, b),
        };
      }
      return { kind: 'objects', lt: itemCompare(space, kind, keyType, safe) };
  }
}

// The comparison `kind` names, on objects (a tuple's first items).
function itemCompare(
  space: ObjectSpace,
  kind: Kind,
  keyType: Ptr,
  safe: (a: Ptr, b: Ptr) => boolean,
): (a: Ptr, b: Ptr) => boolean {
  switch (kind) {
    case Kind.Latin:
      return (v, w) => str_compare(space, v, w) < 0;
    case Kind.Long:
      return (v, w) => long_smallValue(space, v) < long_smallValue(space, w);
    case Kind.Float:
      return (v, w) => space.rt.mem.f64[(v + FLOAT_FVAL) >>> 3] < space.rt.mem.f64[(w + FLOAT_FVAL) >>> 3];
    case Kind.Object:
      return unsafe_object_compare(space, keyType, safe);
    default:
      return safe;
  }
}

/**
 * unsafe_object_compare: `v < w` through the keys' common type's tp_richcompare, called
 * directly; the full `<` when v's type has another slot or the slot says NotImplemented.
 */
function unsafe_object_compare(
  space: ObjectSpace,
  keyType: Ptr,
  safe: (a: Ptr, b: Ptr) => boolean,
): (v: Ptr, w: Ptr) => boolean {
  const richcompare = space.slots(keyType).richcompare;
  return (v, w) => {
    if (richcompare === null || space.slotsOf(v).richcompare !== richcompare) return safe(v, w);
    const r = richcompare(v, w, CompareOp.LT);
    if (r === space.notImplemented) {
      space.rt.decref(r);
      return safe(v, w);
    }
    try {
      return r === space.true || (r !== space.false && isTrue(space, r));
    } finally {
      space.rt.decref(r);
    }
  };
}

/**
 * unsafe_tuple_compare: `v < w` for non-empty exact tuples, as tuplerichcompare does it:
 * items compared with == (identity first) until a pair differs, then that pair with `<`
 * (`first` for the first pair, `safe` for a later one); with no differing pair, the
 * shorter tuple is less.
 */
function unsafe_tuple_compare(
  space: ObjectSpace,
  first: (a: Ptr, b: Ptr) => boolean,
  safe: (a: Ptr, b: Ptr) => boolean,
): (v: Ptr, w: Ptr) => boolean {
  const item = (op: Ptr, i: number) => space.rt.mem.u32[(op + TUPLE_ITEMS + 8 * i) >>> 2] as Ptr;
  return (v, w) => {
    const mem = space.rt.mem;
    const vlen = mem.i32[(v + OB_SIZE) >>> 2];
    const wlen = mem.i32[(w + OB_SIZE) >>> 2];
    let i = 0;
    while (i < vlen && i < wlen && items_equal(space, item(v, i), item(w, i))) i++;
    if (i >= vlen || i >= wlen) return vlen < wlen;
    return i === 0 ? first(item(v, 0), item(w, 0)) : items_less(space, item(v, i), item(w, i), safe);
  };
}

// PyObject_RichCompareBool(v, w, Py_EQ), worked out here when both are exact ints, strs or
// floats (their == and < run no Python code).
function items_equal(space: ObjectSpace, v: Ptr, w: Ptr): boolean {
  if (v === w) return true;
  const mem = space.rt.mem;
  const type = mem.u32[(v + OB_TYPE) >>> 2];
  if (type === mem.u32[(w + OB_TYPE) >>> 2]) {
    if (type === space.ints.type) return long_equal(space, v, w);
    if (type === space.strs.type) return str_eq(space, v, w);
    if (type === space.floats.type)
      return mem.f64[(v + FLOAT_FVAL) >>> 3] === mem.f64[(w + FLOAT_FVAL) >>> 3];
  }
  return richCompareBool(space, v, w, CompareOp.EQ);
}

// `v < w` by `safe`, worked out here when both are exact ints, strs or floats.
function items_less(space: ObjectSpace, v: Ptr, w: Ptr, safe: (a: Ptr, b: Ptr) => boolean): boolean {
  const mem = space.rt.mem;
  const type = mem.u32[(v + OB_TYPE) >>> 2];
  if (type === mem.u32[(w + OB_TYPE) >>> 2]) {
    if (type === space.ints.type) return long_less(space, v, w);
    if (type === space.strs.type) return str_compare(space, v, w) < 0;
    if (type === space.floats.type) return mem.f64[(v + FLOAT_FVAL) >>> 3] < mem.f64[(w + FLOAT_FVAL) >>> 3];
  }
  return safe(v, w);
}
