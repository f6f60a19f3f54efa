// The signal module's init: the built-in `default_int_handler` (raises KeyboardInterrupt),
// then the module's Python source; its frames stay out of tracebacks, as CPython's C
// functions do.

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { SIGNAL_PY } from './signal-py.js';

/** Fills the signal module: `default_int_handler`, then the Python source. */
export function initSignalModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.defNative(dict, 'default_int_handler', () => {
    throw interp.throwable(interp.exc.create(interp.exc.type('KeyboardInterrupt'), []));
  });
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen signal>');
  interp.runPythonInto(SIGNAL_PY, '<frozen signal>', dict);
}
