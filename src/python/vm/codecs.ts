// The standard codecs behind str.encode, bytes.decode, str(b, encoding) and bytes(s, encoding):
// utf-8 (and utf-8-sig), ascii, latin-1, utf-16 and utf-32 (with BOM, -le, -be), with the
// error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// surrogateescape and surrogatepass, and CPython's UnicodeError messages.

import { latin1Text, PyErr } from '../../objects/index.js';
import { nameOf } from '../modules/unicodedata.js';

/** A UnicodeEncodeError / UnicodeDecodeError with its five arguments (encoding, object, start, end, reason). */
export class UnicodeErr extends PyErr {
  constructor(
    excType: 'UnicodeEncodeError' | 'UnicodeDecodeError',
    message: string,
    readonly encoding: string,
    readonly object: string | Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(excType, message);
  }
}

type Codec =
  | 'utf-8'
  | 'utf-8-sig'
  | 'ascii'
  | 'latin-1'
  | 'utf-16'
  | 'utf-16-le'
  | 'utf-16-be'
  | 'utf-32'
  | 'utf-32-le'
  | 'utf-32-be';

const ALIASES: Record<string, Codec> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  u8: 'utf-8',
  utf: 'utf-8',
  'utf8-ucs2': 'utf-8',
  'utf8-ucs4': 'utf-8',
  cp65001: 'utf-8',
  'utf-8-sig': 'utf-8-sig',
  'utf8-sig': 'utf-8-sig',
  ascii: 'ascii',
  'us-ascii': 'ascii',
  '646': 'ascii',
  'iso646-us': 'ascii',
  'latin-1': 'latin-1',
  latin1: 'latin-1',
  latin: 'latin-1',
  l1: 'latin-1',
  'iso-8859-1': 'latin-1',
  'iso8859-1': 'latin-1',
  '8859': 'latin-1',
  cp819: 'latin-1',
  'utf-16': 'utf-16',
  utf16: 'utf-16',
  'utf-16-le': 'utf-16-le',
  'utf-16le': 'utf-16-le',
  'utf-16-be': 'utf-16-be',
  'utf-16be': 'utf-16-be',
  'utf-32': 'utf-32',
  utf32: 'utf-32',
  'utf-32-le': 'utf-32-le',
  'utf-32le': 'utf-32-le',
  'utf-32-be': 'utf-32-be',
  'utf-32be': 'utf-32-be',
};

// CPython's display names in error messages.
const DISPLAY: Record<Codec, string> = {
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  ascii: 'ascii',
  'latin-1': 'latin-1',
  'utf-16': 'utf-16',
  'utf-16-le': 'utf-16-le',
  'utf-16-be': 'utf-16-be',
  'utf-32': 'utf-32',
  'utf-32-le': 'utf-32-le',
  'utf-32-be': 'utf-32-be',
};

const HANDLERS = new Set([
  'strict',
  'ignore',
  'replace',
  'backslashreplace',
  'xmlcharrefreplace',
  'surrogateescape',
  'surrogatepass',
  'namereplace',
]);

/** The codec for an encoding name (LookupError for an unknown one). */
function lookup(encoding: string): Codec {
  const key = encoding.toLowerCase().replace(/[_ ]/g, '-');
  const codec = ALIASES[key] ?? ALIASES[key.replace(/-/g, '')];
  if (codec === undefined) throw new PyErr('LookupError', `unknown encoding: ${encoding}`);
  return codec;
}

/** Whether `encoding` names one of the native codecs (the others go through the codecs module). */
export function isNativeEncoding(encoding: string): boolean {
  const key = encoding.toLowerCase().replace(/[_ ]/g, '-');
  return (ALIASES[key] ?? ALIASES[key.replace(/-/g, '')]) !== undefined;
}

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw new PyErr('LookupError', `unknown error handler name '${errors}'`);
}

