// The format-spec mini-language (format(), str.format, f-strings) for int, float and str, as
// Python/formatter_unicode.c: parse_internal_render_format_spec's checks and messages, then
// calc_number_widths' layout (sign, prefix, zero padding that counts separators, grouping).
// https://docs.python.org/3.11/library/string.html#format-specification-mini-language

import { PyErr } from '../../objects/index.js';
import { exponentDigits, exponentText, fixedDigits } from './floatdigits.js';

// The longest string V8 makes (2**29 - 24 UTF-16 units); a wider field is a MemoryError,
// as CPython's allocation of it would be on this machine.
const MAX_PADDED = 2 ** 29 - 24;

// `fill` repeated `k` times, or MemoryError when the field is wider than a string can be.
function fillRepeat(fill: string, k: number): string {
  if (k > MAX_PADDED) throw new PyErr('MemoryError', '');
  return fill.repeat(k);
}

/** A parsed format spec (width -1 or 0: none; align '': the type's default). */
export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
  /** 'z': a negative zero after rounding loses its sign (floats only). */
  noNeg0?: boolean;
}

/** Which built-in `__format__` parses the spec: its default type and alignment. */
export type SpecKind = 'int' | 'float' | 'str';

const ALIGNS = '<>=^';

// A character for a message as CPython prints it: '\x1' for unprintable ones.
function charText(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code > 32 && code < 128 ? c : `\\x${code.toString(16)}`;
}

/** The ValueError for a presentation type `type` the object's __format__ does not know. */
export function unknownFormatCode(type: string, typeName: string): PyErr {
  return new PyErr('ValueError', `Unknown format code '${charText(type)}' for object of type '${typeName}'`);
}

/**
 * Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` as
 * parse_internal_render_format_spec does for `kind`, with its errors.
 */
export function parseSpec(spec: string, kind: SpecKind = 'float', typeName = 'float'): FormatSpec {
  const cs = Array.from(spec);
  const defaultAlign = kind === 'str' ? '<' : '>';
  let pos = 0;
  let fill = ' ';
  let align = '';
  let fillGiven = false;
  let alignGiven = false;
  if (cs.length >= 2 && ALIGNS.includes(cs[1])) {
    fill = cs[0];
    align = cs[1];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (cs.length >= 1 && ALIGNS.includes(cs[0])) {
    align = cs[0];
    alignGiven = true;
    pos = 1;
  }
  let sign = '';
  if (pos < cs.length && '+- '.includes(cs[pos])) sign = cs[pos++];
  let noNeg0 = false;
  if (cs[pos] === 'z') {
    noNeg0 = true;
    pos++;
  }
  let alt = false;
  if (cs[pos] === '#') {
    alt = true;
    pos++;
  }
  let zero = false;
  if (!fillGiven && cs[pos] === '0') {
    zero = true;
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
    pos++;
  }
  const integer = (): number => {
    let digits = '';
    while (pos < cs.length && cs[pos] >= '0' && cs[pos] <= '9') digits += cs[pos++];
    if (digits === '') return -1;
    const v = Number(digits);
    if (!(v <= Number.MAX_SAFE_INTEGER) || digits.length > 18)
      throw new PyErr('ValueError', 'Too many decimal digits in format string');
    return v;
  };
  const width = integer();
  let grouping = '';
  if (cs[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (cs[pos] === '_') {
    if (grouping !== '') throw new PyErr('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (cs[pos] === ',' && grouping === '_') throw new PyErr('ValueError', "Cannot specify both ',' and '_'.");
  let precision: number | null = null;
  if (cs[pos] === '.') {
    pos++;
    const p = integer();
    if (p < 0) throw new PyErr('ValueError', 'Format specifier missing precision');
    precision = p;
  }
  if (cs.length - pos > 1)
    throw new PyErr('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const type = pos < cs.length ? cs[pos] : kind === 'int' ? 'd' : kind === 'str' ? 's' : '';
  if (grouping !== '' && !'defgEG%F'.includes(type) && !(grouping === '_' && 'boxX'.includes(type)))
    throw new PyErr('ValueError', `Cannot specify '${grouping}' with '${charText(type)}'.`);
  return { fill, align, sign, alt, zero, width, grouping, precision, type, noNeg0 };
}

// Characters as Python counts them (a surrogate pair is one).
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) n--;
    }
  }
  return n;
}

/**
 * _PyUnicode_InsertThousandsGrouping: `digits` in groups of `size` (0: no grouping) joined
 * by `sep`, left-padded with '0' digits (separators included) to at least `minWidth`.
 */
function insertGrouping(digits: string, minWidth: number, size: number, sep: string): string {
  let remaining = digits.length;
  let mw = minWidth;
  let end = digits.length;
  const parts: string[] = [];
  const take = (len: number) => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    parts.unshift('0'.repeat(zeros) + digits.slice(end - chars, end));
    end -= chars;
    remaining -= chars;
  };
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, mw, 1));
      take(len);
      mw -= len;
      if (remaining <= 0 && mw <= 0) return parts.join(sep);
      mw -= sep.length;
    }
  }
  take(Math.max(remaining, mw, 1));
  return parts.join(sep);
}

