// CPython's startup, as the collector sees it when a program's first line runs.
//
// Before python3 (3.11.7, with this machine's site imports) runs __main__, its startup has
// made some 11,000 container objects and run 22 collections of generation 0 and 2 of
// generation 1 (none of generation 2): gc.get_count() reads (221 + what compiling the
// program and importing gc allocated, 0, 2), gc.get_stats() shows those collections, and the ~10,900 objects
// the two generation-1 collections promoted wait in generation 2 (long_lived_pending). After
// the first full collection generation 2 holds ~11,094 objects (long_lived_total).
//
// pymm's own startup makes a few hundred objects, so the thresholds and the 25 % rule of
// generation 2 would fire on other allocations than CPython's. runMain therefore starts a
// program from CPython's numbers: the counts, the statistics and the pending survivors above,
// and (GcState.startupLongLived) as many phantom long-lived objects as CPython has beyond
// pymm's, which every full collection counts as survivors. Only gc.get_objects() and
// gc.get_referrers() still show pymm's own, smaller startup. The count of generation 0 and
// the free lists depend on what compiling the program allocates: a model of CPython 3.11's
// compiler computes them from the tree (compiler/cpywalk.ts).

import { collectMain, gcListSize, NUM_GENERATIONS, Phases } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  clearFreeLists,
  freeKeysObject,
  newKeysObject,
  PYDICT_LOG_MINSIZE,
  trimFreeLists,
} from '../../objects/index.js';
import { CPYTHON_COMPILE_START, cpythonCompileAllocs, type Node } from '../compiler/index.js';
import type { Interpreter } from './interp.js';

/** gc.get_stats() when python3 starts reading a program. */
const STARTUP_STATS = [
  { collections: 22, collected: 43, uncollectable: 0 },
  { collections: 2, collected: 92, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];
/**
 * What python3 allocates and frees from PyEval_EvalCode until the first line's
 * `gc.get_count()` in `import gc; print(gc.get_count())`: the module's function and the
 * import of gc (importlib's _find_and_load, the module and its 18 methods …), recorded with
 * gdb (breakpoints on tuple_alloc, new_dict, PyList_New and the three deallocators, on
 * _PyObject_GC_Link and PyObject_GC_Del). pymm counts it here, replayed against the free
 * lists compiling left, rather than in its own `import gc`: with free dicts, lists and
 * tuples to spare the import costs 21, with none of some size 22 or more.
 */
const RUN_START =
  'O T1 O t1 O O T1 O O O t1 o o T1 O O O t1 T1 O T2 O t2 o O O o T3 t3 o o T3 t3 O O O O o O O D D ' +
  'T1 t1 T1 t1 o d O o d o o O O O o O o O o O o T2 D O T2 L t2 t2 d o o o o D T1 D T2 t2 O D O O O ' +
  'O O O O O O O O O O O O O O O d t1 d T3 t3 T1 O t1 o T1 O t1 o D T1 D d t1 d T2 t2 D T3 O O o T3 ' +
  't3 o t3 d o t1 o o o o o o';
/**
 * Free 8-slot str-keyed dict keys objects (keys_numfree) when python3 starts running a
 * program: 71 after its startup, read with gdb; compiling a program leaves it unchanged.
 */
const STARTUP_FREE_KEYS = 71;
/** Free floats when python3 starts running a program (sys._debugmallocstats()). */
const STARTUP_FREE_FLOATS = 4;
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

/**
 * After the program is compiled: the counts, statistics and free lists python3 has when the
 * program's first line runs, from what CPython 3.11's compiler allocates for this tree
 * (see compiler/cpywalk.ts). The free lists are made exactly that long, so that the
 * program's first `[]`, `{}` or argument tuple reuses one (or not) as in python3.
 */
export function applyStartupState(interp: Interpreter, tree: Node): void {
  const gc = interp.space.rt.gc;
  const model = cpythonCompileAllocs(tree, CPYTHON_COMPILE_START);
  model.replay(RUN_START);
  clearFreeLists(interp.space);
  topUpFreeLists(interp, {
    dicts: model.dicts,
    keys: STARTUP_FREE_KEYS,
    floats: STARTUP_FREE_FLOATS,
    lists: model.lists,
    tuples: model.tuples.slice(1),
  });
  // python3's startup leaves a slice in the slice cache.
  if (interp.sliceCache === NULL) interp.decref(interp.n.slice(interp.none, interp.none, interp.none));
  gc.count[0] = model.count;
  gc.count[1] = model.count1;
  gc.count[2] = model.count2;
  STARTUP_STATS.forEach((s, i) => {
    Object.assign(gc.stats[i], s);
  });
  gc.stats[0].collections += model.collections0;
  gc.stats[1].collections += model.collections1;
  gc.longLivedPending = STARTUP_GENERATION2;
  gc.longLivedTotal = 0;
}

/** How many objects wait on the dict, dict keys, float, list and tuple (by size 1 …) free lists. */
export interface FreeListLengths {
  dicts: number;
  keys: number;
  floats: number;
  lists: number;
  tuples: number[];
}

/** The lengths of the free lists now. */
export function freeListLengths(interp: Interpreter): FreeListLengths {
  const space = interp.space;
  return {
    dicts: space.dicts.freeList.length,
    keys: space.dicts.keysFreeList.length,
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
    // Keys objects are not objects: made and given back here, not through `made`.
    const space = interp.space;
    if (have.keys < want.keys) {
      const keys: Ptr[] = [];
      for (let i = 0; i < want.keys; i++) keys.push(newKeysObject(space, PYDICT_LOG_MINSIZE, true));
      for (const dk of keys) freeKeysObject(space, dk);
    }
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

/**
 * Leaves each free list exactly `want` long: topped up, then its extra (most recently saved)
 * entries freed. Importing a module python3 has loaded at startup allocates nothing there.
 */
export function restoreFreeLists(interp: Interpreter, want: FreeListLengths): void {
  topUpFreeLists(interp, want);
  const gc = interp.space.rt.gc;
  const count0 = gc.count[0];
  trimFreeLists(interp.space, want);
  gc.count[0] = count0;
}
