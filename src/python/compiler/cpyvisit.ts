// compile.c's visit of statements, reduced to what reaches co_consts and co_names
// (LOAD_CONST, IMPORT_NAME, STORE_NAME …) and the lists pattern matching makes, in the order
// CPython 3.11 emits them. Used by cpywalk.ts.

import type { Const } from './cpyconsts.js';
import { foldedConstant, iterConstant } from './cpyfold.js';
import { allConst, callArgs, constTruth, needsClassClosure, str, target, test } from './cpyhelpers.js';
import { isWildcard, pattern } from './cpypatterns.js';
import type { Walker } from './cpywalk.js';
import type { ConstantValue, Node } from './node.js';

const NONE: Const = { tag: 'None' };
const ZERO: Const = { tag: 'int', value: 0n };

/** compiler_default_arguments and compiler_visit_annotations, in the enclosing unit. */
export function signature(w: Walker, args: Node, returns: Node | null): void {
  const defaults = args.defaults as Node[];
  if (defaults.length > 0) {
    for (const d of defaults) w.expr(d);
    const c = allConst(defaults);
    if (c !== null) w.current.cfgTuples.push({ tag: 'tuple', items: c });
  }
  const kw = (args.kwonlyargs as Node[])
    .map((a, i) => [a, args.kw_defaults[i]] as [Node, Node | null])
    .filter(([, d]) => d);
  if (kw.length > 0) {
    for (const [, d] of kw) w.expr(d);
    w.addMadeTuple(kw.map(([a]) => str(a.arg)));
  }
  const all = [...(args.posonlyargs ?? []), ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg].filter(
    (a) => a?.annotation,
  ) as Node[];
  const items: (Const | null)[] = [];
  for (const a of all) {
    w.konst(str(a.arg));
    items.push(str(a.arg));
    w.expr(a.annotation);
    items.push(foldedConstant(a.annotation));
  }
  if (returns) {
    w.konst(str('return'));
    items.push(str('return'));
    w.expr(returns);
    items.push(foldedConstant(returns));
  }
  if (items.length > 0 && items.every((x) => x !== null && x.tag !== 'code'))
    w.current.cfgTuples.push({ tag: 'tuple', items: items as ConstantValue[] });
}

