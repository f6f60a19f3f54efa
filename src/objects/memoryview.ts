// memoryview and its managed buffer (Objects/memoryobject.c, 3.11). `memoryview(x)` asks
// x for its buffer once: a managedbuffer holds that master Py_buffer (and the reference to
// x); every view of it (the first one, slices, casts, toreadonly(), memoryview(view))
// registers with the same managedbuffer, which gives the buffer back (bytearray's
// ob_exports − 1) when the last view is released.
//
// _PyManagedBufferObject (GC, 112 bytes):
//
//   +0   ┌──────────────────────────────┐
//        │ ob_refcnt, ob_type           │
//   +16  │ flags (RELEASED = 1)         │
//   +24  │ exports: views registered    │
//   +32  │ master: Py_buffer (80 bytes) │  obj holds the exporter's reference
//  +112  └──────────────────────────────┘
//
// PyMemoryViewObject (GC, variable: 144 + 8 · 3·ndim, sys.getsizeof 160 + 24·ndim):
//
//   +0   ┌──────────────────────────────┐
//        │ ob_refcnt, ob_type, ob_size  │  ob_size = 3 · ndim (allocated)
//   +24  │ mbuf                         │──▶ managedbuffer (owned)
//   +32  │ hash (−1: not computed)      │
//   +40  │ flags (RELEASED C FORTRAN …) │
//   +48  │ exports                      │
//   +56  │ view: Py_buffer (80 bytes)   │  view.obj is borrowed from mbuf.master
//  +136  │ weakreflist                  │
//  +144  │ ob_array: shape[ndim],       │
//        │ strides[ndim], suboffsets[]  │
//        └──────────────────────────────┘
//
// Py_buffer (80 bytes): +0 buf, +8 obj, +16 len, +24 itemsize, +32 readonly (int),
// +36 ndim (int), +40 format (pymm: the format character's code, not a char*), +48 shape,
// +56 strides, +64 suboffsets, +72 internal (pymm: the bytearray holding an array.array's
// bytes, whose buffer the master view shows while obj is the array). Words are 64-bit, written low word then sign.

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { bytearray_check, bytearray_export, bytearray_len, bytearray_start } from './bytearray.js';
import { BYTES_SHASH, BYTES_SVAL, bytes_check, bytes_fromU8, bytes_hash, bytes_len } from './bytes.js';
import { foldHash, hashWordsToBig } from './hashing.js';
import type { ObjectSpace } from './space.js';
import { DEFAULT_PY_SLOTS } from './typeslots.js';

/** Offsets in a Py_buffer. */
export const PB = {
  buf: 0,
  obj: 8,
  len: 16,
  itemsize: 24,
  readonly: 32,
  ndim: 36,
  format: 40,
  shape: 48,
  strides: 56,
  suboffsets: 64,
  internal: 72,
} as const;
/** Offsets in PyMemoryViewObject. */
export const MV = {
  mbuf: 24,
  hash: 32,
  flags: 40,
  exports: 48,
  view: 56,
  weaklist: 136,
  array: 144,
} as const;
/** Offsets in _PyManagedBufferObject. */
export const MB = { flags: 16, exports: 24, master: 32 } as const;
/** sizeof(_PyManagedBufferObject). */
export const MBUF_SIZE = 112;
/** memoryview's tp_basicsize. */
export const MEMORYVIEW_BASICSIZE = 144;

// memoryiterobject (GC, 48 bytes): it_index, it_seq (the memoryview), it_length, it_fmt.
const IT_INDEX = 16;
const IT_SEQ = 24;
const IT_LENGTH = 32;

/** _Py_MEMORYVIEW_* flags. */
export const MV_RELEASED = 0x001;
/** The view is C-contiguous. */
export const MV_C = 0x002;
/** The view is Fortran-contiguous. */
export const MV_FORTRAN = 0x004;
/** The view is 0-dimensional. */
export const MV_SCALAR = 0x008;

/** The memoryview, managedbuffer and memory_iterator types. */
export interface MemoryViewState {
  type: Ptr;
  mbufType: Ptr;
  iterType: Ptr;
}

