// str.split, str.rsplit and str.splitlines on the heap's code units (Objects/stringlib/
// split.h, unicodeobject.c's split/rsplit): the cut points are found first, in place, then
// each part is made as STRINGLIB_NEW makes it, and the list is sized as CPython's.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { list_appendTakeRef, list_fromSplit, list_new, list_setItemRaw } from './list.js';
import type { ObjectSpace } from './space.js';
import { kindOf, lengthOf } from './strkinds.js';
import { type StrUnits, str_newRange, str_units, units_find, units_rfind } from './strsub.js';

// Py_UNICODE_ISSPACE and Py_UNICODE_ISLINEBREAK below 256.
const SPACE_TABLE = new Uint8Array(256);
const LINEBREAK_TABLE = new Uint8Array(256);
for (const c of [9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0]) SPACE_TABLE[c] = 1;
for (const c of [10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x85]) LINEBREAK_TABLE[c] = 1;

/** Py_UNICODE_ISSPACE: the code point is whitespace (str.isspace()'s characters). */
export function unicode_isSpace(c: number): boolean {
  if (c < 256) return SPACE_TABLE[c] === 1;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Py_UNICODE_ISLINEBREAK: the code point ends a line for splitlines(). */
export function unicode_isLinebreak(c: number): boolean {
  return c < 256 ? LINEBREAK_TABLE[c] === 1 : c === 0x2028 || c === 0x2029;
}

// PY_SSIZE_T_MAX for a maxsplit of "no limit".
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

// Makes the parts [cuts[2k], cuts[2k+1]) of `op`, in the order given.
function makeParts(space: ObjectSpace, op: Ptr, u: StrUnits, cuts: number[]): Ptr[] {
  const out: Ptr[] = new Array(cuts.length >> 1);
  try {
    for (let k = 0; k < cuts.length; k += 2) out[k >> 1] = str_newRange(space, op, u, cuts[k], cuts[k + 1]);
  } catch (error) {
    for (const p of out) if (p !== undefined) space.rt.decref(p);
    throw error;
  }
  return out;
}

// The list of the parts; `self` marks the receiver given as its own only item.
function splitList(space: ObjectSpace, op: Ptr, u: StrUnits, cuts: number[] | null, maxcount: number): Ptr {
  if (cuts === null) return list_fromSplit(space, [space.newRef(op)], maxcount);
  return list_fromSplit(space, makeParts(space, op, u, cuts), maxcount);
}

/**
 * str.split(sep, maxsplit) (unicodeobject.c split()): `sep` is a str or null for runs of
 * whitespace; `maxsplit` < 0 means no limit. Returns a new list.
 */
export function str_split(space: ObjectSpace, op: Ptr, sep: Ptr | null, maxsplit: number): Ptr {
  const maxcount = maxsplit < 0 ? NO_LIMIT : maxsplit;
  const exact = space.rt.typeObject(op) === space.strs.type;
  if (sep === null) {
    const u = str_units(space, op);
    const { buf, base, len } = u;
    const cuts: number[] = [];
    let i = 0;
    let left = maxcount;
    while (left-- > 0) {
      while (i < len && unicode_isSpace(buf[base + i])) i++;
      if (i === len) break;
      const j = i;
      i++;
      while (i < len && !unicode_isSpace(buf[base + i])) i++;
      if (j === 0 && i === len && exact) return splitList(space, op, u, null, maxcount);
      cuts.push(j, i);
    }
    if (i < len) {
      while (i < len && unicode_isSpace(buf[base + i])) i++;
      if (i !== len) cuts.push(i, len);
    }
    return splitList(space, op, u, cuts, maxcount);
  }
  const early = narrowerOrShorter(space, op, sep);
  if (early !== 0) return early;
  const u = str_units(space, op);
  const s = str_units(space, sep);
  if (s.len === 0) raise('ValueError', 'empty separator');
  const cuts: number[] = [];
  let i = 0;
  let left = maxcount;
  while (left-- > 0) {
    const j = units_find(u, s, i, u.len);
    if (j < 0) break;
    cuts.push(i, j);
    i = j + s.len;
  }
  if (cuts.length === 0 && exact) return splitList(space, op, u, null, maxcount);
  cuts.push(i, u.len);
  return splitList(space, op, u, cuts, maxcount);
}

/** str.rsplit(sep, maxsplit), splitting from the right (unicodeobject.c rsplit()). */
export function str_rsplit(space: ObjectSpace, op: Ptr, sep: Ptr | null, maxsplit: number): Ptr {
  const maxcount = maxsplit < 0 ? NO_LIMIT : maxsplit;
  const exact = space.rt.typeObject(op) === space.strs.type;
  let cuts: number[] = [];
  let u: StrUnits;
  if (sep === null) {
    u = str_units(space, op);
    const { buf, base, len } = u;
    let i = len - 1;
    let left = maxcount;
    while (left-- > 0) {
      while (i >= 0 && unicode_isSpace(buf[base + i])) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !unicode_isSpace(buf[base + i])) i--;
      if (j === len - 1 && i < 0 && exact) return splitList(space, op, u, null, maxcount);
      cuts.push(i + 1, j + 1);
    }
    if (i >= 0) {
      while (i >= 0 && unicode_isSpace(buf[base + i])) i--;
      if (i >= 0) cuts.push(0, i + 1);
    }
  } else {
    const early = narrowerOrShorter(space, op, sep);
    if (early !== 0) return early;
    u = str_units(space, op);
    const s = str_units(space, sep);
    if (s.len === 0) raise('ValueError', 'empty separator');
    let j = u.len;
    let left = maxcount;
    while (left-- > 0) {
      const pos = units_rfind(u, s, 0, j);
      if (pos < 0) break;
      cuts.push(pos + s.len, j);
      j = pos;
    }
    if (cuts.length === 0 && exact) return splitList(space, op, u, null, maxcount);
    cuts.push(0, j);
  }
  // Found right to left; PyList_Reverse puts them in order.
  const ordered: number[] = new Array(cuts.length);
  for (let k = 0; k < cuts.length; k += 2) {
    ordered[cuts.length - 2 - k] = cuts[k];
    ordered[cuts.length - 1 - k] = cuts[k + 1];
  }
  cuts = ordered;
  return splitList(space, op, u, cuts, maxcount);
}

