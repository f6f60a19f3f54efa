// Which methods of built-in types are slot wrappers (wrapper_descriptor, bound: method-wrapper)
// and which are method descriptors, as CPython's slotdefs table and tp_methods decide. The two
// kinds print differently (`<slot wrapper '__add__' of 'int' objects>`, `<method 'upper' of
// 'str' objects>`) and word their argument-check errors differently.

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import type { NativeImpl } from './calls.js';

/** The dunder names typeobject.c's slotdefs wrap as slot wrappers. */
const SLOT_NAMES = new Set([
  '__getattribute__',
  '__setattr__',
  '__delattr__',
  '__repr__',
  '__hash__',
  '__call__',
  '__str__',
  '__lt__',
  '__le__',
  '__eq__',
  '__ne__',
  '__gt__',
  '__ge__',
  '__iter__',
  '__next__',
  '__get__',
  '__set__',
  '__delete__',
  '__init__',
  '__del__',
  '__await__',
  '__aiter__',
  '__anext__',
  '__neg__',
  '__pos__',
  '__abs__',
  '__bool__',
  '__invert__',
  '__int__',
  '__float__',
  '__index__',
  '__len__',
  '__getitem__',
  '__setitem__',
  '__delitem__',
  '__contains__',
]);
for (const op of [
  'add',
  'sub',
  'mul',
  'mod',
  'divmod',
  'pow',
  'lshift',
  'rshift',
  'and',
  'xor',
  'or',
  'floordiv',
  'truediv',
  'matmul',
]) {
  SLOT_NAMES.add(`__${op}__`);
  SLOT_NAMES.add(`__r${op}__`);
  if (op !== 'divmod') SLOT_NAMES.add(`__i${op}__`);
}

/** Dunders that these types define in tp_methods (method descriptors), though slotdefs has the name. */
const METHOD_DUNDERS: Record<string, string[]> = {
  list: ['__getitem__'],
  dict: ['__getitem__', '__contains__'],
  set: ['__contains__'],
  frozenset: ['__contains__'],
};

/** Whether `typeName.name` is a slot wrapper (else a method descriptor). */
export function isSlotWrapper(typeName: string, name: string): boolean {
  return SLOT_NAMES.has(name) && !METHOD_DUNDERS[typeName]?.includes(name);
}

// Argument counts of the slot wrappers' wrap_* functions: [min, max, unpacked], where
// `unpacked` marks PyArg_UnpackTuple(args, "", min, max) (messages with a leading space) and
// the others check_num_args. __init__, __call__ and __new__ take any arguments.
const SLOT_ARITY = new Map<string, [number, number, boolean]>();
for (const name of SLOT_NAMES) SLOT_ARITY.set(name, [1, 1, false]);
for (const name of [
  '__repr__',
  '__str__',
  '__hash__',
  '__iter__',
  '__next__',
  '__neg__',
  '__pos__',
  '__abs__',
  '__bool__',
  '__invert__',
  '__int__',
  '__float__',
  '__index__',
  '__len__',
  '__await__',
  '__aiter__',
  '__anext__',
  '__del__',
])
  SLOT_ARITY.set(name, [0, 0, false]);
for (const name of ['__setattr__', '__setitem__', '__set__']) SLOT_ARITY.set(name, [2, 2, true]);
for (const name of ['__pow__', '__rpow__', '__ipow__', '__get__']) SLOT_ARITY.set(name, [1, 2, true]);
for (const name of ['__init__', '__call__']) SLOT_ARITY.delete(name);

const REPEAT_NAMES = new Set(['__mul__', '__rmul__', '__imul__']);
const SEQUENCE_TYPES = new Set(['list', 'tuple', 'str', 'bytes', 'bytearray']);

// wrapper_call's and the wrap_* functions' checks, before the slot's own code runs.
function checkSlotArgs(name: string, args: Ptr[], kwnames: Ptr[] | null, arity: [number, number, boolean]) {
  if (kwnames !== null && kwnames.length > 0)
    throw new PyErr('TypeError', `wrapper ${name}() takes no keyword arguments`);
  const [min, max, unpacked] = arity;
  const n = args.length;
  if (n >= min && n <= max) return;
  if (!unpacked) throw new PyErr('TypeError', `expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (min === max) throw new PyErr('TypeError', ` expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  const [word, count] = n < min ? ['least', min] : ['most', max];
  throw new PyErr('TypeError', ` expected at ${word} ${count} argument${count === 1 ? '' : 's'}, got ${n}`);
}

// One checked native per (native, name), so that types sharing a native still share it.
const checkedImpls = new WeakMap<NativeImpl, Map<string, NativeImpl>>();

/**
 * `impl` as the method `name` of the type `typeName` holds it: for a slot wrapper, with the
 * argument checks CPython's wrapper makes before the slot runs (`object().__eq__()` is
 * "expected 1 argument, got 0"); otherwise `impl` itself.
 */
export function slotWrapperImpl(typeName: string, name: string, impl: NativeImpl): NativeImpl {
  let arity = SLOT_ARITY.get(name);
  if (arity === undefined || !isSlotWrapper(typeName, name)) return impl;
  // A sequence's sq_repeat and sq_inplace_repeat: wrap_indexargfunc unpacks its argument.
  if (REPEAT_NAMES.has(name) && SEQUENCE_TYPES.has(typeName)) arity = [1, 1, true];
  let byName = checkedImpls.get(impl);
  if (byName === undefined) {
    byName = new Map();
    checkedImpls.set(impl, byName);
  }
  let checked = byName.get(name);
  if (checked === undefined) {
    const [min, max] = arity;
    checked = (self, args, kwnames) => {
      if (args.length < min || args.length > max || (kwnames !== null && kwnames.length > 0))
        checkSlotArgs(name, args, kwnames, arity);
      return impl(self, args, kwnames);
    };
    byName.set(name, checked);
  }
  return checked;
}
