// Merging two adjacent sorted runs in place: merge_at, which trims what is already in
// place, and merge_lo / merge_hi, which merge the rest through a temp copy of the shorter
// run, one element at a time until one side keeps winning, then by galloping
// (CPython 3.11 Objects/listobject.c; listsort.txt explains the method).
//
// A comparison may raise at any point. The merges then copy what is left of the temp run
// back into the gap it left, so the slice always holds a permutation of its elements, the
// same permutation CPython leaves (its `Fail:` label).

import { gallop_left, gallop_right, type MergeState, MIN_GALLOP, type SortArray } from './mergestate.js';

// How a merge loop ended: the common tail, or the shortcut for a single remaining element.
const SUCCEED = 0;
const COPY_B = 1;
const COPY_A = 1;

// Copies n entries from src[si..] to dst[di..], lowest first (safe when di < si).
function copyUp<T>(dst: SortArray<T>, di: number, src: SortArray<T>, si: number, n: number): void {
  for (let i = 0; i < n; i++) dst[di + i] = src[si + i];
}

// Copies n entries from src[si..] to dst[di..], highest first (safe when di > si).
function copyDown<T>(dst: SortArray<T>, di: number, src: SortArray<T>, si: number, n: number): void {
  for (let i = n - 1; i >= 0; i--) dst[di + i] = src[si + i];
}

/**
 * merge_lo: merges keys[pa .. pa+na) with keys[pb .. pb+nb), pb = pa + na, na <= nb,
 * through a temp copy of the first run, filling from the left. keys[pb] is known to come
 * first and keys[pa+na-1] last.
 */
