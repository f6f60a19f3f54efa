// co_stacksize: the value-stack depth CPython 3.11's compiler gives a code object.
//
// pymm does not compile to bytecode, but CPython's stack size is observable: a generator's
// and a frame object's `sys.getsizeof` is 152 or 120 + 8 × (co_nlocalsplus + co_stacksize)
// (gen_sizeof, frame_sizeof), and `code.co_stacksize` itself. This walks a scope's syntax
// tree the way Python/compile.c emits code for it and follows the height of the stack:
// what each construct pushes (call = NULL + callable + arguments, a `for` keeps its
// iterator, a `with` its __exit__, an exception handler the previous exception), the
// handlers' depths of the SETUP_* pseudo-instructions (a cleanup handler's `COPY 3`, a
// `with`'s WITH_EXCEPT_START), and unwinding on return/break/continue. Code the compiler
// drops (after return/raise/break/continue, under a constant-false test) is not counted,
// as stackdepth() only visits reachable blocks.

import { foldIter } from './astopt.js';
import type { Node } from './node.js';
import { constTruth, isConst, StackExprs } from './stackexprs.js';
import { matchStmt } from './stackpatterns.js';

type Block =
  | { kind: 'for'; base: number }
  | { kind: 'while' }
  | { kind: 'with'; base: number }
  | { kind: 'try' }
  | { kind: 'finallyTry'; body: Node[] }
  | { kind: 'finallyEnd' }
  | { kind: 'handler'; named: boolean }
  | { kind: 'popValue' };

/** Walks one scope's statements (blocks, handlers, unwinding) over StackExprs. */
class StackWalker extends StackExprs {
  blocks: Block[] = [];
  scopeKind: string;

  constructor(scopeKind: string, annotationsFuture: boolean, free: Map<Node, number>) {
    super(annotationsFuture, free);
    this.scopeKind = scopeKind;
  }

