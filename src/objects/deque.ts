// collections.deque (Modules/_collectionsmodule.c, 3.11): a doubly linked list of blocks of
// 64 item pointers; appends and pops at either end never move other items.
//
// dequeobject (GC; 216 bytes, sys.getsizeof = 216 + 528·blocks + 16):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_size: number of items       │
//   +24  ├────────────────────────────────┤
//        │ leftblock                      │──▶ block holding the first item
//   +32  ├────────────────────────────────┤
//        │ rightblock                     │──▶ block holding the last item
//   +40  ├────────────────────────────────┤
//        │ leftindex   (0 ≤ i < 64)       │  first item: leftblock.data[leftindex]
//   +48  ├────────────────────────────────┤
//        │ rightindex  (0 ≤ i < 64)       │  last item: rightblock.data[rightindex]
//   +56  ├────────────────────────────────┤
//        │ state: bumped whenever the     │  iterators and searches compare it
//        │ indices move                   │
//   +64  ├────────────────────────────────┤
//        │ maxlen (−1: unbounded)         │
//   +72  ├────────────────────────────────┤
//        │ numfreeblocks                  │
//   +80  ├────────────────────────────────┤
//        │ freeblocks[16]: spare blocks   │  reused before PyMem_Malloc is asked
//  +208  ├────────────────────────────────┤
//        │ weakreflist                    │
//        └────────────────────────────────┘
//
// block (528 bytes, from PyMem_Malloc: more than 512, so the raw allocator's):
//
//   +0 ┌───────────┬─────────────────────────────┬────────────┐ +528
//      │ leftlink  │ data[0] … data[63]          │ rightlink  │
//      └───────────┴─────────────────────────────┴────────────┘
//
// INVARIANT: the block list is never empty and not circular; (leftindex + size − 1) % 64 ==
// rightindex; when leftblock == rightblock, leftindex + size − 1 == rightindex; an empty
// deque has one block, leftindex 32 and rightindex 31 (CENTER + 1 and CENTER). Words are
// written as 64-bit values (low word, then sign or zero).

import { clearWeakrefs, OB_SIZE, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { deque_pop } from './dequeends.js';
import { initDequeIterators } from './dequeiter.js';
import { deque_repr, deque_richcompare } from './dequesearch.js';
import type { ObjectSpace } from './space.js';
import { DEFAULT_PY_SLOTS } from './typeslots.js';

/** Items per block. */
export const BLOCKLEN = 64;
/** (BLOCKLEN − 1) / 2: where an empty deque's indices meet. */
export const CENTER = 31;
/** Spare blocks a deque keeps. */
export const MAXFREEBLOCKS = 16;
/** Offset of leftblock. */
export const DQ_LEFTBLOCK = 24;
/** Offset of rightblock. */
export const DQ_RIGHTBLOCK = 32;
/** Offset of leftindex. */
export const DQ_LEFTINDEX = 40;
/** Offset of rightindex. */
export const DQ_RIGHTINDEX = 48;
/** Offset of state. */
export const DQ_STATE = 56;
/** Offset of maxlen. */
export const DQ_MAXLEN = 64;
/** Offset of numfreeblocks. */
export const DQ_NUMFREEBLOCKS = 72;
/** Offset of freeblocks[0]. */
export const DQ_FREEBLOCKS = 80;
/** Offset of the weakref list. */
export const DQ_WEAKLIST = 208;
/** sizeof(dequeobject). */
export const DEQUE_SIZE = 216;
/** Offset of a block's leftlink. */
export const BLOCK_LEFTLINK = 0;
/** Offset of a block's data[0]. */
export const BLOCK_DATA = 8;
/** Offset of a block's rightlink. */
export const BLOCK_RIGHTLINK = 8 + 8 * BLOCKLEN;
/** sizeof(block). */
export const BLOCK_SIZE = 16 + 8 * BLOCKLEN;

/** The deque type and its iterator types. */
export interface DequeState {
  type: Ptr;
  iterType: Ptr;
  reverseIterType: Ptr;
  /**
   * PySequence_List through the interpreter's iteration (a new list), so that a subclass's
   * __iter__ decides what repr shows; without it, the items themselves.
   */
  sequenceList: ((op: Ptr) => Ptr) | null;
}

/** Makes `collections.deque` and its two iterator types. */
export function initDeque(space: ObjectSpace): DequeState {
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'collections.deque',
    flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    basicsize: DEQUE_SIZE,
    weaklistoffset: DQ_WEAKLIST,
    traverse: (op, visit) => deque_traverse(space, op, visit),
    clear: (op) => deque_clear(space, op),
    dealloc: (op) => {
      const rt = space.rt;
      rt.untrack(op);
      if (rt.mem.u32[(op + DQ_WEAKLIST) >>> 2] !== 0) clearWeakrefs(rt, op);
      deque_releaseAll(space, op);
      rt.gcDel(op);
    },
    richcompare: (a, b, op) => deque_richcompare(space, a, b, op),
    repr: (op) => deque_repr(space, op),
    bool: (op) => deque_len(space, op) !== 0,
    sizeof: (op) => deque_sizeof(space, op),
  });
  const { iterType, reverseIterType } = initDequeIterators(space);
  return { type, iterType, reverseIterType, sequenceList: null };
}

