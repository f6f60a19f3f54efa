// str.split, str.rsplit and str.splitlines on the heap's code units (Objects/stringlib/
// split.h, unicodeobject.c's split/rsplit): the list is made first, as CPython sizes it,
// then each part is made as STRINGLIB_NEW makes it and stored as it is found. Kind-1 text
// has its own loops (strsplit1.ts); kinds 2 and 4 are scanned as code points.

import type * as Layout from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { list_appendTakeRef, list_getItem, list_new, list_setItemRaw } from './list.js';
import type { ObjectSpace } from './space.js';
import { kindOf, lengthOf } from './strkinds.js';
import { ucs1_splitChar, ucs1_splitlines, ucs1_splitWhitespace } from './strsplit1.js';
import { type StrUnits, str_codePoints, str_newRange, str_units, units_find, units_rfind } from './strsub.js';

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
// stringlib's MAX_PREALLOC: split lists start with room for this many items.
const MAX_PREALLOC = 12;
const OB_SIZE: typeof Layout.OB_SIZE = 16;

// PyList_New(PREALLOC_SIZE(maxcount)).
function splitListNew(space: ObjectSpace, maxcount: number): Ptr {
  return list_new(space, maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1);
}

// SPLIT_ADD: stores the count-th item (stolen) in the preallocated room or appends it.
function splitAdd(space: ObjectSpace, list: Ptr, count: number, item: Ptr): void {
  if (count < MAX_PREALLOC) list_setItemRaw(space, list, count, item);
  else list_appendTakeRef(space, list, item);
}

// FIX_PREALLOC_SIZE: the list's size becomes the number of items stored.
function fixSize(space: ObjectSpace, list: Ptr, count: number): void {
  space.rt.mem.u32[(list + OB_SIZE) >>> 2] = count;
}

// Stores the part [start, end) of `op` as item `count` (kind-1 units are then re-read: the
// heap may have grown).
function addPart(
  space: ObjectSpace,
  list: Ptr,
  count: number,
  op: Ptr,
  u: StrUnits,
  start: number,
  end: number,
) {
  splitAdd(space, list, count, str_newRange(space, op, u, start, end));
  if (u.kind === 1) u.buf = space.rt.mem.u8;
}

// The separator's units in the receiver's layout: the heap's bytes (fresh) for kind-1
// text, code points otherwise.
function sameLayout(space: ObjectSpace, sep: Ptr, s: StrUnits, u: StrUnits): StrUnits {
  if (u.kind === 1) return { buf: u.buf, base: s.base, len: s.len, kind: 1 };
  if (s.kind !== 1) return s;
  return { buf: str_codePoints(space, sep), base: 0, len: s.len, kind: 4 };
}

// PyList_Reverse of the first `count` items.
function reverseItems(space: ObjectSpace, list: Ptr, count: number): void {
  for (let lo = 0, hi = count - 1; lo < hi; lo++, hi--) {
    const a = list_getItem(space, list, lo);
    list_setItemRaw(space, list, lo, list_getItem(space, list, hi));
    list_setItemRaw(space, list, hi, a);
  }
}

/**
 * split's and rsplit's separator: its code units (null for whitespace), or, as a number, the
 * one-item list of a str that cannot contain it; ValueError for an empty separator.
 */
function separatorUnits(space: ObjectSpace, op: Ptr, sep: Ptr | null): StrUnits | null | number {
  if (sep === null) return null;
  const early = narrowerOrShorter(space, op, sep);
  if (early !== 0) return early;
  const s = str_units(space, sep);
  if (s.len === 0) raise('ValueError', 'empty separator');
  return s;
}

/**
 * str.split(sep, maxsplit) (unicodeobject.c split()): `sep` is a str or null for runs of
 * whitespace; `maxsplit` < 0 means no limit. Returns a new list.
 */
