// The constants CPython 3.11's AST optimizer (Python/ast_opt.c) makes before compiling:
// a tuple display of constants becomes one constant tuple (fold_tuple), and a list or set
// display that is only iterated over or searched becomes a tuple or frozenset (fold_iter,
// fold_compare). Each is a new object the moment the optimizer reaches it (bottom-up), and
// lives as long as the tree. The walk reads a tree constfold.ts has folded (operators and
// tuple displays of constants are Constants there).

import type { AllocModel } from './cpyalloc.js';
import type { Const } from './cpyconsts.js';
import type { ConstantValue, Node } from './node.js';

/** The constant `e` is in a tree folded by constfold.ts (as the AST optimizer leaves it), or null. */
export function foldedConstant(e: Node | null | undefined): Const | null {
  return e?._type === 'Constant' ? (e.value as ConstantValue) : null;
}

/** What fold_iter makes of an iterable that is only looped over or searched, or null. */
export function iterConstant(e: Node): Const | null {
  if (e._type === 'List' || e._type === 'Set') {
    const elts = e.elts as Node[];
    if (elts.some((x) => x._type === 'Starred')) return null;
    const items: ConstantValue[] = [];
    for (const x of elts) {
      const c = foldedConstant(x);
      if (c === null || c.tag === 'code') return null;
      items.push(c);
    }
    if (e._type === 'List') return items.length === 0 ? null : { tag: 'tuple', items };
    return { tag: 'frozenset', items };
  }
  return foldedConstant(e);
}

/** Counts the optimizer's new constant tuples and frozensets, in the order it makes them. */
export function walkAstOpt(tree: Node, a: AllocModel): void {
  const made = (c: Const | null) => {
    if (c === null) return;
    if (c.tag === 'tuple') a.tupleNew(c.items.length);
    else if (c.tag === 'frozenset') {
      a.tupleNew(c.items.length);
      a.otherNew();
      a.tupleFree(c.items.length);
    }
  };
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    if (n === null || typeof n !== 'object' || !('_type' in n)) return;
    const x = n as Node;
    for (const k in x) {
      const v = x[k];
      if (k !== 'ctx' && v !== null && typeof v === 'object') visit(v);
    }
    if (x._type === 'Constant') {
      // A tuple or frozenset constant in the tree was folded from a display (the parser makes none).
      const nested = (c: ConstantValue) => {
        if (c.tag === 'tuple') {
          for (const i of c.items) nested(i);
          a.tupleNew(c.items.length);
        } else if (c.tag === 'frozenset') made(c);
      };
      nested(x.value as ConstantValue);
    } else if (x._type === 'Compare') {
      const ops = x.ops as Node[];
      const last = ops[ops.length - 1]?._type;
      if (last === 'In' || last === 'NotIn') foldIterMade(x.comparators[ops.length - 1], made);
    } else if (x._type === 'For' || x._type === 'AsyncFor' || x._type === 'comprehension') {
      foldIterMade(x.iter, made);
    }
  };
  visit(tree);
}

function foldIterMade(e: Node, made: (c: Const | null) => void): void {
  if (e._type === 'List' || e._type === 'Set') made(iterConstant(e));
}
