// Instances of heap types that derive from a built-in type (`class L(list)`, `class I(int)`):
// the built-in part of their layout, made and released here (list_new/tp_alloc for a subtype,
// and the built-in half of subtype_dealloc).
//
// The VM makes an exact instance of the built-in type first (`proto`, with the built-in
// constructor's checks and messages), then moves its contents into a new object of the
// subtype: for fixed-size bases (list, dict, set, frozenset, float, object) the subtype's
// basicsize bytes, with the extra words (weakref list, __slots__) after the base's fields,
// as CPython lays them out; for the variable-size bases (tuple, int, bytes, and str, which
// pymm keeps compact) the whole object, with nothing after it. The instance dict of every
// such subtype lives in the managed-dict pre-header.

import { OB_SIZE, TPFLAGS_MANAGED_DICT } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { BA } from './bytearray.js';
import { DEQUE_SIZE, DQ_LEFTBLOCK, deque_releaseAll } from './deque.js';
import { MA_VALUES, setKeys, setUsed } from './dict.js';
import { LIST_SIZE } from './list.js';
import { SET_SMALLTABLE, SET_TABLE, SET_WEAKLIST, set_clear, set_emptyToMinsize } from './set.js';
import type { ObjectSpace } from './space.js';
import { STATE_TEXT_CACHED } from './str.js';
import { kindOf, lengthOf, STR_STATE } from './strkinds.js';
import { tuple_getItem, tuple_size } from './tuple.js';

/** True when `base`'s instances vary in size in pymm (tuple, int, bytes, str). */
export function subtype_baseIsVariable(space: ObjectSpace, base: Ptr): boolean {
  return (
    base === space.tuples.type ||
    base === space.ints.type ||
    base === space.bytes.type ||
    base === space.strs.type
  );
}

/** The static type whose layout instances of `type` share: the first non-heap type along tp_base. */
export function subtype_solidBase(space: ObjectSpace, type: Ptr, isHeap: (t: Ptr) => boolean): Ptr {
  let t = type;
  while (t !== NULL && isHeap(t)) t = space.slots(t).base;
  return t === NULL ? space.objectType : t;
}

/**
 * A new instance of `subtype` (a GC heap type with `basicsize` bytes) holding the contents of
 * `proto`, an exact instance of the built-in `base` (consumed). Untracked: the caller tracks it.
 */
export function subtype_fromProto(
  space: ObjectSpace,
  subtype: Ptr,
  base: Ptr,
  basicsize: number,
  proto: Ptr,
): Ptr {
  const rt = space.rt;
  const mem = rt.mem;
  const variable = subtype_baseIsVariable(space, base);
  const baseSize = variable
    ? (space.slots(base).sizeof?.(proto) ?? space.slots(base).basicsize)
    : space.slots(base).basicsize;
  const size = variable ? genericAllocSize(space, subtype, base, baseSize) : basicsize;
  let op: Ptr;
  try {
    op = rt.gcNew(subtype, size);
  } catch (error) {
    rt.decref(proto);
    throw error;
  }
  mem.u8.fill(0, op + 16, op + size);
  if (base === space.objectType) {
    rt.decref(proto);
    return op;
  }
  mem.u8.copyWithin(op + 16, proto + 16, proto + baseSize);
  if (base === space.lists.type) {
    // The item array moves; the proto is left an empty list.
    mem.u8.fill(0, proto + OB_SIZE, proto + LIST_SIZE);
  } else if (base === space.dicts.type) {
    mem.u32[(proto + MA_VALUES) >>> 2] = 0;
    setKeys(space, proto, space.dicts.emptyKeys);
    setUsed(space, proto, 0);
  } else if (base === space.sets.setType || base === space.sets.frozensetType) {
    const table = mem.u32[(proto + SET_TABLE) >>> 2];
    if (table === proto + SET_SMALLTABLE) mem.u32[(op + SET_TABLE) >>> 2] = op + SET_SMALLTABLE;
    mem.u32[(op + SET_WEAKLIST) >>> 2] = 0;
    // The proto keeps nothing: an empty smalltable (its keys now belong to op).
    set_emptyToMinsize(space, proto);
  } else if (base === space.tuples.type) {
    for (let i = 0; i < tuple_size(space, op); i++) {
      const item = tuple_getItem(space, op, i);
      if (item !== NULL) rt.incref(item);
    }
  } else if (base === space.strs.type) {
    // Not interned, and no cached JS text: the copy is a different object.
    mem.u32[(op + STR_STATE) >>> 2] &= ~(3 | STATE_TEXT_CACHED);
  } else if (base === space.bytearrays.type) {
    // The buffer moves; the proto is left an empty bytearray.
    mem.u8.fill(0, proto + BA.size, proto + BA.start + 8);
  } else if (base === space.deques.type) {
    // The blocks (and the spare ones) move; the proto is left without any.
    mem.u8.fill(0, proto + OB_SIZE, proto + DEQUE_SIZE);
    mem.u32[(proto + DQ_LEFTBLOCK) >>> 2] = NULL;
  }
  if ((base === space.lists.type || base === space.dicts.type) && rt.refcnt(proto) === 1) {
    // An empty list or dict proto stands for nothing in CPython (tp_alloc made the instance
    // directly): it is freed past the free list and uncounted, so gc.get_count() and the
    // free lists see the one allocation CPython makes.
    rt.gcDel(proto);
  } else {
    rt.decref(proto);
  }
  return op;
}

