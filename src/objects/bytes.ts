// bytes: immutable byte strings (Objects/bytesobject.c).
//
// PyBytesObject (33 + len bytes, not GC):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_size: length                │
//   +24  ├────────────────────────────────┤
//        │ ob_shash (−1 until computed)   │  siphash13, as str's
//   +32  ╞════════════════════════════════╡
//        │ ob_sval: len bytes, then NUL   │
//        └────────────────────────────────┘
//
// Singletons (static, never freed): b'' and the 256 one-byte strings.

import { OB_SIZE, TPFLAGS_BASETYPE, TPFLAGS_BYTES_SUBCLASS } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { foldHash, HASH_OUT, hashWordsToBig, siphash13 } from './hashing.js';
import { long_fromNumber } from './int.js';
import { compareResult } from './longarith.js';
import { newBool } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { type CompareOp, DEFAULT_PY_SLOTS } from './typeslots.js';

/** Offset of ob_shash. */
export const BYTES_SHASH = 24;
/** Offset of ob_sval. */
export const BYTES_SVAL = 32;
/** PyBytesObject_SIZE: the size of b''. */
export const BYTES_HEADER = 33;
const CHAR_SLOT = 48;

/** The bytes type and its singletons. */
export interface BytesState {
  /** `bytes`. */
  type: Ptr;
  /** b''. */
  empty: Ptr;
  /** Address of b'\x00'; bytes([i]) is CHAR_SLOT·i further. */
  characters: Ptr;
  /** bytes_latin1's cache: the last long bytes it decoded (NULL: none) and its text. */
  textOp: Ptr;
  text: string;
}

/** Makes the `bytes` type and its singletons. */
export function initBytes(space: ObjectSpace): BytesState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'bytes',
    flags: TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS,
    basicsize: BYTES_HEADER,
    itemsize: 1,
    dealloc: (op) => {
      // The cached text dies with its bytes (the address may be reused by another).
      if (op === space.bytes.textOp) space.bytes.textOp = NULL;
      rt.objectFree(op);
    },
    hash: (op) => bytes_hash(space, op),
    repr: (op) => bytes_repr(space, op),
    bool: (op) => bytes_len(space, op) !== 0,
    richcompare: (a, b, op) => bytes_richcompare(space, a, b, op),
    sizeof: (op) => BYTES_HEADER + bytes_len(space, op),
  });
  const empty = space.newStaticObject(type, 48);
  space.markStaticInit(empty);
  initHeader(space, empty, 0);
  const characters = rt.heap.rawCalloc(256, CHAR_SLOT);
  for (let i = 0; i < 256; i++) {
    const op = (characters + CHAR_SLOT * i) as Ptr;
    rt.setRefcnt(op, 1);
    rt.setType(op, type);
    initHeader(space, op, 1);
    rt.mem.u8[op + BYTES_SVAL] = i;
    rt.checker?.born(op, type, CHAR_SLOT);
    space.markStaticInit(op);
  }
  return { type, empty, characters, textOp: NULL, text: '' };
}

function initHeader(space: ObjectSpace, op: Ptr, n: number): void {
  const u32 = space.rt.mem.u32;
  u32[(op + OB_SIZE) >>> 2] = n;
  u32[(op + OB_SIZE + 4) >>> 2] = 0;
  u32[(op + BYTES_SHASH) >>> 2] = 0xffffffff;
  u32[(op + BYTES_SHASH + 4) >>> 2] = 0xffffffff;
  space.rt.mem.u8[op + BYTES_SVAL + n] = 0;
}

/** PyBytes_Check. */
export function bytes_check(space: ObjectSpace, op: Ptr): boolean {
  return (space.rt.typeFlags(op) & TPFLAGS_BYTES_SUBCLASS) !== 0;
}

/** PyBytes_FromStringAndSize(NULL, n): a new bytes of `n` bytes to fill (singletons for 0). */
export function bytes_new(space: ObjectSpace, n: number): Ptr {
  if (n === 0) return space.newRef(space.bytes.empty);
  const size = BYTES_HEADER + n;
  if (!Number.isSafeInteger(size) || size > 2 ** 32) space.rt.noMemory(size);
  const op = space.rt.objectNew(space.bytes.type, size);
  initHeader(space, op, n);
  return op;
}

/** A bytes holding a copy of `data` (b'' and one-byte values are the singletons). */
export function bytes_fromU8(space: ObjectSpace, data: ArrayLike<number>): Ptr {
  if (data.length === 1) return bytes_fromByte(space, data[0]);
  const op = bytes_new(space, data.length);
  space.rt.mem.u8.set(data, op + BYTES_SVAL);
  return op;
}

