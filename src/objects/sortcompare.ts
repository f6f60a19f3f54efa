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
import { LONG_DIGITS } from './int.js';
import type { SortArray } from './mergestate.js';
import { isTrue, richCompareBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { str_compare } from './str.js';
import { dataOf, kindOf, lengthOf } from './strkinds.js';
import { TUPLE_ITEMS } from './tuple.js';
import { CompareOp } from './typeslots.js';

/**
 * How the sort compares: `lt` on the keys themselves ("objects"), `<` on a number standing
 * for each key ("numbers": ints and floats), or on one-byte strs ("latin", see latin_less).
 */
export type SortPlan =
  | { kind: 'objects'; lt: (a: Ptr, b: Ptr) => boolean }
  | { kind: 'numbers'; value: (key: Ptr) => number }
  | { kind: 'latin' };

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
      return { kind: 'latin' };
    case Kind.Long:
      return { kind: 'numbers', value: (op) => longValue(space, op) };
    case Kind.Float:
      return { kind: 'numbers', value: (op) => space.rt.mem.f64[(op + FLOAT_FVAL) >>> 3] };
    default:
      return { kind: 'objects', lt: itemCompare(space, kind, keyType, safe) };
  }
}

/**
 * unsafe_latin_compare for a sort of positions: `i < j` when strs[i] < strs[j] (one-byte
 * strs, compared as memcmp, then by length). Each str's first six bytes are read once
 * into a number; only equal numbers need the bytes again. Nothing here allocates or runs
 * Python code, so the heap's view stays valid for the whole sort.
 */
export function latin_less(space: ObjectSpace, strs: SortArray<number>): (i: number, j: number) => boolean {
  const mem = space.rt.mem;
  const u8 = mem.u8;
  const count = strs.length;
  const prefix = new Float64Array(count);
  const data = new Uint32Array(count);
  const length = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const op = strs[i] as Ptr;
    const n = lengthOf(mem, op);
    const at = dataOf(mem, op);
    let p = 0;
    for (let k = 0; k < PREFIX_BYTES; k++) p = p * 256 + (k < n ? u8[at + k] : 0);
    prefix[i] = p;
    data[i] = at;
    length[i] = n;
  }
  return (i, j) => {
    const a = prefix[i];
    const b = prefix[j];
    if (a !== b) return a < b;
    // Equal prefixes: the first min(6, lengths) bytes agree, the rest decides.
    const ni = length[i];
    const nj = length[j];
    const n = Math.min(ni, nj);
    const di = data[i];
    const dj = data[j];
    for (let k = PREFIX_BYTES; k < n; k++) {
      const x = u8[di + k];
      const y = u8[dj + k];
      if (x !== y) return x < y;
    }
    return ni < nj;
  };
}

// Bytes of a str that latin_less packs into one number (48 bits: exact in a double).
const PREFIX_BYTES = 6;

// The value of an int of at most one digit.
function longValue(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  const size = mem.i32[(op + OB_SIZE) >>> 2];
  return size === 0 ? 0 : size * mem.u32[(op + LONG_DIGITS) >>> 2];
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
      return (v, w) => longValue(space, v) < longValue(space, w);
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
    while (i < vlen && i < wlen && richCompareBool(space, item(v, i), item(w, i), CompareOp.EQ)) i++;
    if (i >= vlen || i >= wlen) return vlen < wlen;
    return i === 0 ? first(item(v, 0), item(w, 0)) : safe(item(v, i), item(w, i));
  };
}
