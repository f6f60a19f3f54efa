// The plain-call sites' cache of generated code (`f(a)` with up to three positional
// arguments): per site the code index of the plain Python function it called last and that
// code's JS function, so that the next call of a function of the same code skips call0..3's
// checks and their megamorphic `code.fn` call (CPython 3.11's CALL_PY_EXACT_ARGS, keyed by
// the code rather than the function's version). A site that calls a built-in function or a
// built-in type instead goes straight to what call1..3 would reach for it (the built-in's
// implementation, the type's constructor), without their dispatch. Method-call sites
// (`o.m(a)`) have the same pair next to their method cache (methodcache.ts): a hit calls the
// code's JS function straight, with the function found on the class, obj and the arguments.

import { OB_TYPE, TP_FLAGS, TPFLAGS_HEAPTYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { FUNC, long_fromSsize } from '../../objects/index.js';
import { BF_INDEX, callBuiltinHandle, exactLen, type NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';
import { cachedMethod, type MethodEntry } from './methodcache.js';

declare module './interp.js' {
  interface Interpreter {
    /**
     * What a site's guard reads: the function type (as the heap's i32 view holds it), and the
     * word offsets in an object of its type pointer and in a function of its code index.
     */
    callSiteLayout(): [number, number, number];
    /** call0 for a site that missed its cache (`FC[s]`, `FF[s]`), which is refilled for `f`'s code. */
    call0Site(f: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr;
    /** call1 for a site that missed its cache, refilled for `f`'s code. */
    call1Site(f: Ptr, a: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr;
    /** call2 for a site that missed its cache, refilled for `f`'s code. */
    call2Site(f: Ptr, a: Ptr, b: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr;
    /** call3 for a site that missed its cache, refilled for `f`'s code. */
    call3Site(f: Ptr, a: Ptr, b: Ptr, c: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr;
    /**
     * The plain Python function the method site `M[k]` remembers for `obj`'s class (borrowed:
     * the class holds it), or NULL when the site has none for it or the entry no longer holds.
     */
    methodHit(obj: Ptr, M: unknown[], k: number): Ptr;
    /**
     * callMethod for a method-call site whose direct call missed: refills `FC[s]`, `FF[s]`
     * from the site's method entry when it holds for `obj`, then calls as callMethod does.
     */
    callMethodSite(
      obj: Ptr,
      name: Ptr,
      args: Ptr[],
      callPos: number,
      M: unknown[],
      k: number,
      FC: Int32Array,
      FF: unknown[],
      s: number,
    ): Ptr;
    /**
     * callLoadedMethod for a site whose direct call missed: refills `FC[s]`, `FF[s]` when `f`
     * is a plain function found on obj's class (obj not 0), then calls as callLoadedMethod does.
     */
    callLoadedMethodSite(
      f: Ptr,
      obj: Ptr,
      name: Ptr,
      args: Ptr[],
      callPos: number,
      M: unknown[],
      k: number,
      FC: Int32Array,
      FF: unknown[],
      s: number,
    ): Ptr;
  }
}

const I = Interpreter.prototype;

// makeFunction keeps a function's code index in its first vectorcall word (calls.ts).
const FN_CODE_INDEX = FUNC.vectorcall;

I.callSiteLayout = function (this: Interpreter): [number, number, number] {
  return [this.space.functions.type | 0, OB_TYPE >>> 2, FN_CODE_INDEX >>> 2];
};

// Refills the site for `f` when it is a plain function taking `n` arguments straight (the
// code index identifies the code, whose arity never changes; any function of that code may
// then take the site's direct call, which passes the function itself).
function fill(interp: Interpreter, f: Ptr, n: number, FC: Int32Array, FF: unknown[], s: number): void {
  const code = interp.fastCode(f, n);
  if (code === undefined) return;
  FC[s] = interp.i32[(f + FN_CODE_INDEX) >>> 2];
  FF[s] = code.fn;
}

I.call0Site = function (this: Interpreter, f: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr {
  fill(this, f, 0, FC, FF, s);
  return this.call0(f);
};

// A site's entry for a built-in type: FC[s] is −type (static types sit below 2^31, and −type
// ≤ −8 is never a code index or the empty −1), FF[s] its constructor.
function fillType(
  interp: Interpreter,
  f: Ptr,
  FC: Int32Array,
  FF: unknown[],
  s: number,
): NativeImpl | undefined {
  const ctor = typeCallable(interp, f);
  if (ctor !== undefined) {
    FC[s] = -f;
    FF[s] = ctor;
  }
  return ctor;
}

// Executions before CPython 3.11 specialises an instruction (its QUICKENING_WARMUP_DELAY).
const WARMUP = 8;

// What callType calls for built-in type `f` (a static type with a constructor: list, tuple,
// range, str, int …): the constructor itself for a type with vectorcall, else the constructor
// with _PyObject_MakeTpCall's argument tuple alive while it runs. Not `type` (type(x) and
// the three-argument form), classes, or exceptions without a constructor of their own.
function typeCallable(interp: Interpreter, f: Ptr): NativeImpl | undefined {
  const space = interp.space;
  if (f >= 0x40000000 || f === space.typeType) return undefined;
  if (
    (space.rt.mem.u32[(f + TP_FLAGS) >>> 2] & TPFLAGS_HEAPTYPE) !== 0 ||
    interp.classes.get(f) !== undefined
  )
    return undefined;
  const ctor = interp.constructors.get(f);
  if (ctor === undefined || interp.hasVectorcall(f)) return ctor;
  const plain =
    f === space.strs.type ? [space.ints.type, space.strs.type, space.floats.type, space.boolType] : [];
  // This site's executions so far, up to WARMUP.
  let runs = 0;
  return (type, args, kwnames) => {
    // PRECALL_NO_KW_STR_1: once 3.11's code has warmed up, `str(x)` makes no tuple. Modelled
    // per site (the first WARMUP calls make it, as before quickening: a 1-tuple then waits in
    // the free list, which sys.getallocatedblocks() shows), and only for an argument whose
    // str runs no Python code (nothing could see the tuple's reference).
    if (runs < WARMUP) runs++;
    else if (args.length === 1 && plain.includes(space.rt.mem.u32[(args[0] + OB_TYPE) >>> 2] as Ptr))
      return ctor(type, args, kwnames);
    const tuple = interp.argsTuple(args, 0, args.length);
    try {
      return ctor(type, args, kwnames);
    } finally {
      if (tuple !== NULL) interp.decref(tuple);
    }
  };
}

// callType's constructor call (its argument references and the type's released after it).
function callCtor(interp: Interpreter, ctor: NativeImpl, f: Ptr, args: Ptr[]): Ptr {
  try {
    return ctor(f, args, null);
  } finally {
    for (let i = 0; i < args.length; i++) interp.decref(args[i]);
    interp.decref(f);
  }
}

I.call1Site = function (this: Interpreter, f: Ptr, a: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr {
  const type = this.space.rt.mem.u32[(f + OB_TYPE) >>> 2];
  if (type === this.builtinType) {
    // PRECALL_NO_KW_LEN, else what call1 → callAt → callKwHandle reach.
    if (this.space.rt.mem.u32[(f + BF_INDEX) >>> 2] === this.lenBuiltin) {
      const size = exactLen(this, a);
      if (size >= 0) {
        this.decref(a);
        this.decref(f);
        return long_fromSsize(this.space, size);
      }
    }
    return callBuiltinHandle(this, f, [a], null);
  }
  if (type === this.space.typeType && !this.argsGiven) {
    const ctor = FC[s] === -f ? (FF[s] as NativeImpl) : fillType(this, f, FC, FF, s);
    if (ctor !== undefined) return callCtor(this, ctor, f, [a]);
  }
  fill(this, f, 1, FC, FF, s);
  return this.call1(f, a);
};

I.call2Site = function (
  this: Interpreter,
  f: Ptr,
  a: Ptr,
  b: Ptr,
  FC: Int32Array,
  FF: unknown[],
  s: number,
): Ptr {
  const type = this.space.rt.mem.u32[(f + OB_TYPE) >>> 2];
  // What call2 → callAt → callKwHandle reach (isinstance has its own path in call2).
  if (type === this.builtinType && this.space.rt.mem.u32[(f + BF_INDEX) >>> 2] !== this.isinstanceBuiltin)
    return callBuiltinHandle(this, f, [a, b], null);
  if (type === this.space.typeType && !this.argsGiven) {
    const ctor = FC[s] === -f ? (FF[s] as NativeImpl) : fillType(this, f, FC, FF, s);
    if (ctor !== undefined) return callCtor(this, ctor, f, [a, b]);
  }
  fill(this, f, 2, FC, FF, s);
  return this.call2(f, a, b);
};

I.call3Site = function (
  this: Interpreter,
  f: Ptr,
  a: Ptr,
  b: Ptr,
  c: Ptr,
  FC: Int32Array,
  FF: unknown[],
  s: number,
): Ptr {
  const type = this.space.rt.mem.u32[(f + OB_TYPE) >>> 2];
  if (type === this.builtinType) return callBuiltinHandle(this, f, [a, b, c], null);
  if (type === this.space.typeType && !this.argsGiven) {
    const ctor = FC[s] === -f ? (FF[s] as NativeImpl) : fillType(this, f, FC, FF, s);
    if (ctor !== undefined) return callCtor(this, ctor, f, [a, b, c]);
  }
  fill(this, f, 3, FC, FF, s);
  return this.call3(f, a, b, c);
};

I.methodHit = function (this: Interpreter, obj: Ptr, M: unknown[], k: number): Ptr {
  const u32 = this.space.rt.mem.u32;
  if (M[k] !== u32[(obj + OB_TYPE) >>> 2]) return NULL;
  const entry = M[k + 1];
  // A static type's entry is its native method (a JS function).
  if (typeof entry !== 'object' || entry === null) return NULL;
  return cachedMethod(u32, obj, entry as MethodEntry);
};

I.callMethodSite = function (
  this: Interpreter,
  obj: Ptr,
  name: Ptr,
  args: Ptr[],
  callPos: number,
  M: unknown[],
  k: number,
  FC: Int32Array,
  FF: unknown[],
  s: number,
): Ptr {
  // Read while obj (and so its class and the class's function) is alive.
  const method = this.methodHit(obj, M, k);
  if (method !== NULL) fill(this, method, args.length + 1, FC, FF, s);
  return this.callMethod(obj, name, args, callPos, M, k);
};

I.callLoadedMethodSite = function (
  this: Interpreter,
  f: Ptr,
  obj: Ptr,
  name: Ptr,
  args: Ptr[],
  callPos: number,
  M: unknown[],
  k: number,
  FC: Int32Array,
  FF: unknown[],
  s: number,
): Ptr {
  if (f !== NULL && obj !== NULL) fill(this, f, args.length + 1, FC, FF, s);
  return this.callLoadedMethod(f, obj, name, args, callPos, M, k);
};
