// The sequence protocol of static types that modules add (Objects/abstract.c's sq_* paths):
// a module gives a type its tp_as_sequence here (collections.deque does), and the VM's
// generic operations (len, subscripts, `in`, iter, + and * and their in-place forms) fall
// back on it for the type and its subclasses, with CPython's index conversion and messages.
// Also list += any iterable, and the built-in sequences repeated by an __index__ count.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';

/** tp_as_sequence (and tp_iter) of a static type; each takes borrowed arguments. */
export interface SequenceMethods {
  /** sq_length. */
  length(op: Ptr): number;
  /** sq_item with 0 ≤ i or i < 0 after adjusting by the length once (a new reference). */
  item(op: Ptr, i: number): Ptr;
  /** sq_ass_item: stores `value`, or deletes when it is NULL. */
  assItem(op: Ptr, i: number, value: Ptr): void;
  /** sq_contains. */
  contains(op: Ptr, value: Ptr): boolean;
  /** sq_concat (a new reference); raises for an unfit `b`. Types without + leave it out. */
  concat?(a: Ptr, b: Ptr): Ptr;
  /** sq_repeat (a new reference). */
  repeat?(a: Ptr, n: number): Ptr;
  /** sq_inplace_concat (a new reference, usually to `a`). */
  inplaceConcat?(a: Ptr, b: Ptr): Ptr;
  /** sq_inplace_repeat (a new reference, usually to `a`). */
  inplaceRepeat?(a: Ptr, n: number): Ptr;
  /** mp_subscript, for types whose keys are more than integers (slices, tuples): a new reference. */
  subscript?(op: Ptr, key: Ptr): Ptr;
  /** mp_ass_subscript: stores `value`, or deletes when it is NULL. */
  assSubscript?(op: Ptr, key: Ptr, value: Ptr): void;
  /** tp_iter (a new iterator). */
  iter(op: Ptr): Ptr;
}

declare module './interp.js' {
  interface Interpreter {
    /** Sequence methods of static types added by modules, by type object. */
    sequenceMethods: Map<number, SequenceMethods>;
    /** The sequence methods `op` has through its type or a base along tp_base, if any. */
    sequenceMethodsOf(op: Ptr): SequenceMethods | undefined;
    /** PyNumber_AsSsize_t(key, err) for an object with __index__; undefined when it has none. */
    asIndex(key: Ptr, overflow: 'IndexError' | 'OverflowError'): number | undefined;
    /**
     * _PyEval_SliceIndexNotNone (or _PyEval_SliceIndex's message with `orNone`, the caller
     * having taken None): a start/stop argument, clamped to Py_ssize_t when it is larger.
     */
    sliceIndex(key: Ptr, orNone?: boolean): number;
    /** PyObject_GetItem through sq_item; undefined when `obj` has no sequence methods. */
    sequenceGetItem(obj: Ptr, key: Ptr): Ptr | undefined;
    /** PyObject_SetItem / DelItem (value NULL) through sq_ass_item; false without sequence methods. */
    sequenceSetItem(obj: Ptr, key: Ptr, value: Ptr): boolean;
    /** The + and * of PyNumber_Add / Multiply and their in-place forms once the number slots declined. */
    sequenceBinary(a: Ptr, b: Ptr, base: number, inplace: boolean): Ptr;
  }
}

const I = Interpreter.prototype;
const NB_ADD = 0;
const NB_MULTIPLY = 5;

I.sequenceMethodsOf = function (this: Interpreter, op: Ptr): SequenceMethods | undefined {
  const table = this.sequenceMethods;
  if (table === undefined || table.size === 0) return undefined;
  const space = this.space;
  for (let t = space.rt.typeObject(op); t !== NULL; t = space.slots(t).base) {
    const m = table.get(t);
    if (m !== undefined) return m;
  }
  return undefined;
};

I.asIndex = function (this: Interpreter, key: Ptr, overflow): number | undefined {
  const n = this.n;
  let v: Ptr = NULL;
  if (n.isInt(key)) v = this.ref(key);
  else if (this.classes.has(this.space.rt.typeObject(key))) {
    v = this.callSpecial(key, '__index__', []);
    if (v === NULL) return undefined;
    if (!n.isInt(v)) {
      const tn = this.space.typeName(v);
      this.decref(v);
      throw new PyErr('TypeError', `__index__ returned non-int (type ${tn})`);
    }
  } else return undefined;
  try {
    const x = n.intSafe(v);
    if (Number.isNaN(x) || Math.abs(x) > 2 ** 63)
      throw new PyErr(overflow, "cannot fit 'int' into an index-sized integer");
    return x;
  } finally {
    this.decref(v);
  }
};

