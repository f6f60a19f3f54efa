// weakref.ref and weakref.proxy objects (Objects/weakrefobject.c).
//
// The struct and the clearing rules live in the gc layer (src/gc/weakref.ts), because the
// collector must clear weakrefs itself. This file makes the Python types and the objects:
// creation reuses the callback-less "basic" ref or proxy when one exists, and keeps the
// referent's list ordered as CPython does (basic ref, basic proxy, then the others).

import {
  clearWeakref,
  isWeakref,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_WEAKREF_SUBCLASS,
  WEAKREF_SIZE,
  WR_CALLBACK,
  WR_HASH,
  WR_NEXT,
  WR_OBJECT,
  WR_PREV,
} from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { newBool, richCompare } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { CompareOp, DEFAULT_PY_SLOTS, type PyTypeSlots } from './typeslots.js';

/** The weakref types of one space. */
export interface WeakrefState {
  /** weakref.ref, alias weakref.ReferenceType (`weakref` in its instances' repr). */
  ref: Ptr;
  /** weakref.ProxyType. */
  proxy: Ptr;
  /** weakref.CallableProxyType. */
  callableProxy: Ptr;
}

/** Makes the weakref.ReferenceType, ProxyType and CallableProxyType types. */
export function initWeakref(space: ObjectSpace): WeakrefState {
  const rt = space.rt;
  const common: Omit<PyTypeSlots, 'name'> = {
    ...DEFAULT_PY_SLOTS,
    flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREF_SUBCLASS,
    basicsize: WEAKREF_SIZE,
    traverse: (op, visit) => {
      const cb = rt.mem.u32[(op + WR_CALLBACK) >>> 2] as Ptr;
      if (cb !== NULL) visit(cb);
    },
    clear: (op) => clearWeakref(rt, op),
    dealloc: (op) => {
      rt.untrack(op);
      clearWeakref(rt, op);
      rt.gcDel(op);
    },
  };
  const ref = space.newStaticType({
    ...common,
    name: 'weakref.ReferenceType',
    flags: common.flags | TPFLAGS_BASETYPE,
    hash: (op) => weakref_hash(space, op),
    richcompare: (a, b, op) => weakref_richcompare(space, a, b, op),
    repr: (op) => weakref_repr(space, op),
  });
  const proxy = space.newStaticType({ ...common, name: 'weakref.ProxyType' });
  const callableProxy = space.newStaticType({ ...common, name: 'weakref.CallableProxyType' });
  return { ref, proxy, callableProxy };
}

/**
 * PyWeakref_GET_OBJECT: the referent of a weakref (borrowed), or None once it died — or
 * once its count reached 0, when the trashcan put off its deallocation (and the clearing
 * of its weak references) during a long chain of deallocations (gh-60806, bpo-16602).
 */
export function weakref_get(space: ObjectSpace, wr: Ptr): Ptr {
  const obj = space.rt.mem.u32[(wr + WR_OBJECT) >>> 2] as Ptr;
  return space.rt.refcnt(obj) > 0 ? obj : space.none;
}

/** The callback of a weakref (borrowed), or NULL. */
export function weakref_callback(space: ObjectSpace, wr: Ptr): Ptr {
  return space.rt.mem.u32[(wr + WR_CALLBACK) >>> 2] as Ptr;
}

/** Number of weakrefs to `op` (weakref.getweakrefcount); 0 for objects without weakref support. */
export function weakref_count(space: ObjectSpace, op: Ptr): number {
  const offset = space.slotsOf(op).weaklistoffset;
  if (offset === 0) return 0;
  let n = 0;
  for (let wr = space.rt.mem.u32[(op + offset) >>> 2]; wr !== 0; wr = space.rt.mem.u32[(wr + WR_NEXT) >>> 2])
    n++;
  return n;
}

/**
 * weakref.ref(obj, callback=None) (or a proxy, with `kind`): a new reference to a weakref.
 * Without a callback, an existing basic ref (proxy) of exactly that type is returned again.
 * `allocSubtype`, given for a subclass of ref, makes the (tracked, zeroed) object instead.
 */
