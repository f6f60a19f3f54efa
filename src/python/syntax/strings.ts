// String literal decoding: prefixes, quotes, backslash escapes for str and bytes (as CPython's
// Parser/string_parser.c decodes them). Adjacent literals are joined by fstrings.ts.

import type { Token } from './tokens.js';

/** A string token taken apart: its prefix flags and the text between the quotes. */
export interface StringPiece {
  tok: Token;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** Whether the prefix was `u`/`U` (ast records kind='u'). */
  unicode: boolean;
  /** Text between the quotes, undecoded. */
  body: string;
  /** Index of the body's first character in the token text. */
  bodyStart: number;
}

/** Splits a STRING token into prefix flags and body. */
export function splitString(tok: Token): StringPiece {
  const s = tok.s;
  let p = 0;
  while (s[p] !== '"' && s[p] !== "'") p++;
  const prefix = s.slice(0, p).toLowerCase();
  const q = s[p]!;
  const ql = s.startsWith(q + q + q, p) && s.length >= p + 6 ? 3 : 1;
  return {
    tok,
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    fstring: prefix.includes('f'),
    unicode: s.slice(0, p) === 'u',
    body: s.slice(p + ql, s.length - ql),
    bodyStart: p + ql,
  };
}

/** Raised by decoders; the caller turns it into a located PySyntaxError. */
export class DecodeError {
  readonly msg: string;
  constructor(msg: string) {
    this.msg = msg;
  }
}

const SIMPLE: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Decodes the backslash escapes of a (non-raw) str literal body. */
export function decodeStr(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf('\\', i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    const c = body[j + 1];
    if (c === undefined) {
      throw new DecodeError(
        `(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${escapedPos(body, j)}: \\ at end of string`,
      );
    }
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      out += simple;
      i = j + 2;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let k = j + 1;
      while (k < n && k < j + 4 && body[k]! >= '0' && body[k]! <= '7') k++;
      out += String.fromCodePoint(Number.parseInt(body.slice(j + 1, k), 8));
      i = k;
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = body.slice(j + 2, j + 2 + len);
      if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length < len) {
        let k = 0;
        while (k < hex.length && /[0-9a-fA-F]/.test(hex[k]!)) k++;
        const what = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        const a = escapedPos(body, j);
        const b = escapedPos(body, j + 2 + k) - 1;
        throw new DecodeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b}: truncated ${what} escape`,
        );
      }
      const cp = Number.parseInt(hex, 16);
      if (cp > 0x10ffff) {
        const a = escapedPos(body, j);
        throw new DecodeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${a + 9}: illegal Unicode character`,
        );
      }
      out += String.fromCodePoint(cp);
      i = j + 2 + len;
      continue;
    }
    if (c === 'N') {
      i = decodeNamedEscape(body, j);
      out += String.fromCodePoint(namedCode as number);
      continue;
    }
    // Unknown escapes keep their backslash (CPython warns and does the same).
    out += `\\${c}`;
    i = j + 2;
  }
  return out;
}

/** How \\N{name} finds its code point (null: no such name); set by the unicodedata module. */
let charByName: ((name: string) => number | null) | null = null;

/** Makes `f` the lookup of \\N{name} escapes (the syntax layer has no character names of its own). */
export function setCharacterNameLookup(f: (name: string) => number | null): void {
  charByName = f;
}

/** The code point decodeNamedEscape found. */
let namedCode: number | null = null;

// \N{name} at body[j]: sets namedCode and returns the index after the escape, or throws
// CPython's errors (positions as its unicodeescape decoder counts them).
function decodeNamedEscape(body: string, j: number): number {
  let s = j + 2;
  if (body[s] === '{') {
    const start = ++s;
    while (s < body.length && body[s] !== '}') s++;
    if (s > start && s < body.length) {
      namedCode = charByName?.(body.slice(start, s)) ?? null;
      if (namedCode !== null) return s + 1;
      throw new DecodeError(
        `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escapedPos(body, j)}-${escapedPos(body, s)}: unknown Unicode character name`,
      );
    }
  }
  throw new DecodeError(
    `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escapedPos(body, j)}-${escapedPos(body, s) - 1}: malformed \\N character escape`,
  );
}

/** Decodes a bytes literal body (escapes unless raw); non-ASCII characters are an error. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; ) {
    const c = body[i]!;
    const k = c.charCodeAt(0);
    if (k >= 0x80) throw new DecodeError('bytes can only contain ASCII literal characters');
    if (c !== '\\' || raw) {
      out.push(k);
      i++;
      continue;
    }
    const d = body[i + 1];
    if (d === undefined) {
      out.push(92);
      i++;
      continue;
    }
    const simple = SIMPLE[d];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
      continue;
    }
    if (d >= '0' && d <= '7') {
      let e = i + 1;
      while (e < n && e < i + 4 && body[e]! >= '0' && body[e]! <= '7') e++;
      out.push(Number.parseInt(body.slice(i + 1, e), 8) & 0xff);
      i = e;
      continue;
    }
    if (d === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw new DecodeError(`(value error) invalid \\x escape at position ${i}`);
      }
      out.push(Number.parseInt(hex, 16));
      i += 4;
      continue;
    }
    if (d.charCodeAt(0) >= 0x80) throw new DecodeError('bytes can only contain ASCII literal characters');
    out.push(92, d.charCodeAt(0));
    i += 2;
  }
  return Uint8Array.from(out);
}

/**
 * The position of a character index as CPython's decoder reports it: the parser hands the
 * codec the literal with every non-ASCII character written as a 10-byte \\UXXXXXXXX escape.
 */
function escapedPos(s: string, idx: number): number {
  let b = 0;
  for (let i = 0; i < idx; i++) {
    const k = s.charCodeAt(i);
    if (k < 0x80) b += 1;
    else if (
      k >= 0xdc00 &&
      k <= 0xdfff &&
      i > 0 &&
      s.charCodeAt(i - 1) >= 0xd800 &&
      s.charCodeAt(i - 1) <= 0xdbff
    )
      continue;
    else b += 10;
  }
  return b;
}
