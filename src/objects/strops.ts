// str operations the interpreter calls: indexing, slicing, concatenation, repetition,
// containment (Objects/unicodeobject.c).

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';
import { str_check, str_fromChar, unicode_new } from './str.js';
import { str_find } from './strfind.js';
import { dataOf, kindFor, kindOf, lengthOf, maxCharOf, readChar, writeChar } from './strkinds.js';
import { str_substring } from './strsub.js';

/** unicode_getitem: s[i] as a new reference (negative i counts from the end). */
export function str_getitem(space: ObjectSpace, op: Ptr, index: number): Ptr {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  const i = index < 0 ? index + n : index;
  if (i < 0 || i >= n) raise('IndexError', 'string index out of range');
  return str_fromChar(space, readChar(mem, op, i));
}

/**
 * PySlice_AdjustIndices for a sequence of `length` items: clamps start and stop (null
 * means "omitted") and returns the normalised start, stop, step and the slice length.
 */
export function adjustIndices(
  length: number,
  start: number | null,
  stop: number | null,
  step: number | null,
): { start: number; stop: number; step: number; slicelength: number } {
  const st = step ?? 1;
  if (st === 0) raise('ValueError', 'slice step cannot be zero');
  let a: number;
  let b: number;
  if (st > 0) {
    a = start === null ? 0 : start < 0 ? Math.max(start + length, 0) : Math.min(start, length);
    b = stop === null ? length : stop < 0 ? Math.max(stop + length, 0) : Math.min(stop, length);
  } else {
    a = start === null ? length - 1 : start < 0 ? Math.max(start + length, -1) : Math.min(start, length - 1);
    b = stop === null ? -1 : stop < 0 ? Math.max(stop + length, -1) : Math.min(stop, length - 1);
  }
  let n = 0;
  if (st > 0 ? a < b : b < a) n = Math.floor((st > 0 ? b - a - 1 : a - b - 1) / Math.abs(st)) + 1;
  return { start: a, stop: b, step: st, slicelength: n };
}

/** s[start:stop:step] as a new reference (indexes as Python takes them; null = omitted). */
export function str_slice(
  space: ObjectSpace,
  op: Ptr,
  start: number | null,
  stop: number | null,
  step: number | null = null,
): Ptr {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  const s = adjustIndices(n, start, stop, step);
  // unicode_subscript: a step of 1 is PyUnicode_Substring (the whole is unicode_result_unchanged).
  if (s.step === 1) return str_substring(space, op, s.start, s.start + s.slicelength);
  let max = 0;
  for (let k = 0, i = s.start; k < s.slicelength; k++, i += s.step) max = Math.max(max, readChar(mem, op, i));
  if (s.slicelength === 1) return str_fromChar(space, readChar(mem, op, s.start));
  const r = unicode_new(space, s.slicelength, max);
  const data = dataOf(mem, r);
  const kind = kindFor(max);
  for (let k = 0, i = s.start; k < s.slicelength; k++, i += s.step)
    writeChar(mem, data, kind, k, readChar(mem, op, i));
  return r;
}

/** PyUnicode_Concat: a + b; TypeError unless both are str. */
export function str_concat(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!str_check(space, b)) {
    raise('TypeError', `can only concatenate str (not "${space.typeName(b)}") to str`);
  }
  const mem = space.rt.mem;
  const na = lengthOf(mem, a);
  const nb = lengthOf(mem, b);
  if (nb === 0 && space.rt.typeObject(a) === space.strs.type) return space.newRef(a);
  if (na === 0 && space.rt.typeObject(b) === space.strs.type) return space.newRef(b);
  const max = Math.max(maxCharOf(mem, a, 0, na), maxCharOf(mem, b, 0, nb));
  const r = unicode_new(space, na + nb, max);
  const kind = kindFor(max);
  copyInto(space, r, 0, kind, a, na);
  copyInto(space, r, na, kind, b, nb);
  return r;
}

/**
 * PyUnicode_Join: the strs `items` with `sep` between them, copied kind to kind in the heap
 * (no JS text). The caller has checked that every item is a str.
 */
