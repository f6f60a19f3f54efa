// Scope analysis (CPython's symtable.c): for every function, lambda, class, comprehension
// and the module, which names are local, global, free (from an enclosing function), or
// cells (local, but captured by an inner function).
//
// Rules, as in CPython 3.11:
// - A name bound in a function (assignment, def, class, import, for/with/except target,
//   parameter, walrus — whose target belongs to the enclosing non-comprehension scope) is
//   local unless declared `global` or `nonlocal`.
// - A name used but not bound in a function is free if an enclosing function binds it,
//   else global (implicit). Class bodies are skipped when resolving free names, except
//   that `__class__` (for super()) is provided by the class to its methods.
// - A local captured by an inner scope becomes a cell.
// - Module and class scopes look names up by name (locals dict, then globals/builtins).

import { bindName } from './mangle.js';
import type { Node } from './node.js';

/** How a name is stored in one scope. */
export type Binding = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit';

/** What kind of block a scope is. */
export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';

/** One scope: a module, class body, function, lambda or comprehension. */
export class Scope {
  readonly kind: ScopeKind;
  readonly name: string;
  readonly node: Node;
  readonly parent: Scope | null;
  readonly children: Scope[] = [];
  /** Names bound here (assigned, imported, parameters…), in order of first binding. */
  readonly bound = new Set<string>();
  /** Every name assigned in the scope, declared global or nonlocal or not (symtable's DEF_LOCAL; not imports). */
  readonly stored = new Set<string>();
  /** Names read here. */
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** The statement that first declared each nonlocal (for error positions). */
  readonly nonlocalNodes = new Map<string, Node>();
  /** Names annotated as simple targets (`x: int`; symtable's DEF_ANNOT). */
  readonly annotated = new Set<string>();
  /** The statement that first declared each global (for error positions). */
  readonly globalNodes = new Map<string, Node>();
  /** Parameters, in signature order. */
  readonly params: string[] = [];
  /** Final binding of every name the scope touches. */
  readonly bindings = new Map<string, Binding>();
  /** Contains yield / yield from / await, or is async: compiled as a JS generator (genframe.ts). */
  generator = false;
  /** Contains yield / yield from (a generator or async generator function). */
  yields = false;
  /** An `async def`, or a comprehension with `async for` or `await` (CO_COROUTINE or CO_ASYNC_GENERATOR). */
  isAsync = false;
  /** Uses `super()` or `__class__` (needs the `__class__` cell). */
  needsClassCell = false;
  /** Qualified name, as `__qualname__` shows it. */
  qualname: string;
  /** ste_comp_iter_expr: inside a comprehension's iterable (a walrus there is an error). */
  compIterExpr: number;
  /** ste_comp_iter_target: binding a comprehension's `for` target now. */
  compIterTarget = false;
  /** Names bound as a comprehension's iteration variables (DEF_COMP_ITER). */
  readonly compIterNames = new Set<string>();

  constructor(kind: ScopeKind, name: string, node: Node, parent: Scope | null) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.parent = parent;
    this.qualname = qualnameOf(kind, name, parent);
    this.compIterExpr = parent?.compIterExpr ?? 0;
    parent?.children.push(this);
  }

  /** Names stored in cells, in order: parameters first, then the rest sorted (co_cellvars). */
  get cellvars(): string[] {
    const cells = [...this.bindings].filter(([, b]) => b === 'cell').map(([n]) => n);
    const params = this.params.filter((n) => cells.includes(n));
    return [...params, ...cells.filter((n) => !params.includes(n)).sort(byCodePoint)];
  }

  /** Names a class body binds itself but whose inner functions take from further out. */
  readonly freeThrough = new Set<string>();

  /** Names taken from enclosing scopes, sorted as compile.c's dictbytype sorts them (co_freevars). */
  get freevars(): string[] {
    const free = [...this.bindings].filter(([, b]) => b === 'free').map(([n]) => n);
    return [...free, ...[...this.freeThrough].filter((n) => !free.includes(n))].sort(byCodePoint);
  }

  /** The binding of `name` here; names never seen are global-implicit. */
  lookup(name: string): Binding {
    return this.bindings.get(name) ?? 'global-implicit';
  }

  /** True for scopes whose locals are fast (function-like). */
  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }
}

