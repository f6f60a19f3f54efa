// str.lower() and str.upper() of ASCII text (unicodeobject.c ascii_upper_or_lower): the
// bytes mapped in the heap into a new ASCII str; other text takes Unicode's case rules.

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { unicode_new } from './str.js';
import { ASCII_HEADER, lengthOf } from './strkinds.js';

/**
 * ascii_upper_or_lower: a new str (never `op` itself, nor a one-character singleton) with
 * the letters of the ASCII str `op` in upper (`upper`) or lower case.
 */
export function str_asciiCase(space: ObjectSpace, op: Ptr, upper: boolean): Ptr {
  const n = lengthOf(space.rt.mem, op);
  const r = unicode_new(space, n, 0x7f);
  if (n === 0) return r;
  const u8 = space.rt.mem.u8;
  const from = op + ASCII_HEADER;
  const to = r + ASCII_HEADER;
  const lo = upper ? 97 : 65;
  for (let i = 0; i < n; i++) {
    const c = u8[from + i];
    u8[to + i] = c >= lo && c < lo + 26 ? c ^ 0x20 : c;
  }
  return r;
}
