// The phases of a collection that find the garbage (gcmodule.c, CPython 3.11).
//
// During these phases the prev word of an object in the collected list holds gc_refs
// (a count) instead of a pointer, so the list is only singly linked. `moveUnreachable`
// puts the pointers back.
//
// INVARIANT (after deduceUnreachable): every object left in `young` is reachable, has a
// valid prev pointer and COLLECTING clear; every object in `unreachable` has COLLECTING
// set, NEXT_MASK_UNREACHABLE set, and a valid prev pointer.

import type { Ptr } from '../heap/index.js';
import { makeVisitFullDecref, updateAndSubtractRefs } from './fullrefs.js';
import type * as Layout from './layout.js';
import { TPFLAGS_WEAKREF_SUBCLASS } from './layout.js';
import { gcListAppend, gcListInit, gcListIsEmpty, gcListMove } from './lists.js';
import { refsFirst, refsStep, refsStop } from './refswalk.js';
import type { Runtime } from './runtime.js';
import type * as Slots from './slots.js';
import type { Visit } from './slots.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const GC_HEAD_SIZE: typeof Layout.GC_HEAD_SIZE = 16;
const GC_NEXT: typeof Layout.GC_NEXT = 0;
const GC_PREV: typeof Layout.GC_PREV = 8;
const NEXT_MASK_UNREACHABLE: typeof Layout.NEXT_MASK_UNREACHABLE = 1;
const OB_REFCNT: typeof Layout.OB_REFCNT = 0;
const OB_TYPE: typeof Layout.OB_TYPE = 8;
const PREV_FLAGS: typeof Layout.PREV_FLAGS = 3;
const PREV_MASK_COLLECTING: typeof Layout.PREV_MASK_COLLECTING = 2;
const PREV_MASK_FINALIZED: typeof Layout.PREV_MASK_FINALIZED = 1;
const PREV_SHIFT: typeof Layout.PREV_SHIFT = 2;
const TP_FLAGS: typeof Layout.TP_FLAGS = 28;
const TP_ID: typeof Layout.TP_ID = 24;
const TPFLAGS_HAS_IS_GC: typeof Layout.TPFLAGS_HAS_IS_GC = 0x8000;
const TPFLAGS_HAVE_GC: typeof Layout.TPFLAGS_HAVE_GC = 0x4000;

const REFS_ONE = 1 << PREV_SHIFT;
const LAZY_EVERY: typeof Slots.LAZY_EVERY = 1;
const REFS_NONE: typeof Slots.REFS_NONE = 0;
const REFS_MANAGED: typeof Slots.REFS_MANAGED = 3;

/** The visitors and list walks of one runtime's collections. */
export class Phases {
  private readonly rt: Runtime;
  /** The list move_unreachable appends rescued objects to. */
  private reachable = 0;
  /** The list visitMove moves objects to. */
  private moveTarget = 0;
  /** Survivors of the last moveUnreachable (relinked into `young`). */
  private survivors = 0;
  /**
   * Per tp_id, what moveUnreachable notes of a survivor for the untrack passes (LAZY_*), or
   * null when it notes nothing (handle_resurrected_objects' second pass).
   */
  private lazyKinds: Uint8Array | null = null;
  /** Surviving objects of types that untrack in every collection (tuples), in list order. */
  private readonly lazyEvery: number[] = [];
  /** Surviving objects of types that untrack in full collections only (dicts), in list order. */
  private readonly lazyFull: number[] = [];

  constructor(rt: Runtime) {
    this.rt = rt;
    this.visitFullDecref = makeVisitFullDecref(rt);
  }

  /** The heap memory the lists live in. */
  get mem(): Runtime['mem'] {
    return this.rt.mem;
  }

