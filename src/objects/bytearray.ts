// bytearray: a mutable byte buffer (Objects/bytearrayobject.c).
//
// PyByteArrayObject (56 bytes, not GC):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_size: bytes in use          │
//   +24  │ ob_alloc: bytes allocated      │  0 while ob_bytes is NULL
//   +32  │ ob_bytes: the buffer (malloc)  │  always ob_size + 1 bytes or more: a trailing NUL
//   +40  │ ob_start: logical start        │  ob_bytes + n after `del b[:n]`
//   +48  │ ob_exports                     │  buffers exported (memoryviews); no resize while > 0
//        └────────────────────────────────┘
//
// sys.getsizeof = 56 + ob_alloc. PyByteArray_Resize's growth: a minor downsize keeps the
// buffer, a major one (below half) shrinks to size + 1; growing within 1/8 over-allocates
// size + size/8 + (3 or 6), a bigger jump allocates exactly size + 1.

import { TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE } from '../gc/index.js';
import type { Ptr } from '../heap/index.js';
import { NULL } from '../heap/index.js';
import { bytes_check, bytes_literal, bytes_toU8 } from './bytes.js';
import { PyErr } from './errors.js';
import { compareResult } from './longarith.js';
import { newBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { type CompareOp, DEFAULT_PY_SLOTS } from './typeslots.js';

/** Offsets in PyByteArrayObject. */
export const BA = { size: 16, alloc: 24, bytes: 32, start: 40, exports: 48 } as const;
/** sizeof(PyByteArrayObject). */
export const BYTEARRAY_SIZE = 56;

/** The bytearray type of one space. */
export interface ByteArrayState {
  type: Ptr;
}

/** Makes the `bytearray` type. */
export function initByteArray(space: ObjectSpace): ByteArrayState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'bytearray',
    basicsize: BYTEARRAY_SIZE,
    dealloc: (op) => {
      const buf = rt.mem.u32[(op + BA.bytes) >>> 2] as Ptr;
      if (buf !== NULL) rt.heap.free(buf);
      rt.objectFree(op);
    },
    repr: (op) => `${space.typeName(op)}(${bytes_literal(bytearray_toU8(space, op), true)})`,
    flags: TPFLAGS_BASETYPE,
    bool: (op) => bytearray_len(space, op) !== 0,
    richcompare: (a, b, op) => bytearray_richcompare(space, a, b, op),
    sizeof: (op) => BYTEARRAY_SIZE + rt.mem.u32[(op + BA.alloc) >>> 2],
  });
  return { type };
}

/** PyByteArray_Check. */
export function bytearray_check(space: ObjectSpace, op: Ptr): boolean {
  const t = space.rt.typeObject(op);
  if (t === space.bytearrays.type) return true;
  // Only a class (a heap type) can derive from it: static types are rejected at once.
  const slots = space.slots(t);
  return (slots.flags & TPFLAGS_HEAPTYPE) !== 0 && space.isSubtypeOf(slots.base, space.bytearrays.type);
}

/** PyByteArray_FromStringAndSize: a new bytearray holding `data` (ob_alloc = size + 1, or 0 when empty). */
export function bytearray_fromU8(space: ObjectSpace, data: Uint8Array): Ptr {
  const rt = space.rt;
  const op = rt.objectNew(space.bytearrays.type, BYTEARRAY_SIZE);
  const u32 = rt.mem.u32;
  for (let i = 16; i < BYTEARRAY_SIZE; i += 4) u32[(op + i) >>> 2] = 0;
  if (data.length > 0) {
    const buf = rt.heap.malloc(data.length + 1);
    rt.mem.u8.set(data, buf);
    rt.mem.u8[buf + data.length] = 0;
    setWord(space, op, BA.bytes, buf);
    setWord(space, op, BA.start, buf);
    setWord(space, op, BA.alloc, data.length + 1);
    setWord(space, op, BA.size, data.length);
  }
  return op;
}

/** len(bytearray). */
export function bytearray_len(space: ObjectSpace, op: Ptr): number {
  return word(space, op, BA.size);
}

/** A copy of the bytes in use. */
export function bytearray_toU8(space: ObjectSpace, op: Ptr): Uint8Array {
  const start = word(space, op, BA.start);
  return space.rt.mem.u8.slice(start, start + bytearray_len(space, op));
}

/** ba[start:start+length*step:step] (a slice already adjusted to the length) as a new bytearray; copies only those bytes. */
export function bytearray_slice(
  space: ObjectSpace,
  op: Ptr,
  start: number,
  length: number,
  step: number,
): Ptr {
  const r = bytearray_fromU8(space, new Uint8Array(length));
  if (length === 0) return r;
  const u8 = space.rt.mem.u8; // read after the allocation, which may have grown the heap
  const from = word(space, op, BA.start) + start;
  const to = word(space, r, BA.start);
  if (step === 1) u8.copyWithin(to, from, from + length);
  else for (let k = 0; k < length; k++) u8[to + k] = u8[from + k * step];
  return r;
}

/** Replaces the contents with `data` (resizing as PyByteArray_Resize does, then copying). */
export function bytearray_assign(space: ObjectSpace, op: Ptr, data: Uint8Array): void {
  bytearray_resize(space, op, data.length);
  space.rt.mem.u8.set(data, word(space, op, BA.start));
}

