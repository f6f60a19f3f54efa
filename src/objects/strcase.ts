// Case mapping of ASCII text (unicodeobject.c ascii_upper_or_lower, and case_operation's
// rules restricted to ASCII): the bytes mapped in the heap into a new ASCII str; other
// text takes Unicode's case rules.

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { unicode_new } from './str.js';
import { ASCII_HEADER, lengthOf } from './strkinds.js';

/** The case mappings done here. */
export type AsciiCaseMode = 'upper' | 'lower' | 'title' | 'capitalize' | 'swapcase';

// ASCII letter tests on a byte.
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * str.<mode>() of the ASCII str `op`: a new str (never `op` itself, nor a one-character
 * singleton; '' stays the empty singleton), as CPython builds case-mapped results.
 */
export function str_asciiCase(space: ObjectSpace, op: Ptr, mode: AsciiCaseMode): Ptr {
  const n = lengthOf(space.rt.mem, op);
  const r = unicode_new(space, n, 0x7f);
  if (n === 0) return r;
  const u8 = space.rt.mem.u8;
  const from = op + ASCII_HEADER;
  const to = r + ASCII_HEADER;
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    const c = u8[from + i];
    let out = c;
    switch (mode) {
      case 'upper':
        if (isLower(c)) out = c ^ 0x20;
        break;
      case 'lower':
        if (isUpper(c)) out = c ^ 0x20;
        break;
      case 'swapcase':
        if (isUpper(c) || isLower(c)) out = c ^ 0x20;
        break;
      case 'capitalize':
        if (i === 0 ? isLower(c) : isUpper(c)) out = c ^ 0x20;
        break;
      default:
        // title: upper after an uncased character, lower after a cased one.
        if (prevCased ? isUpper(c) : isLower(c)) out = c ^ 0x20;
        prevCased = isUpper(c) || isLower(c);
    }
    u8[to + i] = out;
  }
  return r;
}
