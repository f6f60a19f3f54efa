// The `types` module (Python code in types-py.ts): GenericAlias and UnionType behind
// `list[int]` and `int | None`, SimpleNamespace, MappingProxyType, and the names of
// built-in types.

import type { Ptr } from '../../heap/index.js';
import { CO_ITERABLE_COROUTINE } from '../compiler/index.js';
import { argCount } from '../vm/args.js';
import type { NativeImpl } from '../vm/calls.js';
import type { Interpreter } from '../vm/interp.js';
import { runWithTpNameHook } from './tpname.js';
import { TYPES_PY } from './types-py.js';

/**
 * Fills the types module. Its classes (GenericAlias, UnionType, SimpleNamespace,
 * MappingProxyType) are C types in CPython, so their frames never show in tracebacks.
 */
export function initTypesModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen types>');
  // types.coroutine: sets CO_ITERABLE_COROUTINE on a generator function's code in place
  // (CPython gives the function a copy of its code with the flag).
  interp.defNative(dict, '_mark_iterable_coroutine', (_s, args, kw) => {
    argCount('_mark_iterable_coroutine', args, kw, 1, 1);
    interp.codeOf(args[0]).unit.flags |= CO_ITERABLE_COROUTINE;
    return interp.newNone();
  });
  runWithTpNameHook(interp, TYPES_PY, '<frozen types>', dict);
}

/** list[int], dict[str, int], …: __class_getitem__ of the built-in generic types makes a types.GenericAlias. */
export function installClassGetitem(interp: Interpreter): void {
  const space = interp.space;
  const generic = [
    space.lists.type,
    space.dicts.type,
    space.tuples.type,
    space.sets.setType,
    space.sets.frozensetType,
    space.typeType,
  ];
  const enumerate = space.builtinTypes.get('enumerate');
  if (enumerate !== undefined) generic.push(enumerate);
  for (const t of generic) addClassGetitem(interp, t);
}

/** Gives the static type `t` a __class_getitem__ that makes a types.GenericAlias (PEP 585). */
export function addClassGetitem(interp: Interpreter, t: Ptr): void {
  const n = interp.n;
  const impl: NativeImpl = (cls, args, kw) => {
    argCount('__class_getitem__', args, kw, 1, 1);
    const types = interp.gcdImport('types');
    const ga = interp.getAttr(types, n.intern('GenericAlias'));
    return interp.callKw(ga, [interp.ref(cls), interp.ref(args[0])], null);
  };
  let m = interp.nativeClassMethods.get(t);
  if (m === undefined) {
    m = new Map();
    interp.nativeClassMethods.set(t, m);
  }
  m.set('__class_getitem__', impl);
}
