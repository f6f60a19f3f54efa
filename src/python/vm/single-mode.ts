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

/** Where and why compile(..., 'single') refuses a source: more than one statement. */
export interface SingleModeError {
  msg: string;
  lineno: number;
  offset: number;
  endOffset: number;
  text: string;
}

// Statements with a block of their own: after one, 'single' mode wants the end of input.
const COMPOUND = new Set([
  'If',
  'For',
  'AsyncFor',
  'While',
  'With',
  'AsyncWith',
  'Try',
  'TryStar',
  'Match',
  'FunctionDef',
  'AsyncFunctionDef',
  'ClassDef',
]);

/**
 * The error CPython's parser gives when `tree` (the source parsed as a module) is more than
 * one interactive statement, or null. Simple statements joined by ';' on one logical line
 * are one statement. After them comes "multiple statements found while compiling a single
 * statement" at their NEWLINE token (from a trailing comment, else at the end of the line,
 * trailing blanks included); after a compound statement, "invalid syntax" at the next
 * statement's first token. Columns assume the lines are ASCII up to that point.
 */
export function singleModeError(tree: Node, source: string): SingleModeError | null {
  const body = (tree.body as Node[] | undefined) ?? [];
  if (body.length < 2) return null;
  const lines = source.split('\n');
  const lineText = (n: number) => lines[n - 1] ?? '';
  const first = body[0];
  if (COMPOUND.has(first._type as string)) {
    const next = body[1];
    const line = lineText(next.lineno as number);
    const col = next.col_offset as number;
    const token = /^(\w+|\S)/.exec(line.slice(col))?.[0] ?? ' ';
    // The text is the line as the source has it: with its newline only if one follows.
    const newline = (next.lineno as number) < lines.length ? '\n' : '';
    return {
      msg: 'invalid syntax',
      lineno: next.lineno as number,
      offset: col + 1,
      endOffset: col + 1 + token.length,
      text: line + newline,
    };
  }
  let last = first;
  for (const s of body.slice(1)) {
    if (s.lineno !== last.end_lineno || COMPOUND.has(s._type as string)) break;
    last = s;
  }
  if (last === body[body.length - 1]) return null;
  const lineno = last.end_lineno as number;
  const line = lineText(lineno).replace(/\r$/, '');
  const hash = line.indexOf('#', last.end_col_offset as number);
  const start = hash >= 0 ? hash : line.length;
  // A backslash continuation's lines are all in the text, as the tokenizer keeps them.
  let from = lineno;
  while (from > 1 && lineText(from - 1).endsWith('\\')) from--;
  const text = `${lines.slice(from - 1, lineno).join('\n')}\n`;
  return {
    msg: 'multiple statements found while compiling a single statement',
    lineno,
    offset: start + 1,
    endOffset: line.length + 1,
    text,
  };
}
