// Weak references: the struct, clearing, and the collector's handle_weakrefs.
//
// A weakly referenced object keeps the head of a doubly linked list of the weakrefs to it
// at `op + tp_weaklistoffset`. CPython keeps that list ordered: the callback-less basic ref
// first, then the callback-less proxy, then the rest (newest after those).
//
// PyWeakReference (64 bytes, GC; getsizeof = 80):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ wr_object: referent, or None   │  None once cleared
//   +24  │ wr_callback: callable or NULL  │  strong reference
//   +32  │ hash: -1 until computed        │
//   +40  │ wr_prev, wr_next               │  links of the referent's weakref list
//   +56  │ vectorcall                     │  (unused by pymm)
//        └────────────────────────────────┘

import type { Ptr } from '../heap/index.js';
import { GC_HEAD_SIZE, GC_NEXT, GC_PREV, PREV_MASK_COLLECTING, TPFLAGS_WEAKREF_SUBCLASS } from './layout.js';
import { gcListInit, gcListMove } from './lists.js';
import type { Runtime } from './runtime.js';

/** Offset of wr_object. */
export const WR_OBJECT = 16;
/** Offset of wr_callback. */
export const WR_CALLBACK = 24;
/** Offset of the cached hash (an i32 pair; -1 = not computed). */
export const WR_HASH = 32;
/** Offset of wr_prev. */
export const WR_PREV = 40;
/** Offset of wr_next. */
export const WR_NEXT = 48;
/** sizeof(PyWeakReference). */
export const WEAKREF_SIZE = 64;

/** The head of `op`'s weakref list, or NULL (its type must support weakrefs). */
export function weakrefListHead(rt: Runtime, op: Ptr): Ptr {
  return rt.mem.u32[(op + rt.typeOf(op).weaklistoffset) >>> 2] as Ptr;
}

/** Number of weakrefs in the list starting at `head` (_PyWeakref_GetWeakrefCount). */
export function weakrefCount(rt: Runtime, head: Ptr): number {
  let n = 0;
  for (let wr = head; wr !== 0; wr = rt.mem.u32[(wr + WR_NEXT) >>> 2] as Ptr) n++;
  return n;
}

/** clear_weakref: unlinks `wr` from its referent's list, points it at None, drops its callback. */
export function clearWeakref(rt: Runtime, wr: Ptr): void {
  const u32 = rt.mem.u32;
  const callback = u32[(wr + WR_CALLBACK) >>> 2] as Ptr;
  const object = u32[(wr + WR_OBJECT) >>> 2] as Ptr;
  if (object !== rt.hooks.none) {
    const listAt = (object + rt.typeOf(object).weaklistoffset) >>> 2;
    const prev = u32[(wr + WR_PREV) >>> 2];
    const next = u32[(wr + WR_NEXT) >>> 2];
    if (u32[listAt] === wr) u32[listAt] = next;
    u32[(wr + WR_OBJECT) >>> 2] = rt.hooks.none;
    if (prev !== 0) u32[(prev + WR_NEXT) >>> 2] = next;
    if (next !== 0) u32[(next + WR_PREV) >>> 2] = prev;
    u32[(wr + WR_PREV) >>> 2] = 0;
    u32[(wr + WR_NEXT) >>> 2] = 0;
  }
  if (callback !== 0) {
    u32[(wr + WR_CALLBACK) >>> 2] = 0;
    rt.decref(callback);
  }
}

/** _PyWeakref_ClearRef: clears `wr` but keeps its callback (the collector may still call it). */
export function clearWeakrefKeepCallback(rt: Runtime, wr: Ptr): void {
  const at = (wr + WR_CALLBACK) >>> 2;
  const callback = rt.mem.u32[at];
  rt.mem.u32[at] = 0;
  clearWeakref(rt, wr);
  rt.mem.u32[at] = callback;
}

/** True if `op` is a weak reference object (PyWeakref_Check). */
export function isWeakref(rt: Runtime, op: Ptr): boolean {
  return (rt.typeFlags(op) & TPFLAGS_WEAKREF_SUBCLASS) !== 0;
}

