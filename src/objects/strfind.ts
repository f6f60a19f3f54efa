// str.find/rfind/index/rindex, count, startswith/endswith and replace on the heap's code
// units (unicodeobject.c any_find_slice, anylib_count, tailmatch, replace).

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { unicode_new } from './str.js';
import { dataOf, isAscii, kindFor, kindOf, lengthOf, writeChar } from './strkinds.js';
import {
  type StrUnits,
  str_resultUnchanged,
  str_units,
  units_find,
  units_rfind,
  unitsEqual,
} from './strsub.js';

// PY_SSIZE_T_MAX for "no limit".
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * ADJUST_INDICES: start/end (null = omitted) of a str of `len` characters, negative ones
 * counted from the end; end is clamped to len, start is not.
 */
export function str_adjustIndices(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** any_find_slice: the index of `sub` in op[start:end] (first, or last when `rev`), or −1. */
export function str_find(
  space: ObjectSpace,
  op: Ptr,
  sub: Ptr,
  start: number | null,
  end: number | null,
  rev: boolean,
): number {
  const mem = space.rt.mem;
  if (kindOf(mem, op) < kindOf(mem, sub)) return -1;
  const [s, e] = str_adjustIndices(start, end, lengthOf(mem, op));
  if (e - s < lengthOf(mem, sub)) return -1;
  const u = str_units(space, op);
  const v = str_units(space, sub);
  return rev ? units_rfind(u, v, s, e) : units_find(u, v, s, e);
}

/** anylib_count: non-overlapping occurrences of `sub` in op[start:end], at most `maxcount`. */
export function str_count(
  space: ObjectSpace,
  op: Ptr,
  sub: Ptr,
  start: number | null,
  end: number | null,
  maxcount = NO_LIMIT,
): number {
  const mem = space.rt.mem;
  if (kindOf(mem, op) < kindOf(mem, sub)) return 0;
  const [s, e] = str_adjustIndices(start, end, lengthOf(mem, op));
  return countUnits(str_units(space, op), str_units(space, sub), s, e, maxcount);
}

// stringlib_count on units [s, e).
function countUnits(u: StrUnits, v: StrUnits, s: number, e: number, maxcount: number): number {
  if (e - s < v.len) return 0;
  if (v.len === 0) return Math.min(e - s + 1, maxcount);
  let n = 0;
  for (let i = units_find(u, v, s, e); i >= 0 && n < maxcount; i = units_find(u, v, i + v.len, e)) n++;
  return n;
}

/** tailmatch: `sub` is at the start (or, `atEnd`, the end) of op[start:end]. */
export function str_tailmatch(
  space: ObjectSpace,
  op: Ptr,
  sub: Ptr,
  start: number | null,
  end: number | null,
  atEnd: boolean,
): boolean {
  const mem = space.rt.mem;
  let [s, e] = str_adjustIndices(start, end, lengthOf(mem, op));
  const m = lengthOf(mem, sub);
  e -= m;
  if (e < s) return false;
  if (m === 0) return true;
  if (kindOf(mem, op) < kindOf(mem, sub)) return false;
  const at = atEnd ? e : s;
  return unitsEqual(str_units(space, op, at, at + m), at, str_units(space, sub), 0, m);
}

// PyUnicode_MAX_CHAR_VALUE: the largest code point a str's kind (and ascii flag) allows.
function maxCharValue(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  if (isAscii(mem, op)) return 0x7f;
  const kind = kindOf(mem, op);
  return kind === 1 ? 0xff : kind === 2 ? 0xffff : 0x10ffff;
}

/**
 * str.replace(old, new, maxcount) (unicodeobject.c replace()): maxcount < 0 means all.
 * Nothing to replace gives the str unchanged; otherwise a fresh str (even of one character).
 */
export function str_replace(space: ObjectSpace, op: Ptr, str1: Ptr, str2: Ptr, maxcount: number): Ptr {
  const mem = space.rt.mem;
  const slen = lengthOf(mem, op);
  if (maxcount < 0) maxcount = NO_LIMIT;
  else if (maxcount === 0) return str_resultUnchanged(space, op);
  if (str1 === str2) return str_resultUnchanged(space, op);
  if (maxCharValue(space, op) < maxCharValue(space, str1)) return str_resultUnchanged(space, op);
  const len1 = lengthOf(mem, str1);
  const len2 = lengthOf(mem, str2);
  if (len1 === len2 && len1 === 0) return str_resultUnchanged(space, op);
  const u = str_units(space, op);
  const v = str_units(space, str1);
  // The match positions (for an empty `old`: before each character and at the end).
  const at: number[] = [];
  if (len1 === 0) {
    for (let i = 0; i <= slen && at.length < maxcount; i++) at.push(i);
  } else {
    for (
      let i = units_find(u, v, 0, slen);
      i >= 0 && at.length < maxcount;
      i = units_find(u, v, i + len1, slen)
    )
      at.push(i);
  }
  if (at.length === 0) return str_resultUnchanged(space, op);
  const newSize = slen + at.length * (len2 - len1);
  if (newSize === 0) return space.newRef(space.strs.empty);
  if (u.kind === 1 && kindOf(mem, str2) === 1) return replaceUcs1(space, op, str2, at, len1, newSize);
  const w = str_units(space, str2);
  // The result's code points, then a fresh str of the narrowest kind for them.
  const out = new Uint32Array(newSize);
  let o = 0;
  let from = 0;
  const ub = u.buf;
  const wb = w.buf;
  for (const p of at) {
    for (let i = from; i < p; i++) out[o++] = ub[u.base + i];
    for (let i = 0; i < len2; i++) out[o++] = wb[w.base + i];
    from = p + len1;
  }
  for (let i = from; i < slen; i++) out[o++] = ub[u.base + i];
  let max = 0;
  for (let i = 0; i < newSize; i++) if (out[i] > max) max = out[i];
  const r = unicode_new(space, newSize, max);
  const m = space.rt.mem;
  const data = dataOf(m, r);
  const kind = kindFor(max);
  if (kind === 1) m.u8.set(out, data);
  else for (let i = 0; i < newSize; i++) writeChar(m, data, kind, i, out[i]);
  return r;
}

// Copies n bytes within the heap (a loop for the short runs replace mostly copies).
function copyBytes(u8: Uint8Array, to: number, from: number, n: number): void {
  if (n > 32) u8.copyWithin(to, from, from + n);
  else for (let i = 0; i < n; i++) u8[to + i] = u8[from + i];
}

// replace() of kind-1 text by a kind-1 str: the result's bytes copied in the heap.
function replaceUcs1(
  space: ObjectSpace,
  op: Ptr,
  str2: Ptr,
  at: number[],
  len1: number,
  newSize: number,
): Ptr {
  let mem = space.rt.mem;
  const len2 = lengthOf(mem, str2);
  const slen = lengthOf(mem, op);
  let max = 127;
  if (!isAscii(mem, op) || !isAscii(mem, str2)) {
    // The largest of what is kept and of the replacement (which occurs at least once).
    const u8 = mem.u8;
    const from = dataOf(mem, op);
    const w = dataOf(mem, str2);
    max = 0;
    for (let i = w; i < w + len2; i++) if (u8[i] > max) max = u8[i];
    let prev = 0;
    for (let k = 0; k <= at.length; k++) {
      const stop = k < at.length ? at[k] : slen;
      for (let i = from + prev; i < from + stop; i++) if (u8[i] > max) max = u8[i];
      prev = stop + len1;
    }
  }
  const r = unicode_new(space, newSize, max);
  mem = space.rt.mem;
  const u8 = mem.u8;
  const from = dataOf(mem, op);
  const w = dataOf(mem, str2);
  let o = dataOf(mem, r);
  let prev = 0;
  for (const p of at) {
    copyBytes(u8, o, from + prev, p - prev);
    o += p - prev;
    copyBytes(u8, o, w, len2);
    o += len2;
    prev = p + len1;
  }
  copyBytes(u8, o, from + prev, slen - prev);
  return r;
}