// PyList_Sort of str keys: by code point.
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) as number) - (y[i].codePointAt(0) as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function qualnameOf(kind: ScopeKind, name: string, parent: Scope | null): string {
  if (parent === null || parent.kind === 'module') return name;
  if (kind === 'class' || parent.kind === 'class') {
    // A class inside a function: f.<locals>.C; a method: C.m.
    return parent.kind === 'class' ? `${parent.qualname}.${name}` : `${parent.qualname}.<locals>.${name}`;
  }
  return `${parent.qualname}.<locals>.${name}`;
}

/** A SyntaxError found by scope analysis (e.g. "name 'x' is assigned to before global declaration"). */
export class ScopeError extends Error {
  readonly lineno: number;
  readonly col: number;
  /** The statement or expression at fault (its span is the error's). */
  readonly node: Node;
  constructor(message: string, node: Node) {
    super(message);
    this.node = node;
    this.name = 'SyntaxError';
    this.lineno = node.lineno ?? 1;
    this.col = node.col_offset ?? 0;
  }
}

// What CPython's symtable calls each comprehension in "'yield' inside …".
const COMPREHENSION_KINDS: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

/** Builds the scope tree of a module and resolves every name. */
export function buildSymtable(module: Node): Scope {
  const top = new Scope('module', '<module>', module, null);
  const visitor = new Collector();
  visitor.block(top, module.body);
  resolve(top, new Set());
  // symtable.c records every `global` declaration, in whatever scope, in the module's own
  // table (st_global) too, so the module's code reads and writes such a name in the globals
  // even where its locals are another mapping (exec(code, g, l)).
  for (const name of visitor.declaredGlobal) {
    const b = top.bindings.get(name);
    if (b === 'local' || b === 'global-implicit') top.bindings.set(name, 'global-explicit');
  }
  return top;
}

// Pass 1: what each scope binds, uses and declares.
class Collector {
  /** Every name some `global` statement declares, in any scope (symtable.c's st_global). */
  readonly declaredGlobal = new Set<string>();

  block(scope: Scope, body: Node[]): void {
    for (const s of body) this.stmt(scope, s);
  }

  private bind(scope: Scope, name: string, node: Node, imported = false): void {
    if (scope.compIterTarget) {
      // An iteration variable that a walrus of this comprehension already bound further out.
      if (scope.globals.has(name) || scope.nonlocals.has(name))
        throw new ScopeError(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          node,
        );
      scope.compIterNames.add(name);
    }
    if (!imported) scope.stored.add(name);
    if (scope.globals.has(name) || scope.nonlocals.has(name)) return;
    scope.bound.add(name);
  }

  private declare(scope: Scope, node: Node, kind: 'global' | 'nonlocal'): void {
    for (const name of node.names as string[]) {
      if (scope.params.includes(name)) {
        throw new ScopeError(`name '${name}' is parameter and ${kind}`, node);
      }
      // (symtable.c tests a use before an assignment.)
      if (scope.used.has(name))
        throw new ScopeError(`name '${name}' is used prior to ${kind} declaration`, node);
      if (scope.annotated.has(name)) throw new ScopeError(`annotated name '${name}' can't be ${kind}`, node);
      if (scope.stored.has(name)) {
        throw new ScopeError(`name '${name}' is assigned to before ${kind} declaration`, node);
      }
      if (kind === 'nonlocal') {
        if (scope.kind === 'module')
          throw new ScopeError('nonlocal declaration not allowed at module level', node);
        // error_at_directive: the error is at the name's first declaration.
        const first = scope.globalNodes.get(name);
        if (first !== undefined) throw new ScopeError(`name '${name}' is nonlocal and global`, first);
        scope.nonlocals.add(name);
        if (!scope.nonlocalNodes.has(name)) scope.nonlocalNodes.set(name, node);
      } else {
        const first = scope.nonlocalNodes.get(name);
        if (first !== undefined) throw new ScopeError(`name '${name}' is nonlocal and global`, first);
        scope.globals.add(name);
        this.declaredGlobal.add(name);
        if (!scope.globalNodes.has(name)) scope.globalNodes.set(name, node);
      }
    }
  }

  stmt(scope: Scope, s: Node): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        for (const d of s.decorator_list) this.expr(scope, d);
        this.argDefaults(scope, s.args);
        this.annotations(scope, s.args, s.returns);
        this.bind(scope, bindName(s), s);
        const inner = new Scope('function', s.name, s, scope);
        if (s._type === 'AsyncFunctionDef') {
          inner.isAsync = true;
          inner.generator = true;
        }
        this.params(inner, s.args);
        this.block(inner, s.body);
        return;
      }
      case 'ClassDef': {
        for (const d of s.decorator_list) this.expr(scope, d);
        for (const b of s.bases) this.expr(scope, b);
        for (const k of s.keywords) this.expr(scope, k.value);
        this.bind(scope, bindName(s), s);
        const inner = new Scope('class', s.name, s, scope);
        this.block(inner, s.body);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        this.declare(scope, s, s._type === 'Global' ? 'global' : 'nonlocal');
        return;
      case 'AnnAssign':
        if (s.target._type === 'Name' && s.simple) {
          const name = s.target.id as string;
          const declared = scope.globals.has(name) ? 'global' : scope.nonlocals.has(name) ? 'nonlocal' : null;
          if (declared !== null && scope.kind !== 'module')
            throw new ScopeError(`annotated name '${name}' can't be ${declared}`, s);
          scope.annotated.add(name);
        }
        // A parenthesised name without a value, `(x): int`, binds nothing (symtable.c adds
        // DEF_LOCAL for a non-simple name only when there is a value).
        if (s.target._type === 'Name' && !s.simple && !s.value) {
          this.any(scope, s.annotation as Node);
          return;
        }
        this.children(scope, s);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            // symtable_visit_alias: the error is at the `*`.
            if (scope.kind !== 'module')
              throw new ScopeError('import * only allowed at module level', {
                _type: 'alias',
                lineno: a.lineno,
                col_offset: a.col_offset,
                end_lineno: a.end_lineno,
                end_col_offset: a.end_col_offset,
              });
            continue;
          }
          this.bind(scope, a.asname ?? a.bindName ?? a.name.split('.')[0], s, true);
        }
        return;
      case 'ExceptHandler':
        if (s.type) this.expr(scope, s.type);
        if (s.name) this.bind(scope, s.name, s);
        this.block(scope, s.body);
        return;
      default:
        this.children(scope, s);
    }
  }

  // Visits every child field of a node generically.
  private children(scope: Scope, n: Node): void {
    for (const key of Object.keys(n)) {
      if (key === '_type' || key === 'ctx') continue;
      const v = n[key];
      if (Array.isArray(v)) {
        for (const x of v) if (isNode(x)) this.any(scope, x);
      } else if (isNode(v)) {
        this.any(scope, v);
      }
    }
  }

  private any(scope: Scope, n: Node): void {
    if (isStmt(n)) this.stmt(scope, n);
    else this.expr(scope, n);
  }

  expr(scope: Scope, e: Node): void {
    switch (e._type) {
      case 'Name':
        if (e.ctx._type === 'Load') {
          scope.used.add(e.id);
          if (e.id === 'super' && scope.isFunctionLike) scope.needsClassCell = true;
        } else {
          this.bind(scope, e.id, e);
        }
        return;
      case 'MatchAs':
      case 'MatchStar':
        if (e.name) this.bind(scope, e.name, e);
        this.children(scope, e);
        return;
      case 'MatchMapping':
        this.children(scope, e);
        if (e.rest) this.bind(scope, e.rest, e);
        return;
      case 'Lambda': {
        this.argDefaults(scope, e.args);
        const inner = new Scope('lambda', '<lambda>', e, scope);
        this.params(inner, e.args);
        this.expr(inner, e.body);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(scope, e);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (scope.kind === 'module' || scope.kind === 'class')
          throw new ScopeError("'yield' outside function", e);
        if (scope.kind === 'comprehension')
          throw new ScopeError(`'yield' inside ${COMPREHENSION_KINDS[scope.node._type as string]}`, e);
        if (e._type === 'YieldFrom' && scope.isAsync && scope.kind === 'function')
          throw new ScopeError("'yield from' inside async function", e);
        scope.generator = true;
        scope.yields = true;
        if (e.value) this.expr(scope, e.value);
        return;
      case 'Await':
        scope.generator = true;
        if (scope.kind === 'comprehension') markAsyncComprehension(scope);
        if (e.value) this.expr(scope, e.value);
        return;
      case 'NamedExpr': {
        // symtable_handle_namedexpr: the target binds in the nearest enclosing
        // non-comprehension scope.
        if (scope.compIterExpr > 0)
          throw new ScopeError(
            'assignment expression cannot be used in a comprehension iterable expression',
            e,
          );
        const name = e.target.id as string;
        let target = scope;
        const comps: Scope[] = [];
        while (target.kind === 'comprehension' && target.parent !== null) {
          if (target.compIterNames.has(name))
            throw new ScopeError(
              `assignment expression cannot rebind comprehension iteration variable '${name}'`,
              e.target,
            );
          comps.push(target);
          target = target.parent;
        }
        if (comps.length > 0 && target.kind === 'class') {
          throw new ScopeError(
            'assignment expression within a comprehension cannot be used in a class body',
            e.target,
          );
        }
        this.expr(scope, e.value);
        // At module level the target is a global of the comprehension; else a free variable.
        for (const c of comps) (target.kind === 'module' ? c.globals : c.nonlocals).add(e.target.id);
        this.bind(target, e.target.id, e);
        return;
      }
      default:
        this.children(scope, e);
    }
  }

  private comprehension(scope: Scope, e: Node): void {
    const gens = e.generators as Node[];
    // The first iterable is evaluated in the enclosing scope.
    scope.compIterExpr++;
    this.expr(scope, gens[0].iter);
    scope.compIterExpr--;
    const names: Record<string, string> = {
      ListComp: '<listcomp>',
      SetComp: '<setcomp>',
      DictComp: '<dictcomp>',
      GeneratorExp: '<genexpr>',
    };
    const inner = new Scope('comprehension', names[e._type], e, scope);
    inner.params.push('.0');
    inner.bound.add('.0');
    if (e._type === 'GeneratorExp') {
      inner.generator = true;
      inner.yields = true;
    }
    if (gens.some((g) => g.is_async)) markAsyncComprehension(inner);
    gens.forEach((g, i) => {
      inner.compIterTarget = true;
      this.expr(inner, g.target);
      inner.compIterTarget = false;
      if (i > 0) {
        inner.compIterExpr++;
        this.expr(inner, g.iter);
        inner.compIterExpr--;
      }
      for (const c of g.ifs) this.expr(inner, c);
    });
    if (e._type === 'DictComp') {
      this.expr(inner, e.key);
      this.expr(inner, e.value);
    } else {
      this.expr(inner, e.elt);
    }
  }

  private params(scope: Scope, args: Node): void {
    const all: Node[] = [...args.posonlyargs, ...args.args];
    if (args.vararg) all.push(args.vararg);
    all.push(...args.kwonlyargs);
    if (args.kwarg) all.push(args.kwarg);
    // CPython orders co_varnames: positional, keyword-only, then *args, then **kwargs.
    const ordered = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) ordered.push(args.vararg);
    if (args.kwarg) ordered.push(args.kwarg);
    for (const a of ordered) {
      if (scope.params.includes(a.arg))
        throw new ScopeError(`duplicate argument '${a.arg}' in function definition`, a);
      scope.params.push(a.arg);
      scope.bound.add(a.arg);
    }
  }

  private argDefaults(scope: Scope, args: Node): void {
    for (const d of args.defaults) this.expr(scope, d);
    for (const d of args.kw_defaults) if (d) this.expr(scope, d);
  }

  private annotations(scope: Scope, args: Node, returns: Node | null): void {
    const all: Node[] = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) if (a.annotation) this.expr(scope, a.annotation);
    if (returns) this.expr(scope, returns);
  }
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as Node)._type === 'string';
}

