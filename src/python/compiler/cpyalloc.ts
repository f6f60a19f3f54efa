// The container allocations of CPython 3.11's compiler, as counts (no objects).
//
// What `python3 prog.py` allocates while it parses and compiles prog.py moves the
// collector's generation-0 count and the dict, list and tuple free lists before the
// program's first line runs, so a program's gc.get_count() and the moment its first
// automatic collection fires depend on them. CPython's rules, which this model follows:
//
// - An allocation of a dict, list or tuple of 1..20 items takes one from its free list
//   when there is one (the count does not move); otherwise the object is new and the
//   count goes up by one (_PyObject_GC_Link), and past the threshold (700) a collection
//   of generation 0 (or 1) runs (here: the counts move as collect_generations moves them).
// - Freeing one gives it back to its free list while the list is below its cap (80 dicts,
//   80 lists, 2000 tuples per size); otherwise PyObject_GC_Del lowers the count (never
//   below 0). Sets, set iterators and frozensets have no free list: +1, then -1.
// - The empty tuple is a singleton: making one allocates nothing.

/** Free-list caps of CPython 3.11 (PyDict_MAXFREELIST, PyList_MAXFREELIST, PyTuple_MAXFREELIST). */
const DICT_CAP = 80;
const LIST_CAP = 80;
const TUPLE_CAP = 2000;
/** Tuples of 1..TUPLE_SIZES items have free lists (PyTuple_MAXSAVESIZE). */
export const TUPLE_SIZES = 20;
/** Generation 0's and 1's thresholds (gc.get_threshold()). */
const THRESHOLD0 = 700;
const THRESHOLD1 = 10;

/** The collector's count and the container free lists, as the compiler moves them. */
export class AllocModel {
  /** Generation 0's count. */
  count: number;
  dicts: number;
  lists: number;
  /** tuples[n]: free tuples of n items (index 0 unused). */
  readonly tuples: number[];
  /** The counts of generations 1 and 2 (collections of the younger generation since theirs). */
  count1: number;
  count2: number;
  /** Collections of generations 0 and 1 the allocations would have started. */
  collections0 = 0;
  collections1 = 0;

  constructor(
    count: number,
    dicts: number,
    lists: number,
    tuples: readonly number[],
    older: readonly [number, number] = [0, 0],
  ) {
    this.count = count;
    this.count1 = older[0];
    this.count2 = older[1];
    this.dicts = dicts;
    this.lists = lists;
    this.tuples = [0, ...tuples];
  }

  private link(): void {
    this.count++;
    if (this.count <= THRESHOLD0) return;
    // collect_generations: generation 1 when its count is past its threshold, else 0.
    this.count = 0;
    if (this.count1 > THRESHOLD1) {
      this.count1 = 0;
      this.count2++;
      this.collections1++;
    } else {
      this.count1++;
      this.collections0++;
    }
  }

  private unlink(): void {
    if (this.count > 0) this.count--;
  }

  /** PyDict_New. */
  dictNew(): void {
    if (this.dicts > 0) this.dicts--;
    else this.link();
  }

  /** dict_dealloc. */
  dictFree(): void {
    if (this.dicts < DICT_CAP) this.dicts++;
    else this.unlink();
  }

  /** PyList_New. */
  listNew(): void {
    if (this.lists > 0) this.lists--;
    else this.link();
  }

  /** list_dealloc. */
  listFree(): void {
    if (this.lists < LIST_CAP) this.lists++;
    else this.unlink();
  }

  /** PyTuple_New(n) (and PyTuple_Pack, PyList_AsTuple). */
  tupleNew(n: number): void {
    if (n === 0) return;
    if (n <= TUPLE_SIZES && this.tuples[n] > 0) this.tuples[n]--;
    else this.link();
  }

  /** tupledealloc of an n-tuple. */
  tupleFree(n: number): void {
    if (n === 0) return;
    if (n <= TUPLE_SIZES && this.tuples[n] < TUPLE_CAP) this.tuples[n]++;
    else this.unlink();
  }

  /** A container without a free list (set, frozenset, set iterator, function). */
  otherNew(): void {
    this.link();
  }

  /** Its deallocation. */
  otherFree(): void {
    this.unlink();
  }

  /**
   * Replays recorded container events: O/o a container without a free list made/freed,
   * D/d a dict, L/l a list, Tn/tn an n-tuple (see vm/startupstate.ts for a recording).
   */
  replay(events: string): void {
    for (const e of events.split(' ')) {
      const n = e.length > 1 ? Number(e.slice(1)) : 0;
      switch (e[0]) {
        case 'O':
          this.otherNew();
          break;
        case 'o':
          this.otherFree();
          break;
        case 'D':
          this.dictNew();
          break;
        case 'd':
          this.dictFree();
          break;
        case 'L':
          this.listNew();
          break;
        case 'l':
          this.listFree();
          break;
        case 'T':
          this.tupleNew(n);
          break;
        case 't':
          this.tupleFree(n);
          break;
      }
    }
  }
}