export function weakref_new(
  space: ObjectSpace,
  obj: Ptr,
  callback: Ptr,
  kind: 'ref' | 'proxy' | 'callableProxy' = 'ref',
  allocSubtype: (() => Ptr) | null = null,
): Ptr {
  const rt = space.rt;
  const slots = space.slotsOf(obj);
  if (slots.weaklistoffset === 0)
    raise('TypeError', `cannot create weak reference to '${slots.name}' object`);
  if (callback === space.none) callback = NULL;
  const listAt = obj + slots.weaklistoffset;
  const w = space.weakrefs;
  // 'callableProxy': the caller knows the object is callable (a class with __call__).
  const type =
    kind === 'ref' ? w.ref : kind === 'callableProxy' || slots.call !== null ? w.callableProxy : w.proxy;
  const [basicRef, basicProxy] = basicRefs(space, listAt);
  if (callback === NULL && allocSubtype === null) {
    const existing = kind === 'ref' ? basicRef : basicProxy;
    if (existing !== NULL) return space.newRef(existing);
  }
  const wr = allocSubtype !== null ? allocSubtype() : rt.gcNew(type, WEAKREF_SIZE);
  const u32 = rt.mem.u32;
  for (let i = 16; i < WEAKREF_SIZE; i += 4) u32[(wr + i) >>> 2] = 0;
  u32[(wr + WR_OBJECT) >>> 2] = obj;
  u32[(wr + WR_HASH) >>> 2] = 0xffffffff;
  u32[(wr + WR_HASH + 4) >>> 2] = 0xffffffff;
  if (callback !== NULL) {
    rt.incref(callback);
    u32[(wr + WR_CALLBACK) >>> 2] = callback;
  }
  // Keep the order: basic ref, basic proxy, then the rest.
  let prev: Ptr = NULL;
  if (callback === NULL && kind === 'ref' && allocSubtype === null) prev = NULL;
  else if (callback === NULL) prev = basicRef;
  else prev = basicProxy !== NULL ? basicProxy : basicRef;
  if (prev === NULL) insertHead(space, wr, listAt);
  else insertAfter(space, wr, prev);
  if (allocSubtype === null) rt.track(wr);
  return wr;
}

// get_basic_refs: the callback-less exact ref and proxy at the front of the list.
function basicRefs(space: ObjectSpace, listAt: number): [Ptr, Ptr] {
  const u32 = space.rt.mem.u32;
  const w = space.weakrefs;
  let head = u32[listAt >>> 2] as Ptr;
  let ref: Ptr = NULL;
  let proxy: Ptr = NULL;
  if (head !== NULL && u32[(head + WR_CALLBACK) >>> 2] === 0) {
    const t = space.rt.typeObject(head);
    if (t === w.ref) {
      ref = head;
      head = u32[(head + WR_NEXT) >>> 2] as Ptr;
    }
    if (head !== NULL && u32[(head + WR_CALLBACK) >>> 2] === 0) {
      const t2 = space.rt.typeObject(head);
      if (t2 === w.proxy || t2 === w.callableProxy) proxy = head;
    }
  }
  return [ref, proxy];
}

function insertHead(space: ObjectSpace, wr: Ptr, listAt: number): void {
  const u32 = space.rt.mem.u32;
  const next = u32[listAt >>> 2];
  u32[(wr + WR_PREV) >>> 2] = 0;
  u32[(wr + WR_NEXT) >>> 2] = next;
  if (next !== 0) u32[(next + WR_PREV) >>> 2] = wr;
  u32[listAt >>> 2] = wr;
}

function insertAfter(space: ObjectSpace, wr: Ptr, prev: Ptr): void {
  const u32 = space.rt.mem.u32;
  const next = u32[(prev + WR_NEXT) >>> 2];
  u32[(wr + WR_PREV) >>> 2] = prev;
  u32[(prev + WR_NEXT) >>> 2] = wr;
  u32[(wr + WR_NEXT) >>> 2] = next;
  if (next !== 0) u32[(next + WR_PREV) >>> 2] = wr;
}

/** weakref_hash: the referent's hash, computed once and cached; TypeError once dead. */
export function weakref_hash(space: ObjectSpace, wr: Ptr): number {
  const u32 = space.rt.mem.u32;
  if (u32[(wr + WR_HASH) >>> 2] !== 0xffffffff || u32[(wr + WR_HASH + 4) >>> 2] !== 0xffffffff) {
    return space.rt.mem.f64[(wr + WR_HASH) >>> 3];
  }
  const obj = weakref_get(space, wr);
  if (obj === space.none) raise('TypeError', 'weak object has gone away');
  const h = space.hash(obj);
  space.rt.mem.f64[(wr + WR_HASH) >>> 3] = h;
  return h;
}

/** weakref_richcompare: live refs compare their referents; otherwise identity. */
export function weakref_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !isWeakref(space.rt, a) || !isWeakref(space.rt, b)) {
    return space.newRef(space.notImplemented);
  }
  const x = weakref_get(space, a);
  const y = weakref_get(space, b);
  if (x === space.none || y === space.none) return newBool(space, (a === b) === (op === CompareOp.EQ));
  return richCompare(space, x, y, op);
}

// weakref_repr: `<weakref at 0x…; to 'T' at 0x…>` or `<weakref at 0x…; dead>`.
function weakref_repr(space: ObjectSpace, wr: Ptr): string {
  const obj = weakref_get(space, wr);
  const at = `0x${wr.toString(16)}`;
  if (obj === space.none) return `<weakref at ${at}; dead>`;
  return `<weakref at ${at}; to '${space.typeName(obj)}' at 0x${obj.toString(16)}>`;
}
