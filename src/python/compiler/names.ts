// Loading, storing and deleting a name, by its binding in the current scope.

import type { FunctionCompiler } from './compiler.js';
import { inlineDecref } from './emitter.js';
import type { Node } from './node.js';

/** Emits a load of `name` into a new temporary (an owned reference). */
export function loadName(fc: FunctionCompiler, name: string, node?: Node): string {
  const e = fc.e;
  const t = e.temp();
  const b = fc.scope.lookup(name);
  const q = JSON.stringify(name);
  const fastLocal = fc.fast && b === 'local';
  if (node !== undefined && !fastLocal) fc.pos(node);
  if (fc.fast) {
    switch (b) {
      case 'local': {
        if (fc.isBound(name)) {
          e.line(`${t} = ${fc.local(name)}; $.incref(${t});`);
          return t;
        }
        // A fast local's position is set only on the unbound path (LOAD_FAST cannot fail otherwise).
        const at = node !== undefined && node.lineno !== undefined ? `$.L[$d] = ${e.position(node)}; ` : '';
        e.line(
          `if (${fc.local(name)} === 0) { ${at}$.unboundLocal(${q}); } ${t} = ${fc.local(name)}; $.incref(${t});`,
        );
        return t;
      }
      case 'cell':
        e.line(`${t} = $.cellLoad(${fc.cell(name)}, ${q}, false);`);
        return t;
      case 'free':
        e.line(`${t} = $.cellLoad(${fc.cell(name)}, ${q}, true);`);
        return t;
      default: {
        // The hit on a name the globals hold, inline (globalsites.ts); the rest in the helper.
        const k = e.globalSite();
        e.line(
          `if (G[${k}] === g && G[${k + 1}] === $.i32[(g >>> 2) + GV] && G[${k + 2}] === $.i32[(g >>> 2) + GV + 1] && G[${k + 3}] === GIN) { ${t} = G[${k + 5}]; $.incref(${t}); }`,
        );
        e.line(`else ${t} = $.loadGlobalCached(g, N[${e.name(name)}], G, ${k});`);
        return t;
      }
    }
  }
  if (b === 'global-explicit') e.line(`${t} = $.loadGlobal(g, N[${e.name(name)}]);`);
  else if (b === 'free' || b === 'cell' || fc.scope.freeThrough.has(name)) {
    e.line(`${t} = $.loadClassDeref(ns, ${fc.cell(name)}, N[${e.name(name)}]);`);
  } else e.line(`${t} = $.loadName(${nsVar(fc)}, g, N[${e.name(name)}]);`);
  return t;
}

/** Emits a store of the owned reference in `t` (consumed) into `name`. */
export function storeName(fc: FunctionCompiler, name: string, t: string): void {
  const e = fc.e;
  const b = fc.scope.lookup(name);
  if (fc.fast && b === 'local') {
    const l = fc.local(name);
    e.line(`{ const o = ${l}; ${l} = ${t}; ${t} = 0; if (o !== 0) ${inlineDecref('o')} }`);
    e.done(t);
    return;
  }
  // A class body's free name is one it declared nonlocal (STORE_DEREF; it binds nothing else).
  if (b === 'cell' || (b === 'free' && (fc.fast || fc.scope.kind === 'class'))) {
    e.line(`$.cellStore(${fc.cell(name)}, ${e.take(t)});`);
    return;
  }
  if (b === 'global-explicit' || (fc.fast && b === 'global-implicit')) {
    e.line(`$.storeGlobal(g, N[${e.name(name)}], ${e.take(t)});`);
    return;
  }
  e.line(`$.storeName(${nsVar(fc)}, N[${e.name(name)}], ${e.take(t)});`);
}

/**
 * The annotation part of `target: annotation [= value]` at module or class level: a simple
 * name's annotation goes into __annotations__ (STORE_SUBSCR on it); others are evaluated only.
 */
export function storeAnnotation(fc: FunctionCompiler, s: Node): void {
  const e = fc.e;
  const t = annotationValue(fc, s.annotation);
  if (s.simple && s.target._type === 'Name') {
    e.line(`$.storeAnnotation(${nsVar(fc)}, N[${e.name(s.target.id)}], ${e.take(t)});`);
  } else e.release(t);
}

/** An annotation's value in a new temp: evaluated, or its source under PEP 563. */
export function annotationValue(fc: FunctionCompiler, annotation: Node): string {
  const e = fc.e;
  const text = futureAnnotations(fc.scope) ? unparseAnnotation(annotation) : null;
  if (text === null && annotation._type === 'Starred') {
    // `*args: *Ts` (PEP 646): compiler_visit_argannotation's UNPACK_SEQUENCE 1 of the value.
    const src = fc.expr(annotation.value as Node);
    const t = e.temp();
    fc.pos(annotation);
    e.line(`${t} = $.unpack(${src}, 1)[0];`);
    e.release(src);
    return t;
  }
  if (text === null) return fc.expr(annotation);
  const t = e.temp();
  e.line(`${t} = $.ref(K[${e.constant({ tag: 'str', value: text }, true)}]);`);
  return t;
}

/** The module of `scope` starts with `from __future__ import annotations`. */
function futureAnnotations(scope: FunctionCompiler['scope']): boolean {
  let s = scope;
  while (s.parent !== null) s = s.parent;
  for (const st of s.node.body ?? []) {
    if (st._type === 'Expr' && st.value._type === 'Constant' && st.value.value?.tag === 'str') continue;
    if (st._type !== 'ImportFrom' || st.module !== '__future__') return false;
    if (st.names.some((a: Node) => a.name === 'annotations')) return true;
  }
  return false;
}

