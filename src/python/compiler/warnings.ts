// The compiler's "perhaps you missed a comma?" SyntaxWarnings (compile.c's check_caller,
// check_subscripter, check_index) and the always-true assert warning (compiler_assert).

import type { FunctionCompiler } from './compiler.js';
import type { Node } from './node.js';

// infer_type: the type name of what an expression node certainly evaluates to, or null.
function inferType(e: Node): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      return constantType(e);
    default:
      return null;
  }
}

function constantType(e: Node): string {
  const tag = (e.value as { tag: string }).tag;
  return tag === 'None' ? 'NoneType' : tag === 'Ellipsis' ? 'ellipsis' : tag;
}

function warn(fc: FunctionCompiler, node: Node, msg: string): void {
  const module = fc.units[0];
  module.warnings ??= [];
  module.warnings.push([node.lineno ?? 1, msg]);
}

/** check_caller: calling a display or a constant. */
export function checkCaller(fc: FunctionCompiler, call: Node): void {
  const f = call.func as Node;
  const kinds = [
    'Constant',
    'Tuple',
    'List',
    'ListComp',
    'Dict',
    'DictComp',
    'Set',
    'SetComp',
    'GeneratorExp',
  ];
  if (kinds.includes(f._type) || f._type === 'JoinedStr' || f._type === 'FormattedValue')
    warn(fc, call, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
}

/** check_subscripter and check_index, for a subscript that loads. */
export function checkSubscript(fc: FunctionCompiler, sub: Node): void {
  const v = sub.value as Node;
  let subscripter = ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(v._type);
  if (v._type === 'Constant')
    subscripter = ['NoneType', 'ellipsis', 'int', 'float', 'complex', 'frozenset', 'bool'].includes(
      constantType(v),
    );
  if (subscripter) {
    warn(fc, sub, `'${inferType(v)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const index = inferType(sub.slice as Node);
  if (index === null || index === 'int' || index === 'bool') return;
  const sequence =
    v._type === 'Constant'
      ? ['str', 'bytes', 'tuple'].includes(constantType(v))
      : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(v._type);
  if (sequence)
    warn(
      fc,
      sub,
      `${inferType(v)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`,
    );
}

/** compiler_assert: a non-empty tuple as the test is always true. */
export function checkAssert(fc: FunctionCompiler, stmt: Node): void {
  const t = stmt.test as Node;
  const nonEmptyTuple =
    (t._type === 'Tuple' && (t.elts as Node[]).length > 0) ||
    (t._type === 'Constant' &&
      (t.value as { tag: string; items?: unknown[] }).tag === 'tuple' &&
      ((t.value as { items: unknown[] }).items.length ?? 0) > 0);
  if (nonEmptyTuple) warn(fc, stmt, 'assertion is always true, perhaps remove parentheses?');
}
