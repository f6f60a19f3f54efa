// ast.dump() as CPython 3.11 prints it, with the Python repr of every constant: str quoting and
// escapes, bytes, float repr (shortest round-trip, '1e+16', 'inf'), complex and big ints.

import { type ConstantValue, FIELDS, HAS_LOC, type Node, OPTIONAL } from './ast.js';

/** Options of dump(), as ast.dump's keyword arguments. */
export interface DumpOptions {
  /** Print lineno/col_offset/end_lineno/end_col_offset too. */
  includeAttributes?: boolean;
}

const ATTRS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** Formats a tree exactly as `ast.dump(tree, include_attributes=...)` does (no indent). */
export function dump(node: Node, options: DumpOptions = {}): string {
  try {
    return fmt(node, options.includeAttributes === true);
  } catch (e) {
    // Python's ast.dump raises RecursionError on such trees; say so instead of a bare stack overflow.
    if (e instanceof RangeError)
      throw new RangeError('dump: tree nested too deeply to print (RecursionError in Python)');
    throw e;
  }
}

function fmt(v: unknown, attrs: boolean): string {
  if (Array.isArray(v)) return `[${v.map((x) => fmt(x, attrs)).join(', ')}]`;
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return pyStrRepr(v);
  if (typeof v === 'number') return String(v);
  const n = v as Record<string, unknown> & { _type: string };
  const type = n._type;
  const args: string[] = [];
  const optional = OPTIONAL[type] ?? [];
  for (const f of FIELDS[type] ?? []) {
    const x = n[f];
    if ((x === null || x === undefined) && optional.includes(f)) continue;
    if ((type === 'Constant' || type === 'MatchSingleton') && f === 'value')
      args.push(`value=${constantRepr(x as ConstantValue)}`);
    else args.push(`${f}=${fmt(x, attrs)}`);
  }
  if (attrs && HAS_LOC.has(type)) for (const a of ATTRS) args.push(`${a}=${n[a]}`);
  return `${type}(${args.join(', ')})`;
}

/** The Python repr of a constant value. */
export function constantRepr(c: ConstantValue): string {
  switch (c.tag) {
    case 'int':
      return c.value.toString();
    case 'float':
      return floatRepr(c.value);
    case 'complex':
      return `${complexPart(c.imag)}j`;
    case 'str':
      return pyStrRepr(c.value);
    case 'bytes':
      return bytesRepr(c.value);
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
  }
}

function complexPart(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** Python's float repr: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const ax = Math.abs(x);
  if (ax >= 1e16 || ax < 1e-4) {
    const [m, e] = x.toExponential().split('e') as [string, string];
    const exp = Number(e);
    const sign = exp < 0 ? '-' : '+';
    const digits = String(Math.abs(exp)).padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  const s = String(x);
  return s.includes('.') ? s : `${s}.0`;
}

/** Python's repr of a str: single quotes unless the text has ' and no ". */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const k = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (k < 0x20 || k === 0x7f) out += `\\x${k.toString(16).padStart(2, '0')}`;
    else if (k < 0x7f) out += ch;
    else if (!isPrintable(ch, k)) {
      if (k <= 0xff) out += `\\x${k.toString(16).padStart(2, '0')}`;
      else if (k <= 0xffff) out += `\\u${k.toString(16).padStart(4, '0')}`;
      else out += `\\U${k.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + q;
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's str.isprintable for one character (space is printable). */
function isPrintable(ch: string, k: number): boolean {
  if (k === 0x20) return true;
  return !NONPRINTABLE.test(ch);
}

/** Python's repr of bytes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const k of b) {
    if (k === 39) hasSingle = true;
    if (k === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${q}`;
  for (const k of b) {
    if (k === q.charCodeAt(0) || k === 92) out += `\\${String.fromCharCode(k)}`;
    else if (k === 9) out += '\\t';
    else if (k === 10) out += '\\n';
    else if (k === 13) out += '\\r';
    else if (k < 0x20 || k >= 0x7f) out += `\\x${k.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(k);
  }
  return out + q;
}
