// str ⇄ UTF-8 with the "surrogatepass" error handler, straight from and into the compact
// layouts (no JS string in between): what pickle's BINUNICODE opcodes write and read
// (PyUnicode_AsEncodedString(s, "utf-8", "surrogatepass") and PyUnicode_DecodeUTF8(…,
// "surrogatepass")). An ASCII str is its own UTF-8.

import { NULL, type Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { str_fromChar, str_fromCodePoints, unicode_new } from './str.js';
import { dataOf, isAscii, kindOf, lengthOf } from './strkinds.js';

/** The UTF-8 bytes of str `op`, lone surrogates encoded as three bytes each (surrogatepass). */
export function str_utf8Surrogatepass(space: ObjectSpace, op: Ptr): Uint8Array {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  const data = dataOf(mem, op);
  if (isAscii(mem, op)) return mem.u8.slice(data, data + n);
  const kind = kindOf(mem, op);
  const out = new Uint8Array(n * (kind === 1 ? 2 : kind === 2 ? 3 : 4));
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c =
      kind === 1
        ? mem.u8[data + i]
        : kind === 2
          ? mem.u8[data + 2 * i] | (mem.u8[data + 2 * i + 1] << 8)
          : mem.u32[(data + 4 * i) >>> 2];
    if (c < 0x80) out[j++] = c;
    else if (c < 0x800) {
      out[j++] = 0xc0 | (c >>> 6);
      out[j++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[j++] = 0xe0 | (c >>> 12);
      out[j++] = 0x80 | ((c >>> 6) & 0x3f);
      out[j++] = 0x80 | (c & 0x3f);
    } else {
      out[j++] = 0xf0 | (c >>> 18);
      out[j++] = 0x80 | ((c >>> 12) & 0x3f);
      out[j++] = 0x80 | ((c >>> 6) & 0x3f);
      out[j++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, j);
}

/**
 * A new str decoded from the UTF-8 bytes `b[start, end)` with surrogatepass (encoded lone
 * surrogates decode to themselves), or NULL when the bytes are not valid UTF-8 (the caller
 * raises the codec's UnicodeDecodeError). One ASCII character is the cached singleton.
 */
export function str_fromUtf8Surrogatepass(
  space: ObjectSpace,
  b: Uint8Array,
  start: number,
  end: number,
): Ptr {
  let i = start;
  while (i < end && b[i] < 0x80) i++;
  if (i === end) {
    const n = end - start;
    if (n <= 1) return n === 0 ? space.newRef(space.strs.empty) : str_fromChar(space, b[start]);
    const op = unicode_new(space, n, 0x7f);
    space.rt.mem.u8.set(b.subarray(start, end), dataOf(space.rt.mem, op));
    return op;
  }
  const cps: number[] = [];
  for (let k = start; k < i; k++) cps.push(b[k]);
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      cps.push(c);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return NULL;
    if (i + need >= end) return NULL;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return NULL;
      cp = (cp << 6) | (d & 0x3f);
    }
    cps.push(cp);
    i += need + 1;
  }
  return str_fromCodePoints(space, cps);
}
