// A sliver of CPython's `_testcapi` (Modules/_testcapimodule.c), the parts CPython's own
// test_gc.py and test_finalization.py use: `with_tp_del`, which gives a class a legacy tp_del
// finalizer (objects the collector must leave in gc.garbage), `without_gc`, which makes a
// class's instances untracked objects without a GC head, and `ContainerNoGC`, a container
// the collector cannot see into (no GC head, no traverse), for bpo-38006's weakref test,
// and `create_cfunction`, a fresh builtin function object for test_weakref.py.

import { TP_FLAGS, TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import { PyException } from '../vm/exceptions.js';
import type { Interpreter } from '../vm/interp.js';

/**
 * Takes Py_TPFLAGS_HAVE_GC, traverse and clear off a class, so that its instances are not
 * tracked (as those of CPython's C types that hold no references worth tracking). pymm can
 * do it for a class whose instances have no managed dict (their layout then starts at the
 * object), and leaves other classes as they are.
 */
export function withoutGC(interp: Interpreter, cls: Ptr): void {
  const info = interp.classes.get(cls);
  if (info === undefined) return;
  const slots = interp.space.slots(cls);
  if ((slots.flags & TPFLAGS_HAVE_GC) !== 0 && !info.managedDict) {
    slots.flags &= ~TPFLAGS_HAVE_GC;
    interp.space.rt.mem.u32[(cls + TP_FLAGS) >>> 2] = slots.flags;
    slots.traverse = null;
    slots.clear = null;
  }
}

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
  const space = interp.space;
  const rt = space.rt;
  // without_gc(cls): "Don't try this at home" — the class loses Py_TPFLAGS_HAVE_GC.
  interp.defNative(dict, 'without_gc', (_s, a, k) => {
    argCount('without_gc', a, k, 1, 1);
    const cls = a[0];
    if (!interp.isType(cls) || !interp.classes.has(cls))
      throw new PyErr('TypeError', `heap type expected, got ${interp.reprOf(cls)}`);
    withoutGC(interp, cls);
    return interp.ref(cls);
  });
  // ContainerNoGC (ContainerNoGCobject): ob_refcnt, ob_type, value — and nothing for the GC.
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: '_testcapi.ContainerNoGC',
    basicsize: 24,
    dealloc: (op) => {
      const v = rt.mem.u32[(op + 16) >>> 2] as Ptr;
      rt.objectFree(op);
      rt.decref(v);
    },
  });
  interp.constructors.set(type, (_t, a, k) => {
    argCount('ContainerNoGC', a, k, 1, 1);
    const op = rt.objectNew(type, 24);
    rt.incref(a[0]);
    rt.mem.u32[(op + 16) >>> 2] = a[0];
    return op;
  });
  interp.nativeGetters.set(
    type,
    new Map([['value', (self: Ptr) => interp.ref(rt.mem.u32[(self + 16) >>> 2] as Ptr)]]),
  );
  interp.n.dictSet(dict, interp.n.intern('ContainerNoGC'), type);
  interp.n.dictSet(dict, interp.n.intern('WITH_PYMALLOC'), interp.bool(true));
  // write_unraisable_exc(exc, err_msg, obj): exc set as the error, then
  // _PyErr_WriteUnraisableMsg(err_msg, obj) (err_msg None: PyErr_WriteUnraisable's report).
  interp.defNative(dict, 'write_unraisable_exc', (_s, a, k) => {
    argCount('write_unraisable_exc', a, k, 3, 3);
    const [exc, errMsg, obj] = a;
    if (!interp.isExceptionInstance(exc))
      throw new PyErr('TypeError', 'exceptions must derive from BaseException');
    if (errMsg !== interp.none && !interp.n.isStr(errMsg))
      throw new PyErr(
        'TypeError',
        `write_unraisable_exc() argument 2 must be str or None, not ${space.typeName(errMsg)}`,
      );
    const msg = errMsg === interp.none ? undefined : interp.n.jsStr(errMsg);
    interp.writeUnraisable(new PyException(interp.ref(exc)), obj, msg);
    return interp.newNone();
  });
  // pymem_getallocatorsname(): the allocator behind PyMem_Malloc and PyObject_Malloc.
  interp.defNative(dict, 'pymem_getallocatorsname', (_s, a, k) => {
    argCount('pymem_getallocatorsname', a, k, 0, 0);
    return interp.n.str('pymalloc');
  });
  // create_cfunction(): a new builtin function object each call (PyCFunction_NewEx of a
  // METH_NOARGS method bound to the module), weakly referenceable like every builtin.
  const createCfunction = (module: Ptr, a: Ptr[], k: Ptr[] | null): Ptr => {
    argCount('create_cfunction', a, k, 0, 0);
    return interp.newBuiltin('create_cfunction', createCfunction, module);
  };
  interp.n.dictSet(
    dict,
    interp.n.intern('create_cfunction'),
    interp.newBuiltin('create_cfunction', createCfunction, _module),
  );
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

/** Fills the _testinternalcapi module: SIZEOF_PYGC_HEAD (what check_sizeof adds for a GC object) and get_recursion_depth. */
export function initTestinternalcapiModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.n.dictSet(dict, interp.n.intern('SIZEOF_PYGC_HEAD'), interp.n.int(16));
  // get_recursion_depth(): the recursion depth of the caller (this call, counted by
  // cfunction_vectorcall as sys.setrecursionlimit counts its own, subtracted).
  interp.defNative(dict, 'get_recursion_depth', (_s, a, k) => {
    argCount('get_recursion_depth', a, k, 0, 0);
    return interp.n.int(interp.depth + interp.cGuard.depth);
  });
}
