// list.sort() of a short list of exact one-digit ints or of exact floats, without a key:
// the comparisons are unsafe_long_compare / unsafe_float_compare, which no Python code can
// see, and a list shorter than 64 is one run (count_run, then binarysort; minrun is the
// length itself), so no merge memory is needed. This does the same comparisons in the
// same order as timsort.ts (NaNs end up where CPython puts them), on values read once
// into two scratch buffers instead of the typed arrays, MergeState and closures of the
// general path. sortSmallValues does the same for sortItems' short number runs (keys made
// by a key function, items riding along). Nothing here can run Python code, so the
// buffers are never in use twice.

import { OB_SIZE, OB_TYPE } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { FLOAT_FVAL } from './float.js';
import { LONG_DIGITS } from './int.js';
import { LIST_ITEMS } from './list.js';
import type { ObjectSpace } from './space.js';

/** The longest list this path sorts (below 64, timsort makes the whole list one run). */
const SMALL_SORT_MAX = 63;

const values = new Float64Array(SMALL_SORT_MAX);
const items = new Uint32Array(SMALL_SORT_MAX);

/**
 * Sorts the list `op` (2 ≤ size ≤ 63) in place if its items are all exact ints of at most
 * one digit or all exact floats, and returns true; returns false (nothing touched) otherwise.
 */
export function list_sortSmallNumbers(space: ObjectSpace, op: Ptr, reverse: boolean): boolean {
  const mem = space.rt.mem;
  const u32 = mem.u32;
  const i32 = mem.i32;
  const n = i32[(op + OB_SIZE) >>> 2];
  if (n < 2 || n > SMALL_SORT_MAX) return false;
  const base = u32[(op + LIST_ITEMS) >>> 2] >>> 2;
  const first = u32[base] as Ptr;
  const type = u32[(first + OB_TYPE) >>> 2] as Ptr;
  if (type === space.ints.type) {
    for (let i = 0; i < n; i++) {
      const x = u32[base + 2 * i];
      if (u32[(x + OB_TYPE) >>> 2] !== type) return false;
      const size = i32[(x + OB_SIZE) >>> 2];
      if (size > 1 || size < -1) return false;
      items[i] = x;
      values[i] = size === 0 ? 0 : size * u32[(x + LONG_DIGITS) >>> 2];
    }
  } else if (type === space.floats.type) {
    const f64 = mem.f64;
    for (let i = 0; i < n; i++) {
      const x = u32[base + 2 * i];
      if (u32[(x + OB_TYPE) >>> 2] !== type) return false;
      items[i] = x;
      values[i] = f64[(x + FLOAT_FVAL) >>> 3];
    }
  } else {
    return false;
  }
  // reverse=True: reverse first so that equal keys keep their order, and back at the end.
  if (reverse) reverseRun(n, items, null);
  sortRun(n, items, null);
  if (reverse) reverse3(items, null, 0, n);
  for (let i = 0; i < n; i++) u32[base + 2 * i] = items[i];
  return true;
}

/**
 * The sort of a short run (n < 64) whose sort keys are numbers: `value(sortKeys[i])` for
 * each i, compared with `<` only (no Python code), `sortKeys` and `riders` (the items when
 * a key function made the keys, else null) permuted alongside. The caller has reversed
 * them first for reverse=True, as sortItems does. Returns false (nothing touched) when n is
 * 64 or more.
 */
export function sortSmallValues(
  value: (op: Ptr) => number,
  sortKeys: Uint32Array,
  riders: Uint32Array | null,
  n: number,
): boolean {
  if (n > SMALL_SORT_MAX) return false;
  for (let i = 0; i < n; i++) values[i] = value(sortKeys[i] as Ptr);
  sortRun(n, sortKeys, riders);
  return true;
}

// timsort of values[0 .. n) for n < 64, `a` (and `b`) alongside: count_run (the natural run
// at 0, reversed if strictly descending), then binarysort(0, n, run).
function sortRun(n: number, a: Uint32Array, b: Uint32Array | null): void {
  let run = 1;
  if (values[1] < values[0]) {
    for (run = 2; run < n && values[run] < values[run - 1]; run++);
    reverseRun(run, a, b);
  } else {
    for (run = 2; run < n && !(values[run] < values[run - 1]); run++);
  }
  // Each further item goes after the last one not greater than it.
  for (let start = run; start < n; start++) {
    const pivot = values[start];
    const x = a[start];
    const y = b === null ? 0 : b[start];
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (pivot < values[p]) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) {
      values[p] = values[p - 1];
      a[p] = a[p - 1];
    }
    values[l] = pivot;
    a[l] = x;
    if (b !== null) {
      for (let p = start; p > l; p--) b[p] = b[p - 1];
      b[l] = y;
    }
  }
}

// reverse_slice of values[0 .. n), `a` and `b` alike.
function reverseRun(n: number, a: Uint32Array, b: Uint32Array | null): void {
  for (let lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
    const v = values[lo];
    values[lo] = values[hi];
    values[hi] = v;
  }
  reverse3(a, b, 0, n);
}

// reverse_slice of a[lo .. hi) and of b (when not null).
function reverse3(a: Uint32Array, b: Uint32Array | null, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const x = a[i];
    a[i] = a[j];
    a[j] = x;
    if (b !== null) {
      const y = b[i];
      b[i] = b[j];
      b[j] = y;
    }
  }
}