// '\xe9', '\u20ac', '\U0001f600' as UnicodeEncodeError shows a character.
function escapeChar(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** Encodes `s` (a JS string; lone surrogates allowed) as str.encode(encoding, errors) does. */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookup(encoding);
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const utf = codec.startsWith('utf');
  if (codec === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
  if (codec === 'utf-16') out.push(0xff, 0xfe);
  if (codec === 'utf-32') out.push(0xff, 0xfe, 0, 0);
  const bad = (cp: number) => cp >= limit || (utf && cp >= 0xd800 && cp < 0xe000);
  const emit = (cp: number) => {
    if (codec === 'utf-8' || codec === 'utf-8-sig') {
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    } else if (codec.startsWith('utf-16')) {
      const units =
        cp >= 0x10000 ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      for (const u of units) out.push(...(codec === 'utf-16-be' ? [u >> 8, u & 255] : [u & 255, u >> 8]));
    } else if (codec.startsWith('utf-32')) {
      const b = [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, cp >>> 24];
      out.push(...(codec === 'utf-32-be' ? b.reverse() : b));
    } else out.push(cp);
  };
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      emit(cp);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    if (errors === 'surrogatepass' && utf && cps.slice(i, end).every((c) => c >= 0xd800 && c < 0xe000)) {
      for (let k = i; k < end; k++) emit(cps[k]);
      i = end - 1;
      continue;
    }
    if (errors === 'surrogateescape' && cps.slice(i, end).every((c) => c >= 0xdc80 && c < 0xdd00)) {
      for (let k = i; k < end; k++) out.push(cps[k] - 0xdc00);
      i = end - 1;
      continue;
    }
    if (errors === 'strict' || errors === 'surrogateescape' || errors === 'surrogatepass') {
      const reason =
        cp >= 0xd800 && cp < 0xe000 && utf ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      const what =
        end === i + 1
          ? `character '${escapeChar(cp)}' in position ${i}`
          : `characters in position ${i}-${end - 1}`;
      const msg = `'${DISPLAY[codec]}' codec can't encode ${what}: ${reason}`;
      throw new UnicodeErr('UnicodeEncodeError', msg, DISPLAY[codec], s, i, end, reason);
    }
    checkHandler(errors);
    for (let k = i; k < end; k++) {
      const c = cps[k];
      let text = '';
      if (errors === 'replace') text = '?';
      else if (errors === 'backslashreplace') text = escapeChar(c);
      else if (errors === 'namereplace') {
        const name = nameOf(c);
        text = name === null ? escapeChar(c) : `\\N{${name}}`;
      } else if (errors === 'xmlcharrefreplace') text = `&#${c};`;
      for (const ch of text) emit(ch.codePointAt(0) as number);
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

// A decode error at [start, end) for `reason`, through the handler: its replacement text.
function decodeError(
  codec: Codec | string,
  b: Uint8Array,
  start: number,
  end: number,
  reason: string,
  errors: string,
): string {
  if (errors === 'strict') {
    const what =
      end === start + 1
        ? `byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}`
        : `bytes in position ${start}-${end - 1}`;
    const name = DISPLAY[codec as Codec] ?? codec;
    throw new UnicodeErr(
      'UnicodeDecodeError',
      `'${name}' codec can't decode ${what}: ${reason}`,
      name,
      b,
      start,
      end,
      reason,
    );
  }
  checkHandler(errors);
  if (errors === 'ignore') return '';
  if (errors === 'replace') return '\ufffd';
  let out = '';
  for (let k = start; k < end; k++) {
    if (errors === 'backslashreplace') out += `\\x${b[k].toString(16).padStart(2, '0')}`;
    else if (errors === 'surrogateescape' && b[k] >= 0x80) out += String.fromCharCode(0xdc00 + b[k]);
    else
      throw new UnicodeErr(
        'UnicodeDecodeError',
        `'${DISPLAY[codec as Codec] ?? codec}' codec can't decode byte 0x${b[k].toString(16).padStart(2, '0')} in position ${k}: ${reason}`,
        DISPLAY[codec as Codec] ?? codec,
        b,
        k,
        k + 1,
        reason,
      );
  }
  return out;
}

/** Decodes bytes as bytes.decode(encoding, errors) does. */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const codec = lookup(encoding);
  if (codec === 'latin-1') return latin1Text(b);
  if (codec === 'ascii') {
    let out = '';
    for (let i = 0; i < b.length; i++) {
      out +=
        b[i] < 0x80
          ? String.fromCharCode(b[i])
          : decodeError(codec, b, i, i + 1, 'ordinal not in range(128)', errors);
    }
    return out;
  }
  if (codec === 'utf-8' || codec === 'utf-8-sig') {
    const start = codec === 'utf-8-sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    return decodeUtf8Strict(b, start, errors);
  }
  return decodeWide(codec, b, errors);
}

function decodeUtf8Strict(b: Uint8Array, from: number, errors: string): string {
  let out = '';
  let i = from;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      let j = i;
      while (j < n && b[j] < 0x80) j++;
      out += latin1Text(b.subarray(i, j));
      i = j;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) {
      out += decodeError('utf-8', b, i, i + 1, 'invalid start byte', errors);
      i++;
      continue;
    }
    // The allowed range of the second byte (excludes overlongs, surrogates, > U+10FFFF).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) {
        ok = false;
        break;
      }
      const d = b[i + k];
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      const reason = i + k >= n ? 'unexpected end of data' : 'invalid continuation byte';
      out += decodeError('utf-8', b, i, i + k, reason, errors);
      i += k;
      continue;
    }
    let cp = c & (0x3f >> need);
    for (let m = 1; m <= need; m++) cp = (cp << 6) | (b[i + m] & 0x3f);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function decodeWide(codec: Codec, b: Uint8Array, errors: string): string {
  const wide = codec.startsWith('utf-32') ? 4 : 2;
  let big = codec.endsWith('-be');
  let i = 0;
  if (codec === 'utf-16' || codec === 'utf-32') {
    if (wide === 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (wide === 2 && b[0] === 0xfe && b[1] === 0xff) {
      big = true;
      i = 2;
    } else if (wide === 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (wide === 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      big = true;
      i = 4;
    }
  }
  const name = codec === 'utf-16' || codec === 'utf-32' ? `${codec}-${big ? 'be' : 'le'}` : codec;
  const unit = (at: number) => {
    let v = 0;
    for (let k = 0; k < wide; k++) v |= b[at + (big ? k : wide - 1 - k)] << (8 * (wide - 1 - k));
    return v >>> 0;
  };
  let out = '';
  while (i < b.length) {
    if (i + wide > b.length) {
      out += decodeError(name, b, i, b.length, 'truncated data', errors);
      break;
    }
    const u = unit(i);
    if (wide === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u < 0xe000)) {
        out += decodeError(name, b, i, i + 4, 'code point not in range(0x110000)', errors);
      } else out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u >= 0xd800 && u < 0xdc00) {
      if (i + 4 > b.length) {
        out += decodeError(name, b, i, b.length, 'unexpected end of data', errors);
        break;
      }
      const lo = unit(i + 2);
      if (lo >= 0xdc00 && lo < 0xe000) {
        out += String.fromCodePoint(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00));
        i += 4;
        continue;
      }
      out += decodeError(name, b, i, i + 2, 'illegal UTF-16 surrogate', errors);
      i += 2;
      continue;
    }
    if (u >= 0xdc00 && u < 0xe000) {
      out += decodeError(name, b, i, i + 2, 'illegal encoding', errors);
      i += 2;
      continue;
    }
    out += String.fromCharCode(u);
    i += 2;
  }
  return out;
}
