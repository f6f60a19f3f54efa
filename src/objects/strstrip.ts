// str.strip/lstrip/rstrip and str.partition/rpartition on the heap's code units
// (unicodeobject.c do_strip, _PyUnicode_XStrip; Objects/stringlib/partition.h).

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';
import { dataOf, kindOf, lengthOf, readChar } from './strkinds.js';
import { unicode_isSpace } from './strsplit.js';
import { str_newRange, str_substring, str_units, units_find, units_rfind } from './strsub.js';
import { tuple_initItem, tuple_new } from './tuple.js';

/** do_strip's striptype: LEFTSTRIP, RIGHTSTRIP, BOTHSTRIP. */
export type StripType = 0 | 1 | 2;

/**
 * str.strip() and its one-sided forms: with `chars` null, whitespace; else the characters
 * of the str `chars`. The result is PyUnicode_Substring's (an exact str unchanged is itself).
 */
export function str_strip(space: ObjectSpace, op: Ptr, striptype: StripType, chars: Ptr | null): Ptr {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  // Kind-1 text is read in place; wider text a character at a time (no copy of it all).
  const kind1 = kindOf(mem, op) === 1;
  const u8 = mem.u8;
  const data = dataOf(mem, op);
  const at = (i: number): number => (kind1 ? u8[data + i] : readChar(mem, op, i));
  let keep: (c: number) => boolean;
  if (chars === null) keep = (c) => !unicode_isSpace(c);
  else {
    // The set's units are read before any allocation (they may be the heap's bytes).
    const set = str_units(space, chars);
    const sb = set.buf;
    const first = set.base;
    const last = set.base + set.len;
    keep = (c) => {
      for (let k = first; k < last; k++) if (sb[k] === c) return false;
      return true;
    };
  }
  let i = 0;
  let j = len;
  if (kind1 && chars === null) {
    // The common case, without the closures.
    if (striptype !== 1) while (i < len && unicode_isSpace(u8[data + i])) i++;
    if (striptype !== 0) {
      j--;
      while (j >= i && unicode_isSpace(u8[data + j])) j--;
      j++;
    }
    return str_substring(space, op, i, j);
  }
  if (striptype !== 1) while (i < len && !keep(at(i))) i++;
  if (striptype !== 0) {
    j--;
    while (j >= i && !keep(at(j))) j--;
    j++;
  }
  return str_substring(space, op, i, j);
}

/**
 * str.partition (rev false) and str.rpartition (rev true): `sep` is a str. A missing
 * separator gives (op, '', '') or ('', '', op) with `op` itself, as CPython does.
 */
export function str_partition(space: ObjectSpace, op: Ptr, sep: Ptr, rev: boolean): Ptr {
  const mem = space.rt.mem;
  const len1 = lengthOf(mem, op);
  const len2 = lengthOf(mem, sep);
  const empty = space.strs.empty;
  let pos = -1;
  if (kindOf(mem, op) >= kindOf(mem, sep) && len1 >= len2) {
    if (len2 === 0) raise('ValueError', 'empty separator');
    const u = str_units(space, op);
    const s = str_units(space, sep);
    pos = rev ? units_rfind(u, s, 0, len1) : units_find(u, s, 0, len1);
  }
  const out = tuple_new(space, 3);
  if (pos < 0) {
    tuple_initItem(space, out, 0, space.newRef(rev ? empty : op));
    tuple_initItem(space, out, 1, space.newRef(empty));
    tuple_initItem(space, out, 2, space.newRef(rev ? op : empty));
    return out;
  }
  try {
    const u = str_units(space, op);
    tuple_initItem(space, out, 0, str_newRange(space, op, u, 0, pos));
    tuple_initItem(space, out, 1, space.newRef(sep));
    tuple_initItem(space, out, 2, str_newRange(space, op, u, pos + len2, len1));
  } catch (error) {
    space.rt.decref(out);
    throw error;
  }
  return out;
}