/** The static one-byte bytes([b]), as a new reference. */
export function bytes_fromByte(space: ObjectSpace, b: number): Ptr {
  return space.newRef((space.bytes.characters + CHAR_SLOT * b) as Ptr);
}

/** len(b). */
export function bytes_len(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.u32[(op + OB_SIZE) >>> 2];
}

/** A copy of the bytes' contents. */
export function bytes_toU8(space: ObjectSpace, op: Ptr): Uint8Array {
  const start = op + BYTES_SVAL;
  return space.rt.mem.u8.slice(start, start + bytes_len(space, op));
}

/**
 * bytes_subscript with a slice already adjusted to the length: `length` bytes from `start`,
 * `step` apart, as a new bytes (the object itself for a whole exact bytes, as in CPython).
 * Copies only the bytes taken.
 */
export function bytes_slice(space: ObjectSpace, op: Ptr, start: number, length: number, step: number): Ptr {
  if (
    step === 1 &&
    start === 0 &&
    length === bytes_len(space, op) &&
    space.rt.typeObject(op) === space.bytes.type
  )
    return space.newRef(op);
  if (length === 1) return bytes_fromByte(space, space.rt.mem.u8[op + BYTES_SVAL + start]);
  const r = bytes_new(space, length);
  const u8 = space.rt.mem.u8; // read after the allocation, which may have grown the heap
  const from = op + BYTES_SVAL + start;
  const to = r + BYTES_SVAL;
  if (step === 1) u8.copyWithin(to, from, from + length);
  else for (let k = 0; k < length; k++) u8[to + k] = u8[from + k * step];
  return r;
}

/** Bytes as a JS string of one char (code unit 0-255) per byte, so positions stay byte positions. */
export function latin1Text(u8: Uint8Array): string {
  let s = '';
  for (let i = 0; i < u8.length; i += 8192) s += String.fromCharCode(...u8.subarray(i, i + 8192));
  return s;
}

/** Below this length, bytes_latin1 decodes every time: keeping the text would not pay. */
const TEXT_CACHE_MIN = 1024;

/**
 * The bytes as a latin-1 JS string (one char per byte). Bytes are immutable, so the text of
 * the last long one is kept while it lives: a program calling find(sub, start) or
 * startswith(prefix, at) in a loop over one big buffer decodes it once, not per call.
 */
export function bytes_latin1(space: ObjectSpace, op: Ptr): string {
  const state = space.bytes;
  if (op === state.textOp) return state.text;
  const n = bytes_len(space, op);
  const start = op + BYTES_SVAL;
  const s = latin1Text(space.rt.mem.u8.subarray(start, start + n));
  if (n >= TEXT_CACHE_MIN) {
    state.textOp = op;
    state.text = s;
  }
  return s;
}

/** b[i] as a new reference to an int (negative i counts from the end). */
export function bytes_getitem(space: ObjectSpace, op: Ptr, index: number): Ptr {
  const n = bytes_len(space, op);
  const i = index < 0 ? index + n : index;
  if (i < 0 || i >= n) raise('IndexError', 'index out of range');
  return long_fromNumber(space, space.rt.mem.u8[op + BYTES_SVAL + i]);
}

/** bytes_concat: a + b (both bytes). */
export function bytes_concat(space: ObjectSpace, a: Ptr, b: Ptr): Ptr {
  if (!bytes_check(space, b)) raise('TypeError', `can't concat ${space.typeName(b)} to bytes`);
  const na = bytes_len(space, a);
  const nb = bytes_len(space, b);
  if (nb === 0 && space.rt.typeObject(a) === space.bytes.type) return space.newRef(a);
  if (na === 0 && space.rt.typeObject(b) === space.bytes.type) return space.newRef(b);
  const r = bytes_new(space, na + nb);
  const u8 = space.rt.mem.u8;
  u8.copyWithin(r + BYTES_SVAL, a + BYTES_SVAL, a + BYTES_SVAL + na);
  u8.copyWithin(r + BYTES_SVAL + na, b + BYTES_SVAL, b + BYTES_SVAL + nb);
  return r;
}

/**
 * bytes_repeat: b * count; OverflowError or MemoryError when too long. As in CPython 3.11, an
 * exact bytes repeated to its own length is itself, and any other result is a new object
 * (b'ab' * 0 is not the b'' singleton).
 */
