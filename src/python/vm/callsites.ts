// The plain-call sites' cache of generated code (`f(a)` with up to three positional
// arguments): per site the code index of the plain Python function it called last and that
// code's JS function, so that the next call of a function of the same code skips call0..3's
// checks and their megamorphic `code.fn` call (CPython 3.11's CALL_PY_EXACT_ARGS, keyed by
// the code rather than the function's version). Method-call sites (`o.m(a)`) have the same
// pair next to their method cache (methodcache.ts): a hit calls the code's JS function
// straight, with the function found on the class, obj and the arguments.

import { OB_TYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { FUNC } from '../../objects/index.js';
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

I.call1Site = function (this: Interpreter, f: Ptr, a: Ptr, FC: Int32Array, FF: unknown[], s: number): Ptr {
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