/** Makes `memoryview`, `managedbuffer` and `memory_iterator`. */
export function initMemoryView(space: ObjectSpace): MemoryViewState {
  const rt = space.rt;
  const mbufType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'managedbuffer',
    flags: TPFLAGS_HAVE_GC,
    basicsize: MBUF_SIZE,
    traverse: (op, visit) => {
      const obj = mv_word(space, op + MB.master, PB.obj);
      if (obj !== NULL) visit(obj as Ptr);
      const copy = mv_word(space, op + MB.master, PB.internal);
      if (copy !== NULL) visit(copy as Ptr);
    },
    clear: (op) => mbuf_release(space, op),
    dealloc: (op) => {
      mbuf_release(space, op);
      rt.gcDel(op);
    },
  });
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'memoryview',
    flags: TPFLAGS_HAVE_GC,
    basicsize: MEMORYVIEW_BASICSIZE,
    itemsize: 8,
    weaklistoffset: MV.weaklist,
    traverse: (op, visit) => {
      const mbuf = mv_word(space, op, MV.mbuf);
      if (mbuf !== NULL) visit(mbuf as Ptr);
    },
    clear: (op) => {
      memory_release(space, op);
      clearField(space, op, MV.mbuf);
    },
    dealloc: (op) => {
      rt.untrack(op);
      memory_release(space, op);
      clearField(space, op, MV.mbuf);
      if (rt.mem.u32[(op + MV.weaklist) >>> 2] !== 0) clearWeakrefs(rt, op);
      rt.gcDel(op);
    },
    repr: (op) => `<${isReleased(space, op) ? 'released ' : ''}memory at 0x${op.toString(16)}>`,
    sizeof: (op) => MEMORYVIEW_BASICSIZE + 8 * rt.mem.i32[(op + 16) >>> 2],
  });
  const iterType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'memory_iterator',
    flags: TPFLAGS_HAVE_GC,
    basicsize: 48,
    traverse: (op, visit) => {
      const seq = mv_word(space, op, IT_SEQ);
      if (seq !== NULL) visit(seq as Ptr);
    },
    clear: (op) => clearField(space, op, IT_SEQ),
    dealloc: (op) => {
      rt.untrack(op);
      clearField(space, op, IT_SEQ);
      rt.gcDel(op);
    },
  });
  return { type, mbufType, iterType };
}

// ── fields ───────────────────────────────────────────────────────────────────

/** A signed 64-bit field that holds a value below 2^31 in magnitude. */
export function mv_word(space: ObjectSpace, op: number, at: number): number {
  return space.rt.mem.i32[(op + at) >>> 2];
}

/** Sets a signed 64-bit field. */
export function mv_setWord(space: ObjectSpace, op: number, at: number, v: number): void {
  const i32 = space.rt.mem.i32;
  i32[(op + at) >>> 2] = v;
  i32[(op + at + 4) >>> 2] = v < 0 ? -1 : 0;
}

function clearField(space: ObjectSpace, op: Ptr, at: number): void {
  const old = mv_word(space, op, at);
  if (old === NULL) return;
  mv_setWord(space, op, at, 0);
  space.rt.decref(old as Ptr);
}

/** Whether a memoryview has been released. */
export function isReleased(space: ObjectSpace, mv: Ptr): boolean {
  return (mv_word(space, mv, MV.flags) & MV_RELEASED) !== 0;
}

/** The view's ndim. */
export function mv_ndim(space: ObjectSpace, mv: Ptr): number {
  return space.rt.mem.i32[(mv + MV.view + PB.ndim) >>> 2];
}

/** shape[i] of a memoryview. */
export function mv_shape(space: ObjectSpace, mv: Ptr, i: number): number {
  return mv_word(space, mv, MV.array + 8 * i);
}

/** strides[i] of a memoryview (after its ndim shape words). */
export function mv_stride(space: ObjectSpace, mv: Ptr, i: number): number {
  return mv_word(space, mv, MV.array + 8 * (allocatedNdim(space, mv) + i));
}

