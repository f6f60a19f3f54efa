// Inline caches for `obj.name` loads and stores in compiled code: CPython 3.11's
// specialised LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_SLOT and STORE_ATTR_INSTANCE_VALUE /
// STORE_ATTR_SLOT, keyed like them on the class and its tp_version_tag.
//
// Each attribute site owns three numbers of its code's cache array `A` (a Float64Array):
//
//   A[k]     class (type pointer) the entry was filled for; 0 = empty
//   A[k+1]   the class's tp_version_tag then (HT.version; PyType_Modified changes it)
//   A[k+2]   where the attribute lives: i ≥ 0 → index i of the instance's inline values
//            (the class's shared keys); i < 0 → the __slots__ member at byte offset -i;
//            GENERIC → the class rules the entry out (a property or another data
//            descriptor, __getattribute__, …): the generic path, without trying to fill
//            again; GENERIC_SHARED + n → the name is not among the class's n shared keys
//            (a method, a class attribute): the generic path while there are still n
//            (an instance storing the name adds it, and the site fills again)
//
// Invariant: an entry is filled only for a plain class (no built-in base, not a metaclass)
// with no __getattribute__ / __setattr__ / __delattr__ of its own and no data descriptor
// for the name along its MRO. All of those live in class dicts, so any change that could
// break the entry changes the version tag and the entry stops matching. The fast path still
// falls back to the generic path whenever the instance's own storage disagrees: a
// materialised __dict__, no inline values, an index past the values' capacity, or a missing
// value (which must raise, or be found on the class).

import { MANAGED_DICT, MANAGED_VALUES, OB_TYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { type ClassInfo, HT } from './classes.js';
import { Interpreter } from './interp.js';
import { values_set } from './values.js';

declare module './interp.js' {
  interface Interpreter {
    /** `obj.name` at a compiled site with cache entry `k` of `A` (new reference). */
    loadAttr(obj: Ptr, name: Ptr, A: Float64Array, k: number): Ptr;
    /** `obj.name = value` (value borrowed) at a compiled site with cache entry `k` of `A`. */
    storeAttr(obj: Ptr, name: Ptr, value: Ptr, A: Float64Array, k: number): void;
  }
}

const I = Interpreter.prototype;

/** A[k+2] of a site the class's own rules keep on the generic path (see the header). */
const GENERIC = 2 ** 32;
/** A[k+2] base of a site whose name is not among the class's shared keys (see the header). */
const GENERIC_SHARED = 2 ** 33;

// True if entry `where` (≥ GENERIC) still says the generic path is all there is: the
// version matched, and for GENERIC_SHARED the class's shared keys have not grown since.
function stillGeneric(interp: Interpreter, type: Ptr, where: number): boolean {
  if (where === GENERIC) return true;
  return interp.classes.get(type)?.shared.objs.length === where - GENERIC_SHARED;
}

I.loadAttr = function (this: Interpreter, obj: Ptr, name: Ptr, A: Float64Array, k: number): Ptr {
  const rt = this.space.rt;
  const u32 = rt.mem.u32;
  const type = u32[(obj + OB_TYPE) >>> 2];
  if (A[k] === type && A[k + 1] === u32[(type + HT.version) >>> 2]) {
    const where = A[k + 2];
    let v = NULL as Ptr;
    if (where < 0) v = u32[(obj - where) >>> 2] as Ptr;
    else if (u32[(obj + MANAGED_DICT) >>> 2] === 0) {
      const vp = u32[(obj + MANAGED_VALUES) >>> 2];
      if (vp !== 0 && where < rt.mem.u8[vp - 1]) v = u32[(vp + 8 * where) >>> 2] as Ptr;
    }
    if (v !== NULL) {
      rt.incref(v);
      return v;
    }
    if (where >= GENERIC && stillGeneric(this, type as Ptr, where)) return this.getAttr(obj, name);
  }
  const r = this.getAttr(obj, name);
  fill(this, obj, name, A, k);
  return r;
};

I.storeAttr = function (
  this: Interpreter,
  obj: Ptr,
  name: Ptr,
  value: Ptr,
  A: Float64Array,
  k: number,
): void {
  const rt = this.space.rt;
  const u32 = rt.mem.u32;
  const type = u32[(obj + OB_TYPE) >>> 2];
  if (A[k] === type && A[k + 1] === u32[(type + HT.version) >>> 2]) {
    const where = A[k + 2];
    if (where < 0) {
      const at = (obj - where) >>> 2;
      const old = u32[at] as Ptr;
      rt.incref(value);
      u32[at] = value;
      if (old !== NULL) rt.decref(old);
      return;
    }
    if (u32[(obj + MANAGED_DICT) >>> 2] === 0) {
      const vp = u32[(obj + MANAGED_VALUES) >>> 2];
      if (vp !== 0 && where < rt.mem.u8[vp - 1]) {
        rt.incref(value);
        values_set(this, vp, where, value);
        return;
      }
    }
    if (where >= GENERIC && stillGeneric(this, type as Ptr, where)) {
      this.setAttr(obj, name, value);
      return;
    }
  }
  this.setAttr(obj, name, value);
  fill(this, obj, name, A, k);
};

/** Fills entry `k` for the object's class after a generic access, when the invariant allows. */
function fill(interp: Interpreter, obj: Ptr, name: Ptr, A: Float64Array, k: number): void {
  const rt = interp.space.rt;
  const type = rt.typeObject(obj);
  const info = interp.classes.get(type);
  if (info === undefined || interp.isType(obj)) return;
  let where = fillWhere(interp, info, type, name);
  if (where === GENERIC_SHARED) where += info.shared.objs.length;
  // The version read now is the one the facts above were checked against.
  A[k] = type;
  A[k + 1] = rt.mem.u32[(type + HT.version) >>> 2];
  A[k + 2] = where;
}

// Where entry `k` can find `name` for instances of `info`'s class: a slot offset (< 0), an
// index of the shared keys, or GENERIC / GENERIC_SHARED when it cannot (see the header).
function fillWhere(interp: Interpreter, info: ClassInfo, type: Ptr, name: Ptr): number {
  if (info.builtinBase !== NULL || info.hasSetattr) return GENERIC;
  const n = interp.n;
  for (const hook of ['__getattribute__', '__setattr__', '__delattr__']) {
    if (interp.typeLookup(type, n.intern(hook)) !== NULL) return GENERIC;
  }
  const s = n.jsStr(name);
  if (s === '__class__' || s === '__dict__') return GENERIC;
  const off = info.slotOffsets.get(s);
  if (off !== undefined) return -off;
  if (!info.managedDict) return GENERIC;
  const descr = interp.typeLookup(type, name);
  if (descr !== NULL && interp.isDataDescriptor(descr)) return GENERIC;
  for (const t of info.mro) if (interp.nativeGetters.get(t)?.has(s)) return GENERIC;
  const where = info.shared.objs.indexOf(name);
  return where < 0 ? GENERIC_SHARED : where;
}
