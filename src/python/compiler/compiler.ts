// The compiler: Python `ast` → one CodeUnit (JS source) per scope.
//
// Calling convention of the generated code (see docs/design/interpreter.md):
//   module:   function (g)            g = globals dict (also the locals), borrowed
//   class:    function (g, ns, cl)    ns = class namespace, cl = closure tuple or 0
//   function: function (fn, p0, …)    fn = the function object (borrowed); p0… = owned
//                                     references to every parameter, already bound
//                                     (defaults, *args tuple, **kwargs dict) by the VM
// Every expression leaves an owned reference in a temporary; every consumer releases it,
// exactly as CPython's stack machine increfs on load and decrefs on use, so that
// sys.getrefcount and the collector see CPython's counts.

import { foldIter } from './astopt.js';
import { C_LEVEL_FILES } from './clevel.js';
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FUTURE_ANNOTATIONS,
  CO_GENERATOR,
  CO_NESTED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeUnit,
} from './codeunit.js';
import { lastCompare } from './conditions.js';
import { foldConstants } from './constfold.js';
import { recordUnitSource } from './cpytables.js';
import { Emitter, inlineDecref } from './emitter.js';
import { expr } from './expressions.js';
import { checkForbiddenNames } from './forbidden.js';
import { emitYield, frameSlots, localsplusNames, wrapGenerator } from './genframe.js';
import { mangleTree } from './mangle.js';
import { setupAnnotations } from './names.js';
import type { Node } from './node.js';
import { cpythonStackSize } from './stackdepth.js';
import { stmt } from './statements.js';
import { buildSymtable, type Scope, ScopeError } from './symtable.js';

/** A compile-time SyntaxError with its position (line from 1, column in UTF-8 bytes from 0). */
export class CompileError extends Error {
  readonly lineno: number;
  readonly col: number;
  readonly endLineno: number;
  readonly endCol: number;
  constructor(
    message: string,
    node: Node | { lineno?: number; col_offset?: number; end_lineno?: number; end_col_offset?: number },
  ) {
    super(message);
    this.name = 'SyntaxError';
    this.lineno = node.lineno ?? 1;
    this.col = node.col_offset ?? 0;
    this.endLineno = node.end_lineno ?? this.lineno;
    this.endCol = node.end_col_offset ?? -1;
  }

  /** SyntaxError.end_offset (a byte column + 1, as CPython's); null for an error at one point. */
  endOffset(): number | null {
    return this.endCol < 0 ? null : this.endCol + 1;
  }
}

/** A loop the compiler is inside: its JS label and what `break` must release. */
export interface LoopInfo {
  label: string;
  /** A temporary holding the loop's iterator (for loops), released after the loop. */
  iterator: string | null;
}

/** Compiles one scope. */
export class FunctionCompiler {
  readonly scope: Scope;
  readonly e = new Emitter();
  readonly units: CodeUnit[];
  readonly filename: string;
  readonly loops: LoopInfo[] = [];
  /** Child units made so far (C[i]). */
  readonly children: number[] = [];
  /** For each enclosing except* handler body: the number of loops open when it began. */
  readonly exceptStar: number[] = [];
  /** Depth of try/with blocks with a finally-like exit inside the current loop. */
  finallyDepth = 0;
  /**
   * The `try … except` whose body is being compiled, when its handlers can be reached from
   * a `raise` by a JS `break` instead of a JS `throw` (which costs V8 about a microsecond):
   * the label of the JS `try`, the variable the handler reads the exception from, and the
   * number of JS `try` statements open in its body (a `raise` nested in another one, say in
   * a `with` or an inner `try`, must still throw so that their handlers and finally blocks run).
   */
  localRaise: { label: string; slot: string; tryDepth: number } | null = null;
  /** A generator's frame slots by name (locals and cells live in `F`, see genframe.ts), or null. */
  slots: Map<string, number> | null = null;
  /**
   * A plain function (not a generator, coroutine, module or class body): its exception exit
   * returns an error handle (a negative number, see Interpreter.errReturn) instead of
   * throwing, and a call through call0..call3 that returns one leaves it the same way.
   */
  errReturns = false;

  constructor(scope: Scope, units: CodeUnit[], filename: string) {
    this.scope = scope;
    this.units = units;
    this.filename = filename;
  }

