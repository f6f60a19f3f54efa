// GC lists: circular doubly linked lists threaded through GC heads (gcmodule.c's gc_list_*).
//
// A list head is a 16-byte GC head that belongs to no object. For a head `h`,
// `next(h) == h` ⇔ the list is empty. Links point at GC heads, never at objects.
// _gc_prev keeps its two flag bits (FINALIZED, COLLECTING) across every operation here but
// gcListRemove (untracking), which clears COLLECTING;
// _gc_next is a plain pointer except while the UNREACHABLE bit is set during a collection.
//
// INVARIANT (outside a collection): for every node n of a list, next(prev(n)) == n and
// prev(next(n)) == n, and the walk from the head returns to it.

import type { Memory, Ptr } from '../heap/index.js';
import type * as Layout from './layout.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const GC_NEXT: typeof Layout.GC_NEXT = 0;
const GC_PREV: typeof Layout.GC_PREV = 8;
const PREV_FLAGS: typeof Layout.PREV_FLAGS = 3;
const PREV_MASK_FINALIZED: typeof Layout.PREV_MASK_FINALIZED = 1;

/** _gc_next of a GC head, without the UNREACHABLE bit. */
export function gcNext(mem: Memory, g: Ptr): Ptr {
  return ((mem.u32[(g + GC_NEXT) >>> 2] & ~1) >>> 0) as Ptr;
}

/** The previous node of a GC head (its _gc_prev without flags). */
export function gcPrev(mem: Memory, g: Ptr): Ptr {
  return ((mem.u32[(g + GC_PREV) >>> 2] & ~PREV_FLAGS) >>> 0) as Ptr;
}

/** Makes `head` an empty list. */
export function gcListInit(mem: Memory, head: Ptr): void {
  const u32 = mem.u32;
  u32[(head + GC_NEXT) >>> 2] = head;
  u32[(head + GC_PREV) >>> 2] = head;
}

/** True when the list at `head` has no nodes. */
export function gcListIsEmpty(mem: Memory, head: Ptr): boolean {
  return mem.u32[(head + GC_NEXT) >>> 2] === head;
}

/** Appends node `g` at the tail of `list` (gc_list_append); `g` must not be in a list. */
export function gcListAppend(mem: Memory, g: Ptr, list: Ptr): void {
  const u32 = mem.u32;
  const last = u32[(list + GC_PREV) >>> 2];
  const gp = (g + GC_PREV) >>> 2;
  u32[gp] = (u32[gp] & PREV_FLAGS) | last;
  u32[(last + GC_NEXT) >>> 2] = g;
  u32[(g + GC_NEXT) >>> 2] = list;
  u32[(list + GC_PREV) >>> 2] = g;
}

/**
 * Unlinks node `g` from its list and marks it untracked, clearing COLLECTING but keeping
 * FINALIZED (_PyObject_GC_UNTRACK: an object may be untracked during a collection, and one
 * that comes back from a free list must not carry the flag into the next one).
 */
export function gcListRemove(mem: Memory, g: Ptr): void {
  const u32 = mem.u32;
  const gp = (g + GC_PREV) >>> 2;
  const prev = (u32[gp] & ~PREV_FLAGS) >>> 0;
  const next = (u32[(g + GC_NEXT) >>> 2] & ~1) >>> 0;
  u32[(prev + GC_NEXT) >>> 2] = next;
  const np = (next + GC_PREV) >>> 2;
  u32[np] = (u32[np] & PREV_FLAGS) | prev;
  u32[(g + GC_NEXT) >>> 2] = 0;
  u32[gp] &= PREV_MASK_FINALIZED;
}

/** Moves node `g` from its list to the tail of `list` (gc_list_move). */
export function gcListMove(mem: Memory, g: Ptr, list: Ptr): void {
  const u32 = mem.u32;
  const prev = (u32[(g + GC_PREV) >>> 2] & ~PREV_FLAGS) >>> 0;
  const next = (u32[(g + GC_NEXT) >>> 2] & ~1) >>> 0;
  u32[(prev + GC_NEXT) >>> 2] = next;
  const np = (next + GC_PREV) >>> 2;
  u32[np] = (u32[np] & PREV_FLAGS) | prev;
  const last = u32[(list + GC_PREV) >>> 2];
  const gp = (g + GC_PREV) >>> 2;
  u32[gp] = (u32[gp] & PREV_FLAGS) | last;
  u32[(last + GC_NEXT) >>> 2] = g;
  u32[(g + GC_NEXT) >>> 2] = list;
  u32[(list + GC_PREV) >>> 2] = g;
}

/** Appends every node of `from` to the tail of `to`; `from` ends empty (gc_list_merge). */
export function gcListMerge(mem: Memory, from: Ptr, to: Ptr): void {
  const u32 = mem.u32;
  const first = u32[(from + GC_NEXT) >>> 2];
  if (first === from) return;
  const tail = u32[(to + GC_PREV) >>> 2];
  const last = u32[(from + GC_PREV) >>> 2];
  u32[(tail + GC_NEXT) >>> 2] = first;
  const fp = (first + GC_PREV) >>> 2;
  u32[fp] = (u32[fp] & PREV_FLAGS) | tail;
  u32[(last + GC_NEXT) >>> 2] = to;
  u32[(to + GC_PREV) >>> 2] = last;
  u32[(from + GC_NEXT) >>> 2] = from;
  u32[(from + GC_PREV) >>> 2] = from;
}

/** Number of nodes in the list at `head` (gc_list_size); O(n). */
export function gcListSize(mem: Memory, head: Ptr): number {
  const u32 = mem.u32;
  let n = 0;
  for (let g = u32[(head + GC_NEXT) >>> 2]; g !== head; g = u32[(g + GC_NEXT) >>> 2]) n++;
  return n;
}

/** Every node's object address, in list order. */
export function gcListObjects(mem: Memory, head: Ptr, out: Ptr[] = []): Ptr[] {
  const u32 = mem.u32;
  for (let g = u32[(head + GC_NEXT) >>> 2]; g !== head; g = u32[(g + GC_NEXT) >>> 2]) {
    out.push((g + 16) as Ptr);
  }
  return out;
}
