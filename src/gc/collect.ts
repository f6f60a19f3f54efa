// One collection, phase by phase: CPython 3.11's gc_collect_main(), and the functions
// around it that decide when to collect and who is told.

import type { Ptr } from '../heap/index.js';
import { now } from './clock.js';
import type * as Layout from './layout.js';
import { gcListInit, gcListIsEmpty, gcListMerge, gcListMove, gcListSize } from './lists.js';
import type { Phases } from './phases.js';
import type { Runtime } from './runtime.js';
import {
  DEBUG_COLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  NUM_GENERATIONS,
} from './state.js';
import { handleWeakrefs } from './weakref.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const GC_HEAD_SIZE: typeof Layout.GC_HEAD_SIZE = 16;
const GC_NEXT: typeof Layout.GC_NEXT = 0;
const GC_PREV: typeof Layout.GC_PREV = 8;
const NEXT_MASK_UNREACHABLE: typeof Layout.NEXT_MASK_UNREACHABLE = 1;
const PREV_MASK_COLLECTING: typeof Layout.PREV_MASK_COLLECTING = 2;
const PREV_MASK_FINALIZED: typeof Layout.PREV_MASK_FINALIZED = 1;

/** What one collection found. */
export interface CollectResult {
  /** Objects freed (m in gcmodule.c): torn down by deleteGarbage, or dead weakrefs. */
  collected: number;
  /** Objects found uncollectable (n): reachable only from legacy finalizers. */
  uncollectable: number;
  /** Objects in the generations examined. */
  examined: number;
}