  /**
   * Parameters that nothing in the body can unbind (no `del p`, no `except … as p`): loads of
   * them need no unbound-local check.
   */
  alwaysBound: ReadonlySet<string> = new Set();
  /** Locals some statement of the body unbinds (del, except-as): never known bound. */
  unbindable: ReadonlySet<string> = new Set();
  /** Locals an assignment earlier in the current block (or an enclosing one) has bound. */
  bound = new Set<string>();

  /** True if names here are fast locals (function-like scope). */
  get fast(): boolean {
    return this.scope.isFunctionLike;
  }

  /** JS variable of a fast local. */
  local(name: string): string {
    if (this.slots !== null) return `F[${this.slots.get(name)}]`;
    return `l_${jsName(name)}`;
  }

  /** JS variable of a cell (own cellvar or free var from the closure). */
  cell(name: string): string {
    if (this.slots !== null) return `F[${this.slots.get(name)}]`;
    return `c_${jsName(name)}`;
  }

  /** Sets the current line for tracebacks. */
  setLine(node: Node): void {
    if (node.lineno !== undefined) this.e.positionLine(`$.L[$d] = ${this.e.position(node)};`);
  }

  /** Records `node` as the instruction about to run (for the traceback's line and carets). */
  pos(node: Node): void {
    this.setLine(node);
  }

  /** Compiles a child scope and returns its index in C. */
  child(scope: Scope): number {
    const unit = compileScope(scope, this.units, this.filename);
    this.children.push(unit.index);
    return this.children.length - 1;
  }

  /** Compiles an expression; returns the temporary holding its (owned) value. */
  expr(node: Node): string {
    return expr(this, node);
  }

  /** Compiles a statement list. */
  block(body: Node[]): void {
    // What a block binds is known only inside it (it may not run, or stop early).
    const outer = this.bound;
    this.bound = new Set(outer);
    try {
      for (const s of body) stmt(this, s);
    } finally {
      this.bound = outer;
    }
  }

  /** True if the fast local `name` is certainly bound here (its load needs no check). */
  isBound(name: string): boolean {
    return this.alwaysBound.has(name) || this.bound.has(name);
  }

  /** Notes the plain names of an assignment's `target` as bound from here to the block's end. */
  noteBound(target: Node): void {
    if (!this.fast) return;
    const names = new Set<string>();
    collectNames(target, names);
    for (const name of names)
      if (!this.unbindable.has(name) && this.scope.lookup(name) === 'local') this.bound.add(name);
  }
}

/**
 * Compiles a module's tree into its code units; unit 0 is the module. An `Expression` tree
 * (eval mode) compiles to a module-like unit that returns the expression's value.
 */
export function compileModule(tree: Node, filename: string): CodeUnit[] {
  if (tree._type === 'Expression') {
    const body = tree.body as Node;
    tree = { _type: 'Module', body: [{ _type: 'Expr', value: body, lineno: body.lineno }], evalMode: true };
  }
  mangleTree(tree);
  const mangled = tree;
  tree = foldConstants(tree);
  parseFuture(tree);
  let top: Scope;
  try {
    top = buildSymtable(tree);
  } catch (error) {
    if (error instanceof ScopeError) throw new CompileError(error.message, error.node);
    throw error;
  }
  checkForbiddenNames(tree);
  const units: CodeUnit[] = [];
  snapshotAllLocals = readsFrameLocals(tree);
  compileScope(top, units, filename);
  for (const u of units) {
    const node = unitNodes.get(u);
    if (node !== undefined) recordUnitSource(u, mangled, node);
  }
  return units;
}

/**
 * Whether the module being compiled reads frames' locals somewhere: then every function of it
 * leaves a snapshot maker of its locals, so a running frame's f_locals shows them (as
 * CPython's do) wherever the frame object came from (currentframe, f_back, _getframe).
 */
let snapshotAllLocals = false;

// Attributes that read a frame's locals: `.f_locals` and inspect's `getargvalues`.
const FRAME_LOCALS_READERS = new Set(['f_locals', 'getargvalues']);

/** Whether `tree` reads a frame's locals (`.f_locals`, `getargvalues`). */
function readsFrameLocals(tree: unknown): boolean {
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    const node = n as Node;
    if (node._type === 'Attribute' && FRAME_LOCALS_READERS.has(node.attr as string)) return true;
    if (node._type === 'Name' && node.id === 'getargvalues') return true;
    for (const k in node) if (k !== '_type') stack.push(node[k]);
  }
  return false;
}

