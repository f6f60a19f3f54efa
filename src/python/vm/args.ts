// Argument parsing for native functions: positional and keyword arguments against a
// signature, with CPython's messages.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { Interpreter } from './interp.js';

/**
 * Argument Clinic parsers of 3.11 that no code has used with keywords by the time python3
 * starts running a program: their keyword names (positional-only ones left out).
 */
export const CLINIC_KEYWORDS = new Map<string, string[]>([
  ['split', ['sep', 'maxsplit']],
  ['rsplit', ['sep', 'maxsplit']],
  ['splitlines', ['keepends']],
  ['expandtabs', ['tabsize']],
  ['encode', ['encoding', 'errors']],
  ['decode', ['encoding', 'errors']],
  ['int', ['base']],
  ['str', ['object', 'encoding', 'errors']],
  ['bytes', ['source', 'encoding', 'errors']],
  ['bytearray', ['source', 'encoding', 'errors']],
  ['complex', ['real', 'imag']],
  ['round', ['number', 'ndigits']],
  ['sum', ['start']],
  ['pow', ['base', 'exp', 'mod']],
  ['sort', ['key', 'reverse']],
  ['to_bytes', ['length', 'byteorder', 'signed']],
  ['from_bytes', ['bytes', 'byteorder', 'signed']],
  ['collect', ['generation']],
  ['isclose', ['a', 'b', 'rel_tol', 'abs_tol']],
  ['property', ['fget', 'fset', 'fdel', 'doc']],
]);

/**
 * Binds `args` (borrowed; the last kwnames.length are keyword values) to `names`; names
 * after `required` are optional (NULL when absent). A leading `*` on a name makes it
 * keyword-only, a leading `/` positional-only. Returns borrowed references in signature order.
 */
export function parseArgs(
  interp: Interpreter,
  fname: string,
  args: Ptr[],
  kwnames: Ptr[] | null,
  names: string[],
  required: number,
): Ptr[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (nkw > 0) {
    // _PyArg_UnpackKeywords runs parser_init: the first call with keywords makes the keyword tuple.
    const keywords = CLINIC_KEYWORDS.get(fname);
    if (keywords !== undefined) interp.argParserInit(fname, keywords);
  }
  // The common call: positional arguments only, all of them expected and enough of them.
  if (nkw === 0 && npos >= required && npos <= names.length) {
    let ok = true;
    for (let i = 0; i < npos; i++) if (names[i].charCodeAt(0) === 42) ok = false;
    if (ok) {
      const out: Ptr[] = new Array(names.length);
      for (let i = 0; i < names.length; i++) out[i] = i < npos ? args[i] : NULL;
      return out;
    }
  }
  const plain = names.map((n) => n.replace(/^[*/]/, ''));
  const positional = names.filter((n) => !n.startsWith('*')).length;
  // _PyArg_UnpackKeywords: more arguments in all than parameters comes first.
  // (Also without keywords when there are keyword-only parameters: the positional ones
  // cannot be what the count is checked against.)
  if ((nkw > 0 || positional < names.length) && npos + nkw > names.length) {
    const s = names.length === 1 ? '' : 's';
    const kwOnly = npos === 0 ? 'keyword ' : '';
    throw new PyErr(
      'TypeError',
      `${fname}() takes at most ${names.length} ${kwOnly}argument${s} (${npos + nkw} given)`,
    );
  }
  if (npos > positional) {
    const takes = required === positional ? `exactly ${positional}` : `at most ${positional}`;
    if (positional === 0) {
      // Argument Clinic: keyword-only parameters, or none at all.
      if (names.length > 0) throw new PyErr('TypeError', `${fname}() takes no positional arguments`);
      throw new PyErr('TypeError', `${fname}() takes no arguments (${npos} given)`);
    }
    if (positional < names.length) {
      // _PyArg_UnpackKeywords: more positional arguments than the positional parameters.
      const s = positional === 1 ? '' : 's';
      throw new PyErr('TypeError', `${fname}() takes ${takes} positional argument${s} (${npos} given)`);
    }
    if (required === positional && positional === 1) {
      throw new PyErr('TypeError', `${fname}() takes exactly one argument (${npos} given)`);
    }
    throw new PyErr(
      'TypeError',
      `${fname}() takes ${takes} argument${positional === 1 ? '' : 's'} (${npos} given)`,
    );
  }
  let minPosOnly = 0;
  while (minPosOnly < required && names[minPosOnly].charCodeAt(0) === 47) minPosOnly++;
  if (npos < minPosOnly) {
    const least = minPosOnly < positional ? 'at least' : 'exactly';
    const s = minPosOnly === 1 ? '' : 's';
    throw new PyErr(
      'TypeError',
      `${fname}() takes ${least} ${minPosOnly} positional argument${s} (${npos} given)`,
    );
  }
  const out: Ptr[] = new Array(names.length).fill(NULL);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // _PyArg_UnpackKeywords: missing arguments are reported first, then one given by name and
  // position, then an unknown keyword (getargs.c's messages for C functions).
  let duplicate: string | null = null;
  let unknown: string | null = null;
  for (let k = 0; k < nkw; k++) {
    const key = interp.n.jsStr((kwnames as Ptr[])[k]);
    const i = plain.indexOf(key);
    if (i < 0 || names[i].charCodeAt(0) === 47)
      unknown ??= `'${key}' is an invalid keyword argument for ${fname}()`;
    else if (out[i] !== NULL && i < npos)
      duplicate ??= `argument for ${fname}() given by name ('${key}') and position (${i + 1})`;
    else out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) {
      if (names[i].startsWith('*')) {
        throw new PyErr('TypeError', `${fname}() missing required keyword-only argument: '${plain[i]}'`);
      }
      const given = npos;
      if (required === 1 && positional === 1) {
        throw new PyErr('TypeError', `${fname}() takes exactly one argument (${given} given)`);
      }
      throw new PyErr('TypeError', `${fname}() missing required argument '${plain[i]}' (pos ${i + 1})`);
    }
  }
  if (duplicate !== null) throw new PyErr('TypeError', duplicate);
  if (unknown !== null) throw new PyErr('TypeError', unknown);
  return out;
}

