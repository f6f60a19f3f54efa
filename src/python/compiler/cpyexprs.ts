// compile.c's visit of expressions, reduced to what reaches co_consts and co_names
// (LOAD_CONST, KW_NAMES, LOAD_ATTR, LOAD_NAME/GLOBAL …), in CPython 3.11's order.

import type { Const } from './cpyconsts.js';
import { foldedConstant, iterConstant } from './cpyfold.js';
import { allConst, callArgs, constTruth, target, test } from './cpyhelpers.js';
import { signature } from './cpyvisit.js';
import type { Walker } from './cpywalk.js';
import type { Node } from './node.js';

const NONE: Const = { tag: 'None' };

/** compiler_dict: runs of at most 16 items between `**` unpackings (compiler_subdict each). */
function dict(w: Walker, keys: (Node | null)[], values: Node[]): void {
  const sub = (begin: number, end: number) => {
    const ks = end - begin > 1 ? allConst(keys.slice(begin, end) as Node[]) : null;
    if (ks !== null) {
      for (let i = begin; i < end; i++) w.expr(values[i]);
      w.addMadeTuple(ks);
      return;
    }
    for (let i = begin; i < end; i++) {
      w.expr(keys[i]);
      w.expr(values[i]);
    }
  };
  let elements = 0;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === null) {
      if (elements > 0) sub(i - elements, i);
      elements = 0;
      w.expr(values[i]);
    } else if (elements * 2 > 30) {
      sub(i - elements, i + 1);
      elements = 0;
    } else elements++;
  }
  if (elements > 0) sub(keys.length - elements, keys.length);
}

/** starunpack_helper: a display of more than two constants is one constant (a frozenset for a set). */
function display(w: Walker, e: Node): void {
  const elts = e.elts as Node[];
  const c = elts.length > 2 ? allConst(elts) : null;
  if (c !== null && (e._type === 'List' || e._type === 'Set')) {
    const a = w.alloc;
    if (e._type === 'List') w.addMadeTuple(c);
    else {
      a.tupleNew(c.length);
      a.otherNew();
      a.tupleFree(c.length);
      w.konst({ tag: 'frozenset', items: c });
      a.otherFree(); // the cache keeps its own frozenset of the items' keys
    }
    return;
  }
  for (const x of elts) w.expr(x._type === 'Starred' ? x.value : x);
}

/** The expressions of compile.c that add constants or names. */
export function exprConsts(w: Walker, e: Node): void {
  const c = foldedConstant(e);
  if (c !== null) {
    w.konst(c);
    return;
  }
  switch (e._type) {
    case 'Name':
      w.nameop(e.id);
      return;
    case 'Attribute':
      w.expr(e.value);
      w.name(e.attr);
      return;
    case 'Call':
      w.expr(e.func);
      callArgs(w, e.args, e.keywords);
      return;
    case 'Compare': {
      w.expr(e.left);
      const n = e.comparators.length;
      e.comparators.forEach((x: Node, i: number) => {
        const last = i === n - 1 && (e.ops[i]._type === 'In' || e.ops[i]._type === 'NotIn');
        const k = last ? iterConstant(x) : null;
        if (k !== null && (x._type === 'List' || x._type === 'Set')) w.konst(k);
        else w.expr(x);
      });
      return;
    }
    case 'IfExp': {
      test(w, e.test);
      const t = constTruth(e.test);
      if (t === false) w.deadCode(() => w.expr(e.body));
      else w.expr(e.body);
      if (t === true) w.deadCode(() => w.expr(e.orelse));
      else w.expr(e.orelse);
      return;
    }
    case 'Dict':
      dict(w, e.keys, e.values);
      return;
    case 'List':
    case 'Set':
    case 'Tuple':
      display(w, e);
      return;
    case 'Slice':
      if (e.lower) w.expr(e.lower);
      else w.konst(NONE);
      if (e.upper) w.expr(e.upper);
      else w.konst(NONE);
      if (e.step) w.expr(e.step);
      return;
    case 'Lambda':
      signature(w, e.args, null);
      w.nested(e, () => {
        w.konst(NONE);
        w.expr(e.body);
      });
      return;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      const gens = e.generators as Node[];
      w.nested(e, () => {
        gens.forEach((g, i) => {
          if (i > 0) {
            const k = iterConstant(g.iter);
            if (k !== null && (g.iter._type === 'List' || g.iter._type === 'Set')) w.konst(k);
            else w.expr(g.iter);
          }
          target(w, g.target);
          for (const cond of g.ifs) test(w, cond);
        });
        if (e._type === 'DictComp') {
          w.expr(e.key);
          w.expr(e.value);
        } else w.expr(e.elt);
        if (e._type === 'GeneratorExp') w.konst(NONE);
      });
      const first = gens[0].iter as Node;
      const k = iterConstant(first);
      if (k !== null && (first._type === 'List' || first._type === 'Set')) w.konst(k);
      else w.expr(first);
      return;
    }
    case 'Yield':
      if (e.value) w.expr(e.value);
      else w.konst(NONE);
      return;
    case 'YieldFrom':
    case 'Await':
      w.expr(e.value);
      w.konst(NONE);
      return;
    case 'JoinedStr':
      for (const v of e.values) w.expr(v);
      return;
    case 'FormattedValue':
      w.expr(e.value);
      if (e.format_spec) w.expr(e.format_spec);
      return;
    case 'NamedExpr':
      w.expr(e.value);
      target(w, e.target);
      return;
    case 'Starred':
      w.expr(e.value);
      return;
    default:
      for (const [k, v] of Object.entries(e)) {
        if (k === 'ctx' || k === 'op') continue;
        if (Array.isArray(v)) for (const x of v) if (x?._type) w.expr(x);
        if (v && typeof v === 'object' && '_type' in v && !Array.isArray(v)) w.expr(v as Node);
      }
  }
}
