// repr(str) with Python's quoting and escaping rules (unicode_repr in Objects/unicodeobject.c).
//
// The quote is ' unless the text has a ' and no ", then ". Backslash and the chosen quote
// are escaped; \t \n \r by name; other characters below ' ' and DEL as \xhh; non-ASCII
// characters stay as they are when printable (Py_UNICODE_ISPRINTABLE), else \xhh, \uhhhh
// or \Uhhhhhhhh by size. Printability here comes from the JS engine's Unicode tables
// (the categories Cc Cf Cs Co Cn Zl Zp Zs, except the space, are not printable).

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { lengthOf, readChar } from './strkinds.js';

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Py_UNICODE_ISPRINTABLE for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp > 0x20;
  if (cp >= 0xd800 && cp < 0xe000) return false;
  return !NOT_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** unicode_repr: repr(s) as a JS string. */
export function unicode_repr(space: ObjectSpace, op: Ptr): string {
  const mem = space.rt.mem;
  const n = lengthOf(mem, op);
  let squote = false;
  let dquote = false;
  for (let i = 0; i < n; i++) {
    const c = readChar(mem, op, i);
    if (c === 0x27) squote = true;
    else if (c === 0x22) dquote = true;
  }
  const quote = squote && !dquote ? '"' : "'";
  const out: string[] = [quote];
  for (let i = 0; i < n; i++) {
    const c = readChar(mem, op, i);
    if (c === quote.charCodeAt(0) || c === 0x5c) out.push(`\\${String.fromCharCode(c)}`);
    else if (c === 0x09) out.push('\\t');
    else if (c === 0x0a) out.push('\\n');
    else if (c === 0x0d) out.push('\\r');
    else if (c < 0x20 || c === 0x7f) out.push(`\\x${hex(c, 2)}`);
    else if (c < 0x7f) out.push(String.fromCharCode(c));
    else if (isPrintable(c)) out.push(String.fromCodePoint(c));
    else if (c <= 0xff) out.push(`\\x${hex(c, 2)}`);
    else if (c <= 0xffff) out.push(`\\u${hex(c, 4)}`);
    else out.push(`\\U${hex(c, 8)}`);
  }
  out.push(quote);
  return out.join('');
}
