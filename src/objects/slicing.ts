// Slice arithmetic for sequences: PySlice_Unpack + PySlice_AdjustIndices over JS numbers.
//
// There is no slice object yet; the interpreter hands the sequence types a `SliceSpec`
// (None is `null`) and they turn it into (start, stop, step, length) exactly as CPython's
// sequences do, so `a[::-2]`, `a[10:-10]` and friends select the same items.

import { raise } from './errors.js';

/** A slice's three fields as the interpreter passes them: `null` for None. */
export interface SliceSpec {
  start: number | null;
  stop: number | null;
  step: number | null;
}

/** The indices a slice selects on a sequence of some length. */
export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  /** How many items the slice selects. */
  length: number;
}

/** PySlice_Unpack then PySlice_AdjustIndices: the indices `slice` selects in a sequence of `length`. */
export function adjustSlice(slice: SliceSpec, length: number): SliceIndices {
  const step = slice.step ?? 1;
  if (step === 0) raise('ValueError', 'slice step cannot be zero');
  let start = slice.start ?? (step < 0 ? Infinity : 0);
  let stop = slice.stop ?? (step < 0 ? -Infinity : Infinity);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return { start, stop, step, length: n };
}
