// The `functools` module and `_functools`, the part of it that is C in CPython: Python code
// in functools-py.ts and functools-c-py.ts.
// https://docs.python.org/3.11/library/functools.html

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { FUNCTOOLS_C_PY } from './functools-c-py.js';
import { FUNCTOOLS_PY } from './functools-py.js';
import { runWithTpNameHook } from './tpname.js';

/** Filename of _functools' code: tracebacks leave its frames out, as CPython's show no C frames. */
export const FUNCTOOLS_C_FILENAME = '<frozen _functools>';

/** Fills the functools module. */
export function initFunctoolsModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(FUNCTOOLS_PY, '<frozen functools>', dict);
}

/** Fills the _functools module (reduce, partial, cmp_to_key, _lru_cache_wrapper). */
export function initFunctoolsCModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add(FUNCTOOLS_C_FILENAME);
  runWithTpNameHook(interp, FUNCTOOLS_C_PY, FUNCTOOLS_C_FILENAME, dict);
}
