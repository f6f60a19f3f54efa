// forbidden_name (CPython 3.11 Python/compile.c): `__debug__` is a constant, so the
// compiler refuses every binding of it — assignment and deletion targets, attribute
// assignment, parameters, keyword arguments, def/class names, import aliases, except and
// match captures — with "cannot assign to __debug__" ("cannot delete" for del). The error
// is at the node the compiler was positioned on: the target expression, or the statement
// (def, class, import, except clause) or call that binds the name. validate_keywords also
// refuses a keyword argument given twice in one call or class definition.

import { CompileError } from './compiler.js';
import type { Node } from './node.js';

const DEBUG = '__debug__';

/** Raises the compiler's SyntaxError for the first binding of `__debug__` in the tree. */
export function checkForbiddenNames(tree: Node): void {
  walk(tree, null);
}

function fail(at: Node, del = false): never {
  throw new CompileError(del ? `cannot delete ${DEBUG}` : `cannot assign to ${DEBUG}`, at);
}

// The parameter names of an `arguments` node.
function argumentNames(args: Node): string[] {
  const names: string[] = [];
  for (const key of ['posonlyargs', 'args', 'kwonlyargs'] as const)
    for (const a of (args[key] ?? []) as Node[]) names.push(a.arg as string);
  if (args.vararg) names.push((args.vararg as Node).arg as string);
  if (args.kwarg) names.push((args.kwarg as Node).arg as string);
  return names;
}

// validate_keywords: a keyword named `__debug__`, or one repeated (the error at the repeat).
function validateKeywords(node: Node): void {
  const keywords = (node.keywords ?? []) as Node[];
  for (let i = 0; i < keywords.length; i++) {
    const name = keywords[i].arg;
    if (name === null || name === undefined) continue;
    if (name === DEBUG) fail(node);
    for (let j = i + 1; j < keywords.length; j++)
      if (keywords[j].arg === name) throw new CompileError(`keyword argument repeated: ${name}`, keywords[j]);
  }
}

// `augTarget`: the target of an augmented assignment (its attribute form is not checked).
function walk(node: Node, augTarget: Node | null): void {
  switch (node._type) {
    case 'Name':
      if (node.id === DEBUG && node.ctx?._type !== 'Load' && node.ctx !== undefined) {
        if (node.ctx._type === 'Store') fail(node);
        if (node.ctx._type === 'Del') fail(node, true);
      }
      return;
    case 'Attribute':
      if (node.attr === DEBUG && node.ctx?._type === 'Store' && node !== augTarget) fail(node);
      break;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
      if (node.name === DEBUG) fail(node);
      if (node.args && argumentNames(node.args as Node).includes(DEBUG)) fail(node);
      if (node._type === 'ClassDef') validateKeywords(node);
      break;
    case 'Lambda':
      if (argumentNames(node.args as Node).includes(DEBUG)) fail(node);
      break;
    case 'Call':
      validateKeywords(node);
      break;
    case 'Import':
    case 'ImportFrom':
      for (const a of node.names as Node[]) {
        const bound = (a.asname as string | null) ?? (a.name as string).split('.')[0];
        if (bound === DEBUG) fail(node);
      }
      return;
    case 'ExceptHandler':
      if (node.name === DEBUG) fail(node);
      break;
    case 'MatchAs':
      if (node.name === DEBUG) fail((node.pattern as Node | null) ?? node);
      break;
    case 'MatchStar':
      if (node.name === DEBUG) fail(node);
      return;
    case 'MatchMapping':
      if (node.rest === DEBUG) fail(node);
      break;
    case 'AugAssign':
      walk(node.target as Node, node.target as Node);
      walk(node.value as Node, null);
      return;
  }
  for (const key of Object.keys(node)) {
    if (key === '_type' || key === 'ctx') continue;
    const v = (node as Record<string, unknown>)[key];
    if (Array.isArray(v)) {
      for (const item of v)
        if (item !== null && typeof item === 'object' && '_type' in item) walk(item as Node, null);
    } else if (v !== null && typeof v === 'object' && '_type' in (v as object)) walk(v as Node, null);
  }
}
