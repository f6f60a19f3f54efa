import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARENA_SIZE } from '../../src/heap/arena.js';
import { Heap } from '../../src/heap/heap.js';
import type { Ptr } from '../../src/heap/memory.js';
import { numBlocks, POOL_OVERHEAD, POOL_SIZE, poolAddr } from '../../src/heap/pool.js';

const heap = () => new Heap({ capacity: 256 << 20, checked: true });

test('size classes follow CPython 3.11: 16-byte steps, 1021 blocks of 16 B … 31 of 512 B', () => {
  assert.equal(numBlocks(0), 1021);
  assert.equal(numBlocks(31), 31);
  const h = heap();
  for (let n = 1; n <= 512; n++) {
    const p = h.malloc(n);
    assert.equal(h.usableSize(p), Math.ceil(n / 16) * 16);
    assert.ok(h.isPymalloc(p));
    h.free(p);
  }
  h.checkHeap();
});

test('a fresh pool hands out blocks in ascending order, then reuses freed ones LIFO', () => {
  const h = heap();
  const a = h.malloc(32);
  const b = h.malloc(32);
  const c = h.malloc(32);
  assert.equal(a - poolAddr(a), POOL_OVERHEAD);
  assert.equal(b, a + 32);
  assert.equal(c, b + 32);
  h.free(a);
  h.free(c);
  assert.equal(h.malloc(32), c);
  assert.equal(h.malloc(32), a);
  h.checkHeap();
});

test('0 bytes and more than 512 bytes go to the raw allocator', () => {
  const h = heap();
  const z = h.malloc(0);
  const big = h.malloc(513);
  assert.equal(h.isPymalloc(z), false);
  assert.equal(h.isPymalloc(big), false);
  assert.equal(h.stats().raw.objectBlocks, 2);
  h.free(z);
  h.free(big);
  assert.equal(h.stats().raw.objectBlocks, 0);
  h.checkHeap();
});

test('an arena whose base is not pool-aligned has 63 pools, as with mmap in CPython', () => {
  const h = heap();
  h.malloc(16);
  const s = h.stats();
  assert.equal(s.arenas.current, 1);
  assert.equal(s.arenaBytes.arenaAlignment, POOL_SIZE);
  assert.equal(s.arenaBytes.unusedPools, 62);
  assert.equal(s.arenaBytes.total, ARENA_SIZE);
});

test('filling pools of one class uses the arena with the fewest free pools first', () => {
  const h = heap();
  const ps: Ptr[] = [];
  const perArena = 63 * numBlocks(31);
  for (let i = 0; i < perArena * 3; i++) ps.push(h.malloc(512));
  assert.equal(h.stats().arenas.current, 3);
  h.checkHeap();
  // Free one pool's worth in the first arena: that pool goes to the arena's free pools.
  for (let i = 0; i < numBlocks(31); i++) h.free(ps[i]);
  h.checkHeap();
  assert.equal(h.stats().arenaBytes.unusedPools, 1);
  // The next allocation of another class takes that pool, in the first arena.
  const p = h.malloc(16);
  assert.equal(poolAddr(p), poolAddr(ps[0]));
  h.free(p);
  for (let i = numBlocks(31); i < ps.length; i++) h.free(ps[i]);
  h.checkHeap();
});

test('freeing everything returns all arenas but the one CPython keeps (bpo-37257)', () => {
  const h = heap();
  const before = h.stats();
  const ps: Ptr[] = [];
  for (let i = 0; i < 200000; i++) ps.push(h.malloc(1 + ((i * 13) % 512)));
  assert.ok(h.stats().arenas.current > 10);
  for (let i = ps.length - 1; i >= 0; i--) h.free(ps[i]);
  h.checkHeap();
  const s = h.stats();
  assert.equal(s.arenas.current, 1);
  assert.equal(s.arenaBytes.inAllocatedBlocks, 0);
  assert.equal(s.allocatedBlocks, 0);
  assert.equal(s.raw.freeBlocks <= 3, true, 'free raw memory has coalesced');
  assert.equal(before.arenas.current, 0);
  // The next small allocation is served from the kept arena, at the first block of a pool.
  const p = h.malloc(100);
  assert.equal(h.stats().arenas.current, 1);
  assert.equal(p - poolAddr(p), POOL_OVERHEAD);
  h.free(p);
  h.checkHeap();
});

test('realloc keeps a small block that shrinks by less than a quarter and moves it otherwise', () => {
  const h = heap();
  const p = h.malloc(100);
  h.mem.u8.fill(9, p, p + 100);
  assert.equal(h.realloc(p, 112), p);
  assert.equal(h.realloc(p, 90), p);
  const q = h.realloc(p, 40);
  assert.notEqual(q, p);
  assert.equal(h.mem.u8[q + 39], 9);
  const r = h.realloc(q, 2000);
  assert.equal(h.isPymalloc(r), false);
  assert.equal(h.mem.u8[r + 39], 9);
  const s = h.realloc(r, 10);
  assert.equal(h.isPymalloc(s), false, 'a raw block stays raw, as PyObject_Realloc does');
  h.free(s);
  h.checkHeap();
  assert.equal(h.stats().allocatedBlocks, 0);
});

test('checkHeap notices a corrupted pool free list', () => {
  const h = heap();
  const a = h.malloc(64);
  h.malloc(64);
  h.free(a);
  h.mem.u32[a >>> 2] = a; // the freed block now links to itself
  assert.throws(() => h.checkHeap(), /free list has a cycle/);
});