/** The scope node of each unit compileScope made. */
const unitNodes = new WeakMap<CodeUnit, Node>();

/** Whether the module of `scope` starts with `from __future__ import annotations`. */
function futureAnnotations(scope: Scope): boolean {
  let top = scope;
  while (top.parent !== null) top = top.parent;
  for (const s of (top.node.body ?? []) as Node[]) {
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if ((s.names as Node[]).some((a) => a.name === 'annotations')) return true;
    } else if (!(s._type === 'Expr' && s.value._type === 'Constant')) return false;
  }
  return false;
}

function compileScope(scope: Scope, units: CodeUnit[], filename: string): CodeUnit {
  const index = units.length;
  const node = scope.node;
  const unit: CodeUnit = {
    index,
    kind: scope.kind,
    name: scope.name,
    qualname: scope.qualname,
    filename,
    // A decorated def or class starts at its first decorator (as CPython's co_firstlineno).
    firstlineno:
      scope.kind === 'module'
        ? 1
        : ((node.decorator_list as Node[] | undefined)?.[0]?.lineno ?? node.lineno ?? 1),
    argcount: 0,
    posonlyargcount: 0,
    kwonlyargcount: 0,
    flags: codeFlags(scope),
    varnames: [],
    cellvars: scope.cellvars,
    freevars: scope.freevars,
    consts: [],
    names: [],
    children: [],
    doc: null,
    positions: [],
    nlocalsplus: 0,
    framesize: 0,
    futureFlags: futureAnnotations(scope) ? CO_FUTURE_ANNOTATIONS : 0,
    stacksize: cpythonStackSize(
      scope.kind,
      node,
      new Map(scope.children.map((c) => [c.node, c.freevars.length])),
      futureAnnotations(scope),
      scope.cellvars.includes('__class__'),
    ),
    js: '',
  };
  units.push(unit);
  unitNodes.set(unit, node);
  const fc = new FunctionCompiler(scope, units, filename);
  fc.e.positions[0] = unit.firstlineno;
  fc.e.positions[1] = unit.firstlineno;
  const args = node.args as Node | undefined;
  if (scope.kind === 'function' || scope.kind === 'lambda') {
    unit.argcount = args?.posonlyargs.length + args?.args.length;
    unit.posonlyargcount = args?.posonlyargs.length ?? 0;
    unit.kwonlyargcount = args?.kwonlyargs.length ?? 0;
    if (args?.vararg) unit.flags |= CO_VARARGS;
    if (args?.kwarg) unit.flags |= CO_VARKEYWORDS;
  } else if (scope.kind === 'comprehension') {
    unit.argcount = 1;
  }
  const params = scope.params;
  if (fc.fast) {
    fc.unbindable = unboundSomewhere(node);
    fc.alwaysBound = new Set(params.filter((p) => !fc.unbindable.has(p)));
  }
  const fastLocals = [...scope.bindings].filter(([, b]) => b === 'local').map(([n]) => n);
  unit.varnames = fc.fast ? [...params, ...fastLocals.filter((n) => !params.includes(n))] : [];
  unit.doc = docstring(scope);
  if (scope.generator && fc.fast) {
    fc.slots = frameSlots(unit);
    fc.e.frameBase = localsplusNames(unit).length;
  }
  fc.errReturns =
    !scope.generator &&
    (scope.kind === 'function' || scope.kind === 'lambda' || scope.kind === 'comprehension');

  // Body first (it decides the temporaries), then the prologue around it.
  if (scope.kind === 'lambda') {
    fc.setLine(node.body);
    const t = fc.expr(node.body);
    fc.e.line(`return ${fc.e.take(t)};`);
  } else if (scope.kind === 'comprehension') {
    comprehensionBody(fc, node);
  } else if (scope.kind === 'class') {
    classPrologue(fc, unit);
    setupAnnotations(fc, node.body);
    fc.block(node.body);
    if (unit.cellvars.includes('__class__')) {
      fc.e.line(`$.storeName(ns, N[${fc.e.name('__classcell__')}], $.ref(${fc.cell('__class__')}));`);
    }
    fc.e.line('return 0;');
  } else {
    if (scope.kind === 'module' && unit.doc !== null) {
      fc.e.line(
        `$.storeName(g, N[${fc.e.name('__doc__')}], $.ref(K[${fc.e.constant({ tag: 'str', value: unit.doc })}]));`,
      );
    }
    if (node.evalMode === true) {
      const value = (node.body as Node[])[0].value as Node;
      fc.setLine(value);
      const t = fc.expr(value);
      fc.e.line(`return ${fc.e.take(t)};`);
    } else {
      if (scope.kind === 'module') setupAnnotations(fc, node.body);
      fc.block(node.body);
      fc.e.line('return $.newNone();');
    }
  }
  const body = fc.e.finish();
  unit.consts = fc.e.consts;
  unit.sourceConsts = [...fc.e.sourceConsts];
  unit.names = fc.e.names;
  unit.positions = fc.e.positions;
  unit.children = fc.children;
  unit.js = fc.slots !== null ? wrapGenerator(fc, unit, jsName(unit.name), body) : wrap(fc, unit, body);
  return unit;
}

