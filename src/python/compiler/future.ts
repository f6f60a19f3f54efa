// Python/future.c (3.11): the `from __future__ import …` statements at the top of a module.
//
// future_parse runs before the symbol table: it checks the feature names of the imports at
// the start of the module ("not a chance" for braces, "future feature X is not defined")
// and returns ff_lineno, the line of the last of them. compiler_from_import later refuses
// every other `from __future__` import ("… must occur at the beginning of the file").

import { CompileError } from './compiler.js';
import type { Node } from './node.js';

// future_check_features' known names (all mandatory by 3.11, annotations aside).
const FEATURES = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);

// PyErr_SyntaxLocationObject: a one-character location (no end), at the 1-based `offset`.
function fail(message: string, s: Node, offset: number): never {
  throw new CompileError(message, { lineno: s.lineno as number, col_offset: offset - 1 });
}

// ff_lineno of the module being compiled (compileModule sets it; compiles do not nest).
let currentFfLineno = 0;

/** future_parse for the module about to be compiled: its ff_lineno is kept for checkLateFuture. */
export function parseFuture(tree: Node): void {
  currentFfLineno = futureLineno(tree);
}

/** compiler_from_import: a `from __future__` import below the module's leading ones is an error. */
export function checkLateFuture(s: Node): void {
  if (s.module === '__future__' && (s.lineno as number) > currentFfLineno)
    throw new CompileError('from __future__ imports must occur at the beginning of the file', s);
}

/** future_parse: checks the module's leading future imports; returns ff_lineno (0 for none). */
function futureLineno(tree: Node): number {
  if (tree._type !== 'Module') return 0;
  const body = (tree.body ?? []) as Node[];
  let ffLineno = 0;
  let done = false;
  let prevLine = 0;
  const first = body[0];
  let i =
    first?._type === 'Expr' && first.value._type === 'Constant' && first.value.value?.tag === 'str' ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    const lineno = s.lineno as number;
    const col = s.col_offset as number;
    if (done && lineno > prevLine) return ffLineno;
    prevLine = lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      // A future import after another statement on the same line (`import os; from __future__ …`).
      if (done) fail('from __future__ imports must occur at the beginning of the file', s, col);
      for (const a of s.names as Node[]) {
        if (FEATURES.has(a.name)) continue;
        if (a.name === 'braces') fail('not a chance', s, col + 1);
        fail(`future feature ${a.name} is not defined`, s, col + 1);
      }
      ffLineno = lineno;
    } else done = true;
  }
  return ffLineno;
}
