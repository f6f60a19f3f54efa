// Assignment, for and del targets. The parser reads a target as an expression, then this layer
// checks it (CPython's _PyPegen_get_invalid_target) and rewrites its context to Store or Del.

import type { Expr, ExprContext } from './ast.js';
import { AtomParser } from './atoms.js';
import { exprName, invalidTarget } from './names.js';

/** Adds target checking and Store/Del contexts to the expression parser. */
export class TargetParser extends AtomParser {
  /** Checks `e` as a target and returns it with the Store (or Del) context set throughout. */
  protected override toStore(e: Expr, why: 'assign' | 'for' | 'del'): Expr {
    const bad = invalidTarget(e, why);
    if (bad !== null) {
      const verb = why === 'del' ? 'delete' : 'assign to';
      throw this.errorNodes(bad, `cannot ${verb} ${exprName(bad)}`);
    }
    setContext(e, why === 'del' ? { _type: 'Del' } : { _type: 'Store' });
    return e;
  }
}

/** Sets the context of a target and of its nested elements. */
function setContext(e: Expr, ctx: ExprContext): void {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
    default:
      return;
  }
}
