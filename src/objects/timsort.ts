// CPython 3.11's listsort, the part that walks the array: find natural runs, reverse the
// strictly descending ones, extend short ones to minrun by binary insertion, and merge
// pending runs by the powersort rule, then everything that is left (listobject.c,
// listsort.txt). The merges themselves are in mergeruns.ts.
//
//   timsort(ms)
//     minrun = merge_compute_minrun(n)
//     repeat until the array is consumed:
//       n = count_run(…)              the natural run at `lo` (reversed if descending)
//       binarysort(…)                 if shorter than minrun, grown to min(minrun, rest)
//       found_new_run(ms, n)          merges runs deeper than the new boundary
//       push the run
//     merge_force_collapse(ms)
//
// Every comparison goes through ms.lt, in CPython's order. When one raises, the exception
// leaves timsort with the array holding some permutation of its keys (values alongside),
// the same one CPython leaves.

import { merge_at } from './mergeruns.js';
import type { MergeState, SortArray } from './mergestate.js';

/** Sorts ms.keys (and ms.values with them) stably, in place. */
export function timsort<K>(ms: MergeState<K>): void {
  let remaining = ms.listlen;
  if (remaining < 2) return;
  const minrun = merge_compute_minrun(remaining);
  let lo = 0;
  do {
    let n = count_run(ms, lo, lo + remaining);
    if (ms.descending) reverse_sortslice(ms, lo, lo + n);
    if (n < minrun) {
      const force = Math.min(remaining, minrun);
      binarysort(ms, lo, lo + force, lo + n);
      n = force;
    }
    found_new_run(ms, n);
    ms.runBase[ms.n] = lo;
    ms.runLen[ms.n] = n;
    ms.n++;
    lo += n;
    remaining -= n;
  } while (remaining > 0);
  merge_force_collapse(ms);
}

/**
 * count_run: the length of the run starting at `lo` (lo < hi): the longest non-descending
 * stretch, or the longest strictly descending one (then ms.descending is set; strictness
 * is what makes reversing it stable).
 */
export function count_run<K>(ms: MergeState<K>, lo: number, hi: number): number {
  const { keys, lt } = ms;
  ms.descending = false;
  let i = lo + 1;
  if (i === hi) return 1;
  if (lt(keys[i], keys[i - 1])) {
    ms.descending = true;
    for (i++; i < hi && lt(keys[i], keys[i - 1]); i++);
  } else {
    for (i++; i < hi && !lt(keys[i], keys[i - 1]); i++);
  }
  return i - lo;
}

/**
 * binarysort: sorts keys[lo .. hi) given that keys[lo .. start) is sorted, inserting each
 * further element after the last one not greater than it (found by bisection), so equal
 * elements keep their order. A raising comparison leaves the slice a permutation: an
 * element only moves once its place is known.
 */
export function binarysort<K>(ms: MergeState<K>, lo: number, hi: number, start: number): void {
  const { keys, values, lt } = ms;
  if (start === lo) start++;
  for (; start < hi; start++) {
    const pivot = keys[start];
    // pivot >= everything in [lo, l); pivot < everything in [r, start).
    let l = lo;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const v = values[start];
      for (let p = start; p > l; p--) values[p] = values[p - 1];
      values[l] = v;
    }
  }
}

// reverse_sortslice: reverses keys[lo .. hi) and the values alongside.
function reverse_sortslice<K>(ms: MergeState<K>, lo: number, hi: number): void {
  reverse_slice(ms.keys, lo, hi);
  if (ms.values !== null) reverse_slice(ms.values, lo, hi);
}

/** reverse_slice: reverses a[lo .. hi) in place. */
export function reverse_slice<T>(a: SortArray<T>, lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/**
 * merge_compute_minrun: n itself below 64; otherwise n's top six bits, plus one if any
 * lower bit is set, so that n / minrun is a power of two or just below one.
 */
export function merge_compute_minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * powerloop: the power of the boundary between the run at s1 (length n1) and the next
 * one (length n2) in an array of n: the first bit at which the binary fractions of their
 * midpoints, as fractions of n, differ (computed on doubled midpoints to stay integral).
 */
export function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  let result = 0;
  for (;;) {
    result++;
    if (a >= n) {
      // Both bits are 1.
      a -= n;
      b -= n;
    } else if (b >= n) {
      // The bits differ: a's is 0, b's is 1.
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/**
 * found_new_run: a run of length n2 follows the top pending run. Computes the power of
 * the boundary between them and merges the runs below it whose boundary is deeper, so
 * the stack's powers stay increasing. The caller pushes the new run.
 */
export function found_new_run<K>(ms: MergeState<K>, n2: number): void {
  if (ms.n === 0) return;
  const top = ms.n - 1;
  const power = powerloop(ms.runBase[top], ms.runLen[top], n2, ms.listlen);
  while (ms.n > 1 && ms.runPower[ms.n - 2] > power) merge_at(ms, ms.n - 2);
  ms.runPower[ms.n - 1] = power;
}

/**
 * merge_force_collapse: merges the pending runs down to one, each time the two on top,
 * unless the third from the top is shorter than the top one: then the second and third.
 */
export function merge_force_collapse<K>(ms: MergeState<K>): void {
  const len = ms.runLen;
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && len[n - 1] < len[n + 1]) n--;
    merge_at(ms, n);
  }
}
