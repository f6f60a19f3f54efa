// The temporary objects of CPython 3.11's calling conventions.
//
// pymm passes arguments in JS arrays, but CPython makes heap objects on several call
// paths, and gc.get_count() and the free lists see them:
//
// - `_PyObject_MakeTpCall`: calling an object whose type has no vectorcall (a class, an
//   instance with __call__, str, int, bytes, zip, …) packs the positional arguments into
//   a tuple (none for zero arguments: the empty tuple is a singleton) and the keyword
//   arguments into a dict (`_PyStack_AsDict`), both freed when the call returns;
// - METH_VARARGS builtins (min, max, str.startswith, dict.update, set.union, …) receive
//   the same tuple (and dict, with METH_KEYWORDS);
// - `_PyStack_UnpackDict`: calling a vectorcall function with a dict of keyword arguments
//   (`slot_tp_init` calling __init__ with the dict of a class call) makes a kwnames tuple;
// - `parser_init`: an Argument Clinic parser makes its tuple of keyword names the first
//   time it is called with keywords (print's on its first call) and keeps it for ever.
//
// These helpers make the same objects at the same moments, through the ordinary tuple and
// dict allocators, so counts and free lists move exactly as CPython's do.

import { NULL, type Ptr } from '../../heap/index.js';
import { tuple_initItem, tuple_new, withRecursionGuard } from '../../objects/index.js';
import { CLINIC_KEYWORDS } from './args.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Keyword tuples of the Argument Clinic parsers initialised so far, by function name. */
    argParsers: Map<string, Ptr>;
    /** `_PyTuple_FromArray(args[start:end])` of borrowed items, or NULL for none (the empty singleton). */
    argsTuple(args: Ptr[], start: number, end: number): Ptr;
    /** `_PyStack_AsDict`: the keyword arguments (the last kwnames.length of `args`, borrowed) as a dict, or NULL. */
    kwargsDict(args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /**
     * Runs `run` while `_PyObject_MakeTpCall`'s argument tuple (unless `tuple` is false: the
     * callee makes its own, as an exception's args) and keyword dict exist.
     */
    withTpCall<T>(args: Ptr[], kwnames: Ptr[] | null, run: () => T, tuple?: boolean): T;
    /**
     * Runs `run` inside `Py_EnterRecursiveCall(" while calling a Python object")`, as
     * _PyObject_MakeTpCall, _PyObject_Call and the METH_VARARGS/METH_O callers do.
     */
    callGuard<T>(run: () => T): T;
    /** Runs `run` while `_PyStack_UnpackDict`'s tuple of the keyword names exists (none without keywords). */
    withUnpackDict<T>(kwnames: Ptr[] | null, run: () => T, refs?: Ptr[]): T;
    /** True if calling `type` goes through its tp_vectorcall in 3.11 (no argument tuple). */
    hasVectorcall(type: Ptr): boolean;
    /** Built-in types with a tp_vectorcall besides those hasVectorcall names (enumerate, map …). */
    vectorcallTypes: Set<Ptr>;
    /** `parser_init`: makes the parser's keyword tuple the first time `fname`'s parser runs. */
    argParserInit(fname: string, keywords: string[]): void;
    /** The builtin function object `f` is METH_VARARGS (made with `varargs`). */
    isVarargsNative(f: Ptr): boolean;
    /** A METH_VARARGS (with `keywords`, METH_VARARGS|METH_KEYWORDS) wrapper of a native. */
    varargs(impl: NativeImpl, keywords?: boolean): NativeImpl;
  }
}

const I = Interpreter.prototype;

I.argsTuple = function (this: Interpreter, args: Ptr[], start: number, end: number): Ptr {
  if (end <= start) return NULL;
  const space = this.space;
  const t = tuple_new(space, end - start);
  for (let i = start; i < end; i++) {
    space.rt.incref(args[i]);
    tuple_initItem(space, t, i - start, args[i]);
  }
  return t;
};

I.kwargsDict = function (this: Interpreter, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  if (kwnames === null || kwnames.length === 0) return NULL;
  const d = this.n.dict();
  const npos = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) this.n.dictSet(d, kwnames[i], args[npos + i]);
  return d;
};

I.withTpCall = function <T>(
  this: Interpreter,
  args: Ptr[],
  kwnames: Ptr[] | null,
  run: () => T,
  makeTuple = true,
): T {
  if (this.argsGiven) {
    // CALL_FUNCTION_EX already made them.
    this.argsGiven = false;
    return this.callGuard(run);
  }
  const npos = args.length - (kwnames?.length ?? 0);
  const tuple = makeTuple ? this.argsTuple(args, 0, npos) : NULL;
  let dict = NULL;
  const outerDict = this.varargsDict;
  try {
    dict = this.kwargsDict(args, kwnames);
    this.varargsDict = dict;
    return this.callGuard(run);
  } finally {
    this.varargsDict = outerDict;
    if (tuple !== NULL) this.decref(tuple);
    if (dict !== NULL) this.decref(dict);
  }
};

I.withUnpackDict = function <T>(this: Interpreter, kwnames: Ptr[] | null, run: () => T, refs?: Ptr[]): T {
  if (kwnames === null || kwnames.length === 0) return run();
  const tuple = this.n.tuple(kwnames.map((k) => this.ref(k)));
  // The unpacked stack: a reference to each argument (`refs`, keyword values included).
  if (refs !== undefined) for (const r of refs) this.incref(r);
  try {
    return run();
  } finally {
    this.decref(tuple);
    if (refs !== undefined) for (const r of refs) this.decref(r);
  }
};

