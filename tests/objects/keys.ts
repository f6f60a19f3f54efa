// Test-only key types for the container tests, standing in for ints until int.ts exists.
//
// `Key` is a non-GC object holding a number `v` and a hash `h` (h = v unless a test forces
// collisions): it hashes, compares and prints like the int `v`, so a python3 script using
// ints is the oracle for what a table of Keys must do (sizes, order, repr).

import { spawnSync } from 'node:child_process';
import type { Ptr } from '../../src/heap/index.js';
import { type CompareOp, DEFAULT_PY_SLOTS, newBool, ObjectSpace } from '../../src/objects/index.js';

const KEY_V = 16;
const KEY_H = 24;
const types = new WeakMap<ObjectSpace, Ptr>();

/** A checked space (heap and refcounts) with the Key type made, its baseline marked. */
export function keySpace(capacity = 64 << 20): ObjectSpace {
  const space = new ObjectSpace({ capacity, checked: true, checkedRefs: true });
  keyType(space);
  space.rt.checker?.markBaseline();
  return space;
}

/**
 * An unchecked space for million-object tests (checked refcounts record a stack per
 * object): `done()` asserts every block allocated since is free again and the heap is sound.
 */
export function bigSpace(capacity = 512 << 20): { space: ObjectSpace; done: () => void } {
  const space = new ObjectSpace({ capacity });
  keyType(space);
  const blocks = space.rt.heap.allocatedBlocks();
  return {
    space,
    done: () => {
      space.gc.collect();
      if (space.rt.heap.allocatedBlocks() !== blocks) {
        throw new Error(`${space.rt.heap.allocatedBlocks() - blocks} block(s) still allocated`);
      }
      space.rt.heap.checkHeap();
    },
  };
}

const strTypes = new WeakMap<ObjectSpace, Ptr>();

/** The Key type of `space` (made on first use). */
export function keyType(space: ObjectSpace): Ptr {
  let t = types.get(space);
  if (t !== undefined) return t;
  t = makeKeyType(space, 'Key');
  types.set(space, t);
  const s = makeKeyType(space, 'StrKey');
  strTypes.set(space, s);
  return t;
}

/**
 * A new StrKey: a Key of another type that a test may declare to be an "exact str" (to
 * drive the dict's unicode-keys kind before str exists); it prints as 'k<v>'.
 */
export function strKey(space: ObjectSpace, v: number, h: number = v): Ptr {
  keyType(space);
  const op = space.rt.objectNew(strTypes.get(space) as Ptr, 32);
  space.rt.mem.f64[(op + KEY_V) >>> 3] = v;
  space.rt.mem.f64[(op + KEY_H) >>> 3] = h;
  return op;
}

/** Whether `op` is a StrKey. */
export function isStrKey(space: ObjectSpace, op: Ptr): boolean {
  return space.rt.typeObject(op) === strTypes.get(space);
}

function makeKeyType(space: ObjectSpace, name: string): Ptr {
  let t: Ptr;
  const f64 = () => space.rt.mem.f64;
  const v = (op: Ptr) => f64()[(op + KEY_V) >>> 3];
  t = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'Key',
    basicsize: 32,
    dealloc: (op) => space.rt.objectFree(op),
    hash: (op) => f64()[(op + KEY_H) >>> 3],
    repr: (op) => (name === 'Key' ? String(v(op)) : `'k${v(op)}'`),
    richcompare: (a, b, op) => {
      if (space.rt.typeObject(b) !== t) return space.newRef(space.notImplemented);
      const x = v(a);
      const y = v(b);
      const r = [x < y, x <= y, x === y, x !== y, x > y, x >= y][op as CompareOp];
      return newBool(space, r);
    },
  });
  return t;
}

/** A new Key that behaves as the int `v`; its hash is `h` (default: hash(v) as for ints). */
export function key(space: ObjectSpace, v: number, h: number = v === -1 ? -2 : v): Ptr {
  const op = space.rt.objectNew(keyType(space), 32);
  space.rt.mem.f64[(op + KEY_V) >>> 3] = v;
  space.rt.mem.f64[(op + KEY_H) >>> 3] = h;
  return op;
}

/** The value of a Key. */
export function keyValue(space: ObjectSpace, op: Ptr): number {
  return space.rt.mem.f64[(op + KEY_V) >>> 3];
}

/** A new `object()`: pointer hash, identity equality. */
export function plainObject(space: ObjectSpace): Ptr {
  return space.rt.objectNew(space.objectType, 16);
}

/** Runs a python3 program that prints one JSON value, and returns that value. */
export function python(code: string): unknown {
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A small seeded PRNG (mulberry32) for random operation sequences. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a random test: $SEED or a fresh one (printed by the caller on failure). */
export function testSeed(): number {
  return process.env.SEED !== undefined
    ? Number(process.env.SEED)
    : (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;
}

/** Runs `body(seed)`, adding the seed to any failure's message. */
export function seeded(body: (seed: number) => void): void {
  const seed = testSeed();
  try {
    body(seed);
  } catch (error) {
    console.error(`failed with SEED=${seed}`);
    throw error;
  }
}
