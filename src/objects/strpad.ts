// str.ljust/rjust/center/zfill in the heap (unicodeobject.c pad() and unicode_zfill_impl).

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { unicode_new } from './str.js';
import { dataOf, kindFor, kindOf, lengthOf, maxCharOf, readChar, writeChar } from './strkinds.js';
import { str_resultUnchanged } from './strsub.js';

/**
 * pad(): `op` with `left` and `right` copies of the code point `fill` around it, a fresh
 * str of the kind of its widest character (nothing to add: unicode_result_unchanged).
 */
export function str_pad(space: ObjectSpace, op: Ptr, left: number, right: number, fill: number): Ptr {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return str_resultUnchanged(space, op);
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  const max = Math.max(maxCharOf(mem, op, 0, len), fill);
  const r = unicode_new(space, left + len + right, max);
  const m = space.rt.mem;
  const kind = kindFor(max);
  const to = dataOf(m, r);
  for (let i = 0; i < left; i++) writeChar(m, to, kind, i, fill);
  if (kindOf(m, op) === kind) {
    const from = dataOf(m, op);
    m.u8.copyWithin(to + left * kind, from, from + len * kind);
  } else for (let i = 0; i < len; i++) writeChar(m, to, kind, left + i, readChar(m, op, i));
  for (let i = 0; i < right; i++) writeChar(m, to, kind, left + len + i, fill);
  return r;
}

/** str.zfill(width): zeros on the left, after a leading sign. */
export function str_zfill(space: ObjectSpace, op: Ptr, width: number): Ptr {
  const len = lengthOf(space.rt.mem, op);
  if (len >= width) return str_resultUnchanged(space, op);
  const fill = width - len;
  const r = str_pad(space, op, fill, 0, 0x30);
  const mem = space.rt.mem;
  const c = readChar(mem, r, fill);
  if (c === 0x2b || c === 0x2d) {
    const kind = kindOf(mem, r);
    writeChar(mem, dataOf(mem, r), kind, 0, c);
    writeChar(mem, dataOf(mem, r), kind, fill, 0x30);
  }
  return r;
}
