// The `atexit` module (Modules/atexitmodule.c): functions registered to run at interpreter
// shutdown, last registered first, before __main__'s globals are cleared.

import type { Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** One registered callback: owned references to the function, its arguments and keywords. */
interface AtexitCallback {
  func: Ptr;
  args: Ptr[];
  kwnames: Ptr[] | null;
}

/** The callbacks of one interpreter, in registration order. */
const registries = new WeakMap<Interpreter, AtexitCallback[]>();

function registry(interp: Interpreter): AtexitCallback[] {
  let r = registries.get(interp);
  if (r === undefined) {
    r = [];
    registries.set(interp, r);
  }
  return r;
}

function release(interp: Interpreter, cb: AtexitCallback): void {
  interp.decref(cb.func);
  for (const a of cb.args) interp.decref(a);
  if (cb.kwnames) for (const k of cb.kwnames) interp.decref(k);
}

/**
 * atexit._run_exitfuncs(): calls every callback, last registered first, and forgets them.
 * An exception is reported as "Exception ignored in atexit callback" and does not stop the others.
 */
export function runExitFuncs(interp: Interpreter): void {
  const r = registries.get(interp);
  if (r === undefined) return;
  while (r.length > 0) {
    const cb = r.pop() as AtexitCallback;
    try {
      interp.incref(cb.func);
      for (const a of cb.args) interp.incref(a);
      interp.decref(interp.callKw(cb.func, cb.args.slice(), cb.kwnames));
    } catch (e) {
      interp.writeUnraisable(e, cb.func, 'in atexit callback');
    } finally {
      release(interp, cb);
    }
  }
}

/** Fills the atexit module. */
export function initAtexitModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, 'register', (_s, a, k) => {
    const npos = a.length - (k?.length ?? 0);
    if (npos < 1) throw new PyErr('TypeError', 'register() takes at least 1 argument (0 given)');
    const func = a[0];
    if (!interp.isCallable(func)) throw new PyErr('TypeError', 'the first argument must be callable');
    for (const x of a) interp.incref(x);
    if (k) for (const x of k) interp.incref(x);
    registry(interp).push({ func, args: a.slice(1), kwnames: k ? k.slice() : null });
    return interp.ref(func);
  });
  interp.defNative(dict, 'unregister', (_s, a, k) => {
    argCount('unregister', a, k, 1, 1);
    const r = registry(interp);
    for (let i = r.length - 1; i >= 0; i--) {
      const eq = r[i].func === a[0] || O.richCompareBool(interp.space, r[i].func, a[0], O.CompareOp.EQ);
      if (eq) release(interp, r.splice(i, 1)[0]);
    }
    return interp.newNone();
  });
  interp.defNative(dict, '_run_exitfuncs', (_s, a, k) => {
    argCount('_run_exitfuncs', a, k, 0, 0);
    runExitFuncs(interp);
    return interp.newNone();
  });
  interp.defNative(dict, '_clear', (_s, a, k) => {
    argCount('_clear', a, k, 0, 0);
    const r = registry(interp);
    for (const cb of r.splice(0)) release(interp, cb);
    return interp.newNone();
  });
  interp.defNative(dict, '_ncallbacks', (_s, a, k) => {
    argCount('_ncallbacks', a, k, 0, 0);
    return n.int(registry(interp).length);
  });
}