export function bytes_repeat(space: ObjectSpace, op: Ptr, count: number): Ptr {
  const n = bytes_len(space, op);
  const times = Math.max(count, 0);
  if (times > 0 && BigInt(n) * BigInt(times) > 2n ** 63n - 1n)
    raise('OverflowError', 'repeated bytes are too long');
  const total = n * times;
  if (total === n && space.rt.typeObject(op) === space.bytes.type) return space.newRef(op);
  const size = BYTES_HEADER + total;
  if (!Number.isSafeInteger(size) || size > 2 ** 32) space.rt.noMemory(size);
  const r = space.rt.objectNew(space.bytes.type, size);
  initHeader(space, r, total);
  if (total === 0) return r;
  const u8 = space.rt.mem.u8;
  const data = r + BYTES_SVAL;
  u8.copyWithin(data, op + BYTES_SVAL, op + BYTES_SVAL + n);
  for (let done = n; done < total; ) {
    const chunk = Math.min(done, total - done);
    u8.copyWithin(data + done, data, data + chunk);
    done += chunk;
  }
  return r;
}

/** bytes_hash: siphash13 of the contents (PYTHONHASHSEED=0), cached; folded to 53 bits. */
export function bytes_hash(space: ObjectSpace, op: Ptr): number {
  ensureHash(space, op);
  const at = (op + BYTES_SHASH) >>> 2;
  return foldHash(space.rt.mem.i32[at + 1], space.rt.mem.u32[at]);
}

/** bytes_hash exactly, as Python's hash() shows it. */
export function bytes_hashExact(space: ObjectSpace, op: Ptr): bigint {
  ensureHash(space, op);
  const at = (op + BYTES_SHASH) >>> 2;
  return hashWordsToBig(space.rt.mem.i32[at + 1], space.rt.mem.u32[at]);
}

function ensureHash(space: ObjectSpace, op: Ptr): void {
  const mem = space.rt.mem;
  const at = (op + BYTES_SHASH) >>> 2;
  if (mem.u32[at] !== 0xffffffff || mem.u32[at + 1] !== 0xffffffff) return;
  siphash13(mem.u8, op + BYTES_SVAL, bytes_len(space, op));
  mem.i32[at] = HASH_OUT[0];
  mem.i32[at + 1] = HASH_OUT[1];
}

/** bytes_richcompare: bytewise; NotImplemented for anything but bytes. */
export function bytes_richcompare(space: ObjectSpace, a: Ptr, b: Ptr, op: CompareOp): Ptr {
  if (!bytes_check(space, b)) return space.newRef(space.notImplemented);
  const na = bytes_len(space, a);
  const nb = bytes_len(space, b);
  // As CPython: an object equals itself, and bytes of different lengths differ.
  if (a === b) return newBool(space, compareResult(0, op));
  if (na !== nb && (op === 2 || op === 3)) return newBool(space, op === 3);
  const u8 = space.rt.mem.u8;
  const m = Math.min(na, nb);
  const pa = a + BYTES_SVAL;
  const pb = b + BYTES_SVAL;
  let i = 0;
  while (i < m && u8[pa + i] === u8[pb + i]) i++;
  const c = i < m ? (u8[pa + i] < u8[pb + i] ? -1 : 1) : na < nb ? -1 : na > nb ? 1 : 0;
  return newBool(space, compareResult(c, op));
}

/** bytes_repr: b'…' with Python's quote choice and escapes. */
export function bytes_repr(space: ObjectSpace, op: Ptr): string {
  return bytes_literal(bytes_toU8(space, op));
}

/**
 * The b'…' literal of some bytes (bytes and bytearray reprs). bytearray_repr escapes a
 * single quote even inside double quotes (`escapeSingle`).
 */
export function bytes_literal(data: Uint8Array, escapeSingle = false): string {
  const quote = data.includes(0x27) && !data.includes(0x22) ? 0x22 : 0x27;
  const out: string[] = ['b', String.fromCharCode(quote)];
  for (const c of data) {
    if (c === quote || c === 0x5c || (escapeSingle && c === 0x27)) out.push(`\\${String.fromCharCode(c)}`);
    else if (c === 0x09) out.push('\\t');
    else if (c === 0x0a) out.push('\\n');
    else if (c === 0x0d) out.push('\\r');
    else if (c < 0x20 || c >= 0x7f) out.push(`\\x${c.toString(16).padStart(2, '0')}`);
    else out.push(String.fromCharCode(c));
  }
  out.push(String.fromCharCode(quote));
  return out.join('');
}
