// The format-spec mini-language (format(), str.format, f-strings) for int, float and str.
// https://docs.python.org/3.11/library/string.html#format-specification-mini-language

import { PyErr } from '../../objects/index.js';
import { exponentDigits, exponentText, fixedDigits } from './floatdigits.js';

/** A parsed format spec. */
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
}

/** Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export function parseSpec(spec: string): FormatSpec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([_,])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(
    spec,
  );
  if (m === null) throw new PyErr('ValueError', 'Invalid format specifier');
  const [, fill, align, sign, , alt, zero, width, grouping, precision, type] = m;
  return {
    fill: fill ?? (zero && !align ? '0' : ' '),
    align: align ?? (zero ? '=' : ''),
    sign: sign ?? '-',
    alt: alt !== undefined,
    zero: zero !== undefined,
    width: width === undefined ? 0 : Number(width),
    grouping: grouping ?? '',
    precision: precision === undefined ? null : Number(precision),
    type: type ?? '',
  };
}

function group(digits: string, sep: string, every: number): string {
  if (sep === '') return digits;
  const out: string[] = [];
  for (let i = digits.length; i > 0; i -= every) out.unshift(digits.slice(Math.max(0, i - every), i));
  return out.join(sep);
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

function pad(body: string, sign: string, prefix: string, spec: FormatSpec, defaultAlign: string): string {
  const align = spec.align || defaultAlign;
  const total = sign.length + prefix.length + codePoints(body);
  const fillN = Math.max(0, spec.width - total);
  const fill = spec.fill.repeat(fillN);
  switch (align) {
    case '<':
      return sign + prefix + body + fill;
    case '^': {
      const left = spec.fill.repeat(Math.floor(fillN / 2));
      const right = spec.fill.repeat(fillN - Math.floor(fillN / 2));
      return left + sign + prefix + body + right;
    }
    case '=':
      return sign + prefix + fill + body;
    default:
      return fill + sign + prefix + body;
  }
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** format(int, spec). */
export function formatInt(v: bigint, spec: FormatSpec): string {
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
    case 'c':
      return pad(String.fromCodePoint(Number(v)), '', '', spec, '<');
    case '':
    case 'd':
    case 'n':
      body = a.toString(10);
      break;
    default:
      throw new PyErr('ValueError', `Unknown format code '${spec.type}' for object of type 'int'`);
  }
  const every = 'box'.includes(spec.type.toLowerCase()) && spec.type !== '' ? 4 : 3;
  if (spec.align === '=' && spec.fill === '0' && spec.grouping) {
    const width = spec.width - signOf(neg, spec).length - prefix.length;
    let digits = body;
    while (group(digits, spec.grouping, every).length < width) digits = `0${digits}`;
    return signOf(neg, spec) + prefix + group(digits, spec.grouping, every);
  }
  body = group(body, spec.grouping, every);
  return pad(body, signOf(neg, spec), prefix, spec, '>');
}

/** format(float, spec); `repr` gives Python's repr for the empty type. */
export function formatFloat(v: number, spec: FormatSpec, repr?: (x: number) => string): string {
  if (spec.type !== '' && !'eEfFgGn%'.includes(spec.type))
    throw new PyErr('ValueError', `Unknown format code '${spec.type}' for object of type 'float'`);
  const neg = v < 0 || Object.is(v, -0);
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
    // The empty type with a precision is 'g' that keeps one digit after the point and
    // switches to exponent notation one digit sooner (format_float_short, Py_DTSF_ADD_DOT_0).
    const pp = p === 0 ? 1 : p;
    const exp = exponentDigits(a, pp - 1).exp;
    if (exp >= -4 && exp < (t === '' ? pp - 1 : pp)) {
      body = fixedDigits(a, Math.max(0, pp - 1 - exp));
      if (!spec.alt) body = body.includes('.') ? body.replace(/\.?0+$/, '') : body;
      if (t === '' && !body.includes('.')) body += '.0';
    } else {
      body = exponentText(a, pp - 1);
      if (!spec.alt) body = body.replace(/(\.\d*?)0+e/, '$1e').replace('.e', 'e');
    }
    if (t === 'G') body = body.toUpperCase();
  } else {
    body = repr ? repr(a) : String(a);
  }
  if (spec.alt && Number.isFinite(scaled) && !body.includes('.')) {
    // '#': the decimal point stays even with no digits after it.
    const at = body.search(/[eE%]/);
    body = at < 0 ? `${body}.` : `${body.slice(0, at)}.${body.slice(at)}`;
  }
  if (spec.grouping && Number.isFinite(a)) {
    const [int, frac] = body.split('.');
    body = group(int, spec.grouping, 3) + (frac !== undefined ? `.${frac}` : '');
  }
  return pad(body, signOf(neg, spec), '', spec, '>');
}

/** format(str, spec). */
export function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== '' && spec.type !== 's') {
    throw new PyErr('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.sign !== '-') throw new PyErr('ValueError', 'Sign not allowed in string format specifier');
  const body = spec.precision !== null ? Array.from(s).slice(0, spec.precision).join('') : s;
  return pad(body, '', '', spec, '<');
}
