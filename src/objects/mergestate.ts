// The state one list.sort carries between the pieces of CPython 3.11's timsort (MergeState
// in Objects/listobject.c), and the two galloping searches the merges are built on.
//
// Positions are indices into `keys` (ms->basekeys is index 0). `values`, when present, is
// moved exactly as `keys` is (a sortslice: keys[i] belongs with values[i]). `lt` is the
// `<` chosen by the pre-sort check (sortcompare.ts); it may raise, and it may be
// inconsistent, so nothing here assumes more of it than CPython does.
//
// Pending runs (ms->pending) are three parallel stacks:
//
//   runBase[i]   index of the run's first element
//   runLen[i]    its length
//   runPower[i]  its powersort "power" (the depth of the boundary between run i and i+1)
//
// with runBase[i] + runLen[i] === runBase[i + 1] for every i below the top.

/** What a sort permutes: a JS array, or a typed array (pointers, numbers). */
export interface SortArray<T> {
  [i: number]: T;
  readonly length: number;
  slice(start?: number, end?: number): SortArray<T>;
}

// The temp arrays of a MergeState before its first merge.
const NO_ITEMS: SortArray<number> = Object.freeze([]) as unknown as SortArray<number>;

/** MIN_GALLOP: how many wins in a row send a merge into galloping mode. */
export const MIN_GALLOP = 7;

/** The state of one sort: what is sorted, how to compare, the temp array and the run stack. */
export class MergeState<K> {
  /** ms->min_gallop: the current threshold, adapted by the merges. */
  minGallop = MIN_GALLOP;
  /** ms->a: temp storage for the smaller run of a merge (keys and, when present, values). */
  tempKeys: SortArray<K>;
  tempValues: SortArray<number>;
  /** The pending-runs stack (ms->pending) and its height (ms->n). */
  runBase: number[] = [];
  runLen: number[] = [];
  runPower: number[] = [];
  n = 0;
  /** count_run's *descending. */
  descending = false;

  constructor(
    /** The keys being sorted, in place. */
    readonly keys: SortArray<K>,
    /** Values moved with the keys, or null when the keys are the values. */
    readonly values: SortArray<number> | null,
    /** `a < b` between keys (ISLT). */
    readonly lt: (a: K, b: K) => boolean,
  ) {
    // No temp storage until a merge asks (getmem): a short sort never merges, and a typed
    // array's slice() costs more than sorting a few items.
    this.tempKeys = NO_ITEMS as SortArray<K>;
    this.tempValues = NO_ITEMS;
  }

  /** ms->listlen. */
  get listlen(): number {
    return this.keys.length;
  }

  /** merge_getmem: makes the temp arrays hold at least `need` entries (their content is junk). */
  getmem(need: number): void {
    if (need <= this.tempKeys.length) return;
    this.tempKeys = this.keys.slice(0, need);
    if (this.values !== null) this.tempValues = this.values.slice(0, need);
  }
}

/**
 * gallop_left: where `key` goes in the sorted `a[base .. base+n)`, left of any equal
 * elements: the k in 0..n with a[base+k-1] < key <= a[base+k]. The search starts at
 * `hint` (0 <= hint < n), probing 1, 3, 7, 15 … away from it, then bisects.
 */
export function gallop_left<K>(
  lt: (a: K, b: K) => boolean,
  key: K,
  a: SortArray<K>,
  base: number,
  n: number,
  hint: number,
): number {
  const at = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[at], key)) {
    // a[hint] < key: step right until a[hint+lastofs] < key <= a[hint+ofs].
    const maxofs = n - hint;
    while (ofs < maxofs && lt(a[at + ofs], key)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: step left until a[hint-ofs] < key <= a[hint-lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs && !lt(a[at - ofs], key)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const right = hint - lastofs;
    lastofs = hint - ofs;
    ofs = right;
  }
  // Now a[lastofs] < key <= a[ofs] (a[-1] = −∞, a[n] = +∞): bisect the gap.
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/**
 * gallop_right: as gallop_left, but right of any elements equal to `key`: the k in 0..n
 * with a[base+k-1] <= key < a[base+k].
 */
export function gallop_right<K>(
  lt: (a: K, b: K) => boolean,
  key: K,
  a: SortArray<K>,
  base: number,
  n: number,
  hint: number,
): number {
  const at = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[at])) {
    // key < a[hint]: step left until a[hint-ofs] <= key < a[hint-lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs && lt(key, a[at - ofs])) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const right = hint - lastofs;
    lastofs = hint - ofs;
    ofs = right;
  } else {
    // a[hint] <= key: step right until a[hint+lastofs] <= key < a[hint+ofs].
    const maxofs = n - hint;
    while (ofs < maxofs && !lt(key, a[at + ofs])) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  // Now a[lastofs] <= key < a[ofs]: bisect the gap.
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}
