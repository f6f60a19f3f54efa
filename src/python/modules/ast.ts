// The ast module's init: `_parse_text(source, filename, mode)`, which runs pymm's parser and
// returns the tree as the text of `ast.dump(tree, include_attributes=True)` (a Python
// expression the module evaluates against its node classes), then the Python source.

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { dump, type Mod, PySyntaxError, parse } from '../syntax/index.js';
import { argCount } from '../vm/args.js';
import { parseError } from '../vm/file-modules.js';
import type { Interpreter } from '../vm/interp.js';
import { AST_PY } from './ast-py.js';
import { AST_UNPARSE_PY } from './ast-unparse-py.js';

/** A statement node's type and position. */
interface Located {
  _type: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
}

/** The compound statements: each is a whole 'single'-mode input by itself. */
const COMPOUND = new Set(
  'FunctionDef AsyncFunctionDef ClassDef If For AsyncFor While With AsyncWith Try TryStar Match'.split(' '),
);

/** Parses `source` in compile()'s `mode` ('exec', 'eval' or 'single') to a tree. */
function parseMode(source: string, filename: string, mode: string): Mod {
  if (mode === 'eval') return parse(source, filename, 'eval');
  const tree = parse(source, filename, 'exec');
  if (mode !== 'single' || tree._type !== 'Module') return tree;
  const body = tree.body as unknown as Located[];
  // One line of simple statements, or one compound statement, is all 'single' takes.
  let k = 1;
  while (k < body.length && !COMPOUND.has(body[k - 1]._type) && body[k].lineno === body[k - 1].end_lineno)
    k++;
  if (k < body.length) {
    const lines = source.split(/\r?\n|\r/);
    const prev = body[k - 1];
    let line = body[k].lineno;
    let start = body[k].col_offset + 1;
    let end = start + (/^\w+/.exec(lines[line - 1]?.slice(start - 1) ?? '')?.[0].length ?? 1);
    if (!COMPOUND.has(prev._type)) {
      line = prev.end_lineno;
      start = (lines[line - 1] ?? '').length + 1;
      end = start;
    }
    const msg = 'multiple statements found while compiling a single statement';
    throw new PySyntaxError('SyntaxError', msg, filename, line, start, line, end, lines[line - 1] ?? null);
  }
  return { _type: 'Interactive', body } as unknown as Mod;
}

/** Fills the ast module: the native `_parse_text` helper, then the module's Python source. */
export function initAstModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, '_parse_text', (_s, a, k) => {
    argCount('_parse_text', a, k, 3, 3);
    if (!n.isStr(a[0]) || !n.isStr(a[1]) || !n.isStr(a[2]))
      throw new PyErr('TypeError', '_parse_text(source, filename, mode) takes three str');
    const filename = n.jsStr(a[1]);
    try {
      const tree = parseMode(n.jsStr(a[0]), filename, n.jsStr(a[2]));
      return n.str(dump(tree, { includeAttributes: true }));
    } catch (e) {
      if (e instanceof PySyntaxError) throw parseError(interp, e, filename);
      if (e instanceof RangeError)
        throw new PyErr('RecursionError', 'maximum recursion depth exceeded during ast construction');
      throw e;
    }
  });
  interp.runPythonInto(AST_PY + AST_UNPARSE_PY, '<frozen ast>', dict);
}
