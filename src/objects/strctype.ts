// The str.is*() predicates of ASCII text (Python/pyctype.c's _Py_ctype_table and the
// ASCII shortcuts of unicodeobject.c): answered from the heap's bytes; text beyond ASCII
// is left to the Unicode database (null).

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { ASCII_HEADER, isAscii, lengthOf } from './strkinds.js';

const DIGIT = 1;
const LOWER = 2;
const UPPER = 4;
const SPACE = 8;
const UNDERSCORE = 16;
const PRINTABLE = 32;
// Per ASCII code: its classes.
const CTYPE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  if (c >= 48 && c <= 57) f |= DIGIT;
  if (c >= 97 && c <= 122) f |= LOWER;
  if (c >= 65 && c <= 90) f |= UPPER;
  if ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20)) f |= SPACE;
  if (c === 95) f |= UNDERSCORE;
  if (c >= 0x20 && c <= 0x7e) f |= PRINTABLE;
  CTYPE[c] = f;
}
const ALPHA = LOWER | UPPER;

/** The str predicates answered here. */
export type AsciiPredicate =
  | 'isdecimal'
  | 'isdigit'
  | 'isnumeric'
  | 'isalpha'
  | 'isalnum'
  | 'isspace'
  | 'isascii'
  | 'isidentifier'
  | 'isprintable'
  | 'isupper'
  | 'islower'
  | 'istitle';

/** str.<name>() of `op` if it is ASCII (null otherwise: the Unicode rules decide). */
export function str_asciiPredicate(space: ObjectSpace, op: Ptr, name: AsciiPredicate): boolean | null {
  const mem = space.rt.mem;
  if (!isAscii(mem, op)) return name === 'isascii' ? false : null;
  const n = lengthOf(mem, op);
  const u8 = mem.u8;
  const data = op + ASCII_HEADER;
  const all = (mask: number, empty: boolean): boolean => {
    if (n === 0) return empty;
    for (let i = data; i < data + n; i++) if ((CTYPE[u8[i]] & mask) === 0) return false;
    return true;
  };
  switch (name) {
    case 'isdecimal':
    case 'isdigit':
    case 'isnumeric':
      return all(DIGIT, false);
    case 'isalpha':
      return all(ALPHA, false);
    case 'isalnum':
      return all(ALPHA | DIGIT, false);
    case 'isspace':
      return all(SPACE, false);
    case 'isascii':
      return true;
    case 'isprintable':
      return all(PRINTABLE, true);
    case 'isidentifier':
      return (
        n > 0 && (CTYPE[u8[data]] & (ALPHA | UNDERSCORE)) !== 0 && all(ALPHA | DIGIT | UNDERSCORE, false)
      );
    default:
      return caseShape(u8, data, n, name);
  }
}

// isupper / islower / istitle of ASCII bytes.
function caseShape(
  u8: Uint8Array,
  data: number,
  n: number,
  name: 'isupper' | 'islower' | 'istitle',
): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = data; i < data + n; i++) {
    const f = CTYPE[u8[i]];
    if (name === 'isupper') {
      if (f & LOWER) return false;
      if (f & UPPER) cased = true;
    } else if (name === 'islower') {
      if (f & UPPER) return false;
      if (f & LOWER) cased = true;
    } else if (f & UPPER) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (f & LOWER) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
