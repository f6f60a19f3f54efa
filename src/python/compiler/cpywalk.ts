// What CPython 3.11's `python3 prog.py` allocates between reading prog.py and running its
// first line, computed from the tree: the AST optimizer's constant tuples (ast_opt.c), the
// symbol table's dicts, lists and sets (symtable.c), and the compiler's constants and code
// tables (compile.c, see cpyconsts.ts), visited in the compiler's order. The result feeds
// the collector's count and the free lists a program starts with (vm/startupstate.ts).
//
// The walk follows compile.c for what it adds to co_consts and co_names; the bytecode
// itself is not made, so two code objects whose bytecode or line table CPython would find
// equal (and merge) are recognised by the shape of their trees, names and constants.

import { foldConstants } from './constfold.js';
import { AllocModel } from './cpyalloc.js';
import { assembleUnit, type Const, ConstCache, constId, enterScopeAllocs, Unit } from './cpyconsts.js';
import { exprConsts } from './cpyexprs.js';
import { foldedConstant, walkAstOpt } from './cpyfold.js';
import { needsClassClosure } from './cpyhelpers.js';
import { stmtConsts } from './cpyvisit.js';
import type { Node } from './node.js';
import { buildSymtable, type Scope } from './symtable.js';

/** The free lists and count when python3 3.11.7 starts reading a program (pyrun_file). */
export interface CompileStart {
  count: number;
  /** The counts of generations 1 and 2. */
  older: readonly [number, number];
  dicts: number;
  lists: number;
  /** Free tuples of 1..20 items. */
  tuples: readonly number[];
}

/**
 * The collector's count and free lists when python3 3.11.7 (with this machine's site
 * imports) starts reading a program: pyrun_file, read with gdb.
 */
