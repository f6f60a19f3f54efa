// A sliver of CPython's `_testcapi` (Modules/_testcapimodule.c): `with_tp_del`, which gives a
// class a legacy tp_del finalizer (Python's pre-PEP 442 `__del__`). CPython's own
// test_gc.py uses it to make objects the collector must leave in gc.garbage; pymm's runtime
// has the tp_del slot, so the same tests run.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/** Fills the _testcapi module. */
export function initTestcapiModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.defNative(dict, 'with_tp_del', (_s, a, k) => {
    argCount('with_tp_del', a, k, 1, 1);
    const cls = a[0];
    if (!interp.isType(cls) || !interp.classes.has(cls)) {
      throw new PyErr('TypeError', `heap type expected, got ${interp.reprOf(cls)}`);
    }
    interp.space.slots(cls).del = (op) => slotTpDel(interp, op);
    return interp.ref(cls);
  });
}

// slot_tp_del: calls self.__tp_del__() with the object temporarily resurrected; an error is
// unraisable. The caller (subtype_dealloc) sees a resurrection in the count it leaves.
function slotTpDel(interp: Interpreter, op: Ptr): void {
  const rt = interp.space.rt;
  rt.setRefcnt(op, 1);
  try {
    const r = interp.callSpecial(op, '__tp_del__', []);
    if (r !== NULL) interp.decref(r);
  } catch (e) {
    interp.writeUnraisable(e, op);
  }
  rt.setRefcnt(op, rt.refcnt(op) - 1);
}
