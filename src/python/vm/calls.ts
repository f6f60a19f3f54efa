// Calling: Python functions (argument binding as CPython's), native functions, bound
// methods, classes and objects with __call__; plus the function, closure and cell
// operations generated code uses.

import { clearWeakrefs, OB_SIZE, OB_TYPE, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  cell_get,
  cell_new,
  cell_set,
  DEFAULT_PY_SLOTS,
  dict_size,
  dict_version,
  FUNC,
  func_get,
  func_set,
  function_new,
  long_fromSsize,
  method_func,
  method_self,
  PyErr,
  type PyTypeSlots,
  pointerHash,
  str_len,
  tuple_getItem,
  tuple_initItem,
  tuple_new,
  tuple_size,
} from '../../objects/index.js';
import { CO_GENERATOR_KINDS, CO_VARARGS, CO_VARKEYWORDS } from '../compiler/index.js';
import { CODE_INDEX, type CodeRuntime } from './code.js';
import { Interpreter } from './interp.js';
import { cachedMethod, type MethodEntry, methodEntry } from './methodcache.js';
import { makeMethodDescriptorTypes } from './methoddescr.js';
import { builtinsOfGlobals } from './ops.js';
import { isSlotWrapper } from './slotwrappers.js';

/**
 * A native function: borrowed self (or NULL) and arguments; returns a new reference, or (the
 * built-in next) an error handle (Interpreter.errPark), which callKw throws and a compiled
 * call site checks.
 */
export type NativeImpl = (self: Ptr, args: Ptr[], kwnames: Ptr[] | null) => Ptr;

/** One native function's JS side. */
export interface NativeFunction {
  name: string;
  impl: NativeImpl;
  /** The qualified name for reprs (`list.append`). */
  qualname: string;
  /** For an unbound method of a built-in type: the type's name (the descriptor's __objclass__). */
  objclass?: string;
  /** That type itself. */
  objclassType?: Ptr;
}

// builtin_function_or_method (PyCFunctionObject, 56 bytes, GC; getsizeof = 72):
//   +16 index in natives  +24 m_self  +32 m_module  +40 m_weakreflist  +48 vectorcall
/** Offset of a builtin function object's index in the interpreter's natives table. */
export const BF_INDEX = 16;
const BF_SELF = 24;
const BF_WEAKLIST = 40;
const BF_SIZE = 56;

