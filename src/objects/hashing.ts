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

// SipHash state: v0..v3 as (lo, hi) pairs, and a scratch pair for rotations.
const V = new Uint32Array(8);

// va += vb (mod 2^64).
function add(a: number, b: number): void {
  const lo = V[a] + V[b];
  V[a + 1] = V[a + 1] + V[b + 1] + (lo > 0xffffffff ? 1 : 0);
  V[a] = lo;
}

// va = rotl(va, s) for 0 < s < 32.
function rotl(a: number, s: number): void {
  const lo = V[a];
  const hi = V[a + 1];
  V[a] = (lo << s) | (hi >>> (32 - s));
  V[a + 1] = (hi << s) | (lo >>> (32 - s));
}

// va = rotl(va, 32): swap the halves.
function swap(a: number): void {
  const lo = V[a];
  V[a] = V[a + 1];
  V[a + 1] = lo;
}

// va ^= vb.
function xor(a: number, b: number): void {
  V[a] ^= V[b];
  V[a + 1] ^= V[b + 1];
}

// HALF_ROUND(a, b, c, d, s, t) of pyhash.c.
function halfRound(a: number, b: number, c: number, d: number, s: number, t: number): void {
  add(a, b);
  add(c, d);
  rotl(b, s);
  xor(b, a);
  rotl(d, t);
  xor(d, c);
  swap(a);
}

// One SipRound on (v0, v1, v2, v3) = indexes (0, 2, 4, 6).
function sipRound(): void {
  halfRound(0, 2, 4, 6, 13, 16);
  halfRound(4, 2, 0, 6, 17, 21);
}

/**
 * Result of the last `siphash13` call: [lo, hi] of the signed 64-bit hash (hi as int32),
 * already mapped so that −1 becomes −2 as _Py_HashBytes does.
 */
export const HASH_OUT = new Int32Array(2);

/**
 * _Py_HashBytes with SipHash-1-3 and the all-zero key (PYTHONHASHSEED=0): hashes `len`
 * bytes of `u8` from `start`; leaves the result in HASH_OUT (empty input hashes to 0).
 */
export function siphash13(u8: Uint8Array, start: number, len: number): void {
  if (len === 0) {
    HASH_OUT[0] = 0;
    HASH_OUT[1] = 0;
    return;
  }
  // k0 = k1 = 0, so v_i starts as the constants of the SipHash paper.
  V[0] = 0x70736575;
  V[1] = 0x736f6d65;
  V[2] = 0x6e646f6d;
  V[3] = 0x646f7261;
  V[4] = 0x6e657261;
  V[5] = 0x6c796765;
  V[6] = 0x79746573;
  V[7] = 0x74656462;
  let p = start;
  const end = start + len;
  while (end - p >= 8) {
    const mlo = (u8[p] | (u8[p + 1] << 8) | (u8[p + 2] << 16) | (u8[p + 3] << 24)) >>> 0;
    const mhi = (u8[p + 4] | (u8[p + 5] << 8) | (u8[p + 6] << 16) | (u8[p + 7] << 24)) >>> 0;
    V[6] ^= mlo;
    V[7] ^= mhi;
    sipRound();
    V[0] ^= mlo;
    V[1] ^= mhi;
    p += 8;
  }
  // The last block: the remaining bytes, and the length's low byte in the top byte.
  let blo = 0;
  let bhi = (len & 0xff) << 24;
  const rest = end - p;
  for (let i = 0; i < rest; i++) {
    if (i < 4) blo |= u8[p + i] << (8 * i);
    else bhi |= u8[p + i] << (8 * (i - 4));
  }
  blo >>>= 0;
  bhi >>>= 0;
  V[6] ^= blo;
  V[7] ^= bhi;
  sipRound();
  V[0] ^= blo;
  V[1] ^= bhi;
  V[4] ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  let lo = (V[0] ^ V[2] ^ V[4] ^ V[6]) >>> 0;
  const hi = (V[1] ^ V[3] ^ V[5] ^ V[7]) | 0;
  if (hi === -1 && lo === 0xffffffff) lo = 0xfffffffe;
  HASH_OUT[0] = lo;
  HASH_OUT[1] = hi;
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
