// CPython's startup, as the collector sees it when a program's first line runs.
//
// Before python3 (3.11.7, with this machine's site imports) runs __main__, its startup has
// made some 11,000 container objects and run 22 collections of generation 0 and 2 of
// generation 1 (none of generation 2): gc.get_count() reads (248 + what compiling the
// program allocated, 0, 2), gc.get_stats() shows those collections, and the ~10,900 objects
// the two generation-1 collections promoted wait in generation 2 (long_lived_pending). After
// the first full collection generation 2 holds ~11,094 objects (long_lived_total).
//
// pymm's own startup makes a few hundred objects, so the thresholds and the 25 % rule of
// generation 2 would fire on other allocations than CPython's. runMain therefore starts a
// program from CPython's numbers: the counts, the statistics and the pending survivors above,
// and (GcState.startupLongLived) as many phantom long-lived objects as CPython has beyond
// pymm's, which every full collection counts as survivors. Only gc.get_objects() and
// gc.get_referrers() still show pymm's own, smaller startup. The count of generation 0
// depends on what compiling the program allocates; pymm estimates it (see below).

import { collectMain, gcListSize, NUM_GENERATIONS, Phases } from '../../gc/index.js';
import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from './interp.js';

/** gc.get_stats() when python3 starts running a small program. */
const STARTUP_STATS = [
  { collections: 22, collected: 43, uncollectable: 0 },
  { collections: 2, collected: 92, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];
/** gc.get_count() when python3 starts running a program of one code object. */
const STARTUP_COUNT = [248, 0, 2];
/** What each further code object's compilation adds to generation 0's count (measured mean). */
const COUNT_PER_CODE_OBJECT = 10;
/** len(gc.get_objects(2)) when python3 starts running a program (long_lived_pending). */
const STARTUP_GENERATION2 = 10919;
/** Objects in generation 2 after python3's first full collection in a small program. */
const STARTUP_LONG_LIVED = 11094;

/**
 * Before the program is compiled: a full collection of pymm's startup objects (untracking
 * what CPython's collections would), to learn how many long-lived objects pymm lacks.
 */
export function settleStartupHeap(interp: Interpreter): void {
  const rt = interp.space.rt;
  const gc = rt.gc;
  collectMain(rt, new Phases(rt), NUM_GENERATIONS - 1);
  const own = gcListSize(rt.mem, gc.generations[NUM_GENERATIONS - 1]);
  gc.startupLongLived = Math.max(0, STARTUP_LONG_LIVED - own);
}

/** The free lists when python3 starts running a program (sys._debugmallocstats()). */
const STARTUP_FREE_DICTS = 8;
const STARTUP_FREE_FLOATS = 4;
const STARTUP_FREE_LISTS = 40;
/** Free tuples of sizes 1 … 20. */
const STARTUP_FREE_TUPLES = [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6];

/**
 * After the program is compiled (`codeObjects` of them): CPython's free lists (made and
 * freed here, so that the program's first `[]`, `{}` or argument tuple reuses one as in
 * python3), then its counts and statistics.
 */
export function applyStartupState(interp: Interpreter, codeObjects: number): void {
  const gc = interp.space.rt.gc;
  topUpFreeLists(interp, {
    dicts: STARTUP_FREE_DICTS,
    floats: STARTUP_FREE_FLOATS,
    lists: STARTUP_FREE_LISTS,
    tuples: STARTUP_FREE_TUPLES,
  });
  gc.count[0] = STARTUP_COUNT[0] + COUNT_PER_CODE_OBJECT * Math.max(0, codeObjects - 1);
  gc.count[1] = STARTUP_COUNT[1];
  gc.count[2] = STARTUP_COUNT[2];
  STARTUP_STATS.forEach((s, i) => {
    Object.assign(gc.stats[i], s);
  });
  gc.longLivedPending = STARTUP_GENERATION2;
  gc.longLivedTotal = 0;
}

/** How many objects wait on the dict, float, list and tuple (by size 1 …) free lists. */
export interface FreeListLengths {
  dicts: number;
  floats: number;
  lists: number;
  tuples: number[];
}

/** The lengths of the free lists now. */
export function freeListLengths(interp: Interpreter): FreeListLengths {
  const space = interp.space;
  return {
    dicts: space.dicts.freeList.length,
    floats: space.floats.numfree,
    lists: space.lists.freeList.length,
    tuples: space.tuples.numFree.slice(),
  };
}

/**
 * Makes and frees objects until each free list is at least `want` long (the allocations
 * are not counted in generation 0).
 */
export function topUpFreeLists(interp: Interpreter, want: FreeListLengths): void {
  const n = interp.n;
  const gc = interp.space.rt.gc;
  const have = freeListLengths(interp);
  const count0 = gc.count[0];
  const collecting = gc.collecting;
  gc.collecting = true; // no automatic collection in here
  const made: Ptr[] = [];
  try {
    // Making `want` objects drains the list first, then freeing them all leaves `want`.
    const make = (haveN: number, wantN: number, alloc: () => Ptr) => {
      if (haveN < wantN) for (let i = 0; i < wantN; i++) made.push(alloc());
    };
    make(have.dicts, want.dicts, () => n.dict());
    make(have.floats, want.floats, () => n.float(0.5));
    make(have.lists, want.lists, () => n.list([]));
    want.tuples.forEach((count, i) => {
      make(have.tuples[i], count, () =>
        n.tuple(Array.from({ length: i + 1 }, () => interp.ref(interp.none))),
      );
    });
  } finally {
    for (const op of made) interp.decref(op);
    gc.collecting = collecting;
    gc.count[0] = count0;
  }
}
