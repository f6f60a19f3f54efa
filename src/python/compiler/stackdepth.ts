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

import { foldIter, optimizeFormat } from './astopt.js';
import type { ConstantValue, Node } from './node.js';

/** STACK_USE_GUIDELINE: above this, displays and calls are built incrementally. */
const GUIDELINE = 30;

type Block =
  | { kind: 'for'; base: number }
  | { kind: 'while' }
  | { kind: 'with'; base: number }
  | { kind: 'try' }
  | { kind: 'finallyTry'; body: Node[] }
  | { kind: 'finallyEnd' }
  | { kind: 'handler'; named: boolean }
  | { kind: 'popValue' };

const isConst = (e: Node) => e._type === 'Constant';

function constTruth(e: Node): boolean | null {
  if (e._type !== 'Constant') return null;
  const v = e.value as ConstantValue;
  switch (v.tag) {
    case 'None':
      return false;
    case 'bool':
      return v.value;
    case 'int':
      return v.value !== 0n;
    case 'float':
      return v.value !== 0;
    case 'complex':
      return v.imag !== 0;
    case 'str':
      return v.value.length > 0;
    case 'bytes':
      return v.value.length > 0;
    case 'Ellipsis':
      return true;
    case 'tuple':
    case 'frozenset':
      return v.items.length > 0;
  }
}

const numeric = (e: Node): number | null => {
  if (e._type !== 'Constant') return null;
  const v = e.value as ConstantValue;
  if (v.tag === 'float') return v.value;
  if (v.tag === 'int') return Number(v.value);
  if (v.tag === 'bool') return Number(v.value);
  return null;
};

/**
 * A float `%`, `//` or `**` (or an int's negative power) of constants, which 3.11's AST
 * optimizer folds and constfold.ts leaves to run time.
 */
function floatFolded(e: Node): boolean {
  const l = numeric(e.left);
  const r = numeric(e.right);
  if (l === null || r === null) return false;
  const op = e.op._type as string;
  const floats = e.left.value.tag === 'float' || e.right.value.tag === 'float';
  if (!floats) return op === 'Pow' && r < 0 && l !== 0;
  if (op === 'Mod' || op === 'FloorDiv') return r !== 0;
  if (op === 'Pow') return !(l === 0 && r < 0) && Number.isFinite(l ** r);
  return false;
}

/** Walks one scope, keeping the highest stack seen in `max`. */
class StackWalker {
  max = 0;
  blocks: Block[] = [];
  scopeKind: string;
  annotationsFuture: boolean;
  free: Map<Node, number>;

  constructor(scopeKind: string, annotationsFuture: boolean, free: Map<Node, number>) {
    this.scopeKind = scopeKind;
    this.annotationsFuture = annotationsFuture;
    this.free = free;
  }

  at(h: number): void {
    if (h > this.max) this.max = h;
  }