export const CPYTHON_COMPILE_START: CompileStart = {
  count: 221,
  older: [0, 2],
  dicts: 7,
  lists: 41,
  tuples: [4, 3, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
};

/**
 * Runs the model over a module's tree (as the compiler has mangled it; folded here as the
 * compiler folds it) and returns the collector's state after compiling.
 */
export function cpythonCompileAllocs(
  unfolded: Node,
  start: CompileStart,
  onUnit?: (u: Unit, scope: Scope) => void,
): AllocModel {
  const tree = foldConstants(unfolded);
  const top = buildSymtable(tree);
  const a = new AllocModel(start.count, start.dicts, start.lists, start.tuples, start.older);
  a.listNew(); // the parser's arena list (a_objects)
  const cache = new ConstCache(a);
  a.dictNew(); // compiler_init: c_const_cache …
  a.listNew(); // … and c_stack
  walkAstOpt(tree, a);
  symtableAllocs(a, top);
  const scopes = new Map<Node, Scope>();
  const index = (s: Scope) => {
    scopes.set(s.node, s);
    for (const c of s.children) index(c);
  };
  index(top);
  new Walker(cache, scopes, onUnit).module(tree, top);
  // compiler_free: the symbol table, then the constant cache, then c_stack.
  const free = (s: Scope) => {
    a.dictFree();
    a.listFree();
    a.listFree();
    if (s.globals.size + s.nonlocals.size > 0) {
      for (let i = 0; i < s.globals.size + s.nonlocals.size; i++) a.tupleFree(5);
      a.listFree();
    }
    for (const c of s.children) free(c);
  };
  free(top);
  a.dictFree(); // st_blocks
  a.listFree(); // st_stack
  cache.free();
  a.listFree();
  return a;
}

// _PySymtable_Build: st_stack, st_blocks, an entry per block (symbols, varnames, children,
// and a directive tuple per global/nonlocal name), then analyze()'s sets and dicts.
function symtableAllocs(a: AllocModel, top: Scope): void {
  a.listNew();
  a.dictNew();
  const enter = (s: Scope) => {
    a.dictNew();
    a.listNew();
    a.listNew();
    const directives = s.globals.size + s.nonlocals.size;
    if (directives > 0) {
      a.listNew();
      for (let i = 0; i < directives; i++) a.tupleNew(5);
    }
    for (const c of s.children) enter(c);
  };
  enter(top);
  a.otherNew();
  a.otherNew();
  const analyze = (s: Scope) => {
    a.otherNew(); // local
    a.dictNew(); // scopes
    a.otherNew(); // newglobal, newfree, newbound
    a.otherNew();
    a.otherNew();
    a.otherNew(); // allfree
    for (const c of s.children) {
      a.otherNew(); // temp_bound, temp_free, temp_global
      a.otherNew();
      a.otherNew();
      analyze(c);
      a.otherFree();
      a.otherFree();
      a.otherFree();
    }
    a.otherNew(); // update_symbols' set iterator
    a.otherFree();
    a.dictFree();
    for (let i = 0; i < 5; i++) a.otherFree();
  };
  analyze(top);
  a.otherFree();
  a.otherFree();
}

const NONE: Const = { tag: 'None' };

/** The compiler's visit of the tree, unit by unit. */
export class Walker {
  private units = 0;
  private u!: Unit;
  private scope!: Scope;

  constructor(
    private readonly cache: ConstCache,
    private readonly scopes: Map<Node, Scope>,
    private readonly onUnit?: (u: Unit, scope: Scope) => void,
  ) {}

  module(tree: Node, top: Scope): void {
    this.unit(top, () => {
      this.body(tree.body as Node[]);
      this.konst(NONE);
    });
  }

  /** The allocation model under the cache. */
  get alloc(): AllocModel {
    return this.cache.alloc;
  }

  /** compiler_enter_scope … assemble … compiler_exit_scope for one scope; returns its index. */
  private unit(scope: Scope, compile: () => void): number {
    const outer = this.u;
    const outerScope = this.scope;
    const index = this.units++;
    enterScopeAllocs(this.cache.alloc);
    const lp = scope.isFunctionLike ? localsplus(scope) : classCells(scope);
    this.u = new Unit(index, lp, '', '');
    this.scope = scope;
    compile();
    const shape = shapeOf(scope.node, this.u);
    this.u.codeId = shape.code;
    this.u.lineId = shape.line;
    assembleUnit(this.cache, this.u);
    this.onUnit?.(this.u, scope);
    this.u = outer;
    this.scope = outerScope;
    return index;
  }

  /** Depth of code the optimizer removes (a branch a constant test never takes). */
  dead = 0;

  /** LOAD_CONST c (compiler_add_const). */
  konst(c: Const): void {
    this.cache.merge(c);
    const id = constId(c);
    const fresh = !this.u.consts.has(id);
    if (fresh) this.u.consts.set(id, c);
    if (this.dead === 0) this.u.unused.delete(id);
    else if (fresh) this.u.unused.add(id);
  }

  /** A constant loaded only for a test the optimizer removes (`while True:`). */
  addTest(c: Const): void {
    this.dead++;
    this.konst(c);
    this.dead--;
  }

  /** Visits `visit` as code the optimizer removes. */
  deadCode(visit: () => void): void {
    this.dead++;
    visit();
    this.dead--;
  }

  /** compiler_add_o(u_names, name). */
  name(n: string): void {
    if (!this.u.names.has(n)) this.u.names.set(n, this.u.names.size);
  }

  /** A tuple the compiler makes at compile time (PyTuple_New) and adds as a constant. */
  addMadeTuple(items: Const[]): void {
    const a = this.cache.alloc;
    a.tupleNew(items.length);
    const c: Const = { tag: 'tuple', items: items as never };
    const fresh = !this.cache.has(constId(c));
    this.konst(c);
    if (!fresh) a.tupleFree(items.length);
  }

  /** compiler_nameop: LOAD/STORE/DELETE_NAME and _GLOBAL take a co_names slot. */
  nameop(n: string): void {
    if (n === '__debug__') return;
    const s = this.scope;
    if (s.kind === 'module') {
      this.name(n);
      return;
    }
    const b = s.lookup(n);
    if (s.kind === 'class') {
      if (b !== 'free') this.name(n);
      return;
    }
    if (b === 'global-explicit' || b === 'global-implicit') this.name(n);
  }

  /** compiler_body: the docstring as __doc__, then the statements. */
  body(stmts: Node[]): void {
    let i = 0;
    const first = stmts[0];
    if (first?._type === 'Expr' && foldedConstant(first.value)?.tag === 'str') {
      // compiler_body: the docstring becomes __doc__.
      this.konst(foldedConstant(first.value) as Const);
      this.name('__doc__');
      i = 1;
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  /** Enters a function, lambda, class or comprehension; the parent adds the code constant. */
  nested(node: Node, compile: () => void): void {
    const scope = this.scopes.get(node);
    if (scope === undefined) return;
    const index = this.unit(scope, compile);
    this.konst({ tag: 'code', unit: index });
  }

  stmt(s: Node): void {
    stmtConsts(this, s);
  }

  expr(e: Node | null | undefined): void {
    if (e) exprConsts(this, e);
  }

  /** Access for the statement and expression visitors (cpyvisit.ts). */
  get current(): Unit {
    return this.u;
  }

  get currentScope(): Scope {
    return this.scope;
  }
}

/** co_varnames (parameters, then other locals), the cells that are not locals, then co_freevars. */
function localsplus(scope: Scope): string[] {
  const locals: string[] = scope.kind === 'comprehension' && !scope.params.includes('.0') ? ['.0'] : [];
  for (const p of scope.params) if (!locals.includes(p)) locals.push(p);
  for (const [n, b] of scope.bindings) {
    if ((b === 'local' || b === 'cell') && !locals.includes(n)) locals.push(n);
  }
  const cells = scope.cellvars.filter((n) => !locals.includes(n));
  return [...locals, ...cells, ...scope.freevars];
}

/** A class body's cells (`__class__`, when a method needs it) and free variables. */
function classCells(scope: Scope): string[] {
  if (scope.kind !== 'class') return [];
  return [...(needsClassClosure(scope) ? ['__class__'] : []), ...scope.freevars];
}

/** Nodes that make a code object of their own. */
const NESTED = new Set([
  'FunctionDef',
  'AsyncFunctionDef',
  'ClassDef',
  'Lambda',
  'ListComp',
  'SetComp',
  'DictComp',
  'GeneratorExp',
]);

/** Identities of a unit's bytecode and line table, from its tree and tables (hashes). */
function shapeOf(node: Node, u: Unit): { code: string; line: string } {
  const decorators = (node.decorator_list ?? []) as Node[];
  const base = decorators[0]?.lineno ?? node.lineno ?? 0;
  const names = new Map<string, number>();
  for (const [n, i] of u.names) names.set(n, i);
  const locals = new Map<string, number>();
  u.localsplus.forEach((n, i) => {
    if (!locals.has(n)) locals.set(n, i);
  });
  const consts = new Map<string, number>();
  for (const id of u.consts.keys()) consts.set(id, consts.size);
  // Two FNV-1a hashes: the bytecode's (node kinds, name and constant indexes) and the line
  // table's (that, and every position relative to the first line).
  let code = 0x811c9dc5;
  let line = 0x811c9dc5;
  let nodes = 0;
  const mixCode = (v: number) => {
    code = Math.imul(code ^ v, 0x01000193);
  };
  const mixLine = (v: number) => {
    line = Math.imul(line ^ v, 0x01000193);
  };
  const mixStr = (t: string) => {
    for (let i = 0; i < t.length; i++) mixCode(t.charCodeAt(i));
  };
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    if (n === null || typeof n !== 'object' || !('_type' in n)) return;
    const x = n as Node;
    nodes++;
    mixStr(x._type);
    mixLine((x.lineno ?? base) - base);
    mixLine(x.col_offset ?? -1);
    mixLine((x.end_lineno ?? base) - base);
    mixLine(x.end_col_offset ?? -1);
    if (x !== node && NESTED.has(x._type)) {
      // A nested scope is a constant here: only what the enclosing code evaluates counts.
      visit([x.decorator_list, x.args?.defaults, x.args?.kw_defaults, x.bases, x.keywords]);
      if (x.generators) visit(x.generators[0].iter);
      return;
    }
    for (const k in x) {
      if (k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') continue;
      const v = x[k];
      if (typeof v === 'string') {
        const at = names.get(v) ?? -1;
        const local = at < 0 ? (locals.get(v) ?? -1) : -1;
        mixCode(at >= 0 ? 0x10000 + at : local >= 0 ? 0x20000 + local : 0x30000);
      } else if (k === 'value' && x._type === 'Constant') {
        mixCode(0x40000 + (consts.get(constId(v)) ?? -1));
      } else if (v !== null && typeof v === 'object') visit(v);
    }
  };
  // The bytecode is the body's: a function's arguments and docstring are not in it.
  let body: unknown = node.body ?? node;
  if (node._type === 'FunctionDef' || node._type === 'AsyncFunctionDef') {
    const stmts = node.body as Node[];
    body = stmts[0]?._type === 'Expr' && stmts[0].value._type === 'Constant' ? stmts.slice(1) : stmts;
  } else if (node._type !== 'Module' && node._type !== 'ClassDef' && node._type !== 'Lambda') body = node;
  visit(body);
  const tables = `${names.size}/${consts.size}/${nodes}`;
  return { code: `${tables}/${code >>> 0}`, line: `${tables}/${code >>> 0}/${line >>> 0}` };
}