/** The statements of compile.c that add constants or names. */
export function stmtConsts(w: Walker, s: Node): void {
  switch (s._type) {
    case 'Expr':
      if (s.value._type !== 'Constant') w.expr(s.value);
      return;
    case 'Assign':
      w.expr(s.value);
      for (const t of s.targets) target(w, t);
      return;
    case 'AugAssign':
      target(w, s.target);
      w.expr(s.value);
      return;
    case 'AnnAssign': {
      if (s.value) w.expr(s.value);
      const kind = w.currentScope.kind;
      if (s.target._type === 'Name') {
        if (s.value) w.nameop(s.target.id);
        if (s.simple && (kind === 'module' || kind === 'class')) {
          w.expr(s.annotation);
          w.name('__annotations__');
          w.konst(str(s.target.id));
        }
      } else {
        if (s.value) target(w, s.target);
        else if (s.target._type === 'Attribute') w.expr(s.target.value);
        if (kind === 'module' || kind === 'class') w.expr(s.annotation);
      }
      return;
    }
    case 'Return':
      if (s.value) w.expr(s.value);
      else w.konst(NONE);
      return;
    case 'Delete':
      for (const t of s.targets) target(w, t);
      return;
    case 'If': {
      test(w, s.test);
      const t = constTruth(s.test);
      const body = () => {
        for (const x of s.body) w.stmt(x);
      };
      const orelse = () => {
        for (const x of s.orelse) w.stmt(x);
      };
      if (t === false) w.deadCode(body);
      else body();
      if (t === true) w.deadCode(orelse);
      else orelse();
      return;
    }
    case 'While':
      test(w, s.test);
      for (const x of s.body) w.stmt(x);
      test(w, s.test);
      for (const x of s.orelse) w.stmt(x);
      return;
    case 'For':
    case 'AsyncFor': {
      const c = iterConstant(s.iter);
      if (c !== null && (s.iter._type === 'List' || s.iter._type === 'Set')) w.konst(c);
      else w.expr(s.iter);
      target(w, s.target);
      for (const x of s.body) w.stmt(x);
      for (const x of s.orelse) w.stmt(x);
      return;
    }
    case 'Try':
    case 'TryStar':
      w.current.hasHandlers = true;
      for (const x of s.body) w.stmt(x);
      for (const h of s.handlers) {
        if (h.type) w.expr(h.type);
        if (h.name) w.nameop(h.name);
        for (const x of h.body) w.stmt(x);
        if (h.name) {
          w.konst(NONE);
          w.nameop(h.name);
        }
      }
      for (const x of s.orelse) w.stmt(x);
      for (const x of s.finalbody) w.stmt(x);
      // The finally body is compiled a second time, for the exceptional path.
      for (const x of s.finalbody) w.stmt(x);
      return;
    case 'With':
    case 'AsyncWith':
      w.current.hasHandlers = true;
      for (const item of s.items) {
        w.expr(item.context_expr);
        if (item.optional_vars) target(w, item.optional_vars);
      }
      for (const x of s.body) w.stmt(x);
      w.konst(NONE);
      return;
    case 'Raise':
      w.expr(s.exc);
      w.expr(s.cause);
      return;
    case 'Assert':
      test(w, s.test);
      if (s.msg) w.expr(s.msg);
      return;
    case 'Import':
      for (const a of s.names) {
        w.konst(ZERO);
        w.konst(NONE);
        w.name(a.name);
        if (a.asname) {
          for (const part of (a.name as string).split('.').slice(1)) w.name(part);
          w.nameop(a.asname);
        } else w.nameop((a.name as string).split('.')[0]);
      }
      return;
    case 'ImportFrom': {
      w.konst({ tag: 'int', value: BigInt(s.level ?? 0) });
      w.addMadeTuple((s.names as Node[]).map((a) => str(a.name)));
      w.name(s.module ?? '');
      for (const a of s.names) {
        if (a.name === '*') continue;
        w.name(a.name);
        w.nameop(a.asname ?? a.name);
      }
      return;
    }
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      for (const d of s.decorator_list) w.expr(d);
      signature(w, s.args, s.returns);
      w.nested(s, () => {
        const body = s.body as Node[];
        const doc = body[0]?._type === 'Expr' ? foldedConstant(body[0].value) : null;
        w.konst(doc?.tag === 'str' ? doc : NONE);
        for (const x of doc?.tag === 'str' ? body.slice(1) : body) w.stmt(x);
        // assemble(addNone): a body that can fall off its end returns None.
        const last = body[body.length - 1]?._type;
        if (last !== 'Return' && last !== 'Raise') w.konst(NONE);
      });
      w.nameop(s.bindName ?? s.name);
      return;
    case 'ClassDef':
      for (const d of s.decorator_list) w.expr(d);
      w.nested(s, () => {
        w.nameop('__name__');
        w.nameop('__module__');
        w.konst(str(w.currentScope.qualname));
        w.nameop('__qualname__');
        w.body(s.body);
        if (needsClassClosure(w.currentScope)) w.nameop('__classcell__');
        else w.konst(NONE);
      });
      w.konst(str(s.name));
      callArgs(w, s.bases, s.keywords);
      w.nameop(s.bindName ?? s.name);
      return;
    case 'Match': {
      // compiler_match_inner: each case but a trailing `case _:` collects its captures in a list.
      w.expr(s.subject);
      const cases = s.cases as Node[];
      const last = cases[cases.length - 1];
      const hasDefault = cases.length > 1 && isWildcard(last.pattern);
      cases.forEach((c, i) => {
        const isDefault = hasDefault && i === cases.length - 1;
        if (!isDefault) {
          w.alloc.listNew();
          pattern(w, c.pattern);
          w.alloc.listFree();
        }
        if (c.guard) test(w, c.guard);
        for (const x of c.body) w.stmt(x);
      });
      return;
    }
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;
  }
}
