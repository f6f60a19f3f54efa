// Inline attribute values of managed-dict instances (CPython 3.11's PyDictValues).
//
// The word at op-32 points at the first value word; in front of it sits a byte prefix of
// CPython's size, _Py_SIZE_ROUND_UP(capacity + 2, 8) bytes (new_values):
//
//   block ┌──────────────────────────────────────┐
//         │ order[0 … capacity-1]: key indexes,   │  insertion order of this instance
//         │ in the order they were first set     │
//         │ …                                    │
//  vp - 2 │ count (5 bits) | prefix/8 - 1 (3)    │  entries in `order`; the prefix size
//  vp - 1 │ capacity                             │  value words (keys when allocated)
//    vp   ├──────────────────────────────────────┤
//         │ values[0 … capacity-1]: owned or NULL│  indexed by the class's shared keys
//         └──────────────────────────────────────┘
//
// A class's shared keys hold at most 30 names, so capacity and count fit in 5 bits and the
// order never reaches the two bytes in front of vp.

import { MANAGED_VALUES } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import type { Interpreter } from './interp.js';

/** Allocates an empty values array of `capacity` slots; returns vp. */
export function values_new(interp: Interpreter, capacity: number): number {
  const rt = interp.space.rt;
  const prefix = (capacity + 2 + 7) & ~7; // _Py_SIZE_ROUND_UP(capacity + 2, 8), without a float division
  const block = rt.heap.malloc(prefix + 8 * capacity);
  const vp = block + prefix;
  const u8 = rt.mem.u8;
  u8[vp - 2] = (prefix / 8 - 1) << COUNT_BITS;
  u8[vp - 1] = capacity;
  const u32 = rt.mem.u32;
  for (let i = 0; i < 2 * capacity; i++) u32[(vp >>> 2) + i] = 0;
  return vp;
}

/** Bits of the count in the byte at vp-2 (the rest give the prefix size). */
const COUNT_BITS = 5;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

// The first byte of the block (where the order starts) of a values array.
function values_block(u8: Uint8Array, vp: number): number {
  return vp - ((u8[vp - 2] >>> COUNT_BITS) + 1) * 8;
}

/** Capacity of a values array. */
export function values_capacity(interp: Interpreter, vp: number): number {
  return interp.space.rt.mem.u8[vp - 1];
}

/** The value at key index `i` (borrowed; NULL when unset or beyond capacity). */
export function values_get(interp: Interpreter, vp: number, i: number): Ptr {
  if (i >= values_capacity(interp, vp)) return NULL;
  return interp.space.rt.mem.u32[(vp + 8 * i) >>> 2] as Ptr;
}

/** Stores `value` (stolen) at key index `i` (< capacity), recording insertion order; releases the old one. */
export function values_set(interp: Interpreter, vp: number, i: number, value: Ptr): void {
  const rt = interp.space.rt;
  const at = (vp + 8 * i) >>> 2;
  const old = rt.mem.u32[at] as Ptr;
  rt.mem.u32[at] = value;
  if (old === NULL) {
    const u8 = rt.mem.u8;
    u8[values_block(u8, vp) + (u8[vp - 2] & COUNT_MASK)] = i;
    u8[vp - 2]++;
  } else {
    interp.decref(old);
  }
}

/** Removes key index `i`; false if it was not set. */
export function values_delete(interp: Interpreter, vp: number, i: number): boolean {
  const rt = interp.space.rt;
  if (i >= values_capacity(interp, vp)) return false;
  const at = (vp + 8 * i) >>> 2;
  const old = rt.mem.u32[at] as Ptr;
  if (old === NULL) return false;
  rt.mem.u32[at] = 0;
  const u8 = rt.mem.u8;
  const block = values_block(u8, vp);
  const count = u8[vp - 2] & COUNT_MASK;
  let j = 0;
  for (let k = 0; k < count; k++) if (u8[block + k] !== i) u8[block + j++] = u8[block + k];
  u8[vp - 2]--;
  interp.decref(old);
  return true;
}

/** Key indexes in insertion order. */
export function values_order(interp: Interpreter, vp: number): number[] {
  const u8 = interp.space.rt.mem.u8;
  const block = values_block(u8, vp);
  return Array.from(u8.subarray(block, block + (u8[vp - 2] & COUNT_MASK)));
}

/** Every value word in key-index order (borrowed; NULL for unset), as tp_traverse visits them. */
export function values_all(interp: Interpreter, vp: number): Ptr[] {
  const u32 = interp.space.rt.mem.u32;
  const cap = values_capacity(interp, vp);
  const out: Ptr[] = [];
  for (let i = 0; i < cap; i++) out.push(u32[(vp + 8 * i) >>> 2] as Ptr);
  return out;
}

// Values taken out of an array and not yet released: a stack shared by nested calls (a
// release may run Python code that frees other instances), so that no JS array is made
// per instance.
const held: Ptr[] = [];

// Releases held[start…] and drops them from the stack.
function releaseHeld(interp: Interpreter, start: number): void {
  const end = held.length;
  try {
    for (let k = start; k < end; k++) interp.decref(held[k]);
  } finally {
    // pop() is inlined; assigning `length` is a runtime call (~3 % of gc_collect's time).
    while (held.length > start) held.pop();
  }
}

/** Releases every value and frees the array. */
export function values_free(interp: Interpreter, vp: number): void {
  const rt = interp.space.rt;
  const u32 = rt.mem.u32;
  const cap = values_capacity(interp, vp);
  const start = held.length;
  for (let i = 0; i < cap; i++) {
    const v = u32[(vp + 8 * i) >>> 2] as Ptr;
    if (v !== NULL) held.push(v);
  }
  rt.heap.free(values_block(rt.mem.u8, vp) as Ptr);
  releaseHeld(interp, start);
}

/** Drops every value but keeps the array (tp_clear). */
export function values_clear(interp: Interpreter, vp: number): void {
  const rt = interp.space.rt;
  const u32 = rt.mem.u32;
  const cap = values_capacity(interp, vp);
  // Every slot is emptied before any value is released (a release may run Python code).
  const start = held.length;
  for (let i = 0; i < cap; i++) {
    const at = (vp + 8 * i) >>> 2;
    const v = u32[at] as Ptr;
    if (v === NULL) continue;
    u32[at] = 0;
    held.push(v);
  }
  rt.mem.u8[vp - 2] &= ~COUNT_MASK;
  releaseHeld(interp, start);
}

/** The values pointer of an instance, or 0. */
export function instance_values(interp: Interpreter, op: Ptr): number {
  return interp.space.rt.mem.u32[(op + MANAGED_VALUES) >>> 2];
}