/** bytearray[i] for 0 <= i < len. */
export function bytearray_byte(space: ObjectSpace, op: Ptr, i: number): number {
  return space.rt.mem.u8[word(space, op, BA.start) + i];
}

/** bytearray[i] = v for 0 <= i < len. */
export function bytearray_setByte(space: ObjectSpace, op: Ptr, i: number, v: number): void {
  space.rt.mem.u8[word(space, op, BA.start) + i] = v;
}

/** bytearray.append(v). */
export function bytearray_append(space: ObjectSpace, op: Ptr, v: number): void {
  const n = bytearray_len(space, op);
  bytearray_resize(space, op, n + 1);
  space.rt.mem.u8[word(space, op, BA.start) + n] = v;
}

/** bytearray += data / bytearray.extend(data): one resize to the new size, then the copy. */
export function bytearray_extend(space: ObjectSpace, op: Ptr, data: Uint8Array): void {
  const n = bytearray_len(space, op);
  bytearray_resize(space, op, n + data.length);
  space.rt.mem.u8.set(data, word(space, op, BA.start) + n);
}

/** del bytearray[lo:hi] (step 1): from the front by advancing ob_start, else by moving the tail. */
export function bytearray_delRange(space: ObjectSpace, op: Ptr, lo: number, hi: number): void {
  const n = bytearray_len(space, op);
  if (hi <= lo) return;
  bytearray_checkResizable(space, op);
  const u8 = space.rt.mem.u8;
  const start = word(space, op, BA.start);
  if (lo === 0) {
    // Shrinking the buffer by advancing its logical start (bytearray_setslice_linear), then
    // PyByteArray_Resize, which moves a buffer that fell below half into an exact one.
    setWord(space, op, BA.start, start + hi);
    bytearray_resize(space, op, n - hi);
    return;
  }
  u8.copyWithin(start + lo, start + hi, start + n);
  bytearray_resize(space, op, n - (hi - lo));
}

/** _canresize: a bytearray whose buffer is exported (ob_exports > 0) may not change size. */
export function bytearray_checkResizable(space: ObjectSpace, op: Ptr): void {
  if (word(space, op, BA.exports) > 0)
    throw new PyErr('BufferError', 'Existing exports of data: object cannot be re-sized');
}

/** bytearray_getbuffer / bytearray_releasebuffer: counts an export (+1) or its end (−1). */
export function bytearray_export(space: ObjectSpace, op: Ptr, delta: 1 | -1): void {
  setWord(space, op, BA.exports, word(space, op, BA.exports) + delta);
}

/** The address of a bytearray's first byte (stable while it is exported). */
export function bytearray_start(space: ObjectSpace, op: Ptr): Ptr {
  return word(space, op, BA.start) as Ptr;
}

/** PyByteArray_Resize. */
export function bytearray_resize(space: ObjectSpace, op: Ptr, size: number): void {
  const rt = space.rt;
  let alloc = word(space, op, BA.alloc);
  const bytes = word(space, op, BA.bytes);
  const start = word(space, op, BA.start);
  const logicalOffset = start - bytes;
  const old = bytearray_len(space, op);
  if (size === old) return;
  bytearray_checkResizable(space, op);
  if (size + logicalOffset + 1 <= alloc) {
    if (size < Math.trunc(alloc / 2)) {
      // (C's integer division)
      alloc = size + 1;
    } else {
      setWord(space, op, BA.size, size);
      rt.mem.u8[start + size] = 0;
      return;
    }
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >>> 3) + (size < 9 ? 3 : 6);
  } else {
    alloc = size + 1;
  }
  let buf: Ptr;
  if (logicalOffset > 0) {
    buf = rt.heap.malloc(alloc);
    rt.mem.u8.copyWithin(buf, start, start + Math.min(size, old));
    rt.heap.free(bytes as Ptr);
  } else {
    buf = bytes === NULL ? rt.heap.malloc(alloc) : rt.heap.realloc(bytes as Ptr, alloc);
  }
  setWord(space, op, BA.bytes, buf);
  setWord(space, op, BA.start, buf);
  setWord(space, op, BA.size, size);
  setWord(space, op, BA.alloc, alloc);
  rt.mem.u8[buf + size] = 0;
}

/** bytearray_richcompare: bytewise against bytes or bytearray; NotImplemented otherwise. */
export function bytearray_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  const other = bytes_check(space, b)
    ? bytes_toU8(space, b)
    : bytearray_check(space, b)
      ? bytearray_toU8(space, b)
      : null;
  if (other === null) return space.newRef(space.notImplemented);
  const mine = bytearray_check(space, a) ? bytearray_toU8(space, a) : bytes_toU8(space, a);
  let c = 0;
  for (let i = 0; i < Math.min(mine.length, other.length) && c === 0; i++) {
    if (mine[i] !== other[i]) c = mine[i] < other[i] ? -1 : 1;
  }
  if (c === 0) c = mine.length < other.length ? -1 : mine.length > other.length ? 1 : 0;
  return newBool(space, compareResult(c, op));
}

function word(space: ObjectSpace, op: Ptr, off: number): number {
  return space.rt.mem.u32[(op + off) >>> 2];
}

function setWord(space: ObjectSpace, op: Ptr, off: number, v: number): void {
  space.rt.mem.u32[(op + off) >>> 2] = v;
  space.rt.mem.u32[(op + off + 4) >>> 2] = 0;
}