export function str_join(space: ObjectSpace, sep: Ptr, items: readonly Ptr[]): Ptr {
  const mem = space.rt.mem;
  if (items.length === 0) return space.newRef(space.strs.empty);
  if (items.length === 1 && space.rt.typeObject(items[0]) === space.strs.type) return space.newRef(items[0]);
  const nsep = lengthOf(mem, sep);
  let total = nsep * (items.length - 1);
  let max = maxCharOf(mem, sep, 0, nsep);
  for (const x of items) {
    const len = lengthOf(mem, x);
    total += len;
    if (max < 0x10ffff) max = Math.max(max, maxCharOf(mem, x, 0, len));
  }
  const r = unicode_new(space, total, max);
  const kind = kindFor(max);
  if (kind === 1) {
    joinBytes(space, r, sep, items);
    return r;
  }
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && nsep > 0) {
      copyInto(space, r, at, kind, sep, nsep);
      at += nsep;
    }
    const len = lengthOf(mem, items[i]);
    copyInto(space, r, at, kind, items[i], len);
    at += len;
  }
  return r;
}

// str_join's copy when everything is kind 1: the bytes of the items and separators.
function joinBytes(space: ObjectSpace, r: Ptr, sep: Ptr, items: readonly Ptr[]): void {
  const mem = space.rt.mem;
  const u8 = mem.u8;
  const nsep = lengthOf(mem, sep);
  const s = dataOf(mem, sep);
  let to = dataOf(mem, r);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) {
      for (let k = 0; k < nsep; k++) u8[to + k] = u8[s + k];
      to += nsep;
    }
    const x = items[i];
    const len = lengthOf(mem, x);
    const from = dataOf(mem, x);
    if (len > 32) u8.copyWithin(to, from, from + len);
    else for (let k = 0; k < len; k++) u8[to + k] = u8[from + k];
    to += len;
  }
}

// Copies the n characters of `src` into `dst` (of kind `kind`) from index `at`.
function copyInto(space: ObjectSpace, dst: Ptr, at: number, kind: 1 | 2 | 4, src: Ptr, n: number): void {
  const mem = space.rt.mem;
  const data = dataOf(mem, dst);
  if (kindOf(mem, src) === kind) {
    const from = dataOf(mem, src);
    const bytes = n * kind;
    const to = data + at * kind;
    // Short runs: a loop beats copyWithin's call.
    if (bytes <= 32) {
      const u8 = mem.u8;
      for (let i = 0; i < bytes; i++) u8[to + i] = u8[from + i];
    } else mem.u8.copyWithin(to, from, from + bytes);
    return;
  }
  for (let i = 0; i < n; i++) writeChar(mem, data, kind, at + i, readChar(mem, src, i));
}

/** unicode_repeat: s * count (count ≤ 0 gives ''); OverflowError or MemoryError when too long. */
export function str_repeat(space: ObjectSpace, op: Ptr, count: number): Ptr {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  if (count <= 0 || n === 0) return space.newRef(space.strs.empty);
  if (count === 1 && space.rt.typeObject(op) === space.strs.type) return space.newRef(op);
  if (BigInt(n) * BigInt(count) > 2n ** 63n - 1n) raise('OverflowError', 'repeated string is too long');
  const total = n * count;
  if (total === 1) return str_fromChar(space, readChar(mem, op, 0));
  const max = maxCharOf(mem, op, 0, n);
  const r = unicode_new(space, total, max);
  const kind = kindFor(max);
  const data = dataOf(mem, r);
  copyInto(space, r, 0, kind, op, n);
  // Doubling copies, as CPython's _PyBytes_Repeat.
  let done = n * kind;
  const bytes = total * kind;
  while (done < bytes) {
    const chunk = Math.min(done, bytes - done);
    mem.u8.copyWithin(data + done, data, data + chunk);
    done += chunk;
  }
  return r;
}

/** PyUnicode_Contains: `sub in s` (both str). */
export function str_contains(space: ObjectSpace, op: Ptr, sub: Ptr): boolean {
  if (!str_check(space, sub)) {
    raise('TypeError', `'in <string>' requires string as left operand, not ${space.typeName(sub)}`);
  }
  return str_find(space, op, sub, null, null, false) >= 0;
}
