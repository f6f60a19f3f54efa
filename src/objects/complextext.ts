// complex(string): complex_from_string_inner of Objects/complexobject.c — an optional pair of
// parentheses, then `real`, `imag j`, or `real ± imag j`, each part a float literal (with
// single underscores between digits), `inf`, `infinity` or `nan`; a bare `j` means 1j.

import { raise } from './errors.js';

// One unsigned float literal as float() reads it.
const DIGITS = '\\d(?:_?\\d)*';
const NUMBER = `(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${NUMBER})$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?)(${NUMBER})?[jJ]$`, 'i');
const BOTH = new RegExp(`^([+-]?${NUMBER})([+-])(${NUMBER})?[jJ]$`, 'i');

// A matched literal (sign included) as a double.
function toDouble(text: string): number {
  const t = text.replace(/_/g, '').toLowerCase();
  const neg = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  const v = body.startsWith('inf') ? Number.POSITIVE_INFINITY : body === 'nan' ? Number.NaN : Number(body);
  return neg ? -v : v;
}

/** Parses complex()'s string argument into [real, imag]; ValueError if malformed. */
export function complex_parse(text: string): [number, number] {
  const malformed = (): never => raise('ValueError', 'complex() arg is a malformed string');
  let s = text.trim();
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) malformed();
    s = s.slice(1, -1).trim();
  }
  let m = REAL_ONLY.exec(s);
  if (m !== null) return [toDouble(m[1]), 0];
  m = IMAG_ONLY.exec(s);
  if (m !== null) return [0, toDouble(`${m[1]}${m[2] ?? '1'}`)];
  m = BOTH.exec(s);
  if (m !== null) return [toDouble(m[1]), toDouble(`${m[2]}${m[3] ?? '1'}`)];
  return malformed();
}