/** Sets shape[i] and strides[i]. */
export function mv_setDim(space: ObjectSpace, mv: Ptr, i: number, shape: number, stride: number): void {
  mv_setWord(space, mv, MV.array + 8 * i, shape);
  mv_setWord(space, mv, MV.array + 8 * (allocatedNdim(space, mv) + i), stride);
}

function allocatedNdim(space: ObjectSpace, mv: Ptr): number {
  return space.rt.mem.i32[(mv + 16) >>> 2] / 3;
}

/** A view field (PB offsets) of a memoryview. */
export function mv_get(space: ObjectSpace, mv: Ptr, at: number): number {
  return at === PB.readonly || at === PB.ndim
    ? space.rt.mem.i32[(mv + MV.view + at) >>> 2]
    : mv_word(space, mv, MV.view + at);
}

/** Sets a view field (PB offsets) of a memoryview. */
export function mv_set(space: ObjectSpace, mv: Ptr, at: number, v: number): void {
  if (at === PB.readonly || at === PB.ndim) space.rt.mem.i32[(mv + MV.view + at) >>> 2] = v;
  else mv_setWord(space, mv, MV.view + at, v);
}

/** The view's format character. */
export function mv_format(space: ObjectSpace, mv: Ptr): string {
  return String.fromCharCode(mv_get(space, mv, PB.format));
}

// ── buffers ──────────────────────────────────────────────────────────────────

/** PyObject_CheckBuffer for the exporters pymm has in its object layer: bytes and bytearray. */
export function hasBuffer(space: ObjectSpace, op: Ptr): boolean {
  return bytes_check(space, op) || bytearray_check(space, op);
}

/**
 * _PyManagedBuffer_FromObject: a new managedbuffer (tracked) whose master buffer is `obj`'s
 * (bytes: read-only; bytearray: writable, one more export). `obj` must have a buffer.
 */
export function mbuf_fromObject(space: ObjectSpace, obj: Ptr): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(space.memoryviews.mbufType, MBUF_SIZE);
  rt.mem.u8.fill(0, op + 16, op + MBUF_SIZE);
  rt.track(op);
  const m = op + MB.master;
  const bytes = bytes_check(space, obj);
  mv_setWord(space, m, PB.buf, bytes ? obj + BYTES_SVAL : bytearray_start(space, obj));
  rt.incref(obj);
  mv_setWord(space, m, PB.obj, obj);
  mv_setWord(space, m, PB.len, bytes ? bytes_len(space, obj) : bytearray_len(space, obj));
  mv_setWord(space, m, PB.itemsize, 1);
  rt.mem.i32[(m + PB.readonly) >>> 2] = bytes ? 1 : 0;
  rt.mem.i32[(m + PB.ndim) >>> 2] = 1;
  mv_setWord(space, m, PB.format, 'B'.charCodeAt(0));
  mv_setWord(space, m, PB.shape, m + PB.len);
  mv_setWord(space, m, PB.strides, m + PB.itemsize);
  if (!bytes) bytearray_export(space, obj, 1);
  return op as Ptr;
}

/** mbuf_release: gives the master buffer back once (untracking the managedbuffer, as CPython does). */
function mbuf_release(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  if ((mv_word(space, op, MB.flags) & 1) !== 0) return;
  mv_setWord(space, op, MB.flags, 1);
  if (rt.isTracked(op)) rt.untrack(op);
  const copy = mv_word(space, op + MB.master, PB.internal) as Ptr;
  if (copy !== NULL) {
    bytearray_export(space, copy, -1);
    mv_setWord(space, op + MB.master, PB.internal, 0);
    rt.decref(copy);
  }
  const obj = mv_word(space, op + MB.master, PB.obj) as Ptr;
  if (obj === NULL) return;
  if (bytearray_check(space, obj)) bytearray_export(space, obj, -1);
  mv_setWord(space, op + MB.master, PB.obj, 0);
  rt.decref(obj);
}

/**
 * mbuf_add_view / mbuf_add_incomplete_view: a new memoryview (tracked) of `mbuf` with room
 * for `ndim` dimensions, sharing the buffer fields of the view at `src` (a memoryview, or
 * NULL for the managedbuffer's master); shape and strides are copied when `complete`.
 */
