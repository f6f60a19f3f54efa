// The keys of a mapping pattern as CPython 3.11's compiler sees them: its AST optimizer has
// folded the literal forms the grammar admits (`-1`, `1+2j`, `-0-0j`) into constants, and
// compiler_pattern_mapping refuses a key equal to an earlier one (a set lookup, so 1, 1.0
// and True are the same key) with the repr of the repeated one.

import { float_repr } from '../../objects/floatrepr.js';
import type { ConstantValue, Node } from './node.js';

/** A numeric literal's value: a real part (an int while exact) and, for a complex, an imaginary part. */
interface NumberValue {
  re: bigint | number;
  im: number | null;
  bool?: boolean;
}

function numberOf(v: ConstantValue): NumberValue | null {
  if (v.tag === 'int') return { re: v.value, im: null };
  if (v.tag === 'bool') return { re: v.value ? 1n : 0n, im: null, bool: v.value };
  if (v.tag === 'float') return { re: v.value, im: null };
  if (v.tag === 'complex') return { re: 0, im: v.imag };
  return null;
}

// The value of a signed number or complex literal (the only operators a pattern key can hold).
function literalNumber(k: Node): NumberValue | null {
  if (k._type === 'Constant') return numberOf(k.value as ConstantValue);
  if (k._type === 'UnaryOp' && k.op._type === 'USub') {
    const x = literalNumber(k.operand);
    if (x === null) return null;
    if (x.im !== null) return { re: -Number(x.re), im: -x.im };
    return { re: typeof x.re === 'bigint' ? -x.re : -x.re, im: null };
  }
  if (k._type === 'BinOp' && (k.op._type === 'Add' || k.op._type === 'Sub')) {
    const l = literalNumber(k.left);
    const r = literalNumber(k.right);
    if (l === null || r === null || r.im === null) return null;
    // complex arithmetic on the real operand made complex (imaginary part +0.0).
    const lre = Number(l.re);
    const lim = l.im ?? 0;
    const rre = Number(r.re);
    return k.op._type === 'Add' ? { re: lre + rre, im: lim + r.im } : { re: lre - rre, im: lim - r.im };
  }
  return null;
}

// A text equal for keys Python finds equal; a NaN is equal to nothing but itself.
function numberKey(x: NumberValue, k: Node): string | Node {
  const re = x.re;
  if (typeof re === 'number' && Number.isNaN(re)) return k;
  if (x.im !== null && Number.isNaN(x.im)) return k;
  if (x.im !== null && x.im !== 0) return `c:${re}:${x.im}`;
  if (typeof re === 'bigint') return `r:${re}`;
  if (Number.isInteger(re)) return `r:${BigInt(re)}`;
  return `r:${re}`;
}

// repr of a complex's part: format code 'r' without the ".0" of integral floats.
function part(x: number): string {
  const s = float_repr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

function numberRepr(x: NumberValue): string {
  if (x.bool !== undefined) return x.bool ? 'True' : 'False';
  if (x.im === null) return typeof x.re === 'bigint' ? String(x.re) : float_repr(x.re);
  const re = Number(x.re);
  if (re === 0 && !Object.is(re, -0)) return `${part(x.im)}j`;
  const im = part(x.im);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${part(re)}${sign}${im}j)`;
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** What makes a mapping pattern's literal key equal to another, and its repr; null for a value pattern's attribute. */
export function patternKey(k: Node): { key: string | Node; repr: string } | null {
  const x = literalNumber(k);
  if (x !== null) return { key: numberKey(x, k), repr: numberRepr(x) };
  if (k._type !== 'Constant') return null;
  const v = k.value as ConstantValue;
  if (v.tag === 'str') return { key: `s:${v.value}`, repr: strRepr(v.value) };
  if (v.tag === 'None') return { key: 'None', repr: 'None' };
  const key = JSON.stringify(v, (_, y) =>
    typeof y === 'bigint' ? `${y}n` : y instanceof Uint8Array ? [...y] : y,
  );
  return { key, repr: '...' };
}
