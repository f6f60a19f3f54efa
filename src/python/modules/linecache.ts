// The linecache module: lines of the sources the interpreter has compiled (the program and
// its modules; pymm reads no other files), as CPython's getline/getlines.

import type { Ptr } from '../../heap/index.js';
import { parseArgs } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** Fills the linecache module. */
export function initLinecacheModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  // Every line keeps its newline, as readlines() gives them (the last one too).
  // A source ending in a newline has no empty last line (the split leaves one).
  const linesOf = (filename: string): string[] => {
    const rows = interp.sources.get(filename) ?? [];
    const end = rows.length > 0 && rows[rows.length - 1] === '' ? rows.length - 1 : rows.length;
    return rows.slice(0, end).map((l) => `${l}\n`);
  };
  interp.defNative(dict, 'getline', (_s, a, k) => {
    const [filename, lineno] = parseArgs(
      interp,
      'getline',
      a,
      k,
      ['filename', 'lineno', 'module_globals'],
      2,
    );
    const lines = linesOf(n.jsStr(filename));
    const i = interp.toIndex(lineno);
    return n.str(i >= 1 && i <= lines.length ? lines[i - 1] : '');
  });
  interp.defNative(dict, 'getlines', (_s, a, k) => {
    const [filename] = parseArgs(interp, 'getlines', a, k, ['filename', 'module_globals'], 1);
    // n.list steals the new strs.
    return n.list(linesOf(n.jsStr(filename)).map((l) => n.str(l)));
  });
  for (const name of ['clearcache', 'checkcache', 'lazycache'])
    interp.defNative(dict, name, () => interp.newNone());
}