declare module './interp.js' {
  interface Interpreter {
    /** builtin_function_or_method. */
    builtinType: Ptr;
    natives: NativeFunction[];
    nativeIndex: Map<NativeImpl, number>;
    newBuiltin(name: string, impl: NativeImpl, self?: Ptr, qualname?: string): Ptr;
    call(f: Ptr, args: Ptr[]): Ptr;
    /**
     * `f()`, `f(a)`, `f(a, b)`, `f(a, b, c)`: f and the arguments stolen; no array for a simple
     * Python function. For generated code: may return an error handle (Interpreter.errReturn).
     */
    call0(f: Ptr): Ptr;
    call1(f: Ptr, a: Ptr): Ptr;
    call2(f: Ptr, a: Ptr, b: Ptr): Ptr;
    call3(f: Ptr, a: Ptr, b: Ptr, c: Ptr): Ptr;
    /** The code of `f` when it is a Python function that takes exactly `n` positional arguments straight, else undefined. */
    fastCode(f: Ptr, n: number): CodeRuntime | undefined;
    callKw(f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /**
     * `obj.name(*args)`; `callPos`, when given, becomes the frame's position once the method is
     * found (the call's carets, not the attribute's); `M[k]`, `M[k + 1]`, when given, are the
     * site's cache of a built-in type's native method (the type, the implementation); with
     * them (generated code) a Python function's exception may come back as its error handle
     * (Interpreter.errReturn) instead of being thrown.
     */
    callMethod(obj: Ptr, name: Ptr, args: Ptr[], callPos?: number, M?: unknown[], k?: number): Ptr;
    /**
     * LOAD_METHOD of `obj.name(args)` whose arguments may run code (obj borrowed): 0 when obj's
     * static built-in type has the native method (callMethod finds it again, unchanged), else
     * the callable as loadMethod gives it, with `methodUnbound`.
     */
    loadMethodFirst(obj: Ptr, name: Ptr, M: unknown[], k: number): Ptr;
    /** CALL after loadMethodFirst and the arguments: f (0: callMethod's way), self (0 when bound) and the arguments stolen; may return an error handle. */
    callLoadedMethod(f: Ptr, obj: Ptr, name: Ptr, args: Ptr[], callPos: number, M: unknown[], k: number): Ptr;
    /** CALL at a compiled call site: as callKw, but a bound method is unpacked and dropped first (3.11's PRECALL); may return an error handle. */
    callAt(f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    callFunction(fn: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /** callFunction whose Python exception may come back as an error handle (Interpreter.errReturn). */
    callFunctionRaw(fn: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    makeFunction(
      code: Ptr,
      globals: Ptr,
      defaults: Ptr,
      kwdefaults: Ptr,
      closure: Ptr,
      annotations?: Ptr,
    ): Ptr;
    funcGlobals(fn: Ptr): Ptr;
    funcClosure(fn: Ptr): Ptr;
    closureCell(closure: Ptr, i: number): Ptr;
    closureTuple(cells: Ptr[]): Ptr;
    cellNew(value: Ptr): Ptr;
    cellLoad(cell: Ptr, name: string, free: boolean): Ptr;
    cellStore(cell: Ptr, value: Ptr): void;
    cellDelete(cell: Ptr, name: string): void;
    runComprehension(code: Ptr, globals: Ptr, closure: Ptr, iterator: Ptr, aiter?: boolean): Ptr;
    /** Calls `f` with borrowed arguments (a convenience for natives). */
    callBorrowed(f: Ptr, args: Ptr[]): Ptr;
    initCalls(): void;
  }
}

const I = Interpreter.prototype;

I.initCalls = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  this.natives = [];
  this.nativeIndex = new Map();
  this.argParsers = new Map();
  this.argsGiven = false;
  this.varargsTuple = NULL;
  this.varargsDict = NULL;
  const slots: PyTypeSlots = {
    ...DEFAULT_PY_SLOTS,
    name: 'builtin_function_or_method',
    flags: TPFLAGS_HAVE_GC,
    basicsize: BF_SIZE,
    weaklistoffset: BF_WEAKLIST,
    traverse: (op, visit) => {
      const self = rt.mem.u32[(op + BF_SELF) >>> 2] as Ptr;
      if (self !== NULL) visit(self);
    },
    // meth_dealloc: weak references cleared, m_self released, then the object freed.
    dealloc: (op) => {
      rt.untrack(op);
      if (rt.mem.u32[(op + BF_WEAKLIST) >>> 2] !== 0) clearWeakrefs(rt, op);
      const self = rt.mem.u32[(op + BF_SELF) >>> 2] as Ptr;
      if (self !== NULL) rt.decref(self);
      rt.gcDel(op);
    },
    hash: (op) => pointerHash(op),
    // A bound slot wrapper (`obj.__init__`, `(1).__add__`) is CPython's method-wrapper:
    // PyObject_HEAD, descriptor and self (32 bytes, getsizeof 48).
    sizeof: (op) => {
      const self = rt.mem.u32[(op + BF_SELF) >>> 2] as Ptr;
      if (self === NULL || this.isModule(self)) return BF_SIZE;
      const f = this.natives[rt.mem.u32[(op + BF_INDEX) >>> 2]];
      return isSlotWrapper(space.typeName(self), f.name) ? 32 : BF_SIZE;
    },
    repr: (op) => {
      const f = this.natives[rt.mem.u32[(op + BF_INDEX) >>> 2]];
      const self = rt.mem.u32[(op + BF_SELF) >>> 2] as Ptr;
      if (self === NULL && f.objclass !== undefined)
        return isSlotWrapper(f.objclass, f.name)
          ? `<slot wrapper '${f.name}' of '${f.objclass}' objects>`
          : `<method '${f.name}' of '${f.objclass}' objects>`;
      if (self === NULL || this.isModule(self)) return `<built-in function ${f.name}>`;
      const kind = isSlotWrapper(space.typeName(self), f.name) ? 'method-wrapper' : 'built-in method';
      const q = kind === 'method-wrapper' ? `'${f.name}'` : f.name;
      return `<${kind} ${q} of ${space.typeName(self)} object at 0x${self.toString(16)}>`;
    },
  };
  this.builtinType = space.newStaticType(slots);
  makeMethodDescriptorTypes(this, slots);
};

I.newBuiltin = function (this: Interpreter, name, impl, self = NULL, qualname = name): Ptr {
  const rt = this.space.rt;
  // One table entry per native implementation, however many objects are made for it.
  let index = this.nativeIndex.get(impl);
  if (index === undefined) {
    index = this.natives.length;
    this.natives.push({ name, impl, qualname });
    this.nativeIndex.set(impl, index);
  }
  const op = rt.gcNew(this.builtinType, BF_SIZE);
  const u32 = rt.mem.u32;
  for (let i = 16; i < BF_SIZE; i += 4) u32[(op + i) >>> 2] = 0;
  u32[(op + BF_INDEX) >>> 2] = index;
  if (self !== NULL) rt.incref(self);
  u32[(op + BF_SELF) >>> 2] = self;
  // A bound slot wrapper is a method-wrapper (the names are all dunders).
  if (self !== NULL && name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95)
    this.settleBoundBuiltin(op, name, self);
  rt.track(op);
  return op;
};

I.call = function (this: Interpreter, f: Ptr, args: Ptr[]): Ptr {
  return this.callKw(f, args, null);
};

// A function's vectorcall words (unused otherwise) keep what every call needs of its code,
// which never changes (__code__ is read-only in pymm): the code's index in
// Interpreter.codes, and its fastArity + 1 (0: never a fast call).
const FN_CODE_INDEX = FUNC.vectorcall;
const FN_FAST_ARITY = FUNC.vectorcall + 4;

I.fastCode = function (this: Interpreter, f: Ptr, n: number): CodeRuntime | undefined {
  const u32 = this.space.rt.mem.u32;
  if (u32[(f + OB_TYPE) >>> 2] !== this.space.functions.type || u32[(f + FN_FAST_ARITY) >>> 2] !== n + 1)
    return undefined;
  return this.codes[u32[(f + FN_CODE_INDEX) >>> 2]];
};

I.call0 = function (this: Interpreter, f: Ptr): Ptr {
  const code = this.fastCode(f, 0);
  if (code === undefined) {
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType) {
      const r = this.plainClassCall(f, 0, NULL, NULL, NULL);
      if (r !== NULL) return r;
    }
    return this.callAt(f, [], null);
  }
  // A plain function's code never throws (enterFn, errReturn): no try around it.
  const r = code.fn(f) as Ptr;
  this.decref(f);
  return r;
};

I.call1 = function (this: Interpreter, f: Ptr, a: Ptr): Ptr {
  const code = this.fastCode(f, 1);
  if (code === undefined) {
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType) {
      const r = this.plainClassCall(f, 1, a, NULL, NULL);
      if (r !== NULL) return r;
    }
    // PRECALL_NO_KW_LEN: the built-in len of an exact container, without the call protocol.
    if (isNativeFunction(this, f, this.lenBuiltin)) {
      const size = exactLen(this, a);
      if (size >= 0) {
        this.decref(a);
        this.decref(f);
        return long_fromSsize(this.space, size);
      }
    }
    // A built-in exception type (`ValueError(msg)`): BaseException_new and _init, as
    // callType would reach them, without the layers of the generic call.
    if (isBuiltinException(this, f)) {
      try {
        return this.exceptionNew(f, [a], null);
      } finally {
        this.decref(a);
        this.decref(f);
      }
    }
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType)
      return callExactType(this, f, [a]);
    return this.callAt(f, [a], null);
  }
  // A plain function's code never throws (enterFn, errReturn): no try around it.
  const r = code.fn(f, a) as Ptr;
  this.decref(f);
  return r;
};