export function memory_addView(
  space: ObjectSpace,
  mbuf: Ptr,
  src: Ptr,
  ndim: number,
  complete: boolean,
): Ptr {
  const rt = space.rt;
  const size = MEMORYVIEW_BASICSIZE + 8 * 3 * ndim;
  const mv = rt.gcNew(space.memoryviews.type, size);
  rt.mem.u8.fill(0, mv + 16, mv + size);
  rt.mem.i32[(mv + 16) >>> 2] = 3 * ndim;
  mv_setWord(space, mv, MV.hash, -1);
  const base = src === NULL ? mbuf + MB.master : src + MV.view;
  for (const at of [PB.buf, PB.obj, PB.len, PB.itemsize, PB.format])
    mv_setWord(space, mv + MV.view, at, mv_word(space, base, at));
  const srcNdim = rt.mem.i32[(base + PB.ndim) >>> 2];
  mv_set(space, mv, PB.readonly, rt.mem.i32[(base + PB.readonly) >>> 2]);
  mv_set(space, mv, PB.shape, mv + MV.array);
  mv_set(space, mv, PB.strides, mv + MV.array + 8 * ndim);
  if (complete) {
    mv_set(space, mv, PB.ndim, srcNdim);
    for (let i = 0; i < srcNdim; i++) {
      const shape = mv_word(space, mv_word(space, base, PB.shape), 8 * i);
      const stride = mv_word(space, mv_word(space, base, PB.strides), 8 * i);
      mv_setDim(space, mv, i, shape, stride);
    }
    memory_initFlags(space, mv);
  }
  rt.incref(mbuf);
  mv_setWord(space, mv, MV.mbuf, mbuf);
  mv_setWord(space, mbuf, MB.exports, mv_word(space, mbuf, MB.exports) + 1);
  rt.track(mv);
  return mv as Ptr;
}

/** init_flags: C / Fortran contiguity and the scalar bit, from ndim, shape and strides. */
export function memory_initFlags(space: ObjectSpace, mv: Ptr): void {
  const ndim = mv_ndim(space, mv);
  const itemsize = mv_get(space, mv, PB.itemsize);
  let flags = mv_word(space, mv, MV.flags) & MV_RELEASED;
  if (ndim === 0) flags |= MV_SCALAR | MV_C | MV_FORTRAN;
  else if (ndim === 1) {
    if (mv_shape(space, mv, 0) === 1 || mv_stride(space, mv, 0) === itemsize) flags |= MV_C | MV_FORTRAN;
  } else {
    if (isContiguous(space, mv, 'C')) flags |= MV_C;
    if (isContiguous(space, mv, 'F')) flags |= MV_FORTRAN;
  }
  mv_setWord(space, mv, MV.flags, flags);
}

