// The kind-1 fast paths of str.split (stringlib's ucs1lib/asciilib split_whitespace and
// split_char): the heap's bytes scanned in place, parts stored in the list as found.

import type * as Layout from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { list_appendTakeRef, list_setItemRaw } from './list.js';
import type { ObjectSpace } from './space.js';
import { dataOf, isAscii, lengthOf } from './strkinds.js';
import { ucs1_newRange } from './strsub.js';

// stringlib's MAX_PREALLOC.
const MAX_PREALLOC = 12;
// Py_UNICODE_ISSPACE for code points below 256.
const SPACE = new Uint8Array(256);
for (const c of [9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0]) SPACE[c] = 1;
// Longer text than this is searched for a separator with indexOf on a view of its bytes.
const INDEXOF_MIN = 64;
const OB_SIZE: typeof Layout.OB_SIZE = 16;

// SPLIT_ADD of the bytes [from, from + n) as item `count`.
function add(space: ObjectSpace, list: Ptr, count: number, from: number, n: number, ascii: boolean): void {
  const item = ucs1_newRange(space, from, n, ascii);
  if (count < MAX_PREALLOC) list_setItemRaw(space, list, count, item);
  else list_appendTakeRef(space, list, item);
}

// Sets the list's size to the items stored so far (so an error can release them).
function setCount(space: ObjectSpace, list: Ptr, count: number): void {
  space.rt.mem.u32[(list + OB_SIZE) >>> 2] = count;
}

/**
 * split_whitespace of the kind-1 str `op` into `list` (PyList_New(PREALLOC_SIZE)); returns
 * the number of items stored. `exact`: `op` is an exact str (kept whole when not split).
 */
export function ucs1_splitWhitespace(
  space: ObjectSpace,
  op: Ptr,
  list: Ptr,
  maxcount: number,
  exact: boolean,
): number {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  const data = dataOf(mem, op);
  const ascii = isAscii(mem, op);
  let u8 = mem.u8;
  let count = 0;
  let i = 0;
  while (maxcount-- > 0) {
    while (i < len && SPACE[u8[data + i]] === 1) i++;
    if (i === len) break;
    const j = i;
    i++;
    while (i < len && SPACE[u8[data + i]] === 0) i++;
    if (j === 0 && i === len && exact) {
      list_setItemRaw(space, list, count++, space.newRef(op));
      return count;
    }
    setCount(space, list, count);
    add(space, list, count++, data + j, i - j, ascii);
    u8 = space.rt.mem.u8;
  }
  if (i < len) {
    while (i < len && SPACE[u8[data + i]] === 1) i++;
    if (i !== len) {
      setCount(space, list, count);
      add(space, list, count++, data + i, len - i, ascii);
    }
  }
  return count;
}

/** split_char of the kind-1 str `op` at the byte `ch`, as ucs1_splitWhitespace. */
export function ucs1_splitChar(
  space: ObjectSpace,
  op: Ptr,
  list: Ptr,
  ch: number,
  maxcount: number,
  exact: boolean,
): number {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  const data = dataOf(mem, op);
  const ascii = isAscii(mem, op);
  let view = len >= INDEXOF_MIN ? mem.u8.subarray(data, data + len) : null;
  let u8 = mem.u8;
  let count = 0;
  let i = 0;
  let j = 0;
  while (j < len && maxcount-- > 0) {
    if (view !== null) {
      j = view.indexOf(ch, j);
      if (j < 0) j = len;
    } else while (j < len && u8[data + j] !== ch) j++;
    if (j === len) break;
    setCount(space, list, count);
    add(space, list, count++, data + i, j - i, ascii);
    u8 = space.rt.mem.u8;
    // After a growth of the heap the old view may be detached.
    if (view !== null && view.buffer !== space.rt.mem.buffer) view = u8.subarray(data, data + len);
    i = j = j + 1;
  }
  if (count === 0 && exact) {
    list_setItemRaw(space, list, count++, space.newRef(op));
    return count;
  }
  setCount(space, list, count);
  add(space, list, count++, data + i, len - i, ascii);
  return count;
}

// Py_UNICODE_ISLINEBREAK for code points below 256.
const LINEBREAK = new Uint8Array(256);
for (const c of [10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x85]) LINEBREAK[c] = 1;

/**
 * splitlines of the kind-1 str `op`, appended to the empty `list`; `exact`: `op` is an
 * exact str (kept whole when it has no line break but a final one kept with keepends).
 */
export function ucs1_splitlines(
  space: ObjectSpace,
  op: Ptr,
  list: Ptr,
  keepends: boolean,
  exact: boolean,
): void {
  const mem = space.rt.mem;
  const len = lengthOf(mem, op);
  const data = dataOf(mem, op);
  const ascii = isAscii(mem, op);
  let u8 = mem.u8;
  for (let i = 0, j = 0; i < len; ) {
    while (i < len && LINEBREAK[u8[data + i]] === 0) i++;
    let eol = i;
    if (i < len) {
      if (u8[data + i] === 13 && i + 1 < len && u8[data + i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    if (j === 0 && eol === len && exact) {
      list_appendTakeRef(space, list, space.newRef(op));
      return;
    }
    list_appendTakeRef(space, list, ucs1_newRange(space, data + j, eol - j, ascii));
    u8 = space.rt.mem.u8;
    j = i;
  }
}
