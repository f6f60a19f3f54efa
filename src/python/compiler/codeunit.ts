// A compiled code object: what the compiler hands the virtual machine for one scope.
//
// The VM turns each CodeUnit into a code object in the heap (its constants become Python
// objects) and its `js` source into a JS function with `new Function`. The JS function's
// parameters depend on `kind` (see codegen.ts for the calling convention).

import type { ConstantValue } from './node.js';
import type { ScopeKind } from './symtable.js';

/** Flags of a code object (co_flags subset). */
export const CO_GENERATOR = 0x20;
/** An `async def` without `yield`: calling it makes a coroutine. */
export const CO_COROUTINE = 0x80;
/** A generator function marked by types.coroutine: its generators can be awaited. */
export const CO_ITERABLE_COROUTINE = 0x100;
/** An `async def` with `yield`: calling it makes an async generator. */
export const CO_ASYNC_GENERATOR = 0x200;
/** Calling the code makes a generator, a coroutine or an async generator. */
export const CO_GENERATOR_KINDS = 0x20 | 0x80 | 0x200;
/** A function defined inside another function (co_flags). */
export const CO_NESTED = 0x10;
/** The function takes *args. */
export const CO_VARARGS = 0x04;
/** `from __future__ import annotations` (PEP 563) is in effect. */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** The function takes **kwargs. */
export const CO_VARKEYWORDS = 0x08;

/** One compiled scope. */
export interface CodeUnit {
  /** Index of this unit in its module's unit list (children come after parents). */
  index: number;
  kind: ScopeKind;
  /** co_name. */
  name: string;
  /** co_qualname. */
  qualname: string;
  filename: string;
  firstlineno: number;
  /** Positional parameters (incl. positional-only). */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CO_* flags. */
  flags: number;
  /** co_varnames: parameters first, then other fast locals. */
  varnames: string[];
  /** co_cellvars. */
  cellvars: string[];
  /** co_freevars (the closure tuple's order). */
  freevars: string[];
  /** Constants the code loads (K[i] at run time). */
  consts: ConstantValue[];
  /** Indexes in `consts` of the source's literals and folded values (not the compiler's own). */
  sourceConsts?: number[];
  /** On the module's unit: the compiler's SyntaxWarnings, [line, message], in the order issued. */
  warnings?: [number, string][];
  /** Names the code uses for attributes, globals and name lookups (N[i] at run time, interned str). */
  names: string[];
  /** Indexes of the units of the functions, lambdas, classes and comprehensions it makes (C[i]). */
  children: number[];
  /** Source positions of instructions: [lineno, end_lineno, col, end_col] per entry (cols in UTF-8 bytes). */
  positions: number[];
  /** A generator's co_nlocalsplus: slots of its frame array for locals, cells and free variables (0 otherwise). */
  nlocalsplus: number;
  /** A generator's frame array length: nlocalsplus plus its temporaries (0 otherwise; see genframe.ts). */
  framesize: number;
  /** The __future__ features in effect, as co_flags bits (CO_FUTURE_ANNOTATIONS). */
  futureFlags: number;
  /** co_stacksize as CPython 3.11's compiler computes it (stackdepth.ts). */
  stacksize: number;
  /** Docstring, if the body starts with a string constant. */
  doc: string | null;
  /** Body of the JS factory: `new Function('$', 'K', 'N', 'C', js)` returns the code's function. */
  js: string;
}
