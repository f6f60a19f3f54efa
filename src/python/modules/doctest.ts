// The doctest module's init: its Python source (doctest-py.ts) plus `_source_lines`, the
// hook by which an example's source is known to tracebacks while it runs (as CPython's
// doctest makes it known by patching linecache.getlines), and by which DocTestCase.runTest
// shows the line CPython's doctest.py raises from.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { DOCTEST_API_PY } from './doctest-api-py.js';
import { DOCTEST_PY } from './doctest-py.js';

/** Fills the doctest module: the `_source_lines(filename, text or None)` hook, then the Python source. */
export function initDoctestModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const owned = new Set<string>();
  interp.defNative(dict, '_source_lines', (_s, a, k) => {
    argCount('_source_lines', a, k, 2, 2);
    if (!n.isStr(a[0])) throw new PyErr('TypeError', '_source_lines(filename, text)');
    const name = n.jsStr(a[0]);
    // Never another file's lines: only names this hook made (or is making) change.
    if (interp.sources.has(name) && !owned.has(name))
      throw new PyErr('ValueError', `_source_lines: ${name} has its own source`);
    if (a[1] === NULL || !n.isStr(a[1])) {
      interp.sources.delete(name);
      owned.delete(name);
    } else {
      interp.sources.set(name, n.jsStr(a[1]).split(/\r?\n|\r/));
      owned.add(name);
    }
    return interp.newNone();
  });
  interp.runPythonInto(DOCTEST_PY + DOCTEST_API_PY, '<frozen doctest>', dict);
}