// split()/rsplit()'s first test: a separator of a wider kind, or longer than the str, cannot
// occur, and the result is [self] in a list of one (even for a str subclass). 0 otherwise.
function narrowerOrShorter(space: ObjectSpace, op: Ptr, sep: Ptr): Ptr | 0 {
  const mem = space.rt.mem;
  if (kindOf(mem, op) >= kindOf(mem, sep) && lengthOf(mem, op) >= lengthOf(mem, sep)) return 0;
  const list = list_new(space, 1);
  list_setItemRaw(space, list, 0, space.newRef(op));
  return list;
}

/**
 * str.splitlines(keepends) (stringlib splitlines): lines end at any of CPython's line
 * boundaries, "\r\n" counting as one; the list is built by appends.
 */
export function str_splitlines(space: ObjectSpace, op: Ptr, keepends: boolean): Ptr {
  const u = str_units(space, op);
  const { buf, base, len } = u;
  const exact = space.rt.typeObject(op) === space.strs.type;
  const cuts: number[] = [];
  let whole = false;
  for (let i = 0, j = 0; i < len; ) {
    while (i < len && !unicode_isLinebreak(buf[base + i])) i++;
    let eol = i;
    if (i < len) {
      if (buf[base + i] === 13 && i + 1 < len && buf[base + i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    if (j === 0 && eol === len && exact) {
      whole = true;
      break;
    }
    cuts.push(j, eol);
    j = i;
  }
  const list = list_new(space, 0);
  try {
    if (whole) list_appendTakeRef(space, list, space.newRef(op));
    for (let k = 0; k < cuts.length; k += 2)
      list_appendTakeRef(space, list, str_newRange(space, op, u, cuts[k], cuts[k + 1]));
  } catch (error) {
    space.rt.decref(list);
    throw error;
  }
  return list;
}