// A class body starts with __module__ = __name__ and __qualname__ = '…' (and __doc__).
function classPrologue(fc: FunctionCompiler, unit: CodeUnit): void {
  const e = fc.e;
  e.line(`$.storeName(ns, N[${e.name('__module__')}], $.loadName(g, g, N[${e.name('__name__')}]));`);
  e.line(
    `$.storeName(ns, N[${e.name('__qualname__')}], $.ref(K[${e.constant({ tag: 'str', value: unit.qualname }, true)}]));`,
  );
  if (unit.doc !== null) {
    e.line(
      `$.storeName(ns, N[${e.name('__doc__')}], $.ref(K[${e.constant({ tag: 'str', value: unit.doc })}]));`,
    );
  }
}

function docstring(scope: Scope): string | null {
  if (scope.kind !== 'function' && scope.kind !== 'class' && scope.kind !== 'module') return null;
  const first = scope.node.body?.[0];
  if (first?._type === 'Expr' && first.value._type === 'Constant' && first.value.value?.tag === 'str') {
    return first.value.value.value;
  }
  return null;
}

// The prologue and epilogue: parameters into locals, cells made, the shadow frame pushed,
// and a finally that releases everything the frame owns.
function wrap(fc: FunctionCompiler, unit: CodeUnit, body: string): string {
  const scope = fc.scope;
  const lines: string[] = fc.e.cacheDeclarations();
  const cells = unit.cellvars;
  const free = unit.freevars;
  const cLevel = C_LEVEL_FILES.has(fc.filename);
  // A plain function's frame is pushed by enterFn (its globals read there, no throw).
  const enterFn = fc.errReturns && scope.kind !== 'module' && scope.kind !== 'class';
  if (scope.kind === 'module') {
    // ns: the locals mapping (exec/eval with separate locals); the globals otherwise.
    lines.push(`return function py_${jsName(unit.name)}(g, ns = g) {`);
  } else if (scope.kind === 'class') {
    lines.push(`return function py_${jsName(unit.name)}(g, ns, cl) {`);
  } else {
    const ps = scope.params.map((_, i) => `p${i}`);
    lines.push(`return function py_${jsName(unit.name)}(fn, ${ps.join(', ')}) {`);
    if (enterFn) {
      // The frame first: past the recursion limit the arguments (stolen) are released and
      // the RecursionError goes back as an error handle, so that the function never throws.
      lines.push(`  const $d = $.${cLevel ? 'enterFnC' : 'enterFn'}(CODE, fn);`);
      lines.push(`  if ($d < 0) { ${ps.map((p) => `if (${p} !== 0) $.decref(${p}); `).join('')}return $d; }`);
      lines.push('  const g = $.FG[$d];');
    } else lines.push('  const g = $.funcGlobals(fn);');
    if (free.length > 0) lines.push('  const cl = $.funcClosure(fn);');
  }
  if (fc.fast) {
    const decl = unit.varnames.map((n) => {
      const pi = scope.params.indexOf(n);
      const init = pi >= 0 && !cells.includes(n) ? `p${pi}` : '0';
      return `${fc.local(n)} = ${init}`;
    });
    if (decl.length > 0) lines.push(`  let ${decl.join(', ')};`);
  }
  for (const n of cells) {
    const pi = scope.params.indexOf(n);
    lines.push(`  const ${fc.cell(n)} = $.cellNew(${pi >= 0 ? `p${pi}` : '0'});`);
  }
  free.forEach((n, i) => {
    lines.push(`  const ${fc.cell(n)} = $.closureCell(cl, ${i});`);
  });
  const temps = fc.e.tempDeclarations();
  if (temps) lines.push(`  ${temps}`);
  if (!enterFn) lines.push(`  const $d = $.${cLevel ? 'enterC' : 'enter'}(CODE, g);`);
  // locals() and friends: module and class bodies show their namespace; a function that
  // names locals/vars/eval/exec/dir leaves a snapshot maker of its fast locals and cells.
  const snapshot = fc.fast && (snapshotAllLocals || LOCALS_READERS.some((n) => scope.bindings.has(n)));
  if (!fc.fast) lines.push('  $.FL[$d] = ns;');
  else if (snapshot) {
    const names = [...unit.varnames.filter((n) => !cells.includes(n)), ...cells, ...free];
    const vals = [
      ...unit.varnames.filter((n) => !cells.includes(n)).map((n) => fc.local(n)),
      ...[...cells, ...free].map((n) => `$.cellGet(${fc.cell(n)})`),
    ];
    lines.push(`  $.FL[$d] = () => $.localsSnapshot(${JSON.stringify(names)}, [${vals.join(', ')}]);`);
  }
  lines.push('  try {');
  lines.push(body);
  lines.push('  } catch ($e) {');
  if (fc.errReturns) {
    // The exception leaves by return (a V8 throw costs about a microsecond per frame it
    // crosses); the caller's call0..call3 hands the handle on (see Interpreter.errReturn).
    lines.push('    return $.errReturn($e, CODE, $d);');
  } else {
    // One loop back-edge on the way out: V8 counts a function's budget for allocating its
    // feedback vector (and for tiering up) only at returns and back-edges, so a function that
    // always exits by an exception (a validator that raises, f() in `try: f() except …`)
    // would otherwise run forever in the interpreter without inline caches.
    lines.push('    for (let $w = 0; $w < 2; $w++);');
    lines.push('    throw $.unwind($e, CODE, $d);');
  }
  lines.push('  } finally {');
  const cleanup = [fc.e.tempCleanup()];
  if (fc.fast) {
    // A frame object still referenced takes over the locals and cells (frameobjects.ts).
    const plain = unit.varnames.filter((n) => !cells.includes(n)).map((n) => fc.local(n));
    const held = [...plain, ...[...cells, ...free].map((n) => fc.cell(n))];
    const fn = scope.kind === 'module' || scope.kind === 'class' ? '' : ', fn';
    cleanup.push(
      `if ($.FO[$d] !== 0) $.frameExit($d, [${held.join(', ')}], ${cells.length + free.length}${fn});`,
    );
  }
  if (!fc.fast || snapshot) cleanup.push('$.FL[$d] = undefined;');
  // The frame is popped before its locals go (pop_frame): a finalizer they run sees the caller.
  cleanup.push(cLevel ? '$.leaveC();' : '$.leave();');
  if (fc.fast)
    for (const n of unit.varnames)
      if (!cells.includes(n)) cleanup.push(`if (${fc.local(n)} !== 0) ${inlineDecref(fc.local(n))}`);
  for (const n of cells) cleanup.push(`$.decref(${fc.cell(n)});`);
  lines.push(`    ${cleanup.filter((x) => x).join(' ')}`);
  lines.push('  }');
  lines.push('};');
  return lines.join('\n');
}

