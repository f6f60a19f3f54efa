// Private name mangling (CPython's _Py_Mangle, applied where compile.c and symtable.c apply it).
//
// Inside a class body, and in every function, lambda and comprehension nested in it, an
// identifier that starts with two underscores and does not end with two is rewritten to
// `_Class__name`, the class name's leading underscores stripped. CPython mangles:
// - names (loads, stores, deletes, `global`/`nonlocal` declarations),
// - attribute names (`obj.__x`),
// - the names a `def` or `class` statement binds (but not the function's or class's
//   `__name__`/`__qualname__`), parameters (so `co_varnames`, annotations and
//   `__kwdefaults__` keys are mangled), `except … as` targets and capture patterns,
// - the module and names of imports (`import __m` imports `_A__m`; a dotted name is left
//   alone, but the name it binds is mangled).
// It does not mangle keyword argument names in calls or class statements, nor the keyword
// attributes of class patterns (`case P(__x=1)`). `__slots__` entries are mangled at run
// time by type creation (vm/classes.ts).
//
// The pass rewrites the tree in place before scope analysis, so the symtable and the
// compiler both see the mangled names; `bindName` carries the name a def, class or import
// binds when it differs from the name the statement gives the object.

import type { Node } from './node.js';

/** A node whose fields this pass may rewrite. */
// biome-ignore lint/suspicious/noExplicitAny: ast nodes have per-class fields.
type MutableNode = { _type: string; [field: string]: any };

/** `_Py_Mangle(privateobj, ident)`: `ident` as it is stored inside class `priv`. */
export function mangle(priv: string | null, ident: string): string {
  if (priv === null || !ident.startsWith('__')) return ident;
  // Don't mangle __id__ or names with dots.
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  const stripped = priv.replace(/^_+/, '');
  // Don't mangle if the class name is only underscores.
  if (stripped === '') return ident;
  return `_${stripped}${ident}`;
}

/** The name a FunctionDef, ClassDef or import alias binds (mangled inside a class). */
export function bindName(node: Node): string {
  return node.bindName ?? node.name;
}

/** Rewrites every private name of `tree` (a Module, Expression or Interactive) in place. */
export function mangleTree(tree: Node): void {
  // With `from __future__ import annotations` the compiler stores annotations as the text
  // of the unmangled tree, so they are left alone.
  const lazyAnnotations = ((tree.body ?? []) as Node[]).some(
    (s) =>
      s._type === 'ImportFrom' &&
      s.module === '__future__' &&
      (s.names as Node[]).some((a) => a.name === 'annotations'),
  );
  new Mangler(lazyAnnotations).visit(tree as MutableNode, null);
}

class Mangler {
  constructor(private readonly lazyAnnotations: boolean) {}

  visit(n: MutableNode, priv: string | null): void {
    visitNode(this, n, priv);
  }

  /** An annotation: mangled unless it is kept as source text. */
  annotation(n: MutableNode | null | undefined, priv: string | null): void {
    if (n && !this.lazyAnnotations) this.visit(n, priv);
  }
}

function visitNode(m: Mangler, n: MutableNode, priv: string | null): void {
  const visit = (x: MutableNode, p: string | null) => m.visit(x, p);
  const visitAll = (xs: unknown[] | null | undefined, p: string | null) => {
    if (!xs) return;
    for (const x of xs) if (isNode(x)) m.visit(x as MutableNode, p);
  };
  switch (n._type) {
    case 'ClassDef':
      visitAll(n.decorator_list, priv);
      visitAll(n.bases, priv);
      visitAll(n.keywords, priv);
      setBindName(n, mangle(priv, n.name));
      visitAll(n.body, n.name);
      return;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      visitAll(n.decorator_list, priv);
      m.annotation(n.returns, priv);
      setBindName(n, mangle(priv, n.name));
      visit(n.args, priv);
      visitAll(n.body, priv);
      return;
    case 'Name':
      n.id = mangle(priv, n.id);
      return;
    case 'Attribute':
      n.attr = mangle(priv, n.attr);
      visit(n.value, priv);
      return;
    case 'arg':
      n.arg = mangle(priv, n.arg);
      m.annotation(n.annotation, priv);
      return;
    case 'AnnAssign':
      visit(n.target, priv);
      m.annotation(n.annotation, priv);
      if (n.value) visit(n.value, priv);
      return;
    case 'keyword':
      // Keyword names in calls stay as written (so `f(__x=1)` does not match a mangled parameter).
      visit(n.value, priv);
      return;
    case 'Global':
    case 'Nonlocal':
      n.names = (n.names as string[]).map((x) => mangle(priv, x));
      return;
    case 'Import':
      for (const a of n.names as MutableNode[]) {
        const top = mangle(priv, (a.asname ?? a.name).split('.')[0]);
        a.name = mangle(priv, a.name);
        if (a.asname) a.asname = mangle(priv, a.asname);
        else setBindName(a, top);
      }
      return;
    case 'ImportFrom':
      if (n.module) n.module = mangle(priv, n.module);
      for (const a of n.names as MutableNode[]) {
        if (a.name === '*') continue;
        a.name = mangle(priv, a.name);
        if (a.asname) a.asname = mangle(priv, a.asname);
      }
      return;
    case 'ExceptHandler':
    case 'MatchAs':
    case 'MatchStar':
      if (n.name) n.name = mangle(priv, n.name);
      break;
    case 'MatchMapping':
      if (n.rest) n.rest = mangle(priv, n.rest);
      break;
  }
  if (priv === null && !mayContainClass(n)) return;
  for (const key of Object.keys(n)) {
    if (key === '_type' || key === 'ctx') continue;
    const v = n[key];
    if (Array.isArray(v)) visitAll(v, priv);
    else if (isNode(v)) visit(v, priv);
  }
}

function setBindName(n: MutableNode, name: string): void {
  if (name !== (n.asname ?? n.name)) n.bindName = name;
}

// Outside any class only statements can hold a class (expressions cannot define one), so
// the walk skips expressions there.
function mayContainClass(n: MutableNode): boolean {
  return STATEMENTS_WITH_BODIES.has(n._type);
}

const STATEMENTS_WITH_BODIES = new Set([
  'Module',
  'Interactive',
  'If',
  'For',
  'AsyncFor',
  'While',
  'With',
  'AsyncWith',
  'Try',
  'TryStar',
  'ExceptHandler',
  'Match',
  'match_case',
]);

function isNode(x: unknown): x is MutableNode {
  return typeof x === 'object' && x !== null && typeof (x as Node)._type === 'string';
}