// The block of a variable-size subtype instance: PyType_GenericAlloc gives one item more
// than asked for (the sentinel) and rounds up to a pointer (a tuple subtype one slot more, a
// bytes subtype its length + 1, an int subtype, at least one digit, one digit more). A
// subtype with a __dict__ has CPython's dict pointer at the end; pymm's pre-header (16
// bytes) stands for it, so the block is 16 less, but never smaller than the contents.
function genericAllocSize(space: ObjectSpace, subtype: Ptr, base: Ptr, baseSize: number): number {
  if (base === space.strs.type) return baseSize;
  const tuple = base === space.tuples.type;
  const bytes = base === space.bytes.type;
  const basic = bytes ? 33 : 24;
  const itemsize = tuple ? 8 : bytes ? 1 : 4;
  const items = tuple || bytes ? (baseSize - basic) / itemsize : Math.max(1, (baseSize - basic) / itemsize);
  const withDict = (space.slots(subtype).flags & TPFLAGS_MANAGED_DICT) !== 0;
  const cpython = (basic + (withDict ? 8 : 0) + (items + 1) * itemsize + 7) & ~7;
  return withDict ? Math.max(baseSize, cpython - 16) : cpython;
}

/** Releases the built-in part of a subtype instance (the base half of subtype_dealloc). */
export function subtype_releaseBase(space: ObjectSpace, base: Ptr, op: Ptr): void {
  const rt = space.rt;
  if (base === space.lists.type || base === space.dicts.type) {
    space.slots(base).clear?.(op);
  } else if (base === space.sets.setType || base === space.sets.frozensetType) {
    set_clear(space, op);
  } else if (base === space.tuples.type) {
    const n = tuple_size(space, op);
    for (let i = n - 1; i >= 0; i--) {
      const item = tuple_getItem(space, op, i);
      rt.mem.u32[(op + 24 + 8 * i) >>> 2] = 0;
      if (item !== NULL) rt.decref(item);
    }
  } else if (base === space.strs.type) {
    space.strs.text.delete(op);
  } else if (base === space.deques.type) {
    deque_releaseAll(space, op);
  } else if (base === space.bytearrays.type) {
    const buf = rt.mem.u32[(op + BA.bytes) >>> 2] as Ptr;
    rt.mem.u8.fill(0, op + BA.size, op + BA.start + 8);
    if (buf !== NULL) rt.heap.free(buf);
  }
}

/** unicode___sizeof__ of a str subtype instance: CPython's are not compact (PyUnicodeObject + buffer). */
export function subtype_strSizeof(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  return 80 + (lengthOf(mem, op) + 1) * kindOf(mem, op);
}
