// The collector's state: CPython 3.11's `struct _gc_runtime_state`, one per runtime.

import type { Ptr } from '../heap/index.js';

/** Number of generations (NUM_GENERATIONS). */
export const NUM_GENERATIONS = 3;

/** gc.DEBUG_STATS: print statistics during collection. */
export const DEBUG_STATS = 1;
/** gc.DEBUG_COLLECTABLE: print collectable objects found. */
export const DEBUG_COLLECTABLE = 2;
/** gc.DEBUG_UNCOLLECTABLE: print unreachable but uncollectable objects found. */
export const DEBUG_UNCOLLECTABLE = 4;
/** gc.DEBUG_SAVEALL: save objects to gc.garbage rather than freeing them. */
export const DEBUG_SAVEALL = 32;
/** gc.DEBUG_LEAK: COLLECTABLE | UNCOLLECTABLE | SAVEALL. */
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/** One entry of gc.get_stats(). */
export interface GenerationStats {
  /** Collections of this generation so far. */
  collections: number;
  /** Objects collected by those collections. */
  collected: number;
  /** Objects found uncollectable by those collections. */
  uncollectable: number;
}

/** The info gc.callbacks receive. */
export interface CollectionInfo {
  /** The generation being collected. */
  generation: number;
  /** Objects collected ("stop" only; 0 at "start"). */
  collected: number;
  /** Objects found uncollectable ("stop" only; 0 at "start"). */
  uncollectable: number;
}

/** A gc callback: called with "start" before and "stop" after every collection. */
export type GcCallback = (phase: 'start' | 'stop', info: CollectionInfo) => void;

/** The per-runtime collector state. */
export class GcState {
  /** gc.isenabled(): automatic collection allowed. */
  enabled = true;
  /** gc.get_debug() flags. */
  debug = 0;
  /** A collection is running (re-entrant collections return 0). */
  collecting = false;
  /** List heads of generations 0, 1, 2 (in the heap). */
  readonly generations: Ptr[];
  /** List head of the permanent generation (gc.freeze()). */
  readonly permanent: Ptr;
  /** gc.get_threshold(). */
  readonly threshold = [700, 10, 10];
  /** gc.get_count(). */
  readonly count = [0, 0, 0];
  /** gc.get_stats(). */
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({
    collections: 0,
    collected: 0,
    uncollectable: 0,
  }));
  /** Survivors of the last full collection. */
  longLivedTotal = 0;
  /** Survivors of generation-1 collections since the last full collection. */
  longLivedPending = 0;
  /**
   * Objects of CPython's own startup (modules, functions, classes of its site imports) that
   * a pymm heap does not hold: they count among the survivors of every full collection
   * (long_lived_total), so the 25 % rule for generation 2 sees CPython's numbers. They are
   * frozen by gc.freeze() (`startupFrozen`) and back with gc.unfreeze(). 0 unless set.
   */
  startupLongLived = 0;
  /** startupLongLived while gc.freeze() holds them. */
  startupFrozen = 0;
  /** gc.callbacks. */
  readonly callbacks: GcCallback[] = [];

  /** Makes the state with its list heads at `heads` (7 heads of 16 bytes, see Runtime). */
  constructor(heads: Ptr) {
    this.generations = [heads, (heads + 16) as Ptr, (heads + 32) as Ptr];
    this.permanent = (heads + 48) as Ptr;
  }
}
