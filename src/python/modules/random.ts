// The `random` module: CPython's Mersenne Twister (_randommodule.c: init_genrand,
// init_by_array, genrand_uint32, random(), getrandbits()) on a state object in the heap,
// and the Random class in Python (random-py.ts) on top of it.
// https://docs.python.org/3.11/library/random.html

import type { Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { frexp, newInt, toBigIndex } from './numconv.js';
import { RANDOM_PY } from './random-py.js';
import { sha512 } from './sha512.js';

// The generator's state object (no references: not a GC object).
//
//   +0   ┌──────────────────────────────┐
//        │ ob_refcnt, ob_type           │
//  +16   ├──────────────────────────────┤
//        │ index: next word of mt (u32) │  N → the next call regenerates the whole vector
//  +24   ├──────────────────────────────┤
//        │ mt[0 … 623] (u32 each)       │
// +2520  └──────────────────────────────┘
const MT_INDEX = 16;
const MT_STATE = 24;
const N = 624;
const M = 397;
const MT_SIZE = MT_STATE + 4 * N;

/** One Mersenne Twister's words, viewed in the heap. */
class Twister {
  constructor(
    readonly u32: Uint32Array,
    readonly base: number, // index in u32 of mt[0]
    readonly op: Ptr,
  ) {}

  get index(): number {
    return this.u32[(this.op + MT_INDEX) >>> 2];
  }
  set index(i: number) {
    this.u32[(this.op + MT_INDEX) >>> 2] = i;
  }

  /** init_genrand. */
  initGenrand(s: number): void {
    const mt = this.u32;
    const b = this.base;
    mt[b] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[b + i - 1];
      mt[b + i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: seeding from 32-bit key words. */
  initByArray(key: number[]): void {
    const mt = this.u32;
    const b = this.base;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[b + i - 1];
      mt[b + i] = ((mt[b + i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[b] = mt[b + N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[b + i - 1];
      mt[b + i] = ((mt[b + i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[b] = mt[b + N - 1];
        i = 1;
      }
    }
    mt[b] = 0x80000000;
  }

  /** genrand_uint32. */
  next32(): number {
    const mt = this.u32;
    const b = this.base;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[b + kk] & 0x80000000) | (mt[b + kk + 1] & 0x7fffffff);
        mt[b + kk] = mt[b + kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[b + kk] & 0x80000000) | (mt[b + kk + 1] & 0x7fffffff);
        mt[b + kk] = mt[b + kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[b + N - 1] & 0x80000000) | (mt[b] & 0x7fffffff);
      mt[b + N - 1] = mt[b + M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[b + this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** _Py_HashDouble: CPython's hash of a float (the seed of random.seed(float)). */
function floatHash(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (v === 0) return 0n;
  const [m, e] = frexp(Math.abs(v));
  const mant = BigInt(m * 2 ** 53); // exact: 53 bits
  const exp = (((e - 53) % 61) + 61) % 61;
  let h = ((mant % HASH_MODULUS) << BigInt(exp)) % HASH_MODULUS;
  if (v < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** Fills the random module. */
export function initRandomModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const space = interp.space;
  const rt = space.rt;
  const stateType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'random.MersenneTwister',
    basicsize: MT_SIZE,
    dealloc: (op) => rt.objectFree(op),
  });
  const twister = (op: Ptr): Twister => {
    if (rt.typeObject(op) !== stateType) throw new PyErr('TypeError', 'expected a generator state');
    return new Twister(rt.mem.u32, (op + MT_STATE) >>> 2, op);
  };
  const def = (name: string, f: (args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => f(a, k));

  def('_mt_new', () => {
    const op = rt.objectNew(stateType, MT_SIZE);
    new Twister(rt.mem.u32, (op + MT_STATE) >>> 2, op).initGenrand(5489);
    return op;
  });
  def('_mt_seed', (a, k) => {
    argCount('seed', a, k, 2, 2);
    const mt = twister(a[0]);
    let v: bigint;
    if (a[1] === interp.none) {
      // No seed: time and JS's generator (CPython uses os.urandom; any value is right).
      v = BigInt(Date.now()) * 1000003n + BigInt(Math.floor(Math.random() * 2 ** 52));
    } else if (n.isFloat(a[1])) v = BigInt.asUintN(64, floatHash(n.floatValue(a[1])));
    else v = toBigIndex(interp, a[1]);
    if (v < 0n) v = -v;
    const key: number[] = [];
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    if (key.length === 0) key.push(0);
    mt.initByArray(key);
    return interp.newNone();
  });
  def('_mt_random', (a) => {
    const mt = twister(a[0]);
    const x = mt.next32() >>> 5;
    const y = mt.next32() >>> 6;
    return n.float((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
  });
  def('_mt_getrandbits', (a) => {
    const mt = twister(a[0]);
    const kb = toBigIndex(interp, a[1]);
    if (kb < 0n) throw new PyErr('ValueError', 'number of bits must be non-negative');
    if (kb > 0x7fffffffn) throw new PyErr('OverflowError', 'Python int too large to convert to C int');
    let k = Number(kb);
    if (k === 0) return n.int(0);
    if (k <= 32) return n.int(mt.next32() >>> (32 - k));
    if (k <= 52) {
      // Two words, little-endian, as a JS number (exact below 2^53).
      const lo = mt.next32();
      const hi = mt.next32() >>> (64 - k);
      return n.int(hi * 4294967296 + lo);
    }
    // Words come least significant first; one hex string keeps this linear in k.
    const words: string[] = [];
    for (; k > 0; k -= 32) {
      let w = mt.next32();
      if (k < 32) w >>>= 32 - k;
      words.push(w.toString(16).padStart(8, '0'));
    }
    return n.bigint(BigInt(`0x${words.reverse().join('')}`));
  });
  def('_mt_getstate', (a) => {
    const mt = twister(a[0]);
    const items: Ptr[] = [];
    for (let i = 0; i < N; i++) items.push(newInt(interp, mt.u32[mt.base + i]));
    items.push(n.int(mt.index));
    return n.tuple(items);
  });
  def('_mt_setstate', (a) => {
    const mt = twister(a[0]);
    const state = a[1];
    if (!n.isTuple(state)) throw new PyErr('TypeError', 'state vector must be a tuple');
    const items = n.tupleItems(state);
    if (items.length !== N + 1) throw new PyErr('ValueError', 'state vector is the wrong size');
    const words = items.slice(0, N).map((x) => {
      const v = toBigIndex(interp, x);
      if (v < 0n) throw new PyErr('OverflowError', "can't convert negative int to unsigned");
      if (v > 0xffffffffffffffffn)
        throw new PyErr('OverflowError', 'Python int too large to convert to C unsigned long');
      return Number(v & 0xffffffffn);
    });
    const index = toBigIndex(interp, items[N]);
    if (index < 0n || index > BigInt(N)) throw new PyErr('ValueError', 'invalid state');
    for (let i = 0; i < N; i++) mt.u32[mt.base + i] = words[i];
    mt.index = Number(index);
    return interp.newNone();
  });
  // Version 2 seeding of str and bytes: int.from_bytes(a + sha512(a).digest(), 'big').
  def('_seed_from_bytes', (a) => {
    const data = n.bytesValue(a[0]);
    let hex = '0x0';
    for (const b of [...data, ...sha512(data)]) hex += b.toString(16).padStart(2, '0');
    return n.bigint(BigInt(hex));
  });
  interp.runPythonInto(RANDOM_PY, '<frozen random>', dict);
}