// PyBuffer_IsContiguous for ndim > 1.
function isContiguous(space: ObjectSpace, mv: Ptr, order: 'C' | 'F'): boolean {
  const ndim = mv_ndim(space, mv);
  if (mv_get(space, mv, PB.len) === 0) return true;
  let sd = mv_get(space, mv, PB.itemsize);
  for (let k = 0; k < ndim; k++) {
    const i = order === 'C' ? ndim - 1 - k : k;
    const dim = mv_shape(space, mv, i);
    if (dim > 1 && mv_stride(space, mv, i) !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** _memory_release: marks the view released and gives the buffer back with the last view. */
export function memory_release(space: ObjectSpace, mv: Ptr): void {
  if (isReleased(space, mv)) return;
  mv_setWord(space, mv, MV.flags, mv_word(space, mv, MV.flags) | MV_RELEASED);
  const mbuf = mv_word(space, mv, MV.mbuf) as Ptr;
  if (mbuf === NULL) return;
  const exports = mv_word(space, mbuf, MB.exports) - 1;
  mv_setWord(space, mbuf, MB.exports, exports);
  if (exports === 0) mbuf_release(space, mbuf);
}

/** The addresses of a view's items in C order (row-major), following shape and strides. */
export function memory_itemAddresses(space: ObjectSpace, mv: Ptr): number[] {
  const ndim = mv_ndim(space, mv);
  const buf = mv_get(space, mv, PB.buf);
  if (ndim === 0) return [buf];
  const out: number[] = [];
  const walk = (dim: number, at: number): void => {
    const n = mv_shape(space, mv, dim);
    const stride = mv_stride(space, mv, dim);
    for (let i = 0; i < n; i++) {
      if (dim === ndim - 1) out.push(at + i * stride);
      else walk(dim + 1, at + i * stride);
    }
  };
  walk(0, buf);
  return out;
}

/** The bytes of a view in C order (tobytes()). */
export function memory_tobytes(space: ObjectSpace, mv: Ptr): Uint8Array {
  const itemsize = mv_get(space, mv, PB.itemsize);
  const addrs = memory_itemAddresses(space, mv);
  const out = new Uint8Array(addrs.length * itemsize);
  const u8 = space.rt.mem.u8;
  for (let k = 0; k < addrs.length; k++) out.set(u8.subarray(addrs[k], addrs[k] + itemsize), k * itemsize);
  return out;
}

/** A new memory_iterator over `mv` (tracked), holding a reference to it. */
export function memoryiter_new(space: ObjectSpace, mv: Ptr): Ptr {
  const rt = space.rt;
  const it = rt.gcNew(space.memoryviews.iterType, 48);
  rt.mem.u8.fill(0, it + 16, it + 48);
  rt.incref(mv);
  mv_setWord(space, it, IT_INDEX, 0);
  mv_setWord(space, it, IT_LENGTH, mv_shape(space, mv, 0));
  mv_setWord(space, it, IT_SEQ, mv);
  rt.track(it);
  return it as Ptr;
}

/** memoryiter_next's position: the next item's address, or −1 (and the view dropped) at the end. */
export function memoryiter_nextAddress(space: ObjectSpace, it: Ptr): number {
  const mv = mv_word(space, it, IT_SEQ) as Ptr;
  if (mv === NULL) return -1;
  const index = mv_word(space, it, IT_INDEX);
  if (index >= mv_word(space, it, IT_LENGTH)) {
    clearField(space, it, IT_SEQ);
    return -1;
  }
  mv_setWord(space, it, IT_INDEX, index + 1);
  return mv_get(space, mv, PB.buf) + index * mv_stride(space, mv, 0);
}

/** The memoryview a memory_iterator walks (NULL once exhausted). */
export function memoryiter_seq(space: ObjectSpace, it: Ptr): Ptr {
  return mv_word(space, it, IT_SEQ) as Ptr;
}

/** Whether a view's hash has been computed (and cached) already. */
export function memory_hashCached(space: ObjectSpace, mv: Ptr): boolean {
  const at = (mv + MV.hash) >>> 2;
  return space.rt.mem.u32[at] !== 0xffffffff || space.rt.mem.u32[at + 1] !== 0xffffffff;
}

/** The hash of a view's bytes (as bytes_hash), cached in the view; folded to 53 bits. */
export function memory_hash(space: ObjectSpace, mv: Ptr): number {
  const mem = space.rt.mem;
  const at = (mv + MV.hash) >>> 2;
  if (!memory_hashCached(space, mv)) {
    const b = bytes_fromU8(space, memory_tobytes(space, mv));
    bytes_hash(space, b);
    mem.u32[at] = mem.u32[(b + BYTES_SHASH) >>> 2];
    mem.u32[at + 1] = mem.u32[(b + BYTES_SHASH + 4) >>> 2];
    space.rt.decref(b);
  }
  return foldHash(mem.i32[at + 1], mem.u32[at]);
}

/** hash(view) with all 64 bits: tp_hash (its checks, the cache), then the cached words. */
export function memory_hashExact(space: ObjectSpace, mv: Ptr): bigint {
  space.hash(mv);
  const at = (mv + MV.hash) >>> 2;
  return hashWordsToBig(space.rt.mem.i32[at + 1], space.rt.mem.u32[at]);
}