I.call2 = function (this: Interpreter, f: Ptr, a: Ptr, b: Ptr): Ptr {
  const code = this.fastCode(f, 2);
  if (code === undefined) {
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType) {
      const r = this.plainClassCall(f, 2, a, b, NULL);
      if (r !== NULL) return r;
    }
    // PRECALL_NO_KW_ISINSTANCE: the built-in isinstance, without the call protocol.
    if (isNativeFunction(this, f, this.isinstanceBuiltin)) {
      try {
        return this.bool(this.objectIsInstance(a, b));
      } catch (e) {
        throw this.pinError(e);
      } finally {
        this.decref(a);
        this.decref(b);
        this.decref(f);
      }
    }
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType)
      return callExactType(this, f, [a, b]);
    return this.callAt(f, [a, b], null);
  }
  // A plain function's code never throws (enterFn, errReturn): no try around it.
  const r = code.fn(f, a, b) as Ptr;
  this.decref(f);
  return r;
};

// A call of `f`, whose metatype is exactly `type` (a class, str, int, range …), with positional
// arguments (stolen, as `f`): what callAt → callKw → callObject reach (an exact `type` has
// no metaclass __call__), without their dispatch.
function callExactType(interp: Interpreter, f: Ptr, args: Ptr[]): Ptr {
  try {
    return interp.callType(f, args, null);
  } finally {
    interp.decref(f);
  }
}

// `f` is a built-in exception type (not a class, no metaclass, no constructor of its own).
// A class is ruled out first by its ClassInfo (an array look-up, where the others are Maps).
function isBuiltinException(interp: Interpreter, f: Ptr): boolean {
  const space = interp.space;
  return (
    space.rt.mem.u32[(f + OB_TYPE) >>> 2] === space.typeType &&
    interp.classes.get(f) === undefined &&
    interp.exc.byType.has(f) &&
    !interp.constructors.has(f)
  );
}

// `f` is a built-in function object for native `index` (compared by native, not by address:
// the object may have been replaced in builtins and its address reused).
function isNativeFunction(interp: Interpreter, f: Ptr, index: number): boolean {
  const u32 = interp.space.rt.mem.u32;
  return interp.isNativeCallableType(u32[(f + OB_TYPE) >>> 2] as Ptr) && u32[(f + BF_INDEX) >>> 2] === index;
}

/** len() of an exact list, tuple, dict or str (their sq_length or mp_length), or −1 for anything else. */
export function exactLen(interp: Interpreter, op: Ptr): number {
  const space = interp.space;
  const type = space.rt.typeObject(op);
  if (type === space.lists.type || type === space.tuples.type) return space.rt.mem.i32[(op + OB_SIZE) >>> 2];
  if (type === space.dicts.type) return dict_size(space, op);
  if (type === space.strs.type) return str_len(space, op);
  return -1;
}

I.call3 = function (this: Interpreter, f: Ptr, a: Ptr, b: Ptr, c: Ptr): Ptr {
  const code = this.fastCode(f, 3);
  if (code === undefined) {
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType) {
      const r = this.plainClassCall(f, 3, a, b, c);
      if (r !== NULL) return r;
    }
    if (this.space.rt.mem.u32[(f + OB_TYPE) >>> 2] === this.space.typeType)
      return callExactType(this, f, [a, b, c]);
    return this.callAt(f, [a, b, c], null);
  }
  // A plain function's code never throws (enterFn, errReturn): no try around it.
  const r = code.fn(f, a, b, c) as Ptr;
  this.decref(f);
  return r;
};