  /** Unwinds the blocks a return (preserving its value when `value`), break or continue leaves. */
  unwind(h: number, value: boolean, toLoop: boolean, breaking: boolean): void {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const blk = this.blocks[i];
      if (toLoop && (blk.kind === 'for' || blk.kind === 'while')) {
        return;
      }
      switch (blk.kind) {
        case 'for':
          h--;
          break;
        case 'with':
          this.at(h + 3);
          h--;
          break;
        case 'handler':
          h--;
          if (blk.named) this.at(h + 1);
          break;
        case 'finallyTry': {
          // The finally body runs here, with the unwinding state beneath.
          const saved = this.blocks;
          this.blocks = this.blocks.slice(0, i);
          if (value) this.blocks.push({ kind: 'popValue' });
          this.body(blk.body, h);
          this.blocks = saved;
          break;
        }
        case 'finallyEnd':
          h -= 2;
          break;
        case 'popValue':
          h--;
          break;
        default:
          break;
      }
    }
    void breaking;
  }

  /** Statements of a block at height h; false when its end is unreachable. */
  body(stmts: Node[], h: number): boolean {
    for (const s of stmts) if (!this.stmt(s, h)) return false;
    return true;
  }

  stmt(s: Node, h: number): boolean {
    switch (s._type) {
      case 'Expr':
        if (!isConst(s.value)) this.expr(s.value, h);
        return true;
      case 'Assign': {
        const targets = s.targets as Node[];
        this.expr(s.value, h);
        targets.forEach((t, i) => {
          if (i < targets.length - 1) {
            this.at(h + 2);
            this.store(t, h + 2);
          } else this.store(t, h + 1);
        });
        return true;
      }
      case 'AugAssign': {
        const t = s.target as Node;
        if (t._type === 'Attribute') {
          this.expr(t.value, h);
          this.at(h + 2);
          this.expr(s.value, h + 2);
        } else if (t._type === 'Subscript') {
          this.expr(t.value, h);
          this.expr(t.slice, h + 1);
          this.at(h + 4);
          this.expr(s.value, h + 3);
        } else {
          this.at(h + 1);
          this.expr(s.value, h + 1);
        }
        return true;
      }
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value, h);
          this.store(s.target, h + 1);
        }
        if (s.simple && (this.scopeKind === 'module' || this.scopeKind === 'class')) {
          if (this.annotationsFuture) this.at(h + 1);
          else this.expr(s.annotation, h);
          this.at(h + 3);
        } else if (!s.value && s.target._type !== 'Name') {
          this.expr(s.target.value, h);
          if (s.target._type === 'Subscript') this.expr(s.target.slice, h + 1);
        }
        return true;
      case 'Return': {
        const v = s.value as Node | null;
        const preserve = v !== null && v !== undefined && !isConst(v);
        if (preserve) this.expr(v, h);
        this.unwind(preserve ? h + 1 : h, preserve, false, false);
        this.at(h + 1);
        return false;
      }
      case 'Break':
      case 'Continue':
        this.unwind(h, false, true, s._type === 'Break');
        return false;
      case 'Raise':
        if (s.exc) this.expr(s.exc, h);
        if (s.cause) this.expr(s.cause, h + 1);
        return false;
      case 'Delete':
        for (const t of s.targets as Node[]) this.del(t, h);
        return true;
      case 'If': {
        const c = constTruth(s.test);
        if (c === true) return this.body(s.body, h);
        if (c === false) return this.body(s.orelse, h);
        this.jumpIf(s.test, h);
        const a = this.body(s.body, h);
        const b = this.body(s.orelse, h);
        return a || b || s.orelse.length === 0;
      }
      case 'While': {
        const c = constTruth(s.test);
        if (c === false) return this.body(s.orelse, h);
        if (c === null) this.jumpIf(s.test, h);
        this.blocks.push({ kind: 'while' });
        this.body(s.body, h);
        this.blocks.pop();
        this.body(s.orelse, h);
        return c === null || containsBreak(s.body);
      }
      case 'For':
        this.expr(foldIter(s.iter), h);
        this.at(h + 2);
        this.store(s.target, h + 2);
        this.blocks.push({ kind: 'for', base: h + 1 });
        this.body(s.body, h + 1);
        this.blocks.pop();
        this.body(s.orelse, h);
        return true;
      case 'Try':
      case 'TryStar':
        return this.tryStmt(s, h);
      case 'With':
        return this.withItems(s, 0, h);
      case 'Assert':
        this.jumpIf(s.test, h);
        this.at(h + 1);
        if (s.msg) this.expr(s.msg, h + 1);
        return true;
      case 'Import':
        for (const a of s.names as Node[]) {
          this.at(h + 2);
          if (a.asname && (a.name as string).includes('.')) this.at(h + 2);
        }
        return true;
      case 'ImportFrom':
        this.at(h + 2);
        return true;
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        const decos = s.decorator_list as Node[];
        decos.forEach((d, i) => {
          this.expr(d, h + i);
        });
        this.makeFunction(s, h, decos.length);
        return true;
      }
      case 'ClassDef': {
        const decos = s.decorator_list as Node[];
        decos.forEach((d, i) => {
          this.expr(d, h + i);
        });
        const b = h + decos.length;
        this.at(b + 2);
        this.makeClosure(s, b + 2);
        this.at(b + 4);
        const bases = s.bases as Node[];
        const kws = s.keywords as Node[];
        const call: Node = {
          _type: 'Call',
          func: { _type: 'Name' },
          args: [{ _type: 'Constant' }, { _type: 'Constant' }, ...bases],
          keywords: kws,
        };
        if (bases.some((x) => x._type === 'Starred') || kws.some((k) => k.arg === null)) this.call(call, b);
        else {
          bases.forEach((x, i) => {
            this.expr(x, b + 4 + i);
          });
          kws.forEach((k, i) => {
            this.expr(k.value, b + 4 + bases.length + i);
          });
        }
        return true;
      }
      case 'Match':
        matchStmt(
          this,
          s,
          h,
          (e, at) => this.jumpIf(e, at),
          (b, at) => this.body(b, at),
        );
        return true;
      default:
        return true;
    }
  }

  del(t: Node, h: number): void {
    if (t._type === 'Attribute') this.expr(t.value, h);
    else if (t._type === 'Subscript') {
      this.expr(t.value, h);
      this.expr(t.slice, h + 1);
    } else if (t._type === 'Tuple' || t._type === 'List') for (const x of t.elts as Node[]) this.del(x, h);
  }

  withItems(s: Node, i: number, h: number): boolean {
    const items = s.items as Node[];
    const item = items[i];
    this.expr(item.context_expr, h);
    this.at(h + 2);
    // The exceptional exit: SETUP_CLEANUP, PUSH_EXC_INFO, WITH_EXCEPT_START; its cleanup's COPY 3.
    this.at(h + 6);
    if (item.optional_vars) this.store(item.optional_vars, h + 2);
    this.blocks.push({ kind: 'with', base: h + 1 });
    const end = i + 1 < items.length ? this.withItems(s, i + 1, h + 1) : this.body(s.body, h + 1);
    this.blocks.pop();
    if (end) this.at(h + 4);
    return true;
  }

  tryStmt(s: Node, h: number): boolean {
    const final = s.finalbody as Node[];
    if (final.length === 0) return this.tryExcept(s, h);
    this.blocks.push({ kind: 'finallyTry', body: final });
    const handlers = s.handlers as Node[];
    const end = handlers.length > 0 ? this.tryExcept(s, h) : this.body(s.body, h);
    this.blocks.pop();
    const normal = end ? this.body(final, h) : true;
    // The exceptional path: SETUP_CLEANUP's handler and POP_EXCEPT_AND_RERAISE's COPY 3.
    this.at(h + 4);
    this.blocks.push({ kind: 'finallyEnd' });
    this.body(final, h + 2);
    this.blocks.pop();
    return normal && end;
  }

  tryExcept(s: Node, h: number): boolean {
    this.blocks.push({ kind: 'try' });
    let end = this.body(s.body, h);
    this.blocks.pop();
    if (end) end = this.body(s.orelse, h);
    this.at(h + 4);
    if (s._type === 'TryStar') {
      // compiler_try_star_except: the group and the list of unhandled parts under each
      // clause, CHECK_EG_MATCH's rest and match, and the named clause's cleanup.
      for (const hd of s.handlers as Node[]) {
        this.expr(hd.type, h + 4);
        this.at(h + 6);
        if (typeof hd.name === 'string') this.at(h + 7);
        this.blocks.push({ kind: 'handler', named: false });
        this.body(hd.body, h + 4);
        this.blocks.pop();
      }
      return true;
    }
    for (const hd of s.handlers as Node[]) {
      if (hd.type) this.expr(hd.type, h + 2);
      const named = typeof hd.name === 'string';
      if (named) this.at(h + 4);
      this.blocks.push({ kind: 'handler', named });
      if (this.body(hd.body, h + 1)) end = true;
      this.blocks.pop();
    }
    return end;
  }
}

