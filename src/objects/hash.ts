// hash(x) as Python prints it: the exact signed 64-bit hash (the hash slot returns it folded
// to 53 bits, see hashing.ts).

import type { Ptr } from '../heap/index.js';
import { bytes_check, bytes_hashExact } from './bytes.js';
import { complex_check, complex_hashExact } from './complex.js';
import { float_check, float_hashExact } from './float.js';
import { long_check, long_hashExact } from './int.js';
import { memory_hashExact } from './memoryview.js';
import { frozenset_check } from './set.js';
import { frozenset_hash64 } from './setops.js';
import type { ObjectSpace } from './space.js';
import { str_check, str_hashExact } from './str.js';
import { tuple_check, tuple_hash64 } from './tuple.js';

/** PyObject_Hash exactly: ints, floats, strs, bytes, tuples and frozensets by their own rules; others by their slot. */
export function exactHash(space: ObjectSpace, op: Ptr): bigint {
  if (long_check(space, op)) return long_hashExact(space, op);
  if (float_check(space, op)) return float_hashExact(space, op);
  if (str_check(space, op)) return str_hashExact(space, op);
  if (complex_check(space, op)) return complex_hashExact(space, op);
  if (bytes_check(space, op)) return bytes_hashExact(space, op);
  if (tuple_check(space, op)) return BigInt.asIntN(64, tuple_hash64(space, op));
  if (frozenset_check(space, op)) return BigInt.asIntN(64, frozenset_hash64(space, op));
  if (space.rt.typeObject(op) === space.memoryviews.type) return memory_hashExact(space, op);
  return BigInt(space.hash(op));
}
