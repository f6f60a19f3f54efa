// update_refs and subtract_refs in one walk, for a full collection.
//
// CPython's deduce_unreachable walks the collected list twice before move_unreachable:
// update_refs copies every ob_refcnt into gc_refs and marks the object COLLECTING, then
// subtract_refs walks it again and, for each reference from one collected object to
// another, takes one off the target's gc_refs. The first walk exists so that the second
// can tell a collected target (COLLECTING set) from one in an older generation.
//
// In a full collection with nothing frozen, every tracked object is in the collected list,
// so "collected" is "tracked" (a non-zero _gc_next), which needs no marking beforehand.
// One walk then does both: an object adds its own ob_refcnt to its gc_refs, and takes one
// off each tracked object it refers to — whichever comes first. The first touch of an
// object this collection (COLLECTING still clear: the flag is clear on every object
// between collections) starts its gc_refs at zero; the sums are taken modulo 2^32 in the
// 30 bits above the flags, so a target touched before its own turn goes briefly
// "negative" and ends at ob_refcnt minus the references from inside, as the two walks
// give. Walking the objects once instead of twice is what this buys: the walks are
// bounded by cache misses on the object headers.
//
// INVARIANT (after updateAndSubtractRefs, as after updateRefs + subtractRefs): every object
// in the list has COLLECTING set, FINALIZED as before, and gc_refs = ob_refcnt − the
// number of references to it from objects in the list. Checked mode runs the two walks
// as well and compares.

import type { Ptr } from '../heap/index.js';
import type * as Layout from './layout.js';
import { refsFirst, refsStep, refsStop } from './refswalk.js';
import type { Runtime } from './runtime.js';
import type * as Slots from './slots.js';
import type { Visit } from './slots.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const GC_HEAD_SIZE: typeof Layout.GC_HEAD_SIZE = 16;
const GC_NEXT: typeof Layout.GC_NEXT = 0;
const GC_PREV: typeof Layout.GC_PREV = 8;
const OB_REFCNT: typeof Layout.OB_REFCNT = 0;
const OB_TYPE: typeof Layout.OB_TYPE = 8;
const PREV_MASK_COLLECTING: typeof Layout.PREV_MASK_COLLECTING = 2;
const PREV_MASK_FINALIZED: typeof Layout.PREV_MASK_FINALIZED = 1;
const PREV_SHIFT: typeof Layout.PREV_SHIFT = 2;
const TP_FLAGS: typeof Layout.TP_FLAGS = 28;
const TP_ID: typeof Layout.TP_ID = 24;
const TPFLAGS_HAS_IS_GC: typeof Layout.TPFLAGS_HAS_IS_GC = 0x8000;
const TPFLAGS_HAVE_GC: typeof Layout.TPFLAGS_HAVE_GC = 0x4000;

const REFS_ONE = 1 << PREV_SHIFT;
/** refsTable kinds (see Phases.refsTable). */
const REFS_NONE: typeof Slots.REFS_NONE = 0;
const REFS_MANAGED: typeof Slots.REFS_MANAGED = 3;

/** The visitor of updateAndSubtractRefs for types walked by their traverse slot. */
export function makeVisitFullDecref(rt: Runtime): Visit {
  return (child) => {
    const u32 = rt.mem.u32;
    const flags = u32[(u32[(child + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2];
    if ((flags & TPFLAGS_HAVE_GC) === 0) return;
    if ((flags & TPFLAGS_HAS_IS_GC) !== 0 && !rt.isGc(child)) return;
    const g = child - GC_HEAD_SIZE;
    if (u32[(g + GC_NEXT) >>> 2] === 0) return; // untracked: not collected
    const p = (g + GC_PREV) >>> 2;
    let w = u32[p];
    if ((w & PREV_MASK_COLLECTING) === 0) w = (w & PREV_MASK_FINALIZED) | PREV_MASK_COLLECTING;
    u32[p] = (w - REFS_ONE) >>> 0;
  };
}

/**
 * update_refs + subtract_refs in one walk of `list`, which must hold every tracked object
 * (a full collection with an empty permanent generation); returns the objects walked.
 */
export function updateAndSubtractRefs(rt: Runtime, table: Int32Array, visit: Visit, list: Ptr): number {
  const slotsById = rt.types.slots;
  const u32 = rt.mem.u32;
  let n = 0;
  for (let g = u32[(list + GC_NEXT) >>> 2]; g !== list; g = u32[(g + GC_NEXT) >>> 2]) {
    n++;
    const op = g + GC_HEAD_SIZE;
    const refcnt = u32[(op + OB_REFCNT) >>> 2];
    if (refcnt === 0 || refcnt > 0x3fffffff) {
      throw new Error(`gc: object at ${op} in a generation has refcount ${refcnt | 0}`);
    }
    const p = (g + GC_PREV) >>> 2;
    let w = u32[p];
    if ((w & PREV_MASK_COLLECTING) === 0) w = (w & PREV_MASK_FINALIZED) | PREV_MASK_COLLECTING;
    u32[p] = (w + (refcnt << PREV_SHIFT)) >>> 0;
    const id = u32[(u32[(op + OB_TYPE) >>> 2] + TP_ID) >>> 2];
    const kind = table[3 * id];
    if (kind === REFS_NONE) {
      const traverse = slotsById[id].traverse;
      if (traverse !== null) traverse(op as Ptr, visit);
      continue;
    }
    // Inline traverse of a list, tuple or instance: no call per reference.
    let at = refsFirst(rt.mem, table, id, op);
    const stop = refsStop();
    const step = refsStep(kind);
    // A run of references to one object (`[x] * n`) repeats the first one's effect: the
    // word it decremented (lastP), or nothing (-1), is decremented again.
    let last = 0;
    let lastP = -1;
    for (; at !== stop; at += step) {
      const child = u32[at >>> 2];
      if (child === last) {
        if (lastP >= 0) u32[lastP] -= REFS_ONE;
        continue;
      }
      last = child;
      lastP = -1;
      const flags = u32[(u32[(child + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2];
      if ((flags & TPFLAGS_HAVE_GC) === 0) continue;
      if ((flags & TPFLAGS_HAS_IS_GC) !== 0) {
        visit(child as Ptr);
        last = 0;
        continue;
      }
      const cg = child - GC_HEAD_SIZE;
      if (u32[(cg + GC_NEXT) >>> 2] === 0) continue;
      const cp = (cg + GC_PREV) >>> 2;
      let cw = u32[cp];
      if ((cw & PREV_MASK_COLLECTING) === 0) cw = (cw & PREV_MASK_FINALIZED) | PREV_MASK_COLLECTING;
      u32[cp] = (cw - REFS_ONE) >>> 0;
      lastP = cp;
    }
    if (kind === REFS_MANAGED) visit(u32[(op + OB_TYPE) >>> 2] as Ptr);
  }
  return n;
}