export function merge_lo<K>(ms: MergeState<K>, pa: number, na: number, pb: number, nb: number): void {
  const { keys, values, lt } = ms;
  ms.getmem(na);
  const tk = ms.tempKeys;
  const tv = ms.tempValues;
  copyUp(tk, 0, keys, pa, na);
  if (values !== null) copyUp(tv, 0, values, pa, na);
  let dest = pa;
  let a = 0; // next of A, in the temp array
  let b = pb; // next of B, in place
  keys[dest] = keys[b];
  if (values !== null) values[dest] = values[b];
  dest++;
  b++;
  let how = SUCCEED;
  if (--nb !== 0 && na === 1) how = COPY_B;
  else if (nb !== 0) {
    try {
      let minGallop = ms.minGallop;
      merge: for (;;) {
        let acount = 0; // times A won in a row
        let bcount = 0; // times B won in a row
        // One pair at a time, until a run wins minGallop times in a row.
        for (;;) {
          if (lt(keys[b], tk[a])) {
            keys[dest] = keys[b];
            if (values !== null) values[dest] = values[b];
            dest++;
            b++;
            bcount++;
            acount = 0;
            if (--nb === 0) break merge;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[a];
            if (values !== null) values[dest] = tv[a];
            dest++;
            a++;
            acount++;
            bcount = 0;
            if (--na === 1) {
              how = COPY_B;
              break merge;
            }
            if (acount >= minGallop) break;
          }
        }
        // Galloping: look for where each run's head goes in the other, move whole stretches,
        // and lower the threshold while it pays.
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = gallop_right(lt, keys[b], tk, a, na, 0);
          acount = k;
          if (k !== 0) {
            copyUp(keys, dest, tk, a, k);
            if (values !== null) copyUp(values, dest, tv, a, k);
            dest += k;
            a += k;
            na -= k;
            if (na === 1) {
              how = COPY_B;
              break merge;
            }
            // na === 0 only happens with an inconsistent `<`.
            if (na === 0) break merge;
          }
          keys[dest] = keys[b];
          if (values !== null) values[dest] = values[b];
          dest++;
          b++;
          if (--nb === 0) break merge;

          k = gallop_left(lt, tk[a], keys, b, nb, 0);
          bcount = k;
          if (k !== 0) {
            copyUp(keys, dest, keys, b, k);
            if (values !== null) copyUp(values, dest, values, b, k);
            dest += k;
            b += k;
            nb -= k;
            if (nb === 0) break merge;
          }
          keys[dest] = tk[a];
          if (values !== null) values[dest] = tv[a];
          dest++;
          a++;
          if (--na === 1) {
            how = COPY_B;
            break merge;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // leaving galloping mode costs a little
        ms.minGallop = minGallop;
      }
    } catch (error) {
      // Fail: put what is left of A back into the gap before B's remainder.
      copyUp(keys, dest, tk, a, na);
      if (values !== null) copyUp(values, dest, tv, a, na);
      throw error;
    }
  }
  if (how === COPY_B) {
    // A's last element belongs after all that is left of B.
    copyUp(keys, dest, keys, b, nb);
    keys[dest + nb] = tk[a];
    if (values !== null) {
      copyUp(values, dest, values, b, nb);
      values[dest + nb] = tv[a];
    }
  } else if (na !== 0) {
    copyUp(keys, dest, tk, a, na);
    if (values !== null) copyUp(values, dest, tv, a, na);
  }
}

/**
 * merge_hi: merges keys[pa .. pa+na) with keys[pb .. pb+nb), pb = pa + na, na >= nb,
 * through a temp copy of the second run, filling from the right. keys[pb] is known to come
 * first and keys[pa+na-1] last.
 */
export function merge_hi<K>(ms: MergeState<K>, pa: number, na: number, pb: number, nb: number): void {
  const { keys, values, lt } = ms;
  ms.getmem(nb);
  const tk = ms.tempKeys;
  const tv = ms.tempValues;
  copyUp(tk, 0, keys, pb, nb);
  if (values !== null) copyUp(tv, 0, values, pb, nb);
  let dest = pb + nb - 1;
  let a = pa + na - 1; // last of A, in place
  let b = nb - 1; // last of B, in the temp array (always nb - 1)
  keys[dest] = keys[a];
  if (values !== null) values[dest] = values[a];
  dest--;
  a--;
  let how = SUCCEED;
  if (--na !== 0 && nb === 1) how = COPY_A;
  else if (na !== 0) {
    try {
      let minGallop = ms.minGallop;
      merge: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[b], keys[a])) {
            keys[dest] = keys[a];
            if (values !== null) values[dest] = values[a];
            dest--;
            a--;
            acount++;
            bcount = 0;
            if (--na === 0) break merge;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[b];
            if (values !== null) values[dest] = tv[b];
            dest--;
            b--;
            bcount++;
            acount = 0;
            if (--nb === 1) {
              how = COPY_A;
              break merge;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = na - gallop_right(lt, tk[b], keys, pa, na, na - 1);
          acount = k;
          if (k !== 0) {
            dest -= k;
            a -= k;
            copyDown(keys, dest + 1, keys, a + 1, k);
            if (values !== null) copyDown(values, dest + 1, values, a + 1, k);
            na -= k;
            if (na === 0) break merge;
          }
          keys[dest] = tk[b];
          if (values !== null) values[dest] = tv[b];
          dest--;
          b--;
          if (--nb === 1) {
            how = COPY_A;
            break merge;
          }

          k = nb - gallop_left(lt, keys[a], tk, 0, nb, nb - 1);
          bcount = k;
          if (k !== 0) {
            dest -= k;
            b -= k;
            copyUp(keys, dest + 1, tk, b + 1, k);
            if (values !== null) copyUp(values, dest + 1, tv, b + 1, k);
            nb -= k;
            if (nb === 1) {
              how = COPY_A;
              break merge;
            }
            // nb === 0 only happens with an inconsistent `<`.
            if (nb === 0) break merge;
          }
          keys[dest] = keys[a];
          if (values !== null) values[dest] = values[a];
          dest--;
          a--;
          if (--na === 0) break merge;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    } catch (error) {
      // Fail: put what is left of B back into the gap after A's remainder.
      copyUp(keys, dest - (nb - 1), tk, 0, nb);
      if (values !== null) copyUp(values, dest - (nb - 1), tv, 0, nb);
      throw error;
    }
  }
  if (how === COPY_A) {
    // B's first element belongs before all that is left of A.
    copyDown(keys, dest + 1 - na, keys, a + 1 - na, na);
    if (values !== null) copyDown(values, dest + 1 - na, values, a + 1 - na, na);
    dest -= na;
    keys[dest] = tk[b];
    if (values !== null) values[dest] = tv[b];
  } else if (nb !== 0) {
    copyUp(keys, dest - (nb - 1), tk, 0, nb);
    if (values !== null) copyUp(values, dest - (nb - 1), tv, 0, nb);
  }
}

/**
 * merge_at: merges pending runs i and i+1 (i is the second or third from the top). Elements
 * of run i that already precede run i+1's first, and elements of run i+1 that already
 * follow run i's last, stay where they are; the rest goes to merge_lo or merge_hi,
 * whichever needs the smaller temp copy.
 */
export function merge_at<K>(ms: MergeState<K>, i: number): void {
  const { keys, lt, runBase, runLen, runPower } = ms;
  let pa = runBase[i];
  let na = runLen[i];
  const pb = runBase[i + 1];
  let nb = runLen[i + 1];
  // The stack changes first: run i covers both, and a third run above slides down.
  runLen[i] = na + nb;
  if (i === ms.n - 3) {
    runBase[i + 1] = runBase[i + 2];
    runLen[i + 1] = runLen[i + 2];
    runPower[i + 1] = runPower[i + 2];
  }
  ms.n--;

  const k = gallop_right(lt, keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallop_left(lt, keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb === 0) return;
  if (na <= nb) merge_lo(ms, pa, na, pb, nb);
  else merge_hi(ms, pa, na, pb, nb);
}
