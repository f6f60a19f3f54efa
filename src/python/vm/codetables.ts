// code.co_consts and code.co_names: CPython's tuples (compiler/cpytables.ts), made on first
// use and kept by the code object, as CPython's code object keeps its tuples.
//
// A constant the code also loads is the very object it loads (`f.__code__.co_consts[1] is
// f()` for `def f(): return 'x y'`); a nested scope's entry is its code object. pymm's code
// objects hold their constants in K (the references CPython's co_consts holds); the tuple
// made here shares those references (it adds one only to the items K does not hold). Units from a code cache (pymm's own
// modules) have no source tree: their tuples are pymm's K and names.

import type { Ptr } from '../../heap/index.js';
import { type CodeConst, constKey, cpythonCodeTables, unitNode } from '../compiler/index.js';
import { type CodeRuntime, constantObject } from './code.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** co_consts of a code object (a new reference). */
    codeConsts(code: CodeRuntime): Ptr;
    /** co_names of a code object (a new reference). */
    codeNames(code: CodeRuntime): Ptr;
  }
}

/** The tuples made so far, by code index (owned, for the interpreter's lifetime). */
const madeConsts = new WeakMap<Interpreter, Map<number, Ptr>>();
const madeNames = new WeakMap<Interpreter, Map<number, Ptr>>();

function cached(interp: Interpreter, table: WeakMap<Interpreter, Map<number, Ptr>>): Map<number, Ptr> {
  let m = table.get(interp);
  if (m === undefined) {
    m = new Map();
    table.set(interp, m);
  }
  return m;
}

const I = Interpreter.prototype;

I.codeConsts = function (this: Interpreter, code: CodeRuntime): Ptr {
  const made = cached(this, madeConsts);
  const found = made.get(code.index);
  if (found !== undefined) return this.ref(found);
  const tables = cpythonCodeTables(code.unit);
  let items: Ptr[];
  const shared: Ptr[] = [];
  const share = (op: Ptr): Ptr => {
    shared.push(op);
    return this.ref(op);
  };
  if (tables === null) items = code.K.map(share);
  else {
    const keys = code.unit.consts.map(constKey);
    const base = code.index - code.unit.index;
    const item = (c: CodeConst): Ptr => {
      if (c.tag === 'code') {
        for (const i of code.unit.children) {
          const child = this.codes[base + i];
          if (unitNode(child.unit) === c.node) return share(child.object);
        }
        return this.newNone();
      }
      const at = keys.indexOf(constKey(c));
      return at >= 0 ? share(code.K[at]) : constantObject(this.n, c);
    };
    items = tables.consts.map(item);
  }
  const t = this.n.tuple(items);
  // The reference K (or the code registry) holds already stands for CPython's co_consts
  // one: the tuple shares it (both live as long as the interpreter), so materialising
  // co_consts changes no count.
  for (const k of shared) this.decref(k);
  made.set(code.index, t);
  return this.ref(t);
};

I.codeNames = function (this: Interpreter, code: CodeRuntime): Ptr {
  const made = cached(this, madeNames);
  const found = made.get(code.index);
  if (found !== undefined) return this.ref(found);
  const tables = cpythonCodeTables(code.unit);
  const names = tables === null ? code.unit.names : tables.names;
  const t = this.n.tuple(names.map((s) => this.n.intern(s)));
  made.set(code.index, t);
  return this.ref(t);
};