/** gc_collect_main: collects `generation` and every younger one. */
export function collectMain(rt: Runtime, phases: Phases, generation: number): CollectResult {
  const gc = rt.gc;
  const mem = rt.mem;
  const debug = gc.debug;
  const t1 = debug & DEBUG_STATS ? startStats(rt, generation) : 0;
  const unreachable = rt.scratch;
  const finalizers = (rt.scratch + 16) as Ptr;
  const wrcbToCall = (rt.scratch + 32) as Ptr;
  const finalUnreachable = (rt.scratch + 48) as Ptr;

  updateCounters(rt, generation);
  const young = mergeYoungerGenerations(rt, generation);
  const old = generation < NUM_GENERATIONS - 1 ? gc.generations[generation + 1] : young;

  const examined = phases.deduceUnreachable(young, unreachable, young === old);
  // gc_list_size(young) below, without walking the survivors once more: what
  // move_unreachable left there, less what the untrack passes took off the list.
  let survivors = phases.lastSurvivors();
  const unreachableCount = examined - survivors;
  if (rt.checker !== null && examined - survivors !== unreachableSize(rt, unreachable)) {
    throw new Error(
      `gc: ${examined - survivors} unreachable counted, ${unreachableSize(rt, unreachable)} in the list`,
    );
  }
  survivors -= phases.untrackLazily(false); //                      untrack_tuples
  if (young === old) survivors -= phases.untrackLazily(true); // untrack_dicts
  // INVARIANT: `survivors` is the length of `young` now (checked in checked mode).
  if (rt.checker !== null && survivors !== gcListSize(mem, young)) {
    throw new Error(`gc: ${survivors} survivors counted, ${gcListSize(mem, young)} in the list`);
  }
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gc.longLivedPending += survivors;
    gcListMerge(mem, young, old);
  } else {
    gc.longLivedPending = 0;
    gc.longLivedTotal = survivors + gc.startupLongLived;
  }

  gcListInit(mem, finalizers);
  const legacy = phases.moveLegacyFinalizers(unreachable, finalizers);
  phases.moveLegacyFinalizerReachable(finalizers);
  if (debug & DEBUG_COLLECTABLE) debugCycle(rt, 'collectable', unreachable);
  const uncollectableNow = gcListSize(mem, finalizers);

  // With no weak reference and nothing weakly referenceable in the garbage, handle_weakrefs
  // would walk the list and do nothing.
  const weakrefs =
    legacy.weakrefs === 0 ? { freed: 0, called: 0 } : handleWeakrefs(rt, unreachable, old, wrcbToCall);
  let m = weakrefs.freed;
  // Without weakref callbacks no code has run since move_legacy_finalizers counted what
  // finalize_garbage would finalize; with nothing to finalize it would only move every
  // object to a list and back.
  const finalized = weakrefs.called === 0 && legacy.toFinalize === 0 ? 0 : finalizeGarbage(rt, unreachable);
  if (weakrefs.called === 0 && finalized === 0) {
    // No callback and no finalizer ran: nothing outside the collector has run since
    // move_unreachable, so no refcount of the garbage changed and nothing was resurrected.
    // handle_resurrected_objects would find every object still unreachable, in the same
    // order and with the same flags (COLLECTING set, pointers valid, no UNREACHABLE mark):
    // its result is had without its five walks, and its size is known.
    gcListInit(mem, finalUnreachable);
    gcListMerge(mem, unreachable, finalUnreachable);
    const size = unreachableCount - uncollectableNow;
    if (rt.checker !== null && size !== gcListSize(mem, finalUnreachable)) {
      throw new Error(
        `gc: ${size} still unreachable counted, ${gcListSize(mem, finalUnreachable)} in the list`,
      );
    }
    m += size;
  } else {
    handleResurrectedObjects(phases, unreachable, finalUnreachable, old);
    m += gcListSize(mem, finalUnreachable);
  }
  deleteGarbage(rt, finalUnreachable, old);

  // Counted after delete_garbage, as CPython does: tp_clear may have freed some of them.
  const n = gcListSize(mem, finalizers);
  if (debug & DEBUG_UNCOLLECTABLE) debugCycle(rt, 'uncollectable', finalizers);
  if (debug & DEBUG_STATS) {
    const elapsed = (now() - t1) / 1000;
    rt.hooks.debugLine(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${elapsed.toFixed(4)}s elapsed`);
  }
  handleLegacyFinalizers(rt, finalizers, old);
  if (generation === NUM_GENERATIONS - 1) rt.hooks.clearFreeLists();

  const stats = gc.stats[generation];
  stats.collections++;
  stats.collected += m;
  stats.uncollectable += n;
  return { collected: m, uncollectable: n, examined };
}

// gc_list_size of `unreachable` while its next words still carry NEXT_MASK_UNREACHABLE
// (checked mode's cross-check of the count move_unreachable keeps).
function unreachableSize(rt: Runtime, unreachable: Ptr): number {
  const u32 = rt.mem.u32;
  let n = 0;
  for (
    let g = u32[(unreachable + GC_NEXT) >>> 2];
    g !== unreachable;
    g = (u32[(g + GC_NEXT) >>> 2] & ~NEXT_MASK_UNREACHABLE) >>> 0
  ) {
    n++;
  }
  return n;
}

// The DEBUG_STATS header, printed before anything moves.
function startStats(rt: Runtime, generation: number): number {
  const mem = rt.mem;
  const sizes = rt.gc.generations.map((head) => ` ${gcListSize(mem, head)}`).join('');
  rt.hooks.debugLine(`gc: collecting generation ${generation}...`);
  rt.hooks.debugLine(`gc: objects in each generation:${sizes}`);
  rt.hooks.debugLine(`gc: objects in permanent generation: ${gcListSize(mem, rt.gc.permanent)}`);
  return now();
}

// The next older generation counts one more collection; the collected ones restart at 0.
function updateCounters(rt: Runtime, generation: number): void {
  const count = rt.gc.count;
  if (generation + 1 < NUM_GENERATIONS) count[generation + 1]++;
  for (let i = 0; i <= generation; i++) count[i] = 0;
}

// Generation 0, then 1, each appended to the tail of the collected generation.
function mergeYoungerGenerations(rt: Runtime, generation: number): Ptr {
  const young = rt.gc.generations[generation];
  for (let i = 0; i < generation; i++) gcListMerge(rt.mem, rt.gc.generations[i], young);
  return young;
}

// debug_cycle: one `gc: <msg> <TYPE 0xADDR>` line per object of `list`.
function debugCycle(rt: Runtime, msg: string, list: Ptr): void {
  const mem = rt.mem;
  for (let g = mem.u32[(list + GC_NEXT) >>> 2]; g !== list; g = mem.u32[(g + GC_NEXT) >>> 2]) {
    const op = (g + GC_HEAD_SIZE) as Ptr;
    rt.hooks.debugLine(`gc: ${msg} <${rt.typeOf(op).name} 0x${op.toString(16)}>`);
  }
}

/**
 * finalize_garbage: calls tp_finalize (Python's `__del__`) once on every object of
 * `collectable` not finalized before, in list order, marking it FINALIZED first. Objects
 * may die or be resurrected meanwhile; each is first moved to `seen`. Returns how many
 * finalizers were called.
 */
export function finalizeGarbage(rt: Runtime, collectable: Ptr): number {
  const mem = rt.mem;
  const seen = (rt.scratch + 64) as Ptr;
  gcListInit(mem, seen);
  let called = 0;
  while (!gcListIsEmpty(mem, collectable)) {
    const g = mem.u32[(collectable + GC_NEXT) >>> 2] as Ptr;
    const op = (g + GC_HEAD_SIZE) as Ptr;
    gcListMove(mem, g, seen);
    const finalize = rt.typeOf(op).finalize;
    if ((mem.u32[(g + GC_PREV) >>> 2] & PREV_MASK_FINALIZED) === 0 && finalize !== null) {
      mem.u32[(g + GC_PREV) >>> 2] |= PREV_MASK_FINALIZED;
      called++;
      rt.incref(op);
      try {
        finalize(op);
      } catch (error) {
        rt.hooks.unraisable(error, 'in tp_finalize', op);
      }
      rt.decref(op);
    }
  }
  gcListMerge(mem, seen, collectable);
  return called;
}

/**
 * handle_resurrected_objects: finds again which objects of `unreachable` are still
 * unreachable after the finalizers ran; the resurrected ones (and all they reach) join
 * `old`, the rest go to `stillUnreachable`.
 */
export function handleResurrectedObjects(
  phases: Phases,
  unreachable: Ptr,
  stillUnreachable: Ptr,
  old: Ptr,
): void {
  phases.clearCollecting(unreachable);
  phases.deduceUnreachable(unreachable, stillUnreachable);
  phases.clearUnreachableMask(stillUnreachable);
  gcListMerge(phases.mem, unreachable, old);
}

/**
 * delete_garbage: breaks the cycles by calling tp_clear on each object in turn (or, with
 * DEBUG_SAVEALL, appends it to gc.garbage). Objects that survive move to `old`.
 */
export function deleteGarbage(rt: Runtime, collectable: Ptr, old: Ptr): void {
  const mem = rt.mem;
  const saveAll = (rt.gc.debug & DEBUG_SAVEALL) !== 0;
  while (!gcListIsEmpty(mem, collectable)) {
    const g = mem.u32[(collectable + GC_NEXT) >>> 2] as Ptr;
    const op = (g + GC_HEAD_SIZE) as Ptr;
    if (saveAll) {
      rt.hooks.appendGarbage(op);
    } else {
      const clear = rt.typeOf(op).clear;
      if (clear !== null) {
        rt.incref(op);
        try {
          clear(op);
        } catch (error) {
          rt.hooks.unraisable(error, `in tp_clear of ${rt.typeOf(op).name}`, op);
        }
        rt.decref(op);
      }
    }
    if (mem.u32[(collectable + GC_NEXT) >>> 2] === g) {
      mem.u32[(g + GC_PREV) >>> 2] &= ~PREV_MASK_COLLECTING;
      gcListMove(mem, g, old);
    }
  }
}

// handle_legacy_finalizers: uncollectable objects with tp_del (all of them under
// DEBUG_SAVEALL) go to gc.garbage; the list joins `old`.
function handleLegacyFinalizers(rt: Runtime, finalizers: Ptr, old: Ptr): void {
  const mem = rt.mem;
  const saveAll = (rt.gc.debug & DEBUG_SAVEALL) !== 0;
  for (let g = mem.u32[(finalizers + GC_NEXT) >>> 2]; g !== finalizers; g = mem.u32[(g + GC_NEXT) >>> 2]) {
    const op = (g + GC_HEAD_SIZE) as Ptr;
    if (saveAll || rt.typeOf(op).del !== null) rt.hooks.appendGarbage(op);
  }
  gcListMerge(mem, finalizers, old);
}
