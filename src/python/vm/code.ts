// Code objects: a compiled scope, in the heap as a small non-GC object whose only field is
// the index of its CodeRuntime (the JS function, the constants, the names) in the
// interpreter's table.
//
// PyCodeObject as pymm lays it out (pymm's own; CPython's is not observable byte by byte):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ index in Interpreter.codes     │
//        └────────────────────────────────┘

import type { Ptr } from '../../heap/index.js';
import { DEEPFROZEN_CHARS, tuple_maybeUntrack } from '../../objects/index.js';
import {
  CO_GENERATOR_KINDS,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeUnit,
  type ConstantValue,
} from '../compiler/index.js';
import type { Native } from './native.js';

/** Offset of the code-table index in a code object. */
export const CODE_INDEX = 16;
/** Bytes of a code object. */
export const CODE_SIZE = 24;

/** The run-time side of a code object. */
export interface CodeRuntime {
  /** Index in the interpreter's code table. */
  index: number;
  unit: Omit<CodeUnit, 'js'>;
  /** The code object in the heap (owned by the table: lives as long as the interpreter). */
  object: Ptr;
  /** The compiled function (see compiler.ts for its parameters). */
  fn: (...args: number[]) => unknown;
  /** Constants (owned). */
  K: Ptr[];
  /** Interned names (owned). */
  N: Ptr[];
  /** Code objects of nested scopes. */
  C: Ptr[];
  /**
   * The number of arguments a positional call may pass straight to `fn` (no binding step):
   * argcount when the function has no keyword-only, *args or **kwargs parameters and is not
   * a generator; -1 otherwise.
   */
  fastArity: number;
  /** co_qualname and the docstring constant, made on first use and shared by every function of this code (owned). */
  qualname?: Ptr;
  doc?: Ptr;
  /** co_name, interned (the intern table keeps it), made on first use. */
  name?: Ptr;
}

/** CodeRuntime.fastArity for a unit. */
export function fastArity(unit: Omit<CodeUnit, 'js'>): number {
  const simple =
    (unit.kind === 'function' || unit.kind === 'lambda') &&
    unit.kwonlyargcount === 0 &&
    (unit.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR_KINDS)) === 0;
  return simple ? unit.argcount : -1;
}

/**
 * Makes the heap object for a constant (a new reference). Constant tuples are tracked, as
 * the compiler's are in CPython until a collection untracks them; `untrackTuples` is for
 * pymm's frozen modules, whose CPython counterparts were loaded (and collected) at startup.
 */
export function constantObject(n: Native, c: ConstantValue, untrackTuples = false): Ptr {
  switch (c.tag) {
    case 'None':
      return n.space.newNone();
    case 'Ellipsis':
      return n.space.newRef(n.space.ellipsis);
    case 'bool':
      return n.space.newRef(c.value ? n.space.true : n.space.false);
    case 'int':
      return n.bigint(c.value);
    case 'float':
      return n.float(c.value);
    case 'complex':
      return n.complex(0, c.imag);
    case 'str':
      return isIdentifierLike(c.value) ? n.space.newRef(n.intern(c.value)) : n.str(c.value);
    case 'bytes':
      return n.bytes(c.value);
    case 'tuple': {
      const t = n.tuple(c.items.map((x) => constantObject(n, x, untrackTuples)));
      if (untrackTuples) tuple_maybeUntrack(n.space, t);
      return t;
    }
    case 'frozenset': {
      // `x in {1, 2}`, `for x in {1, 2}` and a set display's constants: PyFrozenSet_New of
      // the items, which merge_consts_recursive rebuilds from its own iteration order, and
      // _PyCode_New's intern_string_constants once more if interning replaced an item.
      const reinterned = c.items.some((x) => x.tag === 'str' && replacedByInterning(n, x.value));
      const t = n.tuple(c.items.map((x) => constantObject(n, x, untrackTuples)));
      let f = n.frozenset(t);
      n.space.rt.decref(t);
      for (let i = reinterned ? 2 : 1; i > 0; i--) {
        const again = n.tuple(n.setItems(f).map((x) => n.space.newRef(x)));
        n.space.rt.decref(f);
        f = n.frozenset(again);
        n.space.rt.decref(again);
      }
      return f;
    }
  }
}

/**
 * Whether interning a string constant gives CPython's compiler another object than its own:
 * a name-like str already interned (a one-letter one: a deep-frozen static str, not the
 * latin-1 singleton the parser made).
 */
function replacedByInterning(n: Native, s: string): boolean {
  if (s.length === 0 || !isIdentifierLike(s)) return false;
  return s.length === 1 ? DEEPFROZEN_CHARS.includes(s) : n.space.strs.interned.has(s);
}

/** Whether CPython interns a string constant: made of identifier characters only (all_name_chars). */
export function isIdentifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}