// ── fields ───────────────────────────────────────────────────────────────────

/** A signed 64-bit field that holds a small value. */
export function dq_get(space: ObjectSpace, op: Ptr, at: number): number {
  return space.rt.mem.i32[(op + at) >>> 2];
}

/** Sets a signed 64-bit field to a small value. */
export function dq_set(space: ObjectSpace, op: Ptr, at: number, v: number): void {
  const i32 = space.rt.mem.i32;
  i32[(op + at) >>> 2] = v;
  i32[(op + at + 4) >>> 2] = v < 0 ? -1 : 0;
}

/** Py_SIZE of a deque. */
export function deque_len(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.i32[(op + OB_SIZE) >>> 2];
}

/** deque->state (changes whenever the indices move). */
export function deque_state(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.u32[(op + DQ_STATE) >>> 2];
}

/** Bumps deque->state. */
export function deque_bumpState(space: ObjectSpace, op: Ptr): void {
  const u32 = space.rt.mem.u32;
  u32[(op + DQ_STATE) >>> 2] = (u32[(op + DQ_STATE) >>> 2] + 1) >>> 0;
}

/** maxlen as a JS number (−1 when unbounded; exact up to 2^53). */
export function deque_maxlen(space: ObjectSpace, op: Ptr): number {
  const u32 = space.rt.mem.u32;
  const hi = space.rt.mem.i32[(op + DQ_MAXLEN + 4) >>> 2];
  return hi * 2 ** 32 + u32[(op + DQ_MAXLEN) >>> 2];
}

/** maxlen exactly (−1n when unbounded). */
export function deque_maxlenBig(space: ObjectSpace, op: Ptr): bigint {
  const u32 = space.rt.mem.u32;
  const hi = BigInt(space.rt.mem.i32[(op + DQ_MAXLEN + 4) >>> 2]);
  return (hi << 32n) | BigInt(u32[(op + DQ_MAXLEN) >>> 2]);
}

/** Sets maxlen (−1n: unbounded; at most 2^63 − 1). */
export function deque_setMaxlen(space: ObjectSpace, op: Ptr, maxlen: bigint): void {
  const u32 = space.rt.mem.u32;
  u32[(op + DQ_MAXLEN) >>> 2] = Number(maxlen & 0xffffffffn);
  u32[(op + DQ_MAXLEN + 4) >>> 2] = Number((maxlen >> 32n) & 0xffffffffn);
}

/** deque_check: a deque or an instance of a subclass. */
export function deque_check(space: ObjectSpace, op: Ptr): boolean {
  const type = space.rt.typeObject(op);
  const dq = space.deques.type;
  return type === dq || space.isSubtypeOf(type, dq);
}

/** The item at `index` of `block` (borrowed). */
export function block_item(space: ObjectSpace, block: Ptr, index: number): Ptr {
  return space.rt.mem.u32[(block + BLOCK_DATA + 8 * index) >>> 2] as Ptr;
}

/** Stores `item` at `index` of `block` (no reference counting). */
export function block_setItem(space: ObjectSpace, block: Ptr, index: number, item: Ptr): void {
  const u32 = space.rt.mem.u32;
  const at = (block + BLOCK_DATA + 8 * index) >>> 2;
  u32[at] = item;
  u32[at + 1] = 0;
}

/** A block's rightlink. */
export function block_right(space: ObjectSpace, block: Ptr): Ptr {
  return space.rt.mem.u32[(block + BLOCK_RIGHTLINK) >>> 2] as Ptr;
}

/** A block's leftlink. */
export function block_left(space: ObjectSpace, block: Ptr): Ptr {
  return space.rt.mem.u32[(block + BLOCK_LEFTLINK) >>> 2] as Ptr;
}

/** Sets a block's link at `at` (BLOCK_LEFTLINK or BLOCK_RIGHTLINK). */
export function block_setLink(space: ObjectSpace, block: Ptr, at: number, to: Ptr): void {
  const u32 = space.rt.mem.u32;
  u32[(block + at) >>> 2] = to;
  u32[(block + at + 4) >>> 2] = 0;
}

/** newblock: a spare block of this deque, else PyMem_Malloc. */
export function deque_newBlock(space: ObjectSpace, op: Ptr): Ptr {
  const n = dq_get(space, op, DQ_NUMFREEBLOCKS);
  if (n > 0) {
    dq_set(space, op, DQ_NUMFREEBLOCKS, n - 1);
    return space.rt.mem.u32[(op + DQ_FREEBLOCKS + 8 * (n - 1)) >>> 2] as Ptr;
  }
  return space.rt.heap.malloc(BLOCK_SIZE);
}