I.sliceIndex = function (this: Interpreter, key: Ptr, orNone = false): number {
  const n = this.n;
  let v: Ptr = NULL;
  if (n.isInt(key)) v = this.ref(key);
  else if (this.classes.has(this.space.rt.typeObject(key))) v = this.indexValue(key);
  if (v === NULL) {
    const what = orNone ? 'integers or None' : 'integers';
    throw new PyErr('TypeError', `slice indices must be ${what} or have an __index__ method`);
  }
  try {
    const x = n.intSafe(v);
    // Past 2^53 the exact value no longer matters: it is beyond any sequence, as 2^63 is.
    if (Number.isNaN(x)) return n.intBig(v) < 0n ? -(2 ** 63) : 2 ** 63;
    return x;
  } finally {
    this.decref(v);
  }
};

// The index of PySequence_GetItem / SetItem: converted, and adjusted once by the length.
function sequenceIndex(interp: Interpreter, m: SequenceMethods, obj: Ptr, key: Ptr): number {
  const i = interp.asIndex(key, 'IndexError');
  if (i === undefined)
    throw new PyErr('TypeError', `sequence index must be integer, not '${interp.space.typeName(key)}'`);
  return i < 0 ? i + m.length(obj) : i;
}

I.sequenceGetItem = function (this: Interpreter, obj: Ptr, key: Ptr): Ptr | undefined {
  const m = this.sequenceMethodsOf(obj);
  if (m === undefined) return undefined;
  if (m.subscript !== undefined) return m.subscript(obj, key);
  return m.item(obj, sequenceIndex(this, m, obj, key));
};

I.sequenceSetItem = function (this: Interpreter, obj: Ptr, key: Ptr, value: Ptr): boolean {
  const m = this.sequenceMethodsOf(obj);
  if (m === undefined) return false;
  if (m.assSubscript !== undefined) m.assSubscript(obj, key, value);
  else m.assItem(obj, sequenceIndex(this, m, obj, key), value);
  return true;
};

I.sequenceBinary = function (this: Interpreter, a: Ptr, b: Ptr, base: number, inplace: boolean): Ptr {
  if (base === NB_ADD) {
    const m = this.sequenceMethodsOf(a);
    if (m?.concat !== undefined)
      return inplace && m.inplaceConcat !== undefined ? m.inplaceConcat(a, b) : m.concat(a, b);
    if (inplace && this.n.isList(a)) {
      // list_inplace_concat: extends by any iterable
      this.listExtend(a, b);
      return this.ref(a);
    }
    return NULL;
  }
  if (base !== NB_MULTIPLY) return NULL;
  // sq_repeat of the left operand, else of the right one (sequence_repeat).
  for (const [seq, count, left] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    const m = this.sequenceMethodsOf(seq);
    if (m === undefined ? !isBuiltinSequence(this, seq) : m.repeat === undefined) continue;
    const n = this.asIndex(count, 'OverflowError');
    if (n === undefined)
      throw new PyErr(
        'TypeError',
        `can't multiply sequence by non-int of type '${this.space.typeName(count)}'`,
      );
    if (m === undefined) {
      // A built-in sequence times an object with __index__.
      const k = this.n.int(n);
      try {
        return this.n.binary(
          left ? seq : k,
          left ? k : seq,
          inplace && left ? NB_MULTIPLY + 13 : NB_MULTIPLY,
        );
      } finally {
        this.decref(k);
      }
    }
    const repeat = m.repeat as (a: Ptr, n: number) => Ptr;
    return inplace && left && m.inplaceRepeat !== undefined ? m.inplaceRepeat(seq, n) : repeat(seq, n);
  }
  return NULL;
};

function isBuiltinSequence(interp: Interpreter, op: Ptr): boolean {
  const n = interp.n;
  return n.isList(op) || n.isTuple(op) || n.isStr(op) || n.isBytes(op) || O.bytearray_check(interp.space, op);
}
