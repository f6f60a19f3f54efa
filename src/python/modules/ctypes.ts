// The `_ctypes` natives behind pymm's `ctypes` module: reads of the pymm heap at an address,
// so that `ctypes.c_long.from_address(id(x)).value` shows x's reference count as in
// CPython (an object's address is its id and its first word is ob_refcnt, as in 3.11).
//
// Reads only: a program may read any byte of the heap (a freed block shows pymalloc's
// free-list link, as CPython's would), but never write one, so no Python program can
// corrupt the heap through ctypes. Addresses outside the heap raise ValueError where CPython
// would crash.

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { CTYPES_PY } from './ctypes-py.js';

/** The bytes a ctypes scalar type code reads (struct-module letters, as `_type_`). */
const CODE_SIZES: Record<string, number> = {
  b: 1,
  B: 1,
  '?': 1,
  c: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  f: 4,
  u: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  d: 8,
  P: 8,
  O: 8,
  z: 8,
};

/** The address `op` holds as a JS number, or a TypeError (ctypes' "integer expected"). */
function addressArg(interp: Interpreter, op: Ptr): number {
  if (!interp.n.isInt(op)) throw new PyErr('TypeError', 'integer expected');
  const big = interp.n.intBig(op);
  return big < 0n || big > 2n ** 64n ? -1 : Number(big);
}

/** Throws unless bytes [address, address + size) lie inside the heap (past its NULL page). */
function checkRange(interp: Interpreter, address: number, size: number): void {
  const limit = interp.space.rt.mem.u8.length;
  if (address < 16 || address + size > limit) {
    const shown = address < 0 ? 'a negative address' : `address 0x${address.toString(16)}`;
    throw new PyErr('ValueError', `pymm: cannot read ${size} bytes at ${shown}: outside the pymm heap`);
  }
}

/**
 * The object whose address is `address`, as a new reference, if one plausibly lives there
 * (a positive count and a type object as its type); else ValueError.
 */
function objectAt(interp: Interpreter, address: number): Ptr {
  checkRange(interp, address, 16);
  const rt = interp.space.rt;
  const u32 = rt.mem.u32;
  const inHeap = (p: number) => p >= 16 && p % 8 === 0 && p + 32 <= rt.mem.u8.length;
  // A live object: a positive 64-bit count, and as its type a type object, whose own type
  // (the metatype) is in the heap too.
  const type = u32[(address + 8) >>> 2];
  const live =
    address % 8 === 0 &&
    rt.mem.i32[address >>> 2] > 0 &&
    u32[(address + 4) >>> 2] === 0 &&
    u32[(address + 12) >>> 2] === 0 &&
    inHeap(type) &&
    inHeap(u32[(type + 8) >>> 2]) &&
    u32[(type + 12) >>> 2] === 0 &&
    interp.isType(type as Ptr);
  if (!live) throw new PyErr('ValueError', `pymm: no live object at address 0x${address.toString(16)}`);
  return interp.ref(address as Ptr);
}

/** A value of type code `code` read at `address` (a checked range) as a new reference. */
function readValue(interp: Interpreter, address: number, code: string): Ptr {
  const n = interp.n;
  const mem = interp.space.rt.mem;
  const view = new DataView(mem.u8.buffer, mem.u8.byteOffset);
  switch (code) {
    case 'b':
      return n.int(view.getInt8(address));
    case 'B':
      return n.int(view.getUint8(address));
    case '?':
      return interp.bool(view.getUint8(address) !== 0);
    case 'c':
      return n.bytes(mem.u8.slice(address, address + 1));
    case 'h':
      return n.int(view.getInt16(address, true));
    case 'H':
      return n.int(view.getUint16(address, true));
    case 'i':
      return n.int(view.getInt32(address, true));
    case 'I':
      return n.int(view.getUint32(address, true));
    case 'u':
      return n.int(view.getUint32(address, true));
    case 'f':
      return n.float(view.getFloat32(address, true));
    case 'd':
      return n.float(view.getFloat64(address, true));
    case 'l':
    case 'q':
      return n.bigint(view.getBigInt64(address, true));
    default:
      return n.bigint(view.getBigUint64(address, true));
  }
}

/** Fills the `_ctypes` module: `_heap_read`, `_heap_bytes`, `_object_at`, `_sizes`, then ctypes' Python layer. */
export function initCtypesNative(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.defNative(dict, '_heap_read', (_s, a, k) => {
    argCount('_heap_read', a, k, 2, 2);
    const address = addressArg(interp, a[0]);
    const code = n.jsStr(a[1]);
    const size = CODE_SIZES[code];
    if (size === undefined) throw new PyErr('ValueError', `unknown type code '${code}'`);
    checkRange(interp, address, size);
    return readValue(interp, address, code);
  });
  interp.defNative(dict, '_heap_bytes', (_s, a, k) => {
    argCount('_heap_bytes', a, k, 2, 2);
    const address = addressArg(interp, a[0]);
    let size = interp.toIndex(a[1]);
    const u8 = interp.space.rt.mem.u8;
    if (size < 0) {
      // string_at's default: up to the first NUL byte.
      checkRange(interp, address, 1);
      const end = u8.indexOf(0, address);
      size = (end < 0 ? u8.length : end) - address;
    }
    checkRange(interp, address, size);
    return n.bytes(u8.slice(address, address + size));
  });
  interp.defNative(dict, '_object_at', (_s, a, k) => {
    argCount('_object_at', a, k, 1, 1);
    return objectAt(interp, addressArg(interp, a[0]));
  });
  interp.defNative(dict, '_type_size', (_s, a, k) => {
    argCount('_type_size', a, k, 1, 1);
    const size = CODE_SIZES[n.jsStr(a[0])];
    if (size === undefined) throw new PyErr('ValueError', `unknown type code '${n.jsStr(a[0])}'`);
    return n.int(size);
  });
}

/** Fills the `ctypes` module (Python, over `_ctypes`). */
export function initCtypesModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(CTYPES_PY, '<frozen ctypes>', dict);
}