  /** True if `op` has a GC head and is part of the collection (COLLECTING set). */
  private collecting(op: Ptr): boolean {
    const u32 = this.rt.mem.u32;
    const flags = u32[(u32[(op + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2];
    if ((flags & TPFLAGS_HAVE_GC) === 0) return false;
    if ((flags & TPFLAGS_HAS_IS_GC) !== 0 && !this.rt.isGc(op)) return false;
    return (u32[(op - GC_HEAD_SIZE + GC_PREV) >>> 2] & PREV_MASK_COLLECTING) !== 0;
  }

  /** update_refs: gc_refs := ob_refcnt and COLLECTING set, for every object in `list`; returns their number. */
  updateRefs(list: Ptr): number {
    const u32 = this.rt.mem.u32;
    let n = 0;
    for (let g = u32[(list + GC_NEXT) >>> 2]; g !== list; g = u32[(g + GC_NEXT) >>> 2]) {
      n++;
      const refcnt = u32[(g + GC_HEAD_SIZE + OB_REFCNT) >>> 2];
      if (refcnt === 0 || refcnt > 0x3fffffff) {
        throw new Error(`gc: object at ${g + GC_HEAD_SIZE} in a generation has refcount ${refcnt | 0}`);
      }
      const p = (g + GC_PREV) >>> 2;
      u32[p] = ((u32[p] & PREV_MASK_FINALIZED) | PREV_MASK_COLLECTING | (refcnt << PREV_SHIFT)) >>> 0;
    }
    return n;
  }

  // visit_decref: one reference from inside the collected set.
  private readonly visitDecref: Visit = (child) => {
    const rt = this.rt;
    const u32 = rt.mem.u32;
    const flags = u32[(u32[(child + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2];
    if ((flags & TPFLAGS_HAVE_GC) === 0) return;
    if ((flags & TPFLAGS_HAS_IS_GC) !== 0 && !rt.isGc(child)) return;
    const p = (child - GC_HEAD_SIZE + GC_PREV) >>> 2;
    const prev = u32[p];
    if ((prev & PREV_MASK_COLLECTING) !== 0) u32[p] = prev - REFS_ONE;
  };

  /** The collector's per-tp_id reference layouts (TypeTable.refs). */
  private refsTable(): Int32Array {
    return this.rt.types.refs;
  }

  /** subtract_refs: gc_refs -= references from inside `list`; what is left comes from outside. */
  subtractRefs(list: Ptr): void {
    const rt = this.rt;
    const visit = this.visitDecref;
    const slotsById = rt.types.slots;
    const table = this.refsTable();
    const u32 = rt.mem.u32;
    for (let g = u32[(list + GC_NEXT) >>> 2]; g !== list; g = u32[(g + GC_NEXT) >>> 2]) {
      const op = g + GC_HEAD_SIZE;
      const id = u32[(u32[(op + OB_TYPE) >>> 2] + TP_ID) >>> 2];
      const kind = table[3 * id];
      if (kind !== REFS_NONE) {
        // Inline traverse of a list, tuple or instance: no call per reference.
        let at = refsFirst(rt.mem, table, id, op);
        const stop = refsStop();
        const step = refsStep(kind);
        // A run of references to one object repeats the first one's decrement (of the word
        // lastP, or of nothing: -1).
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
          const p = (child - GC_HEAD_SIZE + GC_PREV) >>> 2;
          const prev = u32[p];
          if ((prev & PREV_MASK_COLLECTING) !== 0) {
            u32[p] = prev - REFS_ONE;
            lastP = p;
          }
        }
        if (kind === REFS_MANAGED) visit(u32[(op + OB_TYPE) >>> 2] as Ptr);
      } else {
        const traverse = slotsById[id].traverse;
        if (traverse !== null) traverse(op as Ptr, visit);
      }
    }
  }

  // subtract_refs' visitor when update_refs is fused in (fullrefs.ts).
  private readonly visitFullDecref: Visit;

  // visit_reachable: `child` is reachable from a reachable object.
  private readonly visitReachable: Visit = (child) => {
    if (!this.collecting(child)) return;
    const u32 = this.rt.mem.u32;
    const g = child - GC_HEAD_SIZE;
    const next = u32[(g + GC_NEXT) >>> 2];
    if ((next & NEXT_MASK_UNREACHABLE) !== 0) {
      // Tentatively unreachable after all: unlink it by hand (the flags defeat the list
      // functions) and append it to `young`, where the scan will reach it again.
      const prev = (u32[(g + GC_PREV) >>> 2] & ~PREV_FLAGS) >>> 0;
      const nextG = (next & ~NEXT_MASK_UNREACHABLE) >>> 0;
      u32[(prev + GC_NEXT) >>> 2] = next;
      const np = (nextG + GC_PREV) >>> 2;
      u32[np] = ((u32[np] & PREV_FLAGS) | prev) >>> 0;
      gcListAppend(this.rt.mem, g as Ptr, this.reachable as Ptr);
      const p = (g + GC_PREV) >>> 2;
      u32[p] = ((u32[p] & PREV_FLAGS) | REFS_ONE) >>> 0;
    } else if (u32[(g + GC_PREV) >>> 2] >>> PREV_SHIFT === 0) {
      // Not scanned yet: tell moveUnreachable it is reachable.
      const p = (g + GC_PREV) >>> 2;
      u32[p] = ((u32[p] & PREV_FLAGS) | REFS_ONE) >>> 0;
    }
  };

  /**
   * move_unreachable: scans `young` front to back; objects with gc_refs > 0 are reachable
   * and make what they reach reachable; objects with gc_refs == 0 move, for now, to the
   * tail of `unreachable`, and come back if something scanned later reaches them.
   */
  moveUnreachable(young: Ptr, unreachable: Ptr): void {
    const rt = this.rt;
    this.reachable = young;
    const visit = this.visitReachable;
    const lazy = this.lazyKinds;
    const table = this.refsTable();
    let survivors = 0;
    let prev = young as number;
    let u32 = rt.mem.u32;
    let g = u32[(young + GC_NEXT) >>> 2];
    while (g !== young) {
      if (u32[(g + GC_PREV) >>> 2] >>> PREV_SHIFT !== 0) {
        const op = (g + GC_HEAD_SIZE) as Ptr;
        const id = u32[(u32[(op + OB_TYPE) >>> 2] + TP_ID) >>> 2];
        // Survivors are final here, in the order `young` will have: note the ones the
        // untrack passes will look at, so that those passes need not walk the list.
        if (lazy !== null && lazy[id] !== 0)
          (lazy[id] === LAZY_EVERY ? this.lazyEvery : this.lazyFull).push(op);
        const kind = table[3 * id];
        // visitReachable may change g's next when g is the tail: read it only afterwards.
        if (kind !== REFS_NONE) {
          let at = refsFirst(rt.mem, table, id, op);
          const stop = refsStop();
          const step = refsStep(kind);
          // visit_reachable is idempotent: once a child was visited, a run of further
          // references to it (`[x] * n`) changes nothing.
          let last = 0;
          for (; at !== stop; at += step) {
            const child = u32[at >>> 2];
            if (child === last) continue;
            last = child;
            const flags = u32[(u32[(child + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2];
            if ((flags & TPFLAGS_HAVE_GC) === 0) continue;
            if ((flags & TPFLAGS_HAS_IS_GC) === 0) {
              // visit_reachable without a call, but for the rescue from `unreachable`.
              const cp = (child - GC_HEAD_SIZE + GC_PREV) >>> 2;
              const childPrev = u32[cp];
              if ((childPrev & PREV_MASK_COLLECTING) === 0) continue;
              if ((u32[(child - GC_HEAD_SIZE + GC_NEXT) >>> 2] & NEXT_MASK_UNREACHABLE) === 0) {
                if (childPrev >>> PREV_SHIFT === 0) u32[cp] = ((childPrev & PREV_FLAGS) | REFS_ONE) >>> 0;
                continue;
              }
            }
            visit(child as Ptr);
          }
          if (kind === REFS_MANAGED) visit(u32[(op + OB_TYPE) >>> 2] as Ptr);
        } else {
          const traverse = rt.types.slots[id].traverse;
          if (traverse !== null) traverse(op, visit);
          u32 = rt.mem.u32; // a traverse slot is foreign code: take the view afresh
        }
        const p = (g + GC_PREV) >>> 2;
        u32[p] = ((u32[p] & PREV_MASK_FINALIZED) | prev) >>> 0; // relink, COLLECTING cleared
        prev = g;
        survivors++;
      } else {
        u32[(prev + GC_NEXT) >>> 2] = u32[(g + GC_NEXT) >>> 2];
        const last = u32[(unreachable + GC_PREV) >>> 2];
        u32[(last + GC_NEXT) >>> 2] = (NEXT_MASK_UNREACHABLE | g) >>> 0;
        const p = (g + GC_PREV) >>> 2;
        u32[p] = ((u32[p] & PREV_FLAGS) | last) >>> 0;
        u32[(g + GC_NEXT) >>> 2] = (NEXT_MASK_UNREACHABLE | unreachable) >>> 0;
        u32[(unreachable + GC_PREV) >>> 2] = g;
      }
      g = u32[(prev + GC_NEXT) >>> 2];
    }
    u32[(young + GC_PREV) >>> 2] = prev;
    u32[(unreachable + GC_NEXT) >>> 2] &= ~NEXT_MASK_UNREACHABLE;
    this.survivors = survivors;
  }

  /**
   * deduce_unreachable: splits `base` into what is reachable from outside and `unreachable`;
   * returns the objects examined. With `full` given (the main pass of a collection, not
   * handle_resurrected_objects'), it notes the survivors `untrackLazily` will look at.
   */
  deduceUnreachable(base: Ptr, unreachable: Ptr, full: boolean | null = null): number {
    this.lazyEvery.length = 0;
    this.lazyFull.length = 0;
    this.lazyKinds = full === null ? null : this.untrackKinds(full);
    let examined: number;
    if (full === true && gcListIsEmpty(this.rt.mem, this.rt.gc.permanent)) {
      // `base` holds every tracked object: one walk does both (see fullrefs.ts).
      examined = updateAndSubtractRefs(this.rt, this.refsTable(), this.visitFullDecref, base);
      if (this.rt.checker !== null) this.checkFullRefs(base);
    } else {
      examined = this.updateRefs(base);
      this.subtractRefs(base);
    }
    gcListInit(this.rt.mem, unreachable);
    try {
      this.moveUnreachable(base, unreachable);
    } finally {
      this.lazyKinds = null;
    }
    return examined;
  }

  // Checked mode: the two walks give the same gc_refs and flags as the fused one did.
  private checkFullRefs(base: Ptr): void {
    const u32 = this.rt.mem.u32;
    const fused: number[] = [];
    for (let g = u32[(base + GC_NEXT) >>> 2]; g !== base; g = u32[(g + GC_NEXT) >>> 2]) {
      fused.push(u32[(g + GC_PREV) >>> 2]);
    }
    this.updateRefs(base);
    this.subtractRefs(base);
    let i = 0;
    for (let g = u32[(base + GC_NEXT) >>> 2]; g !== base; g = u32[(g + GC_NEXT) >>> 2], i++) {
      if (fused[i] !== u32[(g + GC_PREV) >>> 2]) {
        throw new Error(
          `gc: object at ${g + GC_HEAD_SIZE}: fused refs walk gave ${fused[i]}, update+subtract ${u32[(g + GC_PREV) >>> 2]}`,
        );
      }
    }
  }

  /** Objects the last moveUnreachable left in `young`: gc_list_size(young) without a walk. */
  lastSurvivors(): number {
    return this.survivors;
  }

  /**
   * untrack_tuples (`full` false: every collection) or untrack_dicts (`full` true: full
   * collections only): asks each survivor of a lazily-untracked type, in list order,
   * whether it can leave the GC's lists; returns how many did. The survivors were noted by
   * the last deduceUnreachable (the same objects in the same order as a walk of `young`,
   * which nothing changed since but these passes, and untrack_dicts runs after
   * untrack_tuples has finished, as in CPython).
   */
  untrackLazily(full: boolean): number {
    const rt = this.rt;
    const all = rt.types.slots;
    const noted = full ? this.lazyFull : this.lazyEvery;
    let untracked = 0;
    for (let i = 0; i < noted.length; i++) {
      const op = noted[i] as Ptr;
      const u32 = rt.mem.u32;
      (all[u32[(u32[(op + OB_TYPE) >>> 2] + TP_ID) >>> 2]].maybeUntrack as (op: Ptr) => void)(op);
      if (rt.mem.u32[(op - GC_HEAD_SIZE + GC_NEXT) >>> 2] === 0) untracked++;
    }
    noted.length = 0;
    return untracked;
  }

  // Per type id: LAZY_EVERY for types whose maybeUntrack runs in every collection, LAZY_FULL
  // (in a full collection) for those that wait for full ones, else 0.
  private untrackKinds(full: boolean): Uint8Array {
    return full ? this.rt.types.lazyFull : this.rt.types.lazyYoung;
  }

  /**
   * move_legacy_finalizers: clears UNREACHABLE flags; objects with tp_del go to `finalizers`.
   * Of the others, returns how many finalize_garbage would call tp_finalize on, as things
   * stand (`toFinalize`), and how many handle_weakrefs would look at: weak references, or
   * objects that may be weakly referenced (`weakrefs`).
   */
  moveLegacyFinalizers(unreachable: Ptr, finalizers: Ptr): { toFinalize: number; weakrefs: number } {
    const rt = this.rt;
    const mem = rt.mem;
    let toFinalize = 0;
    let weakrefs = 0;
    let g = mem.u32[(unreachable + GC_NEXT) >>> 2];
    while (g !== unreachable) {
      const u32 = mem.u32;
      const next = (u32[(g + GC_NEXT) >>> 2] & ~NEXT_MASK_UNREACHABLE) >>> 0;
      u32[(g + GC_NEXT) >>> 2] = next;
      const type = u32[(g + GC_HEAD_SIZE + OB_TYPE) >>> 2];
      const slots = rt.types.slots[u32[(type + TP_ID) >>> 2]];
      if (slots.del !== null) {
        u32[(g + GC_PREV) >>> 2] &= ~PREV_MASK_COLLECTING;
        gcListMove(mem, g as Ptr, finalizers);
      } else {
        if (slots.finalize !== null && (u32[(g + GC_PREV) >>> 2] & PREV_MASK_FINALIZED) === 0) toFinalize++;
        if (slots.weaklistoffset !== 0 || (u32[(type + TP_FLAGS) >>> 2] & TPFLAGS_WEAKREF_SUBCLASS) !== 0) {
          weakrefs++;
        }
      }
      g = next;
    }
    return { toFinalize, weakrefs };
  }

  // visit_move: pulls a collected object into `moveTarget`.
  private readonly visitMove: Visit = (child) => {
    if (!this.collecting(child)) return;
    const g = (child - GC_HEAD_SIZE) as Ptr;
    gcListMove(this.rt.mem, g, this.moveTarget as Ptr);
    this.rt.mem.u32[(g + GC_PREV) >>> 2] &= ~PREV_MASK_COLLECTING;
  };

  /** move_legacy_finalizer_reachable: what legacy finalizers reach is uncollectable too. */
  moveLegacyFinalizerReachable(finalizers: Ptr): void {
    const rt = this.rt;
    this.moveTarget = finalizers;
    for (
      let g = rt.mem.u32[(finalizers + GC_NEXT) >>> 2];
      g !== finalizers;
      g = rt.mem.u32[(g + GC_NEXT) >>> 2]
    ) {
      const op = (g + GC_HEAD_SIZE) as Ptr;
      const traverse = rt.typeOf(op).traverse;
      if (traverse !== null) traverse(op, this.visitMove);
    }
  }

  /** gc_list_clear_collecting: clears COLLECTING on every object of `list`. */
  clearCollecting(list: Ptr): void {
    const u32 = this.rt.mem.u32;
    for (let g = u32[(list + GC_NEXT) >>> 2]; g !== list; g = u32[(g + GC_NEXT) >>> 2]) {
      u32[(g + GC_PREV) >>> 2] &= ~PREV_MASK_COLLECTING;
    }
  }

  /** clear_unreachable_mask: clears NEXT_MASK_UNREACHABLE on every object of `list`. */
  clearUnreachableMask(list: Ptr): void {
    const u32 = this.rt.mem.u32;
    let g = u32[(list + GC_NEXT) >>> 2];
    while (g !== list) {
      const next = (u32[(g + GC_NEXT) >>> 2] & ~NEXT_MASK_UNREACHABLE) >>> 0;
      u32[(g + GC_NEXT) >>> 2] = next;
      g = next;
    }
  }
}