/**
 * calc_number_widths + fill_number: `sign prefix digits decimal remainder` padded to the
 * spec's width; '0' fill with '=' alignment pads the digits themselves (and their groups).
 */
function layoutNumber(
  sign: string,
  prefix: string,
  digits: string,
  decimal: string,
  remainder: string,
  spec: FormatSpec,
): string {
  const align = spec.align || '>';
  const nonDigits = sign.length + prefix.length + decimal.length + codePoints(remainder);
  const minWidth = spec.fill === '0' && align === '=' ? spec.width - nonDigits : 0;
  if (minWidth > MAX_PADDED) throw new PyErr('MemoryError', '');
  const sep = spec.grouping;
  const size = sep === '' ? 0 : sep === '_' && spec.type !== '' && 'boxX'.includes(spec.type) ? 4 : 3;
  const grouped = digits === '' ? '' : insertGrouping(digits, minWidth, size, sep);
  const padding = spec.width - (nonDigits + grouped.length);
  let left = '';
  let middle = '';
  let right = '';
  if (padding > 0) {
    const fill = (k: number) => fillRepeat(spec.fill, k);
    if (align === '<') right = fill(padding);
    else if (align === '^') {
      left = fill(Math.floor(padding / 2));
      right = fill(padding - Math.floor(padding / 2));
    } else if (align === '=') middle = fill(padding);
    else left = fill(padding);
  }
  return left + sign + prefix + middle + grouped + decimal + remainder + right;
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/**
 * format(int, spec) for the types b, c, d, n, o, x, X (format_long_internal). `percent`: the
 * printf-style caller, whose precision is a minimum digit count and which pads by itself.
 */
export function formatInt(v: bigint, spec: FormatSpec, percent = false): string {
  if (!percent) {
    if (spec.precision !== null)
      throw new PyErr('ValueError', 'Precision not allowed in integer format specifier');
    if (spec.noNeg0)
      throw new PyErr('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (spec.type === 'c') {
    if (spec.sign !== '') throw new PyErr('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alt)
      throw new PyErr('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)
      throw new PyErr('OverflowError', 'Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) throw new PyErr('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber('', '', '', '', String.fromCodePoint(Number(v)), spec);
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  let body: string;
  let prefix = '';
  switch (spec.type) {
    case 'b':
      body = a.toString(2);
      if (spec.alt) prefix = '0b';
      break;
    case 'o':
      body = a.toString(8);
      if (spec.alt) prefix = '0o';
      break;
    case 'x':
      body = a.toString(16);
      if (spec.alt) prefix = '0x';
      break;
    case 'X':
      body = a.toString(16).toUpperCase();
      if (spec.alt) prefix = '0X';
      break;
    case '':
    case 'd':
    case 'n':
      body = a.toString(10);
      break;
    default:
      throw unknownFormatCode(spec.type, 'int');
  }
  if (percent && spec.precision !== null) body = body.padStart(spec.precision, '0');
  return layoutNumber(signOf(neg, spec), prefix, body, '', '', spec);
}

/**
 * PyOS_double_to_string for a format spec: the sign and the unsigned text of `v` (type ''
 * without a precision is repr's; `addDot0`: Py_DTSF_ADD_DOT_0, which float's '' type has and
 * complex's has not).
 */
function floatParts(
  v: number,
  spec: FormatSpec,
  repr: ((x: number) => string) | undefined,
  addDot0: boolean,
): { neg: boolean; body: string } {
  let neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let body: string;
  // 'n' is 'g' with the locale's separators; pymm's locale is C's.
  const t = spec.type === 'n' ? 'g' : spec.type;
  const p = spec.precision ?? 6;
  const scaled = t === '%' ? a * 100 : a;
  if (!Number.isFinite(scaled)) {
    body = Number.isNaN(a) ? 'nan' : 'inf';
    if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
    if (t === '%') body += '%';
  } else if (t === 'f' || t === 'F') {
    body = fixedDigits(a, p);
  } else if (t === '%') {
    body = `${fixedDigits(scaled, p)}%`;
  } else if (t === 'e' || t === 'E') {
    body = exponentText(a, p);
    if (t === 'E') body = body.toUpperCase();
  } else if (t === 'g' || t === 'G' || (t === '' && spec.precision !== null)) {
    // The empty type with a precision is 'g'; with Py_DTSF_ADD_DOT_0 it keeps one digit after
    // the point and switches to exponent notation one digit sooner (format_float_short).
    const dot0 = t === '' && addDot0;
    const pp = p === 0 ? 1 : p;
    const exp = exponentDigits(a, pp - 1).exp;
    if (exp >= -4 && exp < (dot0 ? pp - 1 : pp)) {
      body = fixedDigits(a, Math.max(0, pp - 1 - exp));
      if (!spec.alt) body = body.includes('.') ? body.replace(/\.?0+$/, '') : body;
      if (dot0 && !body.includes('.')) body += '.0';
    } else {
      body = exponentText(a, pp - 1);
      if (!spec.alt) body = body.replace(/(\.\d*?)0+e/, '$1e').replace('.e', 'e');
    }
    if (t === 'G') body = body.toUpperCase();
  } else {
    body = repr ? repr(a) : String(a);
    if (!addDot0 && body.endsWith('.0')) body = body.slice(0, -2);
  }
  if (spec.alt && Number.isFinite(scaled) && !body.includes('.')) {
    // '#': the decimal point stays even with no digits after it.
    const at = body.search(/[eE%]/);
    body = at < 0 ? `${body}.` : `${body.slice(0, at)}.${body.slice(at)}`;
  }
  // 'z': a result that rounded to zero is printed without its minus sign.
  if (neg && spec.noNeg0 && Number.isFinite(scaled) && !/[1-9]/.test(body.replace(/[eE][-+]\d+$/, '')))
    neg = false;
  return { neg, body };
}

// parse_number: leading digits, then an optional decimal point, then the remainder.
function numberParts(body: string): [string, string, string] {
  const m = /^(\d*)(\.?)(.*)$/s.exec(body) as RegExpExecArray;
  return [m[1], m[2], m[3]];
}

/** format(float, spec) (format_float_internal); `repr` gives Python's repr for the empty type. */
export function formatFloat(
  v: number,
  spec: FormatSpec,
  repr?: (x: number) => string,
  typeName = 'float',
): string {
  if (spec.type !== '' && !'eEfFgGn%'.includes(spec.type)) throw unknownFormatCode(spec.type, typeName);
  checkPrecision(spec);
  const { neg, body } = floatParts(v, spec, repr, true);
  return layoutNumber(signOf(neg, spec), '', ...numberParts(body), spec);
}

// format_float_internal / format_complex_internal: a precision past INT_MAX is refused; one
// whose digits no string can hold is a MemoryError.
function checkPrecision(spec: FormatSpec): void {
  if (spec.precision === null) return;
  if (spec.precision > 2 ** 31 - 1) throw new PyErr('ValueError', 'precision too big');
  if (spec.precision > MAX_PADDED) throw new PyErr('MemoryError', '');
}

/** format(complex, spec) (format_complex_internal): both parts laid out, then padded as a whole. */
export function formatComplex(
  re: number,
  im: number,
  spec: FormatSpec,
  repr: (x: number) => string,
  typeName = 'complex',
): string {
  if (spec.type !== '' && !'eEfFgGn'.includes(spec.type)) throw unknownFormatCode(spec.type, typeName);
  checkPrecision(spec);
  if (spec.fill === '0')
    throw new PyErr('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=')
    throw new PyErr('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  const bare = spec.type === '';
  const skipRe = bare && re === 0 && !Object.is(re, -0);
  const parens = bare && !skipRe;
  const unpadded: FormatSpec = { ...spec, fill: ' ', align: '<', width: -1 };
  const r = floatParts(re, spec, repr, false);
  const i = floatParts(im, spec, repr, false);
  const reText = skipRe ? '' : layoutNumber(signOf(r.neg, spec), '', ...numberParts(r.body), unpadded);
  const imSign = skipRe ? signOf(i.neg, spec) : i.neg ? '-' : '+';
  const imText = layoutNumber(imSign, '', ...numberParts(i.body), unpadded);
  const body = parens ? `(${reText}${imText}j)` : `${reText}${imText}j`;
  const padding = spec.width - codePoints(body);
  if (padding <= 0) return body;
  const align = spec.align || '>';
  const left = align === '>' ? padding : align === '^' ? Math.floor(padding / 2) : 0;
  return fillRepeat(spec.fill, left) + body + fillRepeat(spec.fill, padding - left);
}

/** format(str, spec) (format_string_internal). */
export function formatStr(s: string, spec: FormatSpec, typeName = 'str'): string {
  if (spec.type !== 's') throw unknownFormatCode(spec.type, typeName);
  if (spec.sign === ' ') throw new PyErr('ValueError', 'Space not allowed in string format specifier');
  if (spec.sign !== '') throw new PyErr('ValueError', 'Sign not allowed in string format specifier');
  if (spec.noNeg0)
    throw new PyErr('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alt) throw new PyErr('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=')
    throw new PyErr('ValueError', "'=' alignment not allowed in string format specifier");
  let body = s;
  let len = codePoints(s);
  if (spec.precision !== null && len > spec.precision) {
    body = Array.from(s).slice(0, spec.precision).join('');
    len = spec.precision;
  }
  const padding = spec.width - len;
  if (padding <= 0) return body;
  const align = spec.align || '<';
  const left = align === '>' ? padding : align === '^' ? Math.floor(padding / 2) : 0;
  return fillRepeat(spec.fill, left) + body + fillRepeat(spec.fill, padding - left);
}
