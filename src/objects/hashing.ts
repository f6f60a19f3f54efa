// Hash arithmetic shared by the hashed containers (tuple, dict, set).
//
// A Python hash is a 64-bit signed integer (Py_hash_t). The type slots return it as a JS
// number, exact while |h| < 2^53 (every int hash fits: they are below 2^61 − 1 only for
// huge ints). Tables store the number itself as a float64 in the entry's 8-byte hash word,
// so a stored hash compares equal to a recomputed one bit for bit. Probing needs the
// hash as CPython's size_t (two's complement, 64 bits): `hashLo`/`hashHi` give its two
// 32-bit halves, and `Perturb` is CPython's `size_t perturb` shifted by PERTURB_SHIFT.

/** PERTURB_SHIFT of dictobject.c and setobject.c. */
export const PERTURB_SHIFT = 5;

const TWO32 = 2 ** 32;

/** Low 32 bits of (size_t)hash, unsigned. */
export function hashLo(h: number): number {
  return h >>> 0;
}

/** High 32 bits of (size_t)hash, unsigned (two's complement for negative hashes). */
export function hashHi(h: number): number {
  return Math.floor(h / TWO32) >>> 0;
}

/** CPython's `size_t perturb`: a 64-bit unsigned value kept as two 32-bit halves. */
export class Perturb {
  lo = 0;
  hi = 0;

  /** perturb = (size_t)hash. */
  reset(h: number): void {
    this.lo = hashLo(h);
    this.hi = hashHi(h);
  }

  /** perturb >>= PERTURB_SHIFT; returns the low 32 bits (all a probe of a < 2^32 table needs). */
  shift(): number {
    this.lo = ((this.lo >>> PERTURB_SHIFT) | (this.hi << (32 - PERTURB_SHIFT))) >>> 0;
    this.hi = this.hi >>> PERTURB_SHIFT;
    return this.lo;
  }
}

/**
 * The next probe `(i*5 + perturb + 1) & mask` computed in size_t arithmetic: only the low
 * 32 bits of each term matter for a mask below 2^32.
 */
export function nextProbe(i: number, perturbLo: number, mask: number): number {
  return (((i * 5 + perturbLo + 1) % TWO32) & mask) >>> 0;
}

/** (Py_uhash_t)h as a 64-bit BigInt. */
export function uhash(h: number): bigint {
  return BigInt.asUintN(64, BigInt(h));
}

/** A 64-bit unsigned hash back to Py_hash_t as a JS number (exact below 2^53 in magnitude). */
export function fromUhash(u: bigint): number {
  return Number(BigInt.asIntN(64, u));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/**
 * tuplehash (CPython 3.11, an xxHash-derived mix): the 64-bit unsigned hash of a tuple
 * whose items hash to `lanes` (already Py_uhash_t). Returns the unsigned result.
 */
export function tupleHashLanes(lanes: bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const lane of lanes) {
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  return acc === M64 ? 1546275796n : acc;
}

// _shuffle_bits of setobject.c: spreads an entry's hash before it is xor-ed in.
function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

/**
 * frozenset_hash (CPython 3.11): the unsigned 64-bit hash of a set whose active entries
 * hash to `hashes` (Py_uhash_t). CPython xors every slot's shuffled hash, then removes the
 * effect of the empty and dummy slots again, so only active entries count (in any order).
 */
export function frozensetHashOf(hashes: bigint[]): bigint {
  let hash = 0n;
  for (const h of hashes) hash ^= shuffleBits(h);
  hash ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  return hash === M64 ? 590923713n : hash;
}
