// PyUnicode_Append's in-place case (Objects/unicodeobject.c): `s += t` on a str nothing else
// refers to grows it with PyObject_Realloc instead of copying it into a new string, which
// makes a loop of appends linear, as CPython's BINARY_OP_INPLACE_ADD_UNICODE does.

import { OB_REFCNT, OB_TYPE } from '../gc/index.js';
import { HeapExhausted, NULL, type Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { STATE_TEXT_CACHED } from './str.js';
import {
  compactSize,
  dataOf,
  isAscii,
  isInterned,
  kindOf,
  lengthOf,
  readChar,
  STR_HASH,
  STR_LENGTH,
  STR_STATE,
  writeChar,
} from './strkinds.js';

/**
 * unicode_modifiable + unicode_resize: appends exact str `b` to exact str `a` in place when
 * `a` has one reference, no cached hash, is not interned and `b`'s characters fit its kind
 * (and an ascii `a` gets only ascii); returns the (possibly moved) `a`, whose one reference
 * the caller's holder keeps, or NULL when the append has to make a new string.
 */
export function str_appendInPlace(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  const rt = space.rt;
  const mem = rt.mem;
  const u32 = mem.u32;
  const strType = space.strs.type;
  if (u32[(a + OB_TYPE) >>> 2] !== strType || u32[(b + OB_TYPE) >>> 2] !== strType) return NULL;
  if (u32[(a + OB_REFCNT) >>> 2] !== 1 || u32[(a + OB_REFCNT + 4) >>> 2] !== 0) return NULL;
  if (u32[(a + STR_HASH) >>> 2] !== 0xffffffff || u32[(a + STR_HASH + 4) >>> 2] !== 0xffffffff) return NULL;
  if (isInterned(mem, a) || kindOf(mem, b) > kindOf(mem, a)) return NULL;
  const ascii = isAscii(mem, a);
  if (ascii && !isAscii(mem, b)) return NULL;
  const na = lengthOf(mem, a);
  const nb = lengthOf(mem, b);
  // The static singletons ('' and the latin-1 characters) are never resized.
  const latin1 = space.strs.latin1;
  if (na === 0 || nb === 0 || (a >= latin1 && a < latin1 + 256 * 80)) return NULL;
  const kind = kindOf(mem, a);
  const size = compactSize(na + nb, ascii ? 0 : kind === 1 ? 255 : kind === 2 ? 0xffff : 0x10ffff);
  let r: Ptr;
  try {
    r = rt.heap.realloc(a, size);
  } catch (e) {
    // Out of memory: the block is unchanged; the copying path raises MemoryError.
    if (e instanceof HeapExhausted) return NULL;
    throw e;
  }
  if (r !== a) {
    rt.checker?.died(a);
    rt.checker?.born(r, strType, size);
  }
  if ((u32[(r + STR_STATE) >>> 2] & STATE_TEXT_CACHED) !== 0) {
    space.strs.text.delete(a);
    u32[(r + STR_STATE) >>> 2] &= ~STATE_TEXT_CACHED;
  }
  u32[(r + STR_LENGTH) >>> 2] = na + nb;
  const data = dataOf(mem, r);
  if (kindOf(mem, b) === kind) {
    const from = dataOf(mem, b);
    mem.u8.copyWithin(data + na * kind, from, from + nb * kind);
  } else {
    for (let i = 0; i < nb; i++) writeChar(mem, data, kind, na + i, readChar(mem, b, i));
  }
  // The terminating NUL code unit.
  mem.u8.fill(0, data + (na + nb) * kind, data + (na + nb + 1) * kind);
  return r;
}