I.callBorrowed = function (this: Interpreter, f: Ptr, args: Ptr[]): Ptr {
  for (let i = 0; i < args.length; i++) this.incref(args[i]);
  // A simple Python function (a key function, a special method) as call1..call3 take it.
  const n = args.length;
  if (n <= 3) {
    const code = this.fastCode(f, n);
    if (code !== undefined) {
      this.incref(f);
      try {
        return this.checked(
          n === 0
            ? code.fn(f)
            : n === 1
              ? code.fn(f, args[0])
              : n === 2
                ? code.fn(f, args[0], args[1])
                : code.fn(f, args[0], args[1], args[2]),
        );
      } finally {
        this.decref(f);
      }
    }
  }
  const space = this.space;
  if (n <= 3 && space.rt.typeObject(f) === space.methods.type) {
    const r = callBoundMethod(this, f, args);
    if (r !== undefined) return r;
  }
  this.incref(f);
  // A copy: callKw may unpack a bound method into the array it is given.
  return this.callKw(f, args.slice(), null);
};

// callBorrowed of a bound method (a `with` statement's __exit__, `key=obj.method`) whose
// function is a simple Python function taking self and the arguments: they go straight
// into its frame, with the references callKw would hold while it runs (the method, its
// function); undefined when the function is not that simple.
function callBoundMethod(interp: Interpreter, f: Ptr, args: Ptr[]): Ptr | undefined {
  const space = interp.space;
  const fn = method_func(space, f);
  const n = args.length;
  const code = interp.fastCode(fn, n + 1);
  if (code === undefined) return undefined;
  const self = method_self(space, f);
  interp.incref(f);
  interp.incref(self);
  interp.incref(fn);
  try {
    return interp.checked(
      n === 0
        ? code.fn(fn, self)
        : n === 1
          ? code.fn(fn, self, args[0])
          : n === 2
            ? code.fn(fn, self, args[0], args[1])
            : code.fn(fn, self, args[0], args[1], args[2]),
    );
  } finally {
    interp.decref(fn);
    interp.decref(f);
  }
}

/** Calls `f` (stolen) with `args` (stolen; the last kwnames.length are keyword values). */
I.callKw = function (this: Interpreter, f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const space = this.space;
  const type = space.rt.typeObject(f);
  try {
    if (type === space.functions.type) return this.callFunction(f, args, kwnames);
    if (type === space.methods.type) {
      const self = method_self(space, f);
      const fn = method_func(space, f);
      this.incref(self);
      this.incref(fn);
      args.unshift(self);
      return this.callKw(fn, args, kwnames);
    }
    if (this.isNativeCallableType(type)) {
      const rt = space.rt;
      const nf = this.natives[rt.mem.u32[(f + BF_INDEX) >>> 2]];
      try {
        const r = nf.impl(rt.mem.u32[(f + BF_SELF) >>> 2] as Ptr, args, kwnames);
        if ((r as number) < 0) throw this.errTake(r as number);
        return r;
      } catch (e) {
        throw this.pinError(e);
      } finally {
        for (const a of args) this.decref(a);
      }
    }
    return this.callObject(f, args, kwnames);
  } finally {
    this.decref(f);
  }
};

/** LOAD_METHOD + CALL: calls obj.name(*args) without making a bound method when the attribute is a plain function. */
I.callMethod = function (
  this: Interpreter,
  obj: Ptr,
  name: Ptr,
  args: Ptr[],
  callPos = -1,
  M?: unknown[],
  k = 0,
): Ptr {
  // The site's cache: a static built-in type's native method, or what methodcache.ts
  // remembers of a class.
  const u32 = this.space.rt.mem.u32;
  if (M !== undefined && M[k] === u32[(obj + OB_TYPE) >>> 2]) {
    const entry = M[k + 1];
    if (typeof entry === 'function') return callNative(this, entry as NativeImpl, obj, args, callPos);
    const method = args.length <= 3 ? cachedMethod(u32, obj, entry as MethodEntry) : NULL;
    const code = method === NULL ? undefined : this.fastCode(method, args.length + 1);
    if (code !== undefined) return callPlainMethod(this, method, code, obj, args, callPos, false, true);
  }
  const method = args.length <= 3 ? this.plainMethod(obj, name) : NULL;
  if (method !== NULL) {
    const code = this.fastCode(method, args.length + 1);
    if (code !== undefined) {
      if (M !== undefined) {
        const info = this.classes.get(this.space.rt.typeObject(obj));
        const entry = info === undefined ? null : methodEntry(u32, info, name, method);
        if (entry !== null) {
          M[k] = info?.type;
          M[k + 1] = entry;
        }
      }
      return callPlainMethod(this, method, code, obj, args, callPos, false, M !== undefined);
    }
  }
  const native = this.nativeMethodOf(obj, name);
  if (native !== undefined) {
    if (M !== undefined) {
      // Only a static type's method is cached: not a class (whose dict may change), and
      // the name is then found the same way for every instance of the type.
      const type = this.space.rt.typeObject(obj);
      if ((this.space.rt.typeFlags(obj) & TPFLAGS_HEAPTYPE) === 0 && !this.classes.has(type)) {
        M[k] = type;
        M[k + 1] = native;
      }
    }
    return callNative(this, native, obj, args, callPos);
  }
  let found: [Ptr, boolean];
  try {
    found = this.lookupMethod(obj, name);
  } catch (e) {
    // No such attribute: what the call was given is released (obj and args are stolen),
    // once the exception object exists (an AttributeError's `obj` refers to obj).
    const error = this.chainPending(e);
    this.decref(obj);
    for (let i = 0; i < args.length; i++) this.decref(args[i]);
    throw error;
  }
  const [fn, unbound] = found;
  if (callPos >= 0) this.L[this.depth] = callPos;
  if (unbound) {
    const code = this.fastCode(fn, args.length + 1);
    if (code !== undefined && args.length <= 3)
      return callPlainMethod(this, fn, code, obj, args, -1, true, M !== undefined);
    args.unshift(obj);
    return this.callKw(fn, args, null);
  }
  this.decref(obj);
  // callAt may return an error handle: generated code (the one caller with a cache) takes it.
  return M !== undefined ? this.callAt(fn, args, null) : this.checked(this.callAt(fn, args, null));
};