function containsBreak(stmts: Node[]): boolean {
  for (const s of stmts) {
    if (s._type === 'Break') return true;
    if (s._type === 'For' || s._type === 'While') {
      if (containsBreak(s.orelse ?? [])) return true;
      continue;
    }
    if (s._type === 'FunctionDef' || s._type === 'ClassDef' || s._type === 'AsyncFunctionDef') continue;
    for (const k of ['body', 'orelse', 'finalbody'])
      if (Array.isArray(s[k]) && containsBreak(s[k])) return true;
    if (Array.isArray(s.handlers)) for (const hd of s.handlers) if (containsBreak(hd.body)) return true;
    if (Array.isArray(s.cases)) for (const c of s.cases) if (containsBreak(c.body)) return true;
  }
  return false;
}

/**
 * CPython 3.11's co_stacksize for a scope (`kind` as the symbol table names it) whose node
 * is `node`; `free` gives the number of free variables of the scopes it makes (by node),
 * `annotationsFuture` tells whether `from __future__ import annotations` is in effect and
 * `classCell` whether a class body stores `__classcell__`.
 */
export function cpythonStackSize(
  kind: string,
  node: Node,
  free: Map<Node, number>,
  annotationsFuture = false,
  classCell = false,
): number {
  const w = new StackWalker(kind, annotationsFuture, free);
  switch (kind) {
    case 'lambda':
      w.expr(node.body, 0);
      break;
    case 'comprehension': {
      const gens = node.generators as Node[];
      const isGen = node._type === 'GeneratorExp';
      let h = isGen ? 0 : 1;
      gens.forEach((g, i) => {
        if (i > 0) w.expr(foldIter(g.iter), h);
        w.at(h + 2);
        w.store(g.target, h + 2);
        h++;
        for (const c of g.ifs as Node[]) w.jumpIf(c, h);
      });
      if (node._type === 'DictComp') {
        w.expr(node.key, h);
        w.expr(node.value, h + 1);
      } else w.expr(node.elt, h);
      break;
    }
    case 'class':
      w.at(1); // __module__ = __name__
      w.body(node.body, 0);
      if (classCell) w.at(2);
      break;
    default:
      // The implicit `return None`, when the end of the body is reachable.
      if (w.body(node.body, 0)) w.at(1);
      break;
  }
  return w.max;
}