// Builtins that read the caller's locals.
const LOCALS_READERS = ['locals', 'vars', 'eval', 'exec', 'dir'];

function comprehensionBody(fc: FunctionCompiler, node: Node): void {
  const e = fc.e;
  const kind = node._type as string;
  fc.setLine(node);
  let acc: string | null = null;
  if (kind !== 'GeneratorExp') {
    acc = e.temp();
    e.line(`${acc} = $.${kind === 'ListComp' ? 'newList' : kind === 'SetComp' ? 'newSet' : 'newDict'}();`);
  }
  comprehensionLevel(fc, node, 0, acc);
  if (acc === null) e.line('return $.newNone();');
  else e.line(`return ${e.take(acc)};`);
}

function comprehensionLevel(fc: FunctionCompiler, node: Node, level: number, acc: string | null): void {
  const e = fc.e;
  const gen = node.generators[level] as Node;
  const it = e.temp();
  if (gen.is_async) {
    if (level === 0) e.line(`${it} = $.ref(${fc.local('.0')});`);
    else e.line(`${it} = $.getAIter(${e.take(fc.expr(foldIter(gen.iter)))});`);
  } else if (level === 0) e.line(`${it} = $.iter(${fc.local('.0')});`);
  else {
    const src = fc.expr(foldIter(gen.iter));
    e.line(`${it} = $.iter(${src});`);
    e.release(src);
  }
  let item: string;
  const label = e.label('comp');
  if (gen.is_async) {
    e.open(`${label}: for (;;) {`);
    item = asyncNext(fc, node, it, label);
  } else {
    item = e.temp();
    e.open(`${label}: while ((${item} = $.next(${it})) !== 0) {`);
  }
  assignTo(fc, gen.target, item);
  let leaked: Node | null = null;
  for (const cond of gen.ifs as Node[]) {
    const c = fc.expr(cond);
    // The jump has the comprehension's position, or that of the last comparison an `if`
    // jumped on (compiler_jump_if keeps a comparison's location).
    leaked = lastCompare(cond) ?? leaked;
    fc.pos(leaked ?? node);
    e.line(`if (!$.truthy(${c})) { $.decref(${c}); ${c} = 0; continue ${label}; }`);
    e.release(c);
  }
  if (level + 1 < node.generators.length) {
    comprehensionLevel(fc, node, level + 1, acc);
  } else if (node._type === 'DictComp') {
    const k = fc.expr(node.key);
    const v = fc.expr(node.value);
    fc.pos(node); // MAP_ADD, LIST_APPEND and SET_ADD have the comprehension's position
    e.line(`$.dictSetItem(${acc}, ${k}, ${v});`);
    e.release(k);
    e.release(v);
  } else {
    const v = fc.expr(node.elt);
    if (node._type === 'GeneratorExp') {
      emitYield(fc, node, v, true);
    } else {
      fc.pos(node);
      e.line(`$.${node._type === 'ListComp' ? 'listAppend' : 'setAdd'}(${acc}, ${v});`);
      e.release(v);
    }
  }
  e.close();
  e.done(item);
  e.release(it);
}

