// int(text, base): Python's integer literal rules (PyLong_FromUnicodeObject, long_from_string_base).
//
// Surrounding whitespace and a sign are allowed; base 0 reads a 0x/0o/0b prefix (and
// refuses other leading zeros, as literals do); bases 16, 8 and 2 also accept their own
// prefix. Single underscores may separate digits (and follow a prefix). Unicode decimal
// digits count as their values. Errors are ValueErrors with CPython's messages; texts of
// more than 4300 digits in a base that is not a power of two are refused as in 3.11.7.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { long_fromBigInt, long_fromNumber } from './int.js';
import type { ObjectSpace } from './space.js';

const DECIMAL = /\p{Nd}/u;

/** Py_UNICODE_ISSPACE: JS's \s plus the separators U+001C–U+001F and U+0085. */
export function isSpace(cp: number): boolean {
  return (cp >= 0x1c && cp <= 0x1f) || cp === 0x85 || /^\s$/u.test(String.fromCodePoint(cp));
}

// The value of a Unicode decimal digit: its distance from the start of its run of digits
// (runs come in blocks of ten, sometimes several blocks back to back).
function unicodeDigit(cp: number): number {
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** The ASCII digit value of a code point: 0–9 and letters as digits of bases up to 36, any Unicode decimal digit (Nd) as its value; 99 for anything else. */
export function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61 + 10;
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41 + 10;
  if (cp > 0x7f && DECIMAL.test(String.fromCodePoint(cp))) return unicodeDigit(cp);
  return 99;
}

/** int(text, base) → a new int; `repr` is (or makes) the argument's repr for the error message. */
export function long_fromString(
  space: ObjectSpace,
  text: string,
  base: number,
  repr: string | (() => string),
): Ptr {
  if ((base !== 0 && base < 2) || base > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const fail = (): never =>
    raise(
      'ValueError',
      `invalid literal for int() with base ${base}: ${(typeof repr === 'string' ? repr : repr()).slice(0, 200)}`,
    );
  // The code points (a surrogate pair is one).
  const cps: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c < 0xdc00) {
      const cp = text.codePointAt(k) as number;
      cps.push(cp);
      if (cp > 0xffff) k++;
    } else cps.push(c);
  }
  let i = 0;
  let end = cps.length;
  while (i < end && isSpace(cps[i])) i++;
  while (end > i && isSpace(cps[end - 1])) end--;
  let neg = false;
  if (i < end && (cps[i] === 0x2b || cps[i] === 0x2d)) neg = cps[i++] === 0x2d;
  let b = base;
  let prefixed = false;
  if (i + 1 < end && cps[i] === 0x30) {
    const p = cps[i + 1] | 0x20;
    const pb = p === 0x78 ? 16 : p === 0x6f ? 8 : p === 0x62 ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) {
      b = pb;
      i += 2;
      prefixed = true;
    }
  }
  if (b === 0) b = 10;
  // Digits, with single underscores between them (one may follow a prefix).
  const digits: number[] = [];
  let lastUnderscore = !prefixed;
  if (prefixed && i < end && cps[i] === 0x5f) {
    i++;
    lastUnderscore = true;
  } else lastUnderscore = false;
  let sawDigit = false;
  for (; i < end; i++) {
    if (cps[i] === 0x5f) {
      if (!sawDigit || lastUnderscore) fail();
      lastUnderscore = true;
      continue;
    }
    const d = digitValue(cps[i]);
    if (d >= b) fail();
    digits.push(d);
    sawDigit = true;
    lastUnderscore = false;
  }
  if (!sawDigit || lastUnderscore) fail();
  // Base 0 refuses "010" (but not "000"), as literals do.
  if (base === 0 && !prefixed && digits[0] === 0 && digits.some((d) => d !== 0)) fail();
  const limit = space.intMaxStrDigits;
  if ((b & (b - 1)) !== 0 && limit > 0 && digits.length > limit) {
    raise(
      'ValueError',
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (digits.length <= 10 && b <= 36) {
    let v = 0;
    for (const d of digits) v = v * b + d;
    if (Number.isSafeInteger(v)) return long_fromNumber(space, neg ? -v : v);
  }
  // BigInt reads bases 10, 16, 8 and 2 from text in one (sub-quadratic) step.
  const prefix = b === 10 ? '' : b === 16 ? '0x' : b === 8 ? '0o' : b === 2 ? '0b' : null;
  let v = 0n;
  if (prefix !== null) v = BigInt(prefix + digits.map((d) => d.toString(b)).join(''));
  else {
    const bb = BigInt(b);
    for (const d of digits) v = v * bb + BigInt(d);
  }
  return long_fromBigInt(space, neg ? -v : v);
}
