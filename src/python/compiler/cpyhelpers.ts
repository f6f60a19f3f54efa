// Helpers of the compile-order walk (cpywalk.ts): constant lists, targets, tests, calls.

import { truthy } from './constfold.js';
import type { Const } from './cpyconsts.js';
import { foldedConstant } from './cpyfold.js';
import type { Walker } from './cpywalk.js';
import type { ConstantValue, Node } from './node.js';
import type { Scope } from './symtable.js';

/** The constants of a list of expressions, or null if one is not constant. */
export function allConst(elts: Node[]): ConstantValue[] | null {
  const out: ConstantValue[] = [];
  for (const e of elts) {
    const c = foldedConstant(e);
    if (c === null || c.tag === 'code') return null;
    out.push(c);
  }
  return out;
}

export const str = (value: string): Const => ({ tag: 'str', value });

/** A store, load or delete of a target. */
export function target(w: Walker, t: Node): void {
  switch (t._type) {
    case 'Name':
      w.nameop(t.id);
      return;
    case 'Attribute':
      w.expr(t.value);
      w.name(t.attr);
      return;
    case 'Subscript':
      w.expr(t.value);
      w.expr(t.slice);
      return;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) target(w, e._type === 'Starred' ? e.value : e);
      return;
    case 'Starred':
      target(w, t.value);
      return;
    default:
      w.expr(t);
  }
}

/** compiler_jump_if: a test (constant tests are loaded, then optimized away). */
export function test(w: Walker, e: Node): void {
  const c = foldedConstant(e);
  if (c !== null && e._type === 'Constant') {
    w.addTest(c);
    return;
  }
  if (e._type === 'UnaryOp' && e.op._type === 'Not') {
    test(w, e.operand);
    return;
  }
  if (e._type === 'BoolOp') {
    for (const v of e.values) test(w, v);
    return;
  }
  w.expr(e);
}

/** The truth of a constant test, or null (compiler_jump_if on a Constant). */
export function constTruth(e: Node): boolean | null {
  return e._type === 'Constant' ? truthy(e.value as ConstantValue) : null;
}

/** compiler_call_helper: the arguments of a call (or of a class statement's bases). */
export function callArgs(w: Walker, args: Node[], kws: Node[]): void {
  const starred = args.some((a) => a._type === 'Starred');
  const unpack = kws.some((k) => k.arg === null);
  if (!starred && !unpack && args.length + kws.length * 2 <= 30) {
    for (const a of args) w.expr(a);
    if (kws.length > 0) {
      for (const k of kws) w.expr(k.value);
      w.addMadeTuple(kws.map((k) => str(k.arg)));
    }
    return;
  }
  // ex_call: the positional arguments as one tuple, the keywords as one dict.
  if (args.length === 1 && starred) w.expr(args[0].value);
  else {
    const c = args.length > 2 ? allConst(args) : null;
    if (c !== null) w.addMadeTuple(c);
    else {
      for (const a of args) w.expr(a._type === 'Starred' ? a.value : a);
      const all = starred ? null : allConst(args);
      if (all !== null) w.current.cfgTuples.push({ tag: 'tuple', items: all });
    }
  }
  let group: Node[] = [];
  const flush = () => {
    if (group.length > 1) {
      for (const k of group) w.expr(k.value);
      w.addMadeTuple(group.map((k) => str(k.arg)));
    } else {
      for (const k of group) {
        w.konst(str(k.arg));
        w.expr(k.value);
      }
    }
    group = [];
  };
  for (const k of kws) {
    if (k.arg === null) {
      flush();
      w.expr(k.value);
    } else group.push(k);
  }
  flush();
}

/** ste_needs_class_closure: a method of the class uses `__class__` or `super()`. */
export function needsClassClosure(scope: Scope): boolean {
  return scope.kind === 'class' && scope.children.some((c) => c.freevars.includes('__class__'));
}
