// json's native encoder (CPython's c_make_encoder, with the pure-Python encoder's indent):
// None/bool/str/int/float/list/tuple/dict and `default` for the rest, sort_keys through
// list.sort, skipkeys, allow_nan, and the circular-reference check.

import type { Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr, withRecursionGuard } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';
import { quote } from './json.js';

/** The settings of one JSONEncoder. */
export interface EncoderOptions {
  /** `default` (borrowed). */
  defaultFn: Ptr;
  ensureAscii: boolean;
  /** The indent string, or null for one line. */
  indent: string | null;
  keySeparator: string;
  itemSeparator: string;
  sortKeys: boolean;
  skipKeys: boolean;
  allowNan: boolean;
  checkCircular: boolean;
}

const PY_LT = 0;

/** Encodes `obj` (borrowed) as json.dumps would. */
export function encodeJson(interp: Interpreter, obj: Ptr, opts: EncoderOptions): string {
  const n = interp.n;
  const space = interp.space;
  const markers = new Set<Ptr>();
  const parts: string[] = [];

  const floatText = (x: number): string => {
    if (Number.isFinite(x)) return O.float_repr(x);
    if (!opts.allowNan) throw new PyErr('ValueError', 'Out of range float values are not JSON compliant');
    return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  };
  const enter = (op: Ptr) => {
    if (!opts.checkCircular) return;
    if (markers.has(op)) throw new PyErr('ValueError', 'Circular reference detected');
    markers.add(op);
  };
  const leave = (op: Ptr) => {
    if (opts.checkCircular) markers.delete(op);
  };
  const open = (bracket: string, level: number): string => {
    if (opts.indent === null) {
      parts.push(bracket);
      return opts.itemSeparator;
    }
    const newline = `\n${opts.indent.repeat(level)}`;
    parts.push(bracket + newline);
    return opts.itemSeparator + newline;
  };
  const close = (bracket: string, level: number) => {
    if (opts.indent !== null) parts.push(`\n${opts.indent.repeat(level - 1)}`);
    parts.push(bracket);
  };

  const intText = (op: Ptr): string => {
    const v = n.intSafe(op);
    return Number.isNaN(v) ? n.intBig(op).toString() : String(v);
  };

  // A dict key as text, or null to skip it.
  const keyText = (k: Ptr): string | null => {
    if (n.isStr(k)) return n.jsStr(k);
    if (n.isFloat(k)) return floatText(n.floatValue(k));
    if (k === space.true) return 'true';
    if (k === space.false) return 'false';
    if (k === space.none) return 'null';
    if (n.isInt(k)) return intText(k);
    if (opts.skipKeys) return null;
    throw new PyErr('TypeError', `keys must be str, int, float, bool or None, not ${space.typeName(k)}`);
  };

  const encode = (op: Ptr, level: number): void => {
    if (op === space.none) parts.push('null');
    else if (op === space.true) parts.push('true');
    else if (op === space.false) parts.push('false');
    else if (n.isStr(op)) parts.push(quote(n.jsStr(op), opts.ensureAscii));
    else if (n.isInt(op)) parts.push(intText(op));
    else if (n.isFloat(op)) parts.push(floatText(n.floatValue(op)));
    else if (n.isList(op) || n.isTuple(op)) guarded(() => encodeList(op, level));
    else if (n.isDict(op)) guarded(() => encodeDict(op, level));
    else {
      enter(op);
      const v = interp.callBorrowed(opts.defaultFn, [op]);
      try {
        guarded(() => nested(v, level));
      } finally {
        interp.decref(v);
      }
      leave(op);
    }
  };
  // encoder_listencode_obj's Py_EnterRecursiveCall around each container and default() result.
  const guarded = (body: () => void) => withRecursionGuard(space, ' while encoding a JSON object', body);
  const nested = (op: Ptr, level: number) => encode(op, level);

  const encodeList = (op: Ptr, level: number) => {
    const items = n.isList(op) ? null : n.tupleItems(op);
    // A list is read live, as CPython's loop over PySequence_Fast does: a default() that
    // shrinks it ends the loop early.
    const length = () => (items === null ? n.listLen(op) : items.length);
    if (length() === 0) {
      parts.push('[]');
      return;
    }
    enter(op);
    const sep = open('[', level + 1);
    for (let i = 0; i < length(); i++) {
      if (i > 0) parts.push(sep);
      const x = items === null ? n.listGet(op, i) : items[i];
      interp.incref(x);
      try {
        nested(x, level + 1);
      } finally {
        interp.decref(x);
      }
    }
    close(']', level + 1);
    leave(op);
  };

  const encodeDict = (op: Ptr, level: number) => {
    if (n.size(op) === 0) {
      parts.push('{}');
      return;
    }
    enter(op);
    const sep = open('{', level + 1);
    let first = true;
    const item = (k: Ptr, v: Ptr) => {
      const key = keyText(k);
      if (key === null) return;
      if (!first) parts.push(sep);
      first = false;
      parts.push(quote(key, opts.ensureAscii), opts.keySeparator);
      nested(v, level + 1);
    };
    if (opts.sortKeys) {
      const list = n.list(n.dictItems(op).map(([k, v]) => n.tuple([interp.ref(k), interp.ref(v)])));
      try {
        // sorted(dct.items()): the (key, value) pairs compare as tuples.
        n.listSort(list, (a, b) => interp.compareBool(a, b, PY_LT, 3), false);
        for (const pair of n.listItems(list)) {
          const [k, v] = n.tupleItems(pair);
          item(k, v);
        }
      } finally {
        interp.decref(list);
      }
    } else {
      const items = n.dictItems(op);
      for (const [k, v] of items) {
        interp.incref(k);
        interp.incref(v);
      }
      try {
        for (const [k, v] of items) item(k, v);
      } finally {
        for (const [k, v] of items) {
          interp.decref(k);
          interp.decref(v);
        }
      }
    }
    close('}', level + 1);
    leave(op);
  };

  encode(obj, 0);
  return parts.join('');
}
