// Conditions: an expression used only for its truth (`if`, `while`, `assert`, `x if c else y`)
// compiles to a JS boolean, as CPython 3.11 fuses COMPARE_OP / IS_OP with the jump that
// follows. No bool object is made for `a is None`, `n < 2` or `not x`.
//
// Operands that are fast locals or constants are passed borrowed (no incref/decref pair):
// nothing between the load and the use can rebind a fast local unless the condition holds
// an assignment expression, and then every operand is loaded the ordinary way. The VM's
// slow paths (a user-defined __lt__ or __bool__, which could observe counts) take the
// references a stack would hold, so sys.getrefcount sees what CPython shows.

import type { FunctionCompiler } from './compiler.js';
import { CMPOP, checkCompare } from './expressions.js';
import type { ConstantValue, Node } from './node.js';

/** An operand: a JS expression for the object, and the temporary to release (or null if borrowed). */
export interface Operand {
  js: string;
  temp: string | null;
}

/**
 * Compiles `node` for its truth; returns a JS expression (a const name or literal) of the boolean.
 * `at`: the statement whose location the truth test has (CPython's compiler_jump_if restores the
 * enclosing location after the test's value, so a failing __bool__ shows `if x:` without carets).
 */
export function condition(fc: FunctionCompiler, node: Node, at: Node | null = null): string {
  const e = fc.e;
  const walrus = hasNamedExpr(node);
  switch (node._type) {
    case 'UnaryOp':
      if (node.op._type === 'Not') {
        const inner = condition(fc, node.operand, at);
        const c = e.label('c');
        e.line(`const ${c} = !${inner};`);
        return c;
      }
      break;
    case 'BoolOp': {
      const c = e.label('c');
      const label = e.label('bool');
      const isAnd = node.op._type === 'And';
      e.line(`let ${c} = false;`);
      e.open(`${label}: {`);
      // After a comparison, compiler_jump_if leaves its location for the later values.
      let leaked: Node | null = null;
      (node.values as Node[]).forEach((v, i) => {
        const x = condition(fc, v, at === null ? null : (leaked ?? at));
        leaked = lastCompare(v) ?? leaked;
        e.line(`${c} = ${x};`);
        if (i < node.values.length - 1) e.line(`if (${isAnd ? '!' : ''}${c}) break ${label};`);
      });
      e.close();
      return c;
    }
    case 'Compare': {
      if (node.ops.length !== 1 || walrus) break;
      const kind = (node.ops as Node[])[0]._type as string;
      if (kind === 'In' || kind === 'NotIn') break;
      checkCompare(fc, node);
      const a = operand(fc, node.left);
      const b = operand(fc, node.comparators[0]);
      const c = e.label('c');
      fc.pos(node);
      if (kind === 'Is' || kind === 'IsNot') {
        e.line(`const ${c} = ${a.js} ${kind === 'Is' ? '===' : '!=='} ${b.js};`);
      } else {
        const flags = (a.temp === null ? 1 : 0) | (b.temp === null ? 2 : 0);
        e.line(`const ${c} = $.compareBool(${a.js}, ${b.js}, ${CMPOP[kind]}, ${flags});`);
      }
      if (a.temp !== null) e.release(a.temp);
      if (b.temp !== null) e.release(b.temp);
      return c;
    }
    case 'Name':
      if (!walrus && isFastLocal(fc, node.id)) {
        const v = operand(fc, node);
        const c = e.label('c');
        if (at !== null) fc.pos(at);
        e.line(`const ${c} = $.truthyBorrowed(${v.js});`);
        return c;
      }
      break;
  }
  const t = fc.expr(node);
  const c = e.label('c');
  if (at !== null) fc.pos(at);
  e.line(`const ${c} = $.truthy(${t});`);
  e.release(t);
  return c;
}

/** A fast local (checked bound), a constant, or an ordinary owned temporary. */
export function operand(fc: FunctionCompiler, node: Node): Operand {
  const e = fc.e;
  if (node._type === 'Name' && isFastLocal(fc, node.id)) {
    const l = fc.local(node.id);
    if (!fc.isBound(node.id)) {
      // The name's position is set only on the unbound path (LOAD_FAST cannot fail otherwise).
      const at = node.lineno !== undefined ? `$.L[$d] = ${e.position(node)}; ` : '';
      e.line(`if (${l} === 0) { ${at}$.unboundLocal(${JSON.stringify(node.id)}); }`);
    }
    return { js: l, temp: null };
  }
  if (node._type === 'Constant') {
    const v = node.value as ConstantValue;
    if (v.tag === 'None') return { js: '$.none', temp: null };
    if (v.tag === 'int' || v.tag === 'str' || v.tag === 'float' || v.tag === 'bool') {
      return { js: `K[${e.constant(v)}]`, temp: null };
    }
  }
  const t = fc.expr(node);
  return { js: t, temp: t };
}

function isFastLocal(fc: FunctionCompiler, name: string): boolean {
  return fc.fast && fc.scope.lookup(name) === 'local';
}

/** True if `node` contains an assignment expression (which could rebind a borrowed local). */
export function hasNamedExpr(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasNamedExpr);
  const n = node as Node;
  if (n._type === 'NamedExpr') return true;
  for (const k of Object.keys(n)) {
    if (k === '_type' || (k === 'value' && n._type === 'Constant')) continue;
    if (hasNamedExpr((n as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/**
 * The location an assert's failure has (CPython 3.11's compiler_jump_if leaves the last
 * comparison it jumped on as the current location; any other test restores the statement's).
 */
export function lastCompare(test: Node): Node | null {
  switch (test._type) {
    case 'Compare':
      return test;
    case 'UnaryOp':
      return test.op._type === 'Not' ? lastCompare(test.operand) : null;
    case 'BoolOp': {
      let found: Node | null = null;
      for (const v of test.values as Node[]) found = lastCompare(v) ?? found;
      return found;
    }
    case 'IfExp':
      return lastCompare(test.orelse) ?? lastCompare(test.body) ?? lastCompare(test.test);
    default:
      return null;
  }
}