I.loadMethodFirst = function (this: Interpreter, obj: Ptr, name: Ptr, M: unknown[], k: number): Ptr {
  const type = this.space.rt.typeObject(obj);
  if (M[k] === type && typeof M[k + 1] === 'function') return NULL;
  // A static type's methods cannot change while the arguments are evaluated.
  if (
    (this.space.rt.typeFlags(obj) & TPFLAGS_HEAPTYPE) === 0 &&
    !this.classes.has(type) &&
    this.nativeMethodOf(obj, name) !== undefined
  )
    return NULL;
  return this.loadMethod(obj, name, M, k);
};

I.callLoadedMethod = function (
  this: Interpreter,
  f: Ptr,
  obj: Ptr,
  name: Ptr,
  args: Ptr[],
  callPos: number,
  M: unknown[],
  k: number,
): Ptr {
  if (f === NULL) return this.callMethod(obj, name, args, callPos, M, k);
  this.L[this.depth] = callPos;
  if (obj === NULL) return this.callAt(f, args, null);
  const code = args.length <= 3 ? this.fastCode(f, args.length + 1) : undefined;
  if (code !== undefined) return callPlainMethod(this, f, code, obj, args, -1, true, true);
  args.unshift(obj);
  return this.callKw(f, args, null);
};

I.callAt = function (this: Interpreter, f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const space = this.space;
  if (space.rt.typeObject(f) !== space.methods.type) return callKwHandle(this, f, args, kwnames);
  // PRECALL: self and the function take the method's place on the stack, and the method
  // object goes (freed here when the call site held its only reference).
  const self = method_self(space, f);
  const fn = method_func(space, f);
  this.incref(self);
  this.incref(fn);
  this.decref(f);
  // A simple Python function: self and the arguments straight into its frame.
  if (kwnames === null && args.length <= 3) {
    const code = this.fastCode(fn, args.length + 1);
    if (code !== undefined) return callPlainMethod(this, fn, code, self, args, -1, true, true);
  }
  args.unshift(self);
  return callKwHandle(this, fn, args, kwnames);
};

// A plain Python method (at most three arguments): self and the arguments (stolen) go
// straight into its frame; the function is held while it runs (the class attribute could be
// replaced meanwhile): by a reference taken here, or the caller's when `owned`. With
// `handle`, an exception comes back as the function's error handle (for generated code).
function callPlainMethod(
  interp: Interpreter,
  method: Ptr,
  code: CodeRuntime,
  obj: Ptr,
  args: Ptr[],
  callPos: number,
  owned: boolean,
  handle: boolean,
): Ptr {
  if (callPos >= 0) interp.L[interp.depth] = callPos;
  if (!owned) interp.incref(method);
  // A plain function's code never throws (enterFn, errReturn): no try around it.
  const r = (
    args.length === 0
      ? code.fn(method, obj)
      : args.length === 1
        ? code.fn(method, obj, args[0])
        : args.length === 2
          ? code.fn(method, obj, args[0], args[1])
          : code.fn(method, obj, args[0], args[1], args[2])
  ) as Ptr;
  interp.decref(method);
  return handle ? r : interp.checked(r);
}

// A method of a built-in type: called directly, as 3.11 calls a method descriptor; obj and
// the arguments are stolen.
function callNative(interp: Interpreter, native: NativeImpl, obj: Ptr, args: Ptr[], callPos: number): Ptr {
  if (callPos >= 0) interp.L[interp.depth] = callPos;
  try {
    return native(obj, args, null);
  } catch (e) {
    throw interp.pinError(e);
  } finally {
    for (let i = 0; i < args.length; i++) interp.decref(args[i]);
    interp.decref(obj);
  }
}

