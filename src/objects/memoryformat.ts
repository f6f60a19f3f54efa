// The struct formats a memoryview understands (Objects/memoryobject.c: get_native_fmtchar,
// unpack_single, pack_single): native single-character formats, optionally prefixed with
// '@', read and written little-endian at their native sizes.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';

/** Native sizes of the single-character formats (struct's '@' mode on x86-64). */
const NATIVE_SIZES: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  '?': 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  P: 8,
};

/** get_native_fmtchar: the item size of a native single-character format ('@' allowed), or -1. */
export function nativeFormatSize(format: string): number {
  const c = format.length === 2 && format[0] === '@' ? format[1] : format.length === 1 ? format : '';
  return NATIVE_SIZES[c] ?? -1;
}

/** The format character without its '@' (what adjust_fmt checks and the views store). */
export function formatChar(format: string): string {
  return format.length === 2 && format[0] === '@' ? format[1] : format;
}

/** IS_BYTE_FORMAT: 'b', 'B' or 'c'. */
export function isByteFormat(c: string): boolean {
  return c === 'b' || c === 'B' || c === 'c';
}

/** An unpacked item as JS: a number, a bigint (64-bit integers), a bool or the byte of 'c'. */
export type MemoryItem = number | bigint | boolean | { byte: number };

const scratch = new DataView(new ArrayBuffer(8));

/** unpack_single's value of the item of format `c` at `at` (in JS terms). */
export function unpackItem(space: ObjectSpace, c: string, at: Ptr): MemoryItem {
  const u8 = space.rt.mem.u8;
  const size = NATIVE_SIZES[c];
  for (let i = 0; i < size; i++) scratch.setUint8(i, u8[at + i]);
  switch (c) {
    case 'B':
      return scratch.getUint8(0);
    case 'b':
      return scratch.getInt8(0);
    case 'c':
      return { byte: scratch.getUint8(0) };
    case '?':
      return scratch.getUint8(0) !== 0;
    case 'h':
      return scratch.getInt16(0, true);
    case 'H':
      return scratch.getUint16(0, true);
    case 'i':
      return scratch.getInt32(0, true);
    case 'I':
      return scratch.getUint32(0, true);
    case 'l':
    case 'q':
    case 'n':
      return scratch.getBigInt64(0, true);
    case 'L':
    case 'Q':
    case 'N':
    case 'P':
      return scratch.getBigUint64(0, true);
    case 'f':
      return scratch.getFloat32(0, true);
    case 'd':
      return scratch.getFloat64(0, true);
  }
  return raise('NotImplementedError', `memoryview: format ${c} not supported`);
}

/** Integer ranges of the integer formats, as [min, max]. */
const RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n],
  b: [-128n, 127n],
  h: [-(2n ** 15n), 2n ** 15n - 1n],
  H: [0n, 2n ** 16n - 1n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

/** Whether `c` is one of the integer formats (their values go in as ints). */
export function isIntegerFormat(c: string): boolean {
  return RANGES[c] !== undefined;
}

/**
 * pack_single: stores `value` (already converted by the caller: a bigint for the integer
 * formats, a number for f/d, a boolean for '?', a byte for 'c') at `at`; a value out of
 * the format's range raises ValueError("memoryview: invalid value for format ...").
 */
export function packItem(space: ObjectSpace, c: string, at: Ptr, value: bigint | number | boolean): void {
  const range = RANGES[c];
  if (range !== undefined) {
    const v = value as bigint;
    if (v < range[0] || v > range[1]) raise('ValueError', `memoryview: invalid value for format '${c}'`);
    scratch.setBigUint64(0, BigInt.asUintN(64, v), true);
  } else if (c === 'f') {
    const v = value as number;
    if (Number.isFinite(v) && !Number.isFinite(Math.fround(v)))
      raise('OverflowError', 'float too large to pack with f format');
    scratch.setFloat32(0, v, true);
  } else if (c === 'd') {
    scratch.setFloat64(0, value as number, true);
  } else if (c === '?') {
    scratch.setUint8(0, value ? 1 : 0);
  } else if (c === 'c') {
    scratch.setUint8(0, value as number);
  } else {
    raise('NotImplementedError', `memoryview: format ${c} not supported`);
  }
  const u8 = space.rt.mem.u8;
  const size = NATIVE_SIZES[c];
  for (let i = 0; i < size; i++) u8[at + i] = scratch.getUint8(i);
}