/** freeblock: kept as a spare while there is room, else PyMem_Free. */
export function deque_freeBlock(space: ObjectSpace, op: Ptr, block: Ptr): void {
  const n = dq_get(space, op, DQ_NUMFREEBLOCKS);
  if (n < MAXFREEBLOCKS) {
    const u32 = space.rt.mem.u32;
    u32[(op + DQ_FREEBLOCKS + 8 * n) >>> 2] = block;
    u32[(op + DQ_FREEBLOCKS + 8 * n + 4) >>> 2] = 0;
    dq_set(space, op, DQ_NUMFREEBLOCKS, n + 1);
  } else {
    space.rt.heap.free(block);
  }
}

/** Makes `block` the only block of an empty, centred deque. */
export function deque_setEmpty(space: ObjectSpace, op: Ptr, block: Ptr): void {
  block_setLink(space, block, BLOCK_LEFTLINK, NULL);
  block_setLink(space, block, BLOCK_RIGHTLINK, NULL);
  dq_set(space, op, OB_SIZE, 0);
  dq_set(space, op, DQ_LEFTBLOCK, block);
  dq_set(space, op, DQ_RIGHTBLOCK, block);
  dq_set(space, op, DQ_LEFTINDEX, CENTER + 1);
  dq_set(space, op, DQ_RIGHTINDEX, CENTER);
}

/**
 * deque_new: an empty deque of `type` (deque or a subclass sharing its layout, `size`
 * bytes), unbounded, tracked at once as PyType_GenericAlloc does.
 */
export function deque_new(space: ObjectSpace, type: Ptr = space.deques.type, size = DEQUE_SIZE): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(type, size);
  rt.mem.u8.fill(0, op + 16, op + size);
  rt.track(op);
  let block: Ptr;
  try {
    block = deque_newBlock(space, op);
  } catch (error) {
    rt.decref(op);
    throw error;
  }
  deque_setEmpty(space, op, block);
  deque_setMaxlen(space, op, -1n);
  return op;
}

// ── clearing and freeing ─────────────────────────────────────────────────────

/**
 * deque_clear (tp_clear, clear()): empties the deque onto a new block first, then releases
 * the items left to right and frees the old blocks, so a release that reenters sees an
 * empty deque.
 */
export function deque_clear(space: ObjectSpace, op: Ptr): void {
  let n = deque_len(space, op);
  if (n === 0) return;
  const rt = space.rt;
  let b: Ptr;
  try {
    b = deque_newBlock(space, op);
  } catch {
    // alternate_method: pop one by one
    while (deque_len(space, op) > 0) rt.decref(deque_pop(space, op));
    return;
  }
  let leftblock = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  const leftindex = dq_get(space, op, DQ_LEFTINDEX);
  deque_setEmpty(space, op, b);
  deque_bumpState(space, op);
  let m = Math.min(n, BLOCKLEN - leftindex);
  let index = leftindex;
  let limit = leftindex + m;
  n -= m;
  for (;;) {
    if (index === limit) {
      if (n === 0) break;
      const prev = leftblock;
      leftblock = block_right(space, leftblock);
      m = Math.min(n, BLOCKLEN);
      index = 0;
      limit = m;
      n -= m;
      deque_freeBlock(space, op, prev);
    }
    rt.decref(block_item(space, leftblock, index++));
  }
  deque_freeBlock(space, op, leftblock);
}

/** The deque half of deque_dealloc after the weakrefs: items, then blocks (the object stays). */
export function deque_releaseAll(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  const leftblock = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  if (leftblock !== NULL) {
    deque_clear(space, op);
    deque_freeBlock(space, op, dq_get(space, op, DQ_LEFTBLOCK) as Ptr);
  }
  dq_set(space, op, DQ_LEFTBLOCK, NULL);
  dq_set(space, op, DQ_RIGHTBLOCK, NULL);
  const spare = dq_get(space, op, DQ_NUMFREEBLOCKS);
  for (let i = 0; i < spare; i++) rt.heap.free(rt.mem.u32[(op + DQ_FREEBLOCKS + 8 * i) >>> 2] as Ptr);
  dq_set(space, op, DQ_NUMFREEBLOCKS, 0);
}

/** deque_traverse: every item, left to right. */
export function deque_traverse(space: ObjectSpace, op: Ptr, visit: (child: Ptr) => void): void {
  let b = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  if (b === NULL) return;
  const rightblock = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
  let lo = dq_get(space, op, DQ_LEFTINDEX);
  while (b !== rightblock) {
    for (let i = lo; i < BLOCKLEN; i++) visit(block_item(space, b, i));
    lo = 0;
    b = block_right(space, b);
  }
  const hi = dq_get(space, op, DQ_RIGHTINDEX);
  for (let i = lo; i <= hi; i++) visit(block_item(space, b, i));
}

/** deque.__sizeof__() of the deque part: the object and every block its items span. */
export function deque_sizeof(space: ObjectSpace, op: Ptr): number {
  const blocks = Math.floor(
    (dq_get(space, op, DQ_LEFTINDEX) + deque_len(space, op) + BLOCKLEN - 1) / BLOCKLEN,
  );
  return DEQUE_SIZE + blocks * BLOCK_SIZE;
}

/** The items, left to right (borrowed). */
export function deque_items(space: ObjectSpace, op: Ptr): Ptr[] {
  const out: Ptr[] = [];
  deque_traverse(space, op, (item) => out.push(item));
  return out;
}