const BINOPS: Record<string, string> = { BitOr: '|', BitAnd: '&', Add: '+', Sub: '-', Mult: '*', Div: '/' };

/** ast.unparse for the expressions annotations are made of, or null for anything else. */
export function unparseAnnotation(n: Node): string | null {
  switch (n._type) {
    case 'Name':
      return n.id;
    case 'Attribute': {
      const v = unparseAnnotation(n.value);
      return v === null ? null : `${v}.${n.attr}`;
    }
    case 'Constant': {
      const c = n.value;
      if (c === null || c === undefined || c.tag === 'None') return 'None';
      if (c.tag === 'Ellipsis') return '...';
      if (c.tag === 'str') return pyStrRepr(c.value);
      if (c.tag === 'bool') return c.value ? 'True' : 'False';
      if (c.tag === 'int' || c.tag === 'float') return String(c.value);
      return null;
    }
    case 'Subscript': {
      const v = unparseAnnotation(n.value);
      const sl =
        n.slice._type === 'Tuple'
          ? unparseItems(n.slice.elts, n.slice.elts.length === 0)
          : unparseAnnotation(n.slice);
      return v === null || sl === null ? null : `${v}[${sl}]`;
    }
    case 'Tuple': {
      const items = unparseItems(n.elts, true);
      return items === null ? null : n.elts.length === 1 ? `(${items},)` : `(${items})`;
    }
    case 'List': {
      const items = unparseItems(n.elts, false);
      return items === null ? null : `[${items}]`;
    }
    case 'Starred': {
      const v = unparseAnnotation(n.value);
      return v === null ? null : `*${v}`;
    }
    case 'BinOp': {
      const op = BINOPS[n.op._type];
      const l = unparseAnnotation(n.left);
      const r = unparseAnnotation(n.right);
      return op === undefined || l === null || r === null ? null : `${l} ${op} ${r}`;
    }
    default:
      return null;
  }
}

function unparseItems(items: Node[], emptyParens: boolean): string | null {
  if (items.length === 0) return emptyParens ? '()' : '';
  const parts = items.map(unparseAnnotation);
  return parts.some((p) => p === null) ? null : parts.join(', ');
}

// repr() of a str, as ast.unparse writes string constants.
function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === q || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return q + out + q;
}

/** find_ann: the block (not nested functions or classes) has an annotated assignment. */
export function hasAnnotations(body: Node[]): boolean {
  for (const s of body) {
    if (s._type === 'AnnAssign') return true;
    if (s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef') continue;
    for (const key of ['body', 'orelse', 'finalbody'])
      if (Array.isArray(s[key]) && hasAnnotations(s[key])) return true;
    if (Array.isArray(s.handlers) && s.handlers.some((h: Node) => hasAnnotations(h.body))) return true;
    if (Array.isArray(s.cases) && s.cases.some((c: Node) => hasAnnotations(c.body))) return true;
  }
  return false;
}

/** SETUP_ANNOTATIONS at the start of a module or class body that has annotations. */
export function setupAnnotations(fc: FunctionCompiler, body: Node[]): void {
  if (hasAnnotations(body)) fc.e.line(`$.setupAnnotations(${nsVar(fc)});`);
}

/** Emits `del name`. */
export function deleteName(fc: FunctionCompiler, name: string, node: Node): void {
  const e = fc.e;
  const b = fc.scope.lookup(name);
  const q = JSON.stringify(name);
  fc.setLine(node);
  if (fc.fast && b === 'local') {
    const l = fc.local(name);
    e.line(`if (${l} === 0) $.unboundLocal(${q}); { const o = ${l}; ${l} = 0; $.decref(o); }`);
  } else if (b === 'cell' || (b === 'free' && (fc.fast || fc.scope.kind === 'class'))) {
    e.line(`$.cellDelete(${fc.cell(name)}, ${q});`);
  } else if (b === 'global-explicit' || (fc.fast && b === 'global-implicit')) {
    e.line(`$.deleteGlobal(g, N[${e.name(name)}]);`);
  } else {
    e.line(`$.deleteName(${nsVar(fc)}, N[${e.name(name)}]);`);
  }
}

function nsVar(fc: FunctionCompiler): string {
  return fc.scope.kind === 'class' || fc.scope.kind === 'module' ? 'ns' : 'g';
}

// `except E as name:` ends with `name = None; del name`.
export function deleteNameQuiet(fc: FunctionCompiler, name: string): void {
  const b = fc.scope.lookup(name);
  if (fc.fast && b === 'local') {
    const l = fc.local(name);
    fc.e.line(`if (${l} !== 0) { const o = ${l}; ${l} = 0; $.decref(o); }`);
  } else if (b === 'global-explicit' || (fc.fast && b === 'global-implicit')) {
    // DELETE_GLOBAL of a name a `global` statement declared.
    fc.e.line(`$.deleteNameQuiet(g, N[${fc.e.name(name)}]);`);
  } else if (!fc.fast) {
    // DELETE_NAME in the namespace the name was stored in (exec's locals at module level).
    fc.e.line(`$.deleteNameQuiet(${nsVar(fc)}, N[${fc.e.name(name)}]);`);
  }
}
