// The `copyreg` module (Python code in copyreg-py.ts) and the object methods that lean on
// it: object.__reduce_ex__, object.__reduce__ and object.__getstate__ (typeobject.c runs them
// in C and imports copyreg for protocols 0 and 1; pymm runs copyreg's private
// _object_methods()), and __getnewargs__ of int, float, complex, str, bytes and tuple.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import { HT } from '../vm/classes.js';
import type { Interpreter } from '../vm/interp.js';
import { COPYREG_OBJECT_PY, COPYREG_PY } from './copyreg-py.js';

/** Filename of the object methods' code: tracebacks leave it out, as CPython's show no C frames. */
export const COPYREG_OBJECT_FILENAME = '<frozen _copyreg_object>';

declare module '../vm/interp.js' {
  interface Interpreter {
    /**
     * copyreg's object.__reduce_ex__, __reduce__ and __getstate__, and copyreg.__newobj__
     * (owned), once copyreg has run.
     */
    objectReducers: [Ptr, Ptr, Ptr, Ptr] | null;
  }
}

/** Fills the copyreg module and keeps the object methods' Python halves. */
export function initCopyregModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.runPythonInto(COPYREG_PY, '<frozen copyreg>', dict);
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add(COPYREG_OBJECT_FILENAME);
  interp.runPythonInto(COPYREG_OBJECT_PY, COPYREG_OBJECT_FILENAME, dict);
  const key = n.intern('_object_methods');
  const make = n.dictGet(dict, key);
  const made = interp.call(interp.ref(make), []);
  n.dictDel(dict, key);
  const [reduceEx, reduce, getstate] = n.tupleItems(made).map((f) => interp.ref(f));
  interp.decref(made);
  interp.objectReducers = [reduceEx, reduce, getstate, interp.ref(n.dictGet(dict, n.intern('__newobj__')))];
}

/**
 * reduce_newobj for the common case, without the Python half: an instance of a class whose
 * MRO is Python classes and object, none of which defines __reduce__, __getstate__,
 * __getnewargs_ex__ or __getnewargs__, whose __slotnames__ (cached in its own dict by an
 * earlier reduce) is empty, and whose instance dict holds no __getstate__. It gives what the
 * Python half gives — (copyreg.__newobj__, (cls,), the instance dict or None, None, None) —
 * and NULL for anything else, which the Python half then handles.
 */
function plainReduce(interp: Interpreter, self: Ptr, newobj: Ptr, names: ReduceNames): Ptr {
  const space = interp.space;
  const n = interp.n;
  const cls = space.rt.typeObject(self);
  const info = interp.classes.get(cls);
  if (info === undefined) return NULL;
  for (const t of info.mro) if (t !== space.objectType && !interp.classes.has(t)) return NULL;
  for (const name of names.overrides) if (interp.typeLookup(cls, name) !== NULL) return NULL;
  const own = space.rt.mem.u32[(cls + HT.dict) >>> 2] as Ptr;
  const slotnames = own === NULL ? NULL : n.dictGet(own, names.slotnames);
  if (slotnames === NULL || !n.isList(slotnames) || n.size(slotnames) !== 0) return NULL;
  // The instance dict first (made if the values are inline): an instance's own
  // __getstate__ is the Python half's case, decided before anything else is made.
  let state = interp.getAttrOrNull(self, names.dict);
  if (state !== NULL && (!n.isDict(state) || n.dictGet(state, names.getstate) !== NULL)) {
    interp.decref(state);
    return NULL;
  }
  // Then the objects CPython makes on the way — object___reduce_ex__'s bound __reduce__,
  // reduce_newobj's argument tuple, object_getstate's bound __getstate__ — so that the
  // collector's count, and so when a collection runs, moves as in python3 (checked by
  // lang/object_reduce_ex_plain_classes.py; the dict made last instead shifts it by one).
  const reduce = interp.getAttrOrNull(self, names.reduce);
  if (reduce !== NULL) interp.decref(reduce);
  const args = n.tuple([interp.ref(cls)]);
  const getstate = interp.getAttrOrNull(self, names.getstate);
  if (getstate !== NULL) interp.decref(getstate);
  if (state === NULL || n.size(state) === 0) {
    if (state !== NULL) interp.decref(state);
    state = interp.newNone();
  }
  return n.tuple([interp.ref(newobj), args, state, interp.newNone(), interp.newNone()]);
}

/** The interned names plainReduce looks up, made once per interpreter. */
interface ReduceNames {
  overrides: Ptr[];
  slotnames: Ptr;
  reduce: Ptr;
  getstate: Ptr;
  dict: Ptr;
}

