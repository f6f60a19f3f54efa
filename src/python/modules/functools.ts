// The \`functools\` module: Python code in functools-py.ts.
// https://docs.python.org/3.11/library/functools.html

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { FUNCTOOLS_PY } from './functools-py.js';

/** Fills the functools module. */
export function initFunctoolsModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(FUNCTOOLS_PY, '<frozen functools>', dict);
}