const STMTS = new Set([
  'FunctionDef',
  'AsyncFunctionDef',
  'ClassDef',
  'Return',
  'Delete',
  'Assign',
  'AugAssign',
  'AnnAssign',
  'For',
  'AsyncFor',
  'While',
  'If',
  'With',
  'AsyncWith',
  'Match',
  'Raise',
  'Try',
  'TryStar',
  'Assert',
  'Import',
  'ImportFrom',
  'Global',
  'Nonlocal',
  'Expr',
  'Pass',
  'Break',
  'Continue',
  'ExceptHandler',
]);

function isStmt(n: Node): boolean {
  return STMTS.has(n._type);
}

// Pass 2: resolve each scope's names, innermost first for free variables.
// `enclosing` holds the names bound by enclosing function scopes (candidates for free vars).
function resolve(scope: Scope, enclosing: Set<string>): void {
  const isFn = scope.isFunctionLike;
  for (const name of scope.globals) scope.bindings.set(name, 'global-explicit');
  for (const name of scope.nonlocals) {
    if (!enclosing.has(name) && scope.kind !== 'comprehension') {
      throw new ScopeError(
        `no binding for nonlocal '${name}' found`,
        scope.nonlocalNodes.get(name) ?? scope.node,
      );
    }
    scope.bindings.set(name, 'free');
  }
  for (const name of scope.bound) if (!scope.bindings.has(name)) scope.bindings.set(name, 'local');
  for (const name of scope.used) {
    if (scope.bindings.has(name)) continue;
    if (enclosing.has(name) && (isFn || scope.kind === 'class')) scope.bindings.set(name, 'free');
    else scope.bindings.set(name, 'global-implicit');
  }
  if (scope.needsClassCell && enclosing.has('__class__')) scope.bindings.set('__class__', 'free');
  // What children may capture from here: our function locals plus what we inherited.
  const next = new Set(enclosing);
  if (isFn) {
    for (const [name, b] of scope.bindings) if (b === 'local' || b === 'cell' || b === 'free') next.add(name);
  }
  if (scope.kind === 'class') next.add('__class__');
  // A function's `global` declaration hides an enclosing function's binding from its nested
  // scopes too (analyze_name discards it from `bound`). A class's does not: its children's
  // sets are copied before its names are analysed.
  if (isFn) for (const name of scope.globals) next.delete(name);
  for (const child of scope.children) {
    resolve(child, scope.kind === 'class' ? classView(enclosing) : next);
  }
  // A local that a child takes as free becomes a cell here (or stays free if it came from
  // further out: the child's free variable passes through us).
  for (const child of scope.children) {
    for (const name of child.freevars) {
      const b = scope.bindings.get(name);
      if (scope.kind === 'class' && name === '__class__') {
        scope.bindings.set('__class__', 'cell');
        continue;
      }
      // A method's free variable named like a local or global of the class passes through
      // it (CPython's DEF_FREE_CLASS).
      if ((b === 'local' || b === 'global-explicit') && scope.kind === 'class') scope.freeThrough.add(name);
      else if (b === 'local') scope.bindings.set(name, 'cell');
      else if (b === undefined || b === 'global-implicit') {
        if (isFn || scope.kind === 'class') scope.bindings.set(name, 'free');
      }
    }
  }
}

// Class scopes are invisible to the functions nested in them, except for __class__.
function classView(enclosing: Set<string>): Set<string> {
  const s = new Set(enclosing);
  s.add('__class__');
  return s;
}

// A comprehension with `async for` or `await` is a coroutine (an async generator for a
// generator expression); a list, set or dict one makes its enclosing comprehension await it.
function markAsyncComprehension(scope: Scope): void {
  let s: Scope | null = scope;
  while (s !== null && s.kind === 'comprehension' && !s.isAsync) {
    s.isAsync = true;
    s.generator = true;
    if (s.node._type === 'GeneratorExp') break;
    s = s.parent;
  }
}
