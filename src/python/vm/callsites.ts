// The plain-call sites' cache of generated code (`f(a)` with up to three positional
// arguments): per site the code index of the plain Python function it called last and that
// code's JS function, so that the next call of a function of the same code skips call0..3's
// checks and their megamorphic `code.fn` call (CPython 3.11's CALL_PY_EXACT_ARGS, keyed by
// the code rather than the function's version).

import { OB_TYPE } from '../../gc/index.js';
import type { Ptr } from '../../heap/index.js';
import { FUNC } from '../../objects/index.js';
import { Interpreter } from './interp.js';

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