// handle_callback: calls callback(wr), reporting errors as unraisable.
function handleCallback(rt: Runtime, wr: Ptr, callback: Ptr): void {
  try {
    rt.hooks.callWeakrefCallback(callback, wr);
  } catch (error) {
    rt.hooks.unraisable(error, 'in weakref callback', callback);
  }
}

/**
 * PyObject_ClearWeakRefs: called by a dying object's dealloc (count already 0). Clears
 * every weakref to it, then calls the callbacks of those that are still alive, in list
 * order. (CPython gathers them in a tuple first; pymm uses a JS array — see deviations.)
 */
export function clearWeakrefs(rt: Runtime, op: Ptr): void {
  const listAt = (op + rt.typeOf(op).weaklistoffset) >>> 2;
  let u32 = rt.mem.u32;
  // Callback-less basic ref and proxy sit first: clear them without ceremony.
  for (let i = 0; i < 2; i++) {
    const head = u32[listAt];
    if (head !== 0 && u32[(head + WR_CALLBACK) >>> 2] === 0) clearWeakref(rt, head as Ptr);
    u32 = rt.mem.u32;
  }
  if (u32[listAt] === 0) return;
  const pending: Ptr[] = [];
  let current = u32[listAt] as Ptr;
  while (current !== 0) {
    u32 = rt.mem.u32;
    const next = u32[(current + WR_NEXT) >>> 2] as Ptr;
    const callback = u32[(current + WR_CALLBACK) >>> 2] as Ptr;
    if (rt.refcnt(current) > 0 && callback !== 0) {
      rt.incref(current);
      pending.push(current, callback);
    } else if (callback !== 0) {
      rt.decref(callback);
    }
    u32[(current + WR_CALLBACK) >>> 2] = 0;
    clearWeakref(rt, current);
    current = next;
  }
  for (let i = 0; i < pending.length; i += 2) {
    handleCallback(rt, pending[i], pending[i + 1]);
    rt.decref(pending[i + 1]);
    rt.decref(pending[i]);
  }
}

/**
 * handle_weakrefs: clears every weakref to an object in `unreachable` (and every weakref
 * that is itself garbage), then calls the callbacks of the weakrefs that are not garbage.
 * Survivors move to `old`. Returns how many such weakrefs died right after their callback
 * (`freed`) and how many callbacks were called (`called`).
 */
export function handleWeakrefs(
  rt: Runtime,
  unreachable: Ptr,
  old: Ptr,
  wrcbToCall: Ptr,
): { freed: number; called: number } {
  const mem = rt.mem;
  gcListInit(mem, wrcbToCall);
  for (let g = mem.u32[(unreachable + GC_NEXT) >>> 2]; g !== unreachable; ) {
    const op = (g + GC_HEAD_SIZE) as Ptr;
    const next = mem.u32[(g + GC_NEXT) >>> 2];
    if (isWeakref(rt, op)) clearWeakrefKeepCallback(rt, op);
    const slots = rt.typeOf(op);
    if (slots.weaklistoffset !== 0) {
      const listAt = (op + slots.weaklistoffset) >>> 2;
      for (let wr = mem.u32[listAt]; wr !== 0; wr = mem.u32[listAt]) {
        clearWeakrefKeepCallback(rt, wr as Ptr);
        if (mem.u32[(wr + WR_CALLBACK) >>> 2] === 0) continue;
        const wrg = wr - GC_HEAD_SIZE;
        if ((mem.u32[(wrg + GC_PREV) >>> 2] & PREV_MASK_COLLECTING) !== 0) continue; // garbage too
        rt.incref(wr as Ptr);
        gcListMove(mem, wrg as Ptr, wrcbToCall);
      }
    }
    g = next;
  }
  let freed = 0;
  let called = 0;
  while (mem.u32[(wrcbToCall + GC_NEXT) >>> 2] !== wrcbToCall) {
    called++;
    const g = mem.u32[(wrcbToCall + GC_NEXT) >>> 2];
    const wr = (g + GC_HEAD_SIZE) as Ptr;
    const callback = mem.u32[(wr + WR_CALLBACK) >>> 2] as Ptr;
    handleCallback(rt, wr, callback);
    rt.decref(wr);
    if (mem.u32[(wrcbToCall + GC_NEXT) >>> 2] === g) gcListMove(mem, g as Ptr, old);
    else freed++;
  }
  return { freed, called };
}
