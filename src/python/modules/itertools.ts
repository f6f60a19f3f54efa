// The \`itertools\` module: lazy iterator classes in Python (itertools-py.ts).
// https://docs.python.org/3.11/library/itertools.html

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { ITERTOOLS_PY } from './itertools-py.js';
import { runWithTpNameHook } from './tpname.js';

/** Fills the itertools module; tracebacks leave its frames out (CPython's is C). */
export function initItertoolsModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen itertools>');
  runWithTpNameHook(interp, ITERTOOLS_PY, '<frozen itertools>', dict);
}
