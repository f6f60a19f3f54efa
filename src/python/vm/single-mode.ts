// compile(..., 'single'): as CPython's interactive mode, every expression statement of the
// module level (inside its if/for/while/try/with/match blocks too, not in functions or
// classes) hands its value to sys.displayhook, which prints the repr of what is not None.

import type { Node } from '../compiler/index.js';

/** Rewrites `tree` (a parsed module) so that its module-level expression statements call sys.displayhook. */
export function echoExpressionStatements(tree: Node): void {
  visitBlock(tree.body as Node[] | undefined);
}

// Statement lists a compound statement runs in the same scope.
const BLOCK_FIELDS = ['body', 'orelse', 'finalbody'];

function visitBlock(stmts: Node[] | undefined): void {
  for (const s of stmts ?? []) visitStatement(s);
}

function visitStatement(s: Node): void {
  const kind = s._type as string;
  if (kind === 'FunctionDef' || kind === 'AsyncFunctionDef' || kind === 'ClassDef') return;
  if (kind === 'Expr') {
    (s as unknown as { value: Node }).value = displayCall(s.value as Node);
    return;
  }
  for (const f of BLOCK_FIELDS) if (Array.isArray(s[f])) visitBlock(s[f] as Node[]);
  for (const h of (s.handlers as Node[] | undefined) ?? []) visitBlock(h.body as Node[]);
  for (const c of (s.cases as Node[] | undefined) ?? []) visitBlock(c.body as Node[]);
}

// `__import__('_pymm').displayhook(value)`, placed where `value` is: PRINT_EXPR's call of
// sys.displayhook (RuntimeError "lost sys.displayhook" when sys has none).
function displayCall(value: Node): Node {
  const at = {
    lineno: value.lineno,
    col_offset: value.col_offset,
    end_lineno: value.end_lineno,
    end_col_offset: value.end_col_offset,
  };
  const load = { _type: 'Load' };
  const importer = { _type: 'Name', id: '__import__', ctx: load, ...at };
  const name = { _type: 'Constant', value: { tag: 'str', value: '_pymm' }, kind: null, ...at };
  const sys = { _type: 'Call', func: importer, args: [name], keywords: [], ...at };
  const hook = { _type: 'Attribute', value: sys, attr: 'displayhook', ctx: load, ...at };
  return { _type: 'Call', func: hook, args: [value], keywords: [], ...at } as Node;
}