export function str_split(space: ObjectSpace, op: Ptr, sep: Ptr | null, maxsplit: number): Ptr {
  const maxcount = maxsplit < 0 ? NO_LIMIT : maxsplit;
  const exact = space.rt.typeObject(op) === space.strs.type;
  const units = separatorUnits(space, op, sep);
  if (typeof units === 'number') return units as Ptr;
  let s = units;
  const list = splitListNew(space, maxcount);
  let count = 0;
  try {
    const u = str_units(space, op);
    const { base, len } = u;
    let i = 0;
    let left = maxcount;
    if (u.kind === 1 && (s === null || s.len === 1)) {
      count =
        s === null
          ? ucs1_splitWhitespace(space, op, list, maxcount, exact)
          : ucs1_splitChar(space, op, list, space.rt.mem.u8[s.base], maxcount, exact);
    } else if (s === null) {
      while (left-- > 0) {
        while (i < len && unicode_isSpace(u.buf[base + i])) i++;
        if (i === len) break;
        const j = i;
        i++;
        while (i < len && !unicode_isSpace(u.buf[base + i])) i++;
        if (j === 0 && i === len && exact) {
          list_setItemRaw(space, list, count++, space.newRef(op));
          break;
        }
        addPart(space, list, count++, op, u, j, i);
      }
      if (i < len) {
        while (i < len && unicode_isSpace(u.buf[base + i])) i++;
        if (i !== len) addPart(space, list, count++, op, u, i, len);
      }
    } else {
      s = sameLayout(space, sep as Ptr, s, u);
      while (left-- > 0) {
        const j = units_find(u, s, i, len);
        if (j < 0) break;
        addPart(space, list, count++, op, u, i, j);
        if (u.kind === 1) s.buf = u.buf;
        i = j + s.len;
      }
      if (count === 0 && exact) list_setItemRaw(space, list, count++, space.newRef(op));
      else addPart(space, list, count++, op, u, i, len);
    }
  } catch (error) {
    // Every item stored is below the list's size (the rest are NULL): all are released.
    space.rt.decref(list);
    throw error;
  }
  fixSize(space, list, count);
  return list;
}

/** str.rsplit(sep, maxsplit), splitting from the right (unicodeobject.c rsplit()). */
export function str_rsplit(space: ObjectSpace, op: Ptr, sep: Ptr | null, maxsplit: number): Ptr {
  const maxcount = maxsplit < 0 ? NO_LIMIT : maxsplit;
  const exact = space.rt.typeObject(op) === space.strs.type;
  const units = separatorUnits(space, op, sep);
  if (typeof units === 'number') return units as Ptr;
  let s = units;
  const list = splitListNew(space, maxcount);
  let count = 0;
  try {
    const u = str_units(space, op);
    const { base, len } = u;
    let left = maxcount;
    if (s === null) {
      let i = len - 1;
      while (left-- > 0) {
        while (i >= 0 && unicode_isSpace(u.buf[base + i])) i--;
        if (i < 0) break;
        const j = i;
        i--;
        while (i >= 0 && !unicode_isSpace(u.buf[base + i])) i--;
        if (j === len - 1 && i < 0 && exact) {
          list_setItemRaw(space, list, count++, space.newRef(op));
          break;
        }
        addPart(space, list, count++, op, u, i + 1, j + 1);
      }
      if (i >= 0) {
        while (i >= 0 && unicode_isSpace(u.buf[base + i])) i--;
        if (i >= 0) addPart(space, list, count++, op, u, 0, i + 1);
      }
    } else {
      s = sameLayout(space, sep as Ptr, s, u);
      let j = len;
      while (left-- > 0) {
        const pos = units_rfind(u, s, 0, j);
        if (pos < 0) break;
        addPart(space, list, count++, op, u, pos + s.len, j);
        if (u.kind === 1) s.buf = u.buf;
        j = pos;
      }
      if (count === 0 && exact) list_setItemRaw(space, list, count++, space.newRef(op));
      else addPart(space, list, count++, op, u, 0, j);
    }
  } catch (error) {
    // Every item stored is below the list's size (the rest are NULL): all are released.
    space.rt.decref(list);
    throw error;
  }
  fixSize(space, list, count);
  reverseItems(space, list, count);
  return list;
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
  const exact = space.rt.typeObject(op) === space.strs.type;
  const list = list_new(space, 0);
  try {
    if (kindOf(space.rt.mem, op) === 1) {
      ucs1_splitlines(space, op, list, keepends, exact);
      return list;
    }
    const u = str_units(space, op);
    const { buf, base, len } = u;
    for (let i = 0, j = 0; i < len; ) {
      while (i < len && !unicode_isLinebreak(buf[base + i])) i++;
      let eol = i;
      if (i < len) {
        if (buf[base + i] === 13 && i + 1 < len && buf[base + i + 1] === 10) i += 2;
        else i++;
        if (keepends) eol = i;
      }
      if (j === 0 && eol === len && exact) {
        list_appendTakeRef(space, list, space.newRef(op));
        break;
      }
      list_appendTakeRef(space, list, str_newRange(space, op, u, j, eol));
      j = i;
    }
  } catch (error) {
    space.rt.decref(list);
    throw error;
  }
  return list;
}