/** Binds arguments (stolen) to a Python function's parameters and runs it. */
I.callFunctionRaw = function (this: Interpreter, fn: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const space = this.space;
  const u32 = space.rt.mem.u32;
  const code = this.codes[u32[(fn + FN_CODE_INDEX) >>> 2]];
  const params = bindArguments(this, fn, code, args, kwnames);
  if (code.unit.flags & CO_GENERATOR_KINDS) return this.newGenerator(fn, code, params);
  // Written out up to five parameters: a spread call goes through V8's iteration protocol.
  const f = code.fn;
  const p = params;
  switch (p.length) {
    case 0:
      return f(fn) as Ptr;
    case 1:
      return f(fn, p[0]) as Ptr;
    case 2:
      return f(fn, p[0], p[1]) as Ptr;
    case 3:
      return f(fn, p[0], p[1], p[2]) as Ptr;
    case 4:
      return f(fn, p[0], p[1], p[2], p[3]) as Ptr;
    case 5:
      return f(fn, p[0], p[1], p[2], p[3], p[4]) as Ptr;
    default:
      return f(fn, ...p) as Ptr;
  }
};

I.callFunction = function (this: Interpreter, fn: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  return this.checked(this.callFunctionRaw(fn, args, kwnames));
};

/**
 * callKw of a builtin_function_or_method for a compiled call site: an error handle its
 * implementation returns (next's StopIteration) is passed on, not thrown.
 */
export function callBuiltinHandle(interp: Interpreter, f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const rt = interp.space.rt;
  const nf = interp.natives[rt.mem.u32[(f + BF_INDEX) >>> 2]];
  try {
    return nf.impl(rt.mem.u32[(f + BF_SELF) >>> 2] as Ptr, args, kwnames);
  } catch (e) {
    throw interp.pinError(e);
  } finally {
    for (let i = 0; i < args.length; i++) interp.decref(args[i]);
    interp.decref(f);
  }
}

// callKw for generated code's call sites (callAt): a Python function's
// exception comes back as its error handle; `f` and the arguments stolen.
function callKwHandle(interp: Interpreter, f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const type = interp.space.rt.typeObject(f);
  if (type !== interp.space.functions.type) {
    if (type === interp.builtinType) return callBuiltinHandle(interp, f, args, kwnames);
    return interp.callKw(f, args, kwnames);
  }
  let r: Ptr;
  try {
    r = interp.callFunctionRaw(f, args, kwnames);
  } catch (e) {
    interp.decref(f);
    throw e;
  }
  interp.decref(f);
  return r;
}

/**
 * The globals dict makeFunction last read, at which version tag (unique to one state of one
 * dict: a new dict gets a tag of its own), and what it found there (borrowed: the dict holds
 * them as long as its tag is unchanged).
 */
class MakeFunctionCache {
  readonly interp: Interpreter;
  readonly nameName: Ptr;
  globals: Ptr = NULL;
  version = 0;
  builtins: Ptr = NULL;
  modname: Ptr = NULL;

  constructor(interp: Interpreter) {
    this.interp = interp;
    this.nameName = interp.n.intern('__name__');
  }
}

// The cache of the interpreter that made a function last (a module variable: a property added
// to the Interpreter would be one more of its many).
let makeFunctionCache: MakeFunctionCache | null = null;

I.makeFunction = function (
  this: Interpreter,
  codeObj,
  globals,
  defaults,
  kwdefaults,
  closure,
  annotations = NULL,
): Ptr {
  const space = this.space;
  const code = this.codeOf(codeObj);
  // co_name (interned, so it lives as long as the interpreter), co_qualname and the
  // docstring are the code's: every function made from it shares them.
  code.name ??= this.n.intern(code.unit.name);
  const name = code.name;
  code.qualname ??= code.unit.qualname === code.unit.name ? this.ref(name) : this.n.str(code.unit.qualname);
  const fn = function_new(space, codeObj, globals, name, code.qualname);
  // The references given for these fields move into the function.
  const u32 = space.rt.mem.u32;
  u32[(fn + FN_CODE_INDEX) >>> 2] = u32[(codeObj + CODE_INDEX) >>> 2];
  u32[(fn + FN_FAST_ARITY) >>> 2] = code.fastArity + 1;
  if (defaults !== NULL) u32[(fn + FUNC.defaults) >>> 2] = defaults;
  if (kwdefaults !== NULL) u32[(fn + FUNC.kwdefaults) >>> 2] = kwdefaults;
  if (closure !== NULL) u32[(fn + FUNC.closure) >>> 2] = closure;
  if (annotations !== NULL) u32[(fn + FUNC.annotations) >>> 2] = annotations;
  // _PyEval_BuiltinsFromGlobals (whatever __builtins__ holds — a module gives its dict —
  // else the interpreter's builtins); and __name__. Both are looked up again only when the globals changed since the last
  // function made (its version tag: a nested function or comprehension made in a loop).
  let c = makeFunctionCache;
  if (c === null || c.interp !== this) c = makeFunctionCache = new MakeFunctionCache(this);
  const version = dict_version(space, globals);
  if (globals !== c.globals || version !== c.version || version === 0) {
    c.builtins = builtinsOfGlobals(this, globals);
    c.modname = this.n.dictGet(globals, c.nameName);
    c.globals = globals;
    c.version = version;
  }
  func_set(space, fn, 'builtins', c.builtins);
  if (c.modname !== NULL) func_set(space, fn, 'module', c.modname);
  if (code.unit.doc !== null) {
    code.doc ??= this.n.str(code.unit.doc);
    func_set(space, fn, 'doc', code.doc);
  } else {
    func_set(space, fn, 'doc', space.none);
  }
  return fn;
};