/** Installs object.__reduce_ex__ / __reduce__ / __getstate__ and the built-ins' __getnewargs__. */
export function installObjectReduce(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  interp.objectReducers ??= null;
  const names: ReduceNames = {
    overrides: ['__reduce__', '__getstate__', '__getnewargs_ex__', '__getnewargs__'].map((s) => n.intern(s)),
    slotnames: n.intern('__slotnames__'),
    reduce: n.intern('__reduce__'),
    getstate: n.intern('__getstate__'),
    dict: n.intern('__dict__'),
  };
  const reducer = (i: number): Ptr => {
    if (interp.objectReducers === null) interp.decref(interp.importModule(n.intern('copyreg'), NULL, false));
    return (interp.objectReducers as [Ptr, Ptr, Ptr, Ptr])[i];
  };
  interp.defMethod(space.objectType, '__reduce_ex__', (self, a, k) => {
    argCount('object.__reduce_ex__', a, k, 1, 1);
    const proto = a[0];
    if (!n.isInt(proto))
      throw new PyErr('TypeError', `'${space.typeName(proto)}' object cannot be interpreted as an integer`);
    const reducerEx = reducer(0);
    const quick = n.intBig(proto) >= 2n ? plainReduce(interp, self, reducer(3), names) : NULL;
    if (quick !== NULL) return quick;
    return interp.call(interp.ref(reducerEx), [interp.ref(self), interp.ref(proto)]);
  });
  interp.defMethod(space.objectType, '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    return interp.call(interp.ref(reducer(1)), [interp.ref(self)]);
  });
  interp.defMethod(space.objectType, '__getstate__', (self, a, k) => {
    argCount('__getstate__', a, k, 0, 0);
    return interp.call(interp.ref(reducer(2)), [interp.ref(self)]);
  });
  // int_getnewargs and friends: the value as its exact built-in type, in a 1-tuple.
  for (const t of [
    space.ints.type,
    space.floats.type,
    space.strs.type,
    space.bytes.type,
    space.tuples.type,
  ]) {
    interp.defMethod(t, '__getnewargs__', (self, a, k) => {
      argCount('__getnewargs__', a, k, 0, 0);
      return n.tuple([interp.call(interp.ref(t), [interp.ref(self)])]);
    });
  }
  // BaseException.__reduce__ / __setstate__: (type, args) and the instance dict when it has one.
  const BASE = interp.exc.type('BaseException');
  interp.defMethod(BASE, '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    const args = interp.getAttr(self, n.intern('args'));
    const dict = interp.getAttrOrNull(self, n.intern('__dict__'));
    const parts = [interp.ref(space.rt.typeObject(self)), args];
    if (dict !== NULL && n.isDict(dict) && n.size(dict) > 0) parts.push(dict);
    else if (dict !== NULL) interp.decref(dict);
    return n.tuple(parts);
  });
  // ImportError_reduce: its name and path join the state (a copy of the instance dict).
  interp.defMethod(interp.exc.type('ImportError'), '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    const args = interp.getAttr(self, n.intern('args'));
    const parts = [interp.ref(space.rt.typeObject(self)), args];
    const dict = interp.getAttrOrNull(self, n.intern('__dict__'));
    const fields = ['name', 'path'].map((f) => [f, interp.getAttr(self, n.intern(f))] as const);
    const hasDict = dict !== NULL && n.isDict(dict) && n.size(dict) > 0;
    if (fields.some(([, v]) => v !== space.none)) {
      const state = n.dict();
      if (hasDict) for (const [key, value] of n.dictItems(dict)) n.dictSet(state, key, value);
      for (const [f, v] of fields) if (v !== space.none) n.dictSet(state, n.intern(f), v);
      parts.push(state);
    } else if (hasDict) parts.push(interp.ref(dict));
    for (const [, v] of fields) interp.decref(v);
    if (dict !== NULL) interp.decref(dict);
    return n.tuple(parts);
  });
  interp.defMethod(BASE, '__setstate__', (self, a, k) => {
    argCount('__setstate__', a, k, 1, 1);
    const state = a[0];
    if (state !== space.none) {
      if (!n.isDict(state)) throw new PyErr('TypeError', 'state is not a dictionary');
      for (const [key, value] of n.dictItems(state)) interp.setAttr(self, key, value);
    }
    return interp.newNone();
  });
  interp.defMethod(space.complexes.type, '__getnewargs__', (self, a, k) => {
    argCount('__getnewargs__', a, k, 0, 0);
    return n.tuple([interp.getAttr(self, n.intern('real')), interp.getAttr(self, n.intern('imag'))]);
  });
}
