// Small helpers on expressions: the value of a NUMBER token, how CPython's error messages name
// each kind of expression, and which sub-expression makes an assignment target invalid.

import type { ConstantValue, Expr } from './ast.js';

/** Parses a NUMBER token's text into an int, float or complex constant value. */
export function parseNumber(text: string): ConstantValue {
  const s = text.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return { tag: 'complex', imag: Number(s.slice(0, -1)) };
  if (/^0[xXoObB]/.test(s)) return { tag: 'int', value: BigInt(s.toLowerCase()) };
  if (/[.eE]/.test(s)) return { tag: 'float', value: Number(s) };
  return { tag: 'int', value: BigInt(s) };
}

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.tag === 'None') return 'None';
      if (v.tag === 'bool') return v.value ? 'True' : 'False';
      if (v.tag === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      return 'expression';
  }
}

/** The first sub-expression that cannot be a target, or null when `e` is a valid target. */
export function invalidTarget(e: Expr, why: 'assign' | 'for' | 'del'): Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, why);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return why === 'del' ? e : invalidTarget(e.value, why);
    case 'Compare':
      if (why === 'for') return e.ops[0]!._type === 'In' ? invalidTarget(e.left, why) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}