  /** Evaluates `e` with `h` values below; its result leaves the stack at h + 1. */
  expr(e: Node | null | undefined, h: number): void {
    if (e === null || e === undefined) {
      this.at(h + 1);
      return;
    }
    this.at(h + 1);
    switch (e._type) {
      case 'Constant':
      case 'Name':
        return;
      case 'Attribute':
        this.expr(e.value, h);
        return;
      case 'Starred':
        this.expr(e.value, h);
        return;
      case 'NamedExpr':
        this.expr(e.value, h);
        this.at(h + 2);
        this.store(e.target, h + 2);
        return;
      case 'BinOp': {
        const f = optimizeFormat(e);
        if (f !== null) {
          this.expr(f, h);
          return;
        }
        if (floatFolded(e)) return;
        this.expr(e.left, h);
        this.expr(e.right, h + 1);
        return;
      }
      case 'UnaryOp':
        this.expr(e.operand, h);
        return;
      case 'BoolOp':
        for (const v of e.values as Node[]) this.expr(v, h);
        return;
      case 'Compare':
        this.compare(e, h);
        return;
      case 'IfExp': {
        const c = constTruth(e.test);
        if (c !== null) {
          this.expr(c ? e.body : e.orelse, h);
          return;
        }
        this.jumpIf(e.test, h);
        this.expr(e.body, h);
        this.expr(e.orelse, h);
        return;
      }
      case 'Call':
        this.call(e, h);
        return;
      case 'Subscript':
        this.expr(e.value, h);
        this.expr(e.slice, h + 1);
        return;
      case 'Slice':
        this.expr(e.lower, h);
        this.expr(e.upper, h + 1);
        if (e.step) this.expr(e.step, h + 2);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        this.sequence(e, h);
        return;
      case 'Dict':
        this.dict(e, h);
        return;
      case 'JoinedStr': {
        const values = e.values as Node[];
        if (values.length === 1 && values[0]._type !== 'Constant') {
          this.expr(values[0], h);
          return;
        }
        if (values.length > GUIDELINE) {
          // ''.join([...]): the str, its bound join, the list.
          this.at(h + 3);
          for (const v of values) this.expr(v, h + 3);
        } else
          values.forEach((v, i) => {
            this.expr(v, h + i);
          });
        return;
      }
      case 'FormattedValue':
        this.expr(e.value, h);
        if (e.format_spec) this.expr(e.format_spec, h + 1);
        return;
      case 'Lambda':
        this.makeFunction(e, h, 0);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = e.generators as Node[];
        this.makeClosure(e, h);
        this.expr(foldIter(gens[0].iter), h + 1);
        this.at(h + 2);
        return;
      }
      case 'Yield':
        this.expr(e.value, h);
        return;
      case 'YieldFrom':
      case 'Await':
        this.expr(e.value, h);
        this.at(h + 2);
        return;
      default:
        return;
    }
  }

  compare(e: Node, h: number): void {
    const ops = e.ops as Node[];
    const comps = (e.comparators as Node[]).map((c, i) =>
      ops[i]._type === 'In' || ops[i]._type === 'NotIn' ? foldIter(c) : c,
    );
    this.expr(e.left, h);
    comps.forEach((c, i) => {
      this.expr(c, h + 1);
      if (i < comps.length - 1) this.at(h + 3);
    });
  }

  /** compiler_jump_if: a test only jumped on. */
  jumpIf(e: Node, h: number): void {
    if (e._type === 'UnaryOp' && e.op._type === 'Not') {
      this.jumpIf(e.operand, h);
      return;
    }
    if (e._type === 'BoolOp') {
      for (const v of e.values as Node[]) this.jumpIf(v, h);
      return;
    }
    if (e._type === 'IfExp') {
      this.jumpIf(e.test, h);
      this.jumpIf(e.body, h);
      this.jumpIf(e.orelse, h);
      return;
    }
    if (e._type === 'Compare' && (e.ops as Node[]).length > 1) {
      this.compare(e, h);
      return;
    }
    // `x is None` / `x is not None` jumps with POP_JUMP_IF_(NOT_)NONE (the peephole optimizer).
    const op = e._type === 'Compare' ? (e.ops as Node[])[0]._type : '';
    const right = e._type === 'Compare' ? (e.comparators as Node[])[0] : null;
    if ((op === 'Is' || op === 'IsNot') && right?._type === 'Constant' && right.value.tag === 'None') {
      this.expr(e.left, h);
      return;
    }
    this.expr(e, h);
  }

  call(e: Node, h: number): void {
    const args = e.args as Node[];
    const kws = e.keywords as Node[];
    const func = e.func as Node;
    const starred = args.some((a) => a._type === 'Starred') || kws.some((k) => k.arg === null);
    const big = args.length + kws.length >= GUIDELINE;
    if (func._type === 'Attribute' && !starred && !big) {
      this.expr(func.value, h);
    } else {
      this.expr(func, h + 1);
    }
    this.at(h + 2);
    if (!starred && !big) {
      args.forEach((a, i) => {
        this.expr(a, h + 2 + i);
      });
      kws.forEach((k, i) => {
        this.expr(k.value, h + 2 + args.length + i);
      });
      return;
    }
    // CALL_FUNCTION_EX: the positional arguments as a tuple, the keywords as a dict.
    const b = h + 2;
    if (args.length === 1 && args[0]._type === 'Starred') this.expr(args[0].value, b);
    else if (args.length === 0) this.at(b + 1);
    else this.starUnpack(args, b);
    if (kws.length === 0) return;
    let haveDict = false;
    let seen: Node[] = [];
    const k = b + 1;
    const flush = () => {
      this.subKwargs(seen, haveDict ? k + 1 : k);
      haveDict = true;
      seen = [];
    };
    for (const kw of kws) {
      if (kw.arg === null) {
        if (seen.length > 0) flush();
        if (!haveDict) {
          this.at(k + 1);
          haveDict = true;
        }
        this.expr(kw.value, k + 1);
      } else seen.push(kw);
    }
    if (seen.length > 0) flush();
  }

  subKwargs(kws: Node[], h: number): void {
    if (kws.length > 1) {
      kws.forEach((kw, i) => {
        this.expr(kw.value, h + i);
      });
      this.at(h + kws.length + 1);
    } else {
      this.at(h + 1);
      this.expr(kws[0].value, h + 1);
    }
  }

  /** starunpack_helper for a list or tuple built at height h (its items pushed from h). */
  starUnpack(elts: Node[], h: number): void {
    let built = elts.length > GUIDELINE;
    if (built) this.at(h + 1);
    elts.forEach((x, i) => {
      if (x._type === 'Starred') {
        if (!built) {
          this.at(h + 1);
          built = true;
        }
        this.expr(x.value, h + 1);
      } else this.expr(x, built ? h + 1 : h + i);
    });
  }

  sequence(e: Node, h: number): void {
    const elts = e.elts as Node[];
    if (e.ctx?._type === 'Store') return;
    if (elts.length > 2 && elts.every(isConst)) {
      this.at(h + (e._type === 'Tuple' ? 1 : 2));
      return;
    }
    if (e._type === 'Tuple' && elts.every(isConst)) {
      this.at(h + 1);
      return;
    }
    this.starUnpack(elts, h);
  }

  dict(e: Node, h: number): void {
    const keys = e.keys as (Node | null)[];
    const values = e.values as Node[];
    let haveDict = false;
    let elements = 0;
    const sub = (begin: number, end: number) => {
      this.subDict(keys.slice(begin, end) as Node[], values.slice(begin, end), haveDict ? h + 1 : h);
      haveDict = true;
      elements = 0;
    };
    for (let i = 0; i < values.length; i++) {
      if (keys[i] === null) {
        if (elements > 0) sub(i - elements, i);
        if (!haveDict) {
          this.at(h + 1);
          haveDict = true;
        }
        this.expr(values[i], h + 1);
      } else if (elements * 2 > GUIDELINE) sub(i - elements, i + 1);
      else elements++;
    }
    if (elements > 0) sub(values.length - elements, values.length);
    this.at(h + 1);
  }

  subDict(keys: Node[], values: Node[], h: number): void {
    const n = keys.length;
    const big = n * 2 > GUIDELINE;
    if (n > 1 && !big && keys.every(isConst)) {
      values.forEach((v, i) => {
        this.expr(v, h + i);
      });
      this.at(h + n + 1);
      return;
    }
    if (big) {
      this.at(h + 1);
      keys.forEach((k, i) => {
        this.expr(k, h + 1);
        this.expr(values[i], h + 2);
      });
      return;
    }
    keys.forEach((k, i) => {
      this.expr(k, h + 2 * i);
      this.expr(values[i], h + 2 * i + 1);
    });
  }

  /** The closure tuple (if the child scope has free variables) and the code constant. */
  makeClosure(child: Node, h: number): void {
    const free = this.free.get(child) ?? 0;
    if (free > 0) this.at(h + free);
    this.at(h + (free > 0 ? 2 : 1));
  }

  /** Defaults, keyword defaults, annotations, closure and code, then MAKE_FUNCTION. */
  makeFunction(node: Node, h: number, decorators: number): void {
    const args = node.args as Node;
    let b = h + decorators;
    const defaults = args.defaults as Node[];
    // A BUILD_TUPLE of constants is folded into one LOAD_CONST (fold_tuple_on_constants).
    if (defaults.length > 0) {
      if (defaults.every(isConst)) this.at(b + 1);
      else
        defaults.forEach((d, i) => {
          this.expr(d, b + i);
        });
      b++;
    }
    const kwDefaults = (args.kw_defaults as (Node | null)[]).filter((d) => d !== null) as Node[];
    if (kwDefaults.length > 0) {
      kwDefaults.forEach((d, i) => {
        this.expr(d, b + i);
      });
      this.at(b + kwDefaults.length + 1);
      b++;
    }
    if (node._type !== 'Lambda') {
      const annotated: Node[] = [];
      const all = [
        ...args.posonlyargs,
        ...args.args,
        args.vararg,
        ...args.kwonlyargs,
        args.kwarg,
      ] as (Node | null)[];
      for (const a of all) if (a?.annotation) annotated.push(a.annotation);
      if (node.returns) annotated.push(node.returns);
      if (annotated.length > 0) {
        if (this.annotationsFuture || annotated.every(isConst)) this.at(b + 1);
        else
          annotated.forEach((a, i) => {
            this.at(b + 2 * i + 1);
            this.expr(a, b + 2 * i + 1);
          });
        b++;
      }
    }
    this.makeClosure(node, b);
  }

  /** Stores the value on top of a stack of height h into `t`. */
  store(t: Node, h: number): void {
    switch (t._type) {
      case 'Attribute':
        this.expr(t.value, h);
        return;
      case 'Subscript':
        this.expr(t.value, h);
        this.expr(t.slice, h + 1);
        return;
      case 'Starred':
        this.store(t.value, h);
        return;
      case 'Tuple':
      case 'List': {
        const elts = t.elts as Node[];
        const n = elts.length;
        this.at(h - 1 + n);
        elts.forEach((x, k) => {
          this.store(x, h - 1 + n - k);
        });
        return;
      }
      default:
        return;
    }
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
        this.expr(s.subject, h);
        this.at(h + 3);
        for (const c of s.cases as Node[]) {
          if (c.guard) this.jumpIf(c.guard, h + 1);
          this.body(c.body, h);
        }
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
  w.at(1);
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
      w.body(node.body, 0);
      if (classCell) w.at(2);
      break;
    default:
      w.body(node.body, 0);
      break;
  }
  return w.max;
}