I.argParserInit = function (this: Interpreter, fname: string, keywords: string[]): void {
  if (this.argParsers.has(fname)) return;
  const names = keywords.map((k) => this.ref(this.n.intern(k)));
  const tuple = this.n.tuple(names);
  this.space.rt.checker?.markLongLived(tuple);
  this.argParsers.set(fname, tuple);
};

I.callGuard = function <T>(this: Interpreter, run: () => T): T {
  return withRecursionGuard(this.space, ' while calling a Python object', run);
};

I.varargs = function (this: Interpreter, impl: NativeImpl, keywords = false): NativeImpl {
  const wrapped: NativeImpl = (self, args, kwnames) => {
    if (this.argsGiven) {
      this.argsGiven = false;
      return this.callGuard(() => impl(self, args, kwnames));
    }
    const nkw = kwnames?.length ?? 0;
    const tuple = this.argsTuple(args, 0, args.length - nkw);
    let dict = NULL;
    const outer = this.varargsTuple;
    const outerDict = this.varargsDict;
    this.varargsTuple = tuple;
    try {
      if (keywords) dict = this.kwargsDict(args, kwnames);
      this.varargsDict = dict;
      return this.callGuard(() => impl(self, args, kwnames));
    } finally {
      this.varargsTuple = outer;
      this.varargsDict = outerDict;
      if (tuple !== NULL) this.decref(tuple);
      if (dict !== NULL) this.decref(dict);
    }
  };
  varargsImpls.add(wrapped);
  return wrapped;
};

const varargsImpls = new WeakSet<NativeImpl>();

I.isVarargsNative = function (this: Interpreter, f: Ptr): boolean {
  const index = this.space.rt.mem.u32[(f + 16) >>> 2];
  const native = this.natives[index];
  return native !== undefined && varargsImpls.has(native.impl);
};

I.hasVectorcall = function (this: Interpreter, type: Ptr): boolean {
  const space = this.space;
  return (
    type === space.lists.type ||
    type === space.tuples.type ||
    type === space.dicts.type ||
    type === space.sets.setType ||
    type === space.sets.frozensetType ||
    type === space.floats.type ||
    type === space.boolType ||
    type === this.rangeType ||
    type === this.superType ||
    this.vectorcallTypes.has(type)
  );
};

// The METH_VARARGS methods (METH_VARARGS|METH_KEYWORDS: `kw`) of 3.11's built-in types.
const FIND_METHODS = ['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith'];
const SET_METHODS = ['difference', 'intersection', 'union'];
const MUTABLE_SET_METHODS = ['difference_update', 'intersection_update', 'update'];

declare module './interp.js' {
  interface Interpreter {
    /**
     * The `__new__` builtin of built-in type `t` (borrowed; made once, kept in its attribute
     * table): tp_new_wrapper, METH_VARARGS|METH_KEYWORDS, which slices the type off the
     * argument tuple into another tuple before calling tp_new.
     */
    staticNew(t: Ptr, impl: NativeImpl): Ptr;
    /** Wraps the natives of built-in types that are METH_VARARGS in CPython 3.11 (call once, after setup). */
    installVarargsMethods(): void;
  }
}

I.installVarargsMethods = function (this: Interpreter): void {
  const space = this.space;
  // The keyword names of the parsers (and the repr guard's key) are static strings in
  // CPython (_Py_ID): interned now, not when first used.
  for (const names of [...CLINIC_KEYWORDS.values(), ['sep', 'end', 'file', 'flush', 'Py_Repr']]) {
    for (const name of names) this.n.intern(name);
  }
  const table: [Ptr, string[], boolean][] = [
    [space.strs.type, FIND_METHODS, false],
    [space.strs.type, ['format'], true],
    [space.bytes.type, FIND_METHODS, false],
    [space.dicts.type, ['update'], true],
    [space.sets.setType, [...SET_METHODS, ...MUTABLE_SET_METHODS], false],
    [space.sets.frozensetType, SET_METHODS, false],
  ];
  const bytearray = space.builtinTypes.get('bytearray');
  if (bytearray !== undefined) table.push([bytearray, FIND_METHODS, false]);
  // Every built-in type's __new__ builtin exists from the start, as in CPython's type dicts.
  for (const [type, methods] of this.nativeMethods) {
    const impl = methods.get('__new__');
    if (impl !== undefined) this.staticNew(type as Ptr, impl);
  }
  for (const [type, names, keywords] of table) {
    const methods = this.nativeMethods.get(type);
    if (methods === undefined) continue;
    for (const name of names) {
      const impl = methods.get(name);
      if (impl !== undefined) methods.set(name, this.varargs(impl, keywords));
    }
  }
};

I.staticNew = function (this: Interpreter, t: Ptr, impl: NativeImpl): Ptr {
  let attrs = this.staticAttrs.get(t);
  if (attrs === undefined) {
    attrs = new Map();
    this.staticAttrs.set(t, attrs);
  }
  const cached = attrs.get('__new__');
  if (cached !== undefined) return cached;
  const wrapper = this.varargs((self, args, kwnames) => {
    // PyTuple_GetSlice(args, 1, n): the arguments after the type, a tuple of their own.
    const npos = args.length - (kwnames?.length ?? 0);
    const rest = this.argsTuple(args, 1, npos);
    try {
      return impl(self, args, kwnames);
    } finally {
      if (rest !== NULL) this.decref(rest);
    }
  }, true);
  const f = this.newBuiltin('__new__', wrapper, t, `${this.typeName(t)}.__new__`);
  this.space.rt.checker?.markLongLived(f);
  attrs.set('__new__', f);
  return f;
};
