// Hash functions of CPython 3.11 (Python/pyhash.c), computed without BigInt on the hot path.
//
// Strings and bytes hash with SipHash-1-3 over their code units' bytes, keyed as
// PYTHONHASHSEED=0 keys it (an all-zero 128-bit key), so `hash('abc')` is python3's value
// under PYTHONHASHSEED=0. Numbers hash modulo the Mersenne prime 2^61 − 1 so that equal
// ints, bools and floats hash alike.
//
// A CPython hash is a signed 64-bit word; a JS number holds 53 bits. The hash slot returns
// the *folded* hash: the low 53 bits, sign-extended. It is the exact hash whenever
// |hash| < 2^52 (every small int, every integral float below 2^52), and it keeps the low
// bits a hash table probes with. `hash()` as Python prints it is the exact 64-bit value
// (see `exactHash` in hash.ts); both come from the same words, so they always agree.

/** _PyHASH_BITS: numbers hash modulo 2^61 − 1. */
export const HASH_BITS = 61;
/** _PyHASH_MODULUS = 2^61 − 1, as a BigInt. */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF: hash(float('inf')). */
export const HASH_INF = 314159;

import { decompose } from './ratio.js';

const TWO32 = 4294967296;

/** Folds a signed 64-bit hash given as (hi: int32, lo: uint32) to the 53-bit number the hash slot returns. */
export function foldHash(hi: number, lo: number): number {
  const hi21 = (hi << 11) >> 11;
  return hi21 * TWO32 + (lo >>> 0);
}

/** Folds an exact hash given as a BigInt (already in signed 64-bit range). */
export function foldHashBig(h: bigint): number {
  return Number(BigInt.asIntN(53, h));
}

/** An exact hash as a BigInt, from its (hi: int32, lo: uint32) words. */
export function hashWordsToBig(hi: number, lo: number): bigint {
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

/**
 * Result of the last `siphash13` call: [lo, hi] of the signed 64-bit hash (hi as int32),
 * already mapped so that −1 becomes −2 as _Py_HashBytes does.
 */
export const HASH_OUT = new Int32Array(2);

/**
 * _Py_HashBytes with SipHash-1-3 and the all-zero key (PYTHONHASHSEED=0): hashes `len`
 * bytes of `u8` from `start`; leaves the result in HASH_OUT (empty input hashes to 0).
 *
 * Each 64-bit word v0…v3 is a pair of uint32 locals (lo, hi); one loop turn is one SipRound
 * (pyhash.c's HALF_ROUND twice), preceded and followed by the message-word xors: one turn
 * per 8-byte block, one for the last block (with the length in its top byte), then three
 * finalisation rounds after v2 ^= 0xff.
 */
export function siphash13(u8: Uint8Array, start: number, len: number): void {
  if (len === 0) {
    HASH_OUT[0] = 0;
    HASH_OUT[1] = 0;
    return;
  }
  // k0 = k1 = 0, so v0…v3 start as the constants of the SipHash paper.
  let v0l = 0x70736575;
  let v0h = 0x736f6d65;
  let v1l = 0x6e646f6d;
  let v1h = 0x646f7261;
  let v2l = 0x6e657261;
  let v2h = 0x6c796765;
  let v3l = 0x79746573;
  let v3h = 0x74656462;
  const blocks = len >>> 3;
  let lo = 0;
  let tl = 0;
  let th = 0;
  for (let blk = 0; blk <= blocks + 3; blk++) {
    let ml = 0;
    let mh = 0;
    if (blk < blocks) {
      const p = start + 8 * blk;
      ml = (u8[p] | (u8[p + 1] << 8) | (u8[p + 2] << 16) | (u8[p + 3] << 24)) >>> 0;
      mh = (u8[p + 4] | (u8[p + 5] << 8) | (u8[p + 6] << 16) | (u8[p + 7] << 24)) >>> 0;
    } else if (blk === blocks) {
      // The last block: the remaining bytes, and the length's low byte in the top byte.
      const p = start + 8 * blocks;
      const rest = len & 7;
      mh = (len & 0xff) << 24;
      for (let i = 0; i < rest; i++) {
        if (i < 4) ml |= u8[p + i] << (8 * i);
        else mh |= u8[p + i] << (8 * (i - 4));
      }
      ml >>>= 0;
      mh >>>= 0;
    } else if (blk === blocks + 1) {
      v2l = (v2l ^ 0xff) >>> 0;
    }
    v3l = (v3l ^ ml) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    lo = (v0l + v1l) >>> 0;
    v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    lo = (v2l + v3l) >>> 0;
    v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    tl = (v1l << 13) | (v1h >>> 19);
    th = (v1h << 13) | (v1l >>> 19);
    v1l = (tl ^ v0l) >>> 0;
    v1h = (th ^ v0h) >>> 0;
    tl = (v3l << 16) | (v3h >>> 16);
    th = (v3h << 16) | (v3l >>> 16);
    v3l = (tl ^ v2l) >>> 0;
    v3h = (th ^ v2h) >>> 0;
    tl = v0l;
    v0l = v0h;
    v0h = tl;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    lo = (v2l + v1l) >>> 0;
    v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    lo = (v0l + v3l) >>> 0;
    v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    tl = (v1l << 17) | (v1h >>> 15);
    th = (v1h << 17) | (v1l >>> 15);
    v1l = (tl ^ v2l) >>> 0;
    v1h = (th ^ v2h) >>> 0;
    tl = (v3l << 21) | (v3h >>> 11);
    th = (v3h << 21) | (v3l >>> 11);
    v3l = (tl ^ v0l) >>> 0;
    v3h = (th ^ v0h) >>> 0;
    tl = v2l;
    v2l = v2h;
    v2h = tl;
    v0l = (v0l ^ ml) >>> 0;
    v0h = (v0h ^ mh) >>> 0;
  }
  let hl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  const hh = v0h ^ v1h ^ v2h ^ v3h;
  if (hh === -1 && hl === 0xffffffff) hl = 0xfffffffe;
  HASH_OUT[0] = hl;
  HASH_OUT[1] = hh;
}

/** _Py_HashDouble's exact value for a finite, non-NaN `v`, as a BigInt (−1 mapped to −2). */
export function hashDoubleExact(v: number): bigint {
  if (v === 0) return 0n;
  const neg = v < 0;
  const [mant, exp] = decompose(v);
  // 2^61 ≡ 1 (mod 2^61 − 1), so a power of two reduces by its exponent modulo 61.
  const e = ((exp % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let x = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (neg) x = -x;
  return x === -1n ? -2n : x;
}

// ── probing and container hashes ──────────────────────────────────────────────
/** PERTURB_SHIFT of dictobject.c and setobject.c. */
export const PERTURB_SHIFT = 5;

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
