// Bound methods: a function and the instance it was looked up on (Objects/classobject.c).
//
// PyMethodObject (48 bytes, GC; getsizeof = 64). 3.11 keeps no free list for them.
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ im_func                        │  strong
//   +24  │ im_self                        │  strong
//   +32  │ im_weakreflist                 │
//   +40  │ vectorcall                     │  (unused by pymm)
//        └────────────────────────────────┘

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { CompareOp, DEFAULT_PY_SLOTS, pointerHash } from './typeslots.js';

/** Offset of im_func. */
export const METHOD_FUNC = 16;
/** Offset of im_self. */
export const METHOD_SELF = 24;
/** Offset of im_weakreflist. */
export const METHOD_WEAKLIST = 32;
/** sizeof(PyMethodObject). */
export const METHOD_SIZE = 48;

/** The method type of one space. */
export interface MethodState {
  type: Ptr;
}

/** Makes the `method` type. */
export function initMethod(space: ObjectSpace): MethodState {
  const rt = space.rt;
  const u32 = () => rt.mem.u32;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'method',
    flags: TPFLAGS_HAVE_GC,
    basicsize: METHOD_SIZE,
    weaklistoffset: METHOD_WEAKLIST,
    traverse: (op, visit) => {
      visit(u32()[(op + METHOD_FUNC) >>> 2] as Ptr);
      visit(u32()[(op + METHOD_SELF) >>> 2] as Ptr);
    },
    dealloc: (op) => {
      rt.untrack(op);
      if (u32()[(op + METHOD_WEAKLIST) >>> 2] !== 0) clearWeakrefs(rt, op);
      const func = u32()[(op + METHOD_FUNC) >>> 2] as Ptr;
      const self = u32()[(op + METHOD_SELF) >>> 2] as Ptr;
      rt.gcDel(op);
      rt.decref(func);
      rt.decref(self);
    },
    // method_richcompare: == and != compare the function and the identity of self.
    richcompare: (a, b, op) => {
      if ((op !== CompareOp.EQ && op !== CompareOp.NE) || rt.typeObject(b) !== rt.typeObject(a))
        return space.newRef(space.notImplemented);
      const m = u32();
      const eq =
        m[(a + METHOD_FUNC) >>> 2] === m[(b + METHOD_FUNC) >>> 2] &&
        m[(a + METHOD_SELF) >>> 2] === m[(b + METHOD_SELF) >>> 2];
      return space.newRef((op === CompareOp.EQ) === eq ? space.true : space.false);
    },
    // method_hash: hash(self) ^ hash(func) in CPython; pymm uses the pointers' hashes.
    hash: (op) =>
      (pointerHash(u32()[(op + METHOD_SELF) >>> 2] as Ptr) ^
        space.hash(u32()[(op + METHOD_FUNC) >>> 2] as Ptr)) |
      0,
  });
  return { type };
}

/** PyMethod_New: a new, tracked bound method of `func` on `self`. */
export function method_new(space: ObjectSpace, func: Ptr, self: Ptr): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(space.methods.type, METHOD_SIZE);
  rt.incref(func);
  rt.incref(self);
  const u32 = rt.mem.u32;
  u32[(op + METHOD_FUNC) >>> 2] = func;
  u32[(op + METHOD_FUNC + 4) >>> 2] = 0;
  u32[(op + METHOD_SELF) >>> 2] = self;
  u32[(op + METHOD_SELF + 4) >>> 2] = 0;
  u32[(op + METHOD_WEAKLIST) >>> 2] = 0;
  u32[(op + METHOD_WEAKLIST + 4) >>> 2] = 0;
  rt.track(op);
  return op;
}

/** The function of a bound method (borrowed). */
export function method_func(space: ObjectSpace, op: Ptr): Ptr {
  return space.rt.mem.u32[(op + METHOD_FUNC) >>> 2] as Ptr;
}

/** The instance of a bound method (borrowed). */
export function method_self(space: ObjectSpace, op: Ptr): Ptr {
  return space.rt.mem.u32[(op + METHOD_SELF) >>> 2] as Ptr;
}
