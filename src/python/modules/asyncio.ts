// The `asyncio` module: pymm's own pure-Python event loop, futures, tasks and
// synchronisation primitives (CPython's Lib/asyncio is the reference for behaviour only).
// Its frames are hidden from tracebacks, as those of CPython's C-implemented Task and
// Future are.

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { ASYNCIO_COMBINE_PY } from './asyncio-combine-py.js';
import { ASYNCIO_LOOP_PY } from './asyncio-loop-py.js';
import { ASYNCIO_SYNC_PY } from './asyncio-sync-py.js';
import { ASYNCIO_TASKS_PY } from './asyncio-tasks-py.js';
import { sleepFor } from './time.js';

/** The whole source of the asyncio module. */
export const ASYNCIO_PY = ASYNCIO_LOOP_PY + ASYNCIO_TASKS_PY + ASYNCIO_COMBINE_PY + ASYNCIO_SYNC_PY;

/** Runs the asyncio module's source in its namespace. */
export function initAsyncioModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen asyncio>');
  // The loop's clock (asyncio-loop-py.ts): time passes when the loop waits for its next
  // timer (_idle_sleep, a real wait) and while the program blocks in time.sleep().
  interp.defNative(dict, '_slept_ns', () => interp.n.int(interp.sleptNs));
  interp.defNative(dict, '_idle_sleep', (_s, args) => {
    sleepFor(interp, interp.n.floatValue(args[0]));
    return interp.newNone();
  });
  interp.runPythonInto(ASYNCIO_PY, '<frozen asyncio>', dict);
}
