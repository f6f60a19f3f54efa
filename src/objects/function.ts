// Function objects: what `def` and `lambda` make at run time (Objects/funcobject.c).
//
// PyFunctionObject (136 bytes, GC; getsizeof = 152). The code object is opaque here: the
// interpreter decides what it is (pymm's compiler keeps its compiled JS in a side table).
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ func_globals                   │  dict
//   +24  │ func_builtins                  │  dict
//   +32  │ func_name, +40 func_qualname   │  str
//   +48  │ func_code                      │  never NULL, never cleared
//   +56  │ func_defaults                  │  tuple or NULL
//   +64  │ func_kwdefaults                │  dict or NULL
//   +72  │ func_closure                   │  tuple of cells or NULL
//   +80  │ func_doc                       │
//   +88  │ func_dict                      │  NULL until f.__dict__ is used
//   +96  │ func_weakreflist               │
//   +104 │ func_module                    │
//   +112 │ func_annotations               │
//   +120 │ vectorcall                     │  pymm: the code's index, then its fast arity + 1 (vm/calls.ts)
//   +128 │ func_version                   │
//        └────────────────────────────────┘

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { DEFAULT_PY_SLOTS, pointerHash } from './typeslots.js';

/** Field offsets of PyFunctionObject. */
export const FUNC = {
  globals: 16,
  builtins: 24,
  name: 32,
  qualname: 40,
  code: 48,
  defaults: 56,
  kwdefaults: 64,
  closure: 72,
  doc: 80,
  dict: 88,
  weakreflist: 96,
  module: 104,
  annotations: 112,
  vectorcall: 120,
  version: 128,
} as const;

/** sizeof(PyFunctionObject). */
export const FUNCTION_SIZE = 136;

/** A function field that holds an object reference. */
export type FuncField = Exclude<keyof typeof FUNC, 'weakreflist' | 'vectorcall' | 'version'>;

// func_traverse's order (3.11).
const TRAVERSE: FuncField[] = [
  'code',
  'globals',
  'builtins',
  'module',
  'defaults',
  'kwdefaults',
  'doc',
  'name',
  'dict',
  'closure',
  'annotations',
  'qualname',
];
// func_clear drops these; name and qualname become the empty string; code stays.
const CLEARED: FuncField[] = [
  'globals',
  'builtins',
  'module',
  'defaults',
  'kwdefaults',
  'doc',
  'dict',
  'closure',
  'annotations',
];

const TRAVERSE_AT: readonly number[] = TRAVERSE.map((f) => FUNC[f]);
const CLEARED_AT: readonly number[] = CLEARED.map((f) => FUNC[f]);

/** The function type of one space, and the string that cleared names become. */
export interface FunctionState {
  type: Ptr;
  /** What func_clear puts in func_name/func_qualname (the empty str, once strs exist). */
  emptyName: Ptr;
}

/** Makes the `function` type. */
export function initFunction(space: ObjectSpace): FunctionState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'function',
    flags: TPFLAGS_HAVE_GC,
    basicsize: FUNCTION_SIZE,
    weaklistoffset: FUNC.weakreflist,
    traverse: (op, visit) => {
      const u32 = rt.mem.u32;
      for (let i = 0; i < TRAVERSE_AT.length; i++) {
        const v = u32[(op + TRAVERSE_AT[i]) >>> 2] as Ptr;
        if (v !== NULL) visit(v);
      }
    },
    clear: (op) => func_clear(space, op),
    dealloc: (op) => {
      rt.untrack(op);
      if (rt.mem.u32[(op + FUNC.weakreflist) >>> 2] !== 0) clearWeakrefs(rt, op);
      func_clear(space, op);
      setAt(space, op, FUNC.code, NULL);
      setAt(space, op, FUNC.name, NULL);
      setAt(space, op, FUNC.qualname, NULL);
      rt.gcDel(op);
    },
    hash: (op) => pointerHash(op),
  });
  return { type, emptyName: NULL };
}

/** PyFunction_New: a new, tracked function with `code`, `globals`, `name` and `qualname` (others NULL). */
export function function_new(space: ObjectSpace, code: Ptr, globals: Ptr, name: Ptr, qualname: Ptr): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(space.functions.type, FUNCTION_SIZE);
  const u32 = rt.mem.u32;
  for (let i = 16; i < FUNCTION_SIZE; i += 4) u32[(op + i) >>> 2] = 0;
  if (code !== NULL) rt.incref(code);
  u32[(op + FUNC.code) >>> 2] = code;
  if (globals !== NULL) rt.incref(globals);
  u32[(op + FUNC.globals) >>> 2] = globals;
  if (name !== NULL) rt.incref(name);
  u32[(op + FUNC.name) >>> 2] = name;
  if (qualname !== NULL) rt.incref(qualname);
  u32[(op + FUNC.qualname) >>> 2] = qualname;
  rt.track(op);
  return op;
}

/** A field of a function (borrowed; NULL if unset). */
export function func_get(space: ObjectSpace, op: Ptr, field: FuncField): Ptr {
  return space.rt.mem.u32[(op + FUNC[field]) >>> 2] as Ptr;
}

/** Stores a new reference to `value` (or NULL) in a field, releasing the old value. */
export function func_set(space: ObjectSpace, op: Ptr, field: FuncField, value: Ptr): void {
  setAt(space, op, FUNC[field], value);
}

// func_set by offset (the field names are for callers; offsets keep the loops monomorphic).
function setAt(space: ObjectSpace, op: Ptr, offset: number, value: Ptr): void {
  const rt = space.rt;
  const at = (op + offset) >>> 2;
  const old = rt.mem.u32[at] as Ptr;
  if (value !== NULL) rt.incref(value);
  rt.mem.u32[at] = value;
  if (old !== NULL) rt.decref(old);
}

// func_clear: what breaks cycles through a function.
function func_clear(space: ObjectSpace, op: Ptr): void {
  space.rt.mem.u32[(op + FUNC.version) >>> 2] = 0;
  for (let i = 0; i < CLEARED_AT.length; i++) setAt(space, op, CLEARED_AT[i], NULL);
  const empty = space.functions.emptyName;
  if (empty !== NULL) {
    setAt(space, op, FUNC.name, empty);
    setAt(space, op, FUNC.qualname, empty);
  }
}