I.funcGlobals = function (this: Interpreter, fn: Ptr): Ptr {
  return this.space.rt.mem.u32[(fn + FUNC.globals) >>> 2] as Ptr;
};

I.funcClosure = function (this: Interpreter, fn: Ptr): Ptr {
  return this.space.rt.mem.u32[(fn + FUNC.closure) >>> 2] as Ptr;
};

I.closureCell = function (this: Interpreter, closure: Ptr, i: number): Ptr {
  return this.n.tupleItems(closure)[i];
};

I.closureTuple = function (this: Interpreter, cells: Ptr[]): Ptr {
  for (const c of cells) this.incref(c);
  return this.n.tuple(cells);
};

I.cellNew = function (this: Interpreter, value: Ptr): Ptr {
  const c = cell_new(this.space, value);
  if (value !== 0) this.decref(value);
  return c;
};

I.cellLoad = function (this: Interpreter, cell: Ptr, name: string, free: boolean): Ptr {
  const v = cell_get(this.space, cell);
  if (v === NULL) {
    if (free) {
      throw new PyErr(
        'NameError',
        `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      );
    }
    throw new PyErr(
      'UnboundLocalError',
      `cannot access local variable '${name}' where it is not associated with a value`,
    );
  }
  this.incref(v);
  return v;
};

I.cellStore = function (this: Interpreter, cell: Ptr, value: Ptr): void {
  cell_set(this.space, cell, value);
  this.decref(value);
};

I.cellDelete = function (this: Interpreter, cell: Ptr, name: string): void {
  if (cell_get(this.space, cell) === NULL) {
    throw new PyErr(
      'UnboundLocalError',
      `cannot access local variable '${name}' where it is not associated with a value`,
    );
  }
  cell_set(this.space, cell, NULL);
};

/** A comprehension: make its function (as 3.11 does), call it with the iterator (stolen). */
I.runComprehension = function (
  this: Interpreter,
  code: Ptr,
  globals: Ptr,
  closure: Ptr,
  iterator: Ptr,
  aiter = false,
): Ptr {
  const fn = this.makeFunction(code, globals, NULL, NULL, closure);
  let it: Ptr;
  if (aiter) {
    it = this.getAIter(iterator);
  } else {
    try {
      it = this.iter(iterator);
    } finally {
      this.decref(iterator);
    }
  }
  try {
    // A list, set or dict comprehension takes its one argument straight (bindArguments
    // would only put it first); a generator expression makes its generator.
    const c = this.codeOf(code);
    const u = c.unit;
    if (
      (u.flags & (CO_GENERATOR_KINDS | CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
      u.argcount === 1 &&
      u.kwonlyargcount === 0
    )
      return this.checked(c.fn(fn, it));
    return this.callFunction(fn, [it], null);
  } finally {
    this.decref(fn);
  }
};

// Binds positional and keyword arguments (stolen) into the parameter array, with CPython's
// error messages; returns owned references in co_varnames order. Nothing is allocated but
// the parameter array (and a *args tuple or **kwargs dict) unless the call fails.
function bindArguments(
  interp: Interpreter,
  fn: Ptr,
  code: CodeRuntime,
  args: Ptr[],
  kwnames: Ptr[] | null,
): Ptr[] {
  const u = code.unit;
  const n = interp.n;
  const space = interp.space;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = u.argcount;
  const total = argcount + u.kwonlyargcount;
  const hasVarargs = (u.flags & CO_VARARGS) !== 0;
  const hasVarkw = (u.flags & CO_VARKEYWORDS) !== 0;
  // Fast path: exactly the positional parameters.
  if (nkw === 0 && npos === argcount && total === argcount && !hasVarargs && !hasVarkw) return args;
  // A packed array built by pushes: `new Array(n).fill(0)` costs a builtin call and a holey array.
  const params: Ptr[] = [];
  for (let i = total + (hasVarargs ? 1 : 0) + (hasVarkw ? 1 : 0); i > 0; i--) params.push(NULL);
  try {
    const take = Math.min(npos, argcount);
    for (let i = 0; i < take; i++) params[i] = args[i];
    if (hasVarargs) {
      // The extra positional arguments move into the *args tuple (no copy, no incref/decref).
      const extra = npos - argcount;
      const t = tuple_new(space, Math.max(extra, 0));
      for (let i = 0; i < extra; i++) tuple_initItem(space, t, i, args[argcount + i]);
      params[total] = t;
    } else if (npos > argcount) {
      for (let i = argcount; i < args.length; i++) interp.decref(args[i]);
      for (let i = 0; i < take; i++) params[i] = NULL;
      for (let i = 0; i < take; i++) interp.decref(args[i]);
      throw tooManyPositional(interp, fn, code, npos, nkw);
    }
    let kwdict = 0 as Ptr;
    if (hasVarkw) {
      kwdict = n.dict();
      params[total + (hasVarargs ? 1 : 0)] = kwdict;
    }
    for (let k = 0; k < nkw; k++) {
      const kw = (kwnames as Ptr[])[k];
      const name = interp.kwNameStrings.get(kw) ?? n.jsStr(kw);
      const value = args[npos + k];
      let idx = -1;
      for (let i = u.posonlyargcount; i < total; i++) {
        if (u.varnames[i] === name) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== 0) {
          n.dictSet(kwdict, kw, value);
          interp.decref(value);
          continue;
        }
        interp.decref(value);
        for (let j = k + 1; j < nkw; j++) interp.decref(args[npos + j]);
        // positional_only_passed_as_keyword: every keyword that names a positional-only parameter.
        const posonly = (kwnames as Ptr[])
          .map((x) => n.jsStr(x))
          .filter((x) => {
            const i = u.varnames.indexOf(x);
            return i >= 0 && i < u.posonlyargcount;
          });
        if (posonly.length > 0) {
          throw new PyErr(
            'TypeError',
            `${calleeName(interp, fn, code)} got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`,
          );
        }
        throw new PyErr(
          'TypeError',
          `${calleeName(interp, fn, code)} got an unexpected keyword argument '${name}'`,
        );
      }
      if (params[idx] !== 0) {
        interp.decref(value);
        for (let j = k + 1; j < nkw; j++) interp.decref(args[npos + j]);
        throw new PyErr(
          'TypeError',
          `${calleeName(interp, fn, code)} got multiple values for argument '${name}'`,
        );
      }
      params[idx] = value;
    }
    // Defaults: the last ndefs positional parameters, then the keyword-only ones.
    const defaults = space.rt.mem.u32[(fn + FUNC.defaults) >>> 2] as Ptr;
    const ndefs = defaults === NULL ? 0 : tuple_size(space, defaults);
    let missing = 0;
    for (let i = 0; i < argcount; i++) {
      if (params[i] !== 0) continue;
      const d = i - (argcount - ndefs);
      if (d >= 0) params[i] = interp.ref(tuple_getItem(space, defaults, d));
      else missing++;
    }
    if (missing > 0)
      throw missingArgs(calleeName(interp, fn, code), unbound(u.varnames, params, 0, argcount), 'positional');
    if (total > argcount) {
      const kwdefaults = space.rt.mem.u32[(fn + FUNC.kwdefaults) >>> 2] as Ptr;
      for (let i = argcount; i < total; i++) {
        if (params[i] !== 0) continue;
        const v = kwdefaults === NULL ? NULL : n.dictGet(kwdefaults, n.intern(u.varnames[i]));
        if (v !== NULL) params[i] = interp.ref(v);
        else missing++;
      }
      if (missing > 0)
        throw missingArgs(
          calleeName(interp, fn, code),
          unbound(u.varnames, params, argcount, total),
          'keyword-only',
        );
    }
    return params;
  } catch (error) {
    for (const p of params) if (p !== 0) interp.decref(p);
    throw error;
  }
}

// The names of the parameters start..end-1 still unbound.
function unbound(varnames: readonly string[], params: Ptr[], start: number, end: number): string[] {
  const names: string[] = [];
  for (let i = start; i < end; i++) if (params[i] === 0) names.push(varnames[i]);
  return names;
}

// `NAME()` as CPython's binding errors name the function: its __qualname__, which the
// program may have reassigned.
function calleeName(interp: Interpreter, fn: Ptr, code: CodeRuntime): string {
  const qn = func_get(interp.space, fn, 'qualname');
  return `${qn !== 0 && interp.n.isStr(qn) ? interp.n.jsStr(qn) : code.unit.qualname}()`;
}

function missingArgs(fname: string, names: string[], kind: string): PyErr {
  const quoted = names.map((x) => `'${x}'`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
  const s = names.length === 1 ? '' : 's';
  return new PyErr('TypeError', `${fname} missing ${names.length} required ${kind} argument${s}: ${list}`);
}

function tooManyPositional(
  interp: Interpreter,
  fn: Ptr,
  code: CodeRuntime,
  given: number,
  nkw: number,
): PyErr {
  const u = code.unit;
  const defaults = func_get(interp.space, fn, 'defaults');
  const ndefs = defaults === NULL ? 0 : interp.n.tupleItems(defaults).length;
  const atLeast = u.argcount - ndefs;
  const takes =
    ndefs > 0
      ? `from ${atLeast} to ${u.argcount} positional arguments`
      : `${u.argcount} positional argument${u.argcount === 1 ? '' : 's'}`;
  const kwonlyGiven =
    nkw > 0
      ? ` positional argument${given === 1 ? '' : 's'} (and ${nkw} keyword-only argument${nkw === 1 ? '' : 's'})`
      : '';
  const was = given === 1 ? 'was' : 'were';
  const tail = kwonlyGiven ? `${given}${kwonlyGiven} were given` : `${given} ${was} given`;
  const qn = func_get(interp.space, fn, 'qualname');
  const name = qn !== NULL && interp.n.isStr(qn) ? interp.n.jsStr(qn) : u.qualname;
  return new PyErr('TypeError', `${name}() takes ${takes} but ${tail}`);
}