// Late imports to break the cycle statements → compiler → statements.
import { asyncNext } from './asyncstmts.js';
import { parseFuture } from './future.js';
import { assignTo } from './targets.js';

/** A JS-safe identifier for a Python name (Python allows non-ASCII letters; `.0` is a comprehension arg). */
export function jsName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, (c) => `$${c.codePointAt(0)?.toString(16)}`);
}

// The names a statement of the function's own body unbinds: `del name` and
// `except … as name` (which deletes the name after the handler) are the only ways.
function unboundSomewhere(fn: Node): Set<string> {
  const unbound = new Set<string>();
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const item of x) visit(item);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const node = x as Node;
    switch (node._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'Lambda':
      case 'ClassDef':
        return; // another scope (its decorators and defaults cannot unbind either)
      case 'Delete':
        for (const t of node.targets as Node[]) collectNames(t, unbound);
        break;
      case 'ExceptHandler':
        if (typeof node.name === 'string') unbound.add(node.name);
        break;
    }
    for (const key of Object.keys(node)) if (key !== '_type') visit((node as Record<string, unknown>)[key]);
  };
  const body = fn._type === 'Lambda' ? [fn.body] : (fn.body as unknown);
  visit(body);
  return unbound;
}

// Every Name a target holds (`a, (b, *c)`, `[d]`).
function collectNames(target: Node, into: Set<string>): void {
  if (target._type === 'Name') into.add(target.id as string);
  else if (target._type === 'Starred') collectNames(target.value as Node, into);
  else if (target._type === 'Tuple' || target._type === 'List')
    for (const e of target.elts as Node[]) collectNames(e, into);
}

// CO_GENERATOR, CO_COROUTINE or CO_ASYNC_GENERATOR: what calling the code makes.
function codeFlags(scope: Scope): number {
  let nested = 0;
  for (let p = scope.parent; p !== null; p = p.parent)
    if (p.kind !== 'class' && p.kind !== 'module') nested = CO_NESTED;
  if (scope.isAsync) return nested | (scope.yields ? CO_ASYNC_GENERATOR : CO_COROUTINE);
  return nested | (scope.generator ? CO_GENERATOR : 0);
}