/** How _PyArg_BadArgument names an argument of the wrong type: None as "None", else its type. */
export function badArgumentName(interp: Interpreter, op: Ptr): string {
  return op === interp.none ? 'None' : interp.space.typeName(op);
}

/** Rejects keyword arguments for functions that take none. */
export function noKeywords(fname: string, kwnames: Ptr[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    throw new PyErr('TypeError', `${fname}() takes no keyword arguments`);
}

/**
 * Checks a positional-only argument count: min ≤ n ≤ max. `fname` is the name CPython's
 * messages give the callable (`dict.get`, `math.gcd`, `len`): whole for "takes no keyword
 * arguments" and METH_NOARGS / METH_O's counts; `short` (by default fname's last part) for
 * _PyArg_CheckPositional's.
 */
export function argCount(
  fname: string,
  args: Ptr[],
  kwnames: Ptr[] | null,
  min: number,
  max: number,
  short?: string,
): void {
  if (kwnames !== null) noKeywords(fname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  // The short name only for the messages (slicing it on every call showed in profiles).
  const name = short ?? fname.slice(fname.lastIndexOf('.') + 1);
  if (min === max) {
    if (min === 0) throw new PyErr('TypeError', `${fname}() takes no arguments (${n} given)`);
    if (min === 1) throw new PyErr('TypeError', `${fname}() takes exactly one argument (${n} given)`);
  }
  if (min === max) throw new PyErr('TypeError', `${name} expected ${min} arguments, got ${n}`);
  if (n < min)
    throw new PyErr(
      'TypeError',
      `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`,
    );
  throw new PyErr('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * typeobject.c's check_num_args for a slot wrapper (`list.__len__`, `tuple.__getitem__`):
 * exactly `count` positional arguments; `unpacked` for the wrappers that unpack their
 * arguments with PyArg_UnpackTuple and an empty name (`__setitem__`).
 */
export function wrapperArgs(
  name: string,
  args: Ptr[],
  kwnames: Ptr[] | null,
  count: number,
  unpacked = false,
): void {
  if (kwnames !== null && kwnames.length > 0)
    throw new PyErr('TypeError', `wrapper ${name}() takes no keyword arguments`);
  if (args.length === count) return;
  const s = count === 1 ? '' : 's';
  throw new PyErr('TypeError', `${unpacked ? ' ' : ''}expected ${count} argument${s}, got ${args.length}`);
}
