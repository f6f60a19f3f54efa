import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HeapHooks } from '../../src/heap/events.js';
import { Heap } from '../../src/heap/heap.js';
import { HeapCorruption, HeapExhausted, type Ptr } from '../../src/heap/memory.js';

const MiB = 1 << 20;

test('a request past the capacity throws HeapExhausted, and the heap still serves later requests', () => {
  const h = new Heap({ capacity: 8 * MiB, checked: true });
  const ps: Ptr[] = [];
  assert.throws(() => h.malloc(9 * MiB), HeapExhausted);
  let failed = false;
  try {
    for (;;) ps.push(h.malloc(200));
  } catch (e) {
    assert.ok(e instanceof HeapExhausted);
    failed = true;
  }
  assert.ok(failed);
  assert.ok(ps.length > 30000);
  h.checkHeap();
  for (let i = 0; i < 1000; i++) h.free(ps.pop()!);
  ps.push(h.malloc(200));
  h.checkHeap();
  while (ps.length > 0) h.free(ps.pop()!);
  h.checkHeap();
  assert.equal(h.stats().allocatedBlocks, 0);
  const big = h.malloc(3 * MiB);
  h.free(big);
});

test('bad calls give clear errors in checked mode and leave the heap intact', () => {
  const h = new Heap({ capacity: 16 * MiB, checked: true });
  const p = h.malloc(48);
  const q = h.malloc(48);
  h.free(p);
  assert.throws(() => h.free(p), /double free/);
  assert.throws(() => h.free((q + 8) as Ptr), /not returned by the allocator/);
  assert.throws(() => h.malloc(-1), RangeError);
  assert.throws(() => h.malloc(Number.NaN), RangeError);
  assert.throws(() => h.malloc(2.5), RangeError);
  assert.throws(() => h.realloc(q, -5), RangeError);
  const big = h.malloc(5000);
  h.free(big);
  assert.throws(() => h.free(big), HeapCorruption);
  assert.throws(() => h.rawFree(12345 as Ptr), HeapCorruption);
  h.checkHeap();
  h.free(q);
  h.free(0 as Ptr);
  h.checkHeap();
});

test('a heap that starts small grows by copying and keeps every byte', () => {
  const h = new Heap({ capacity: 64 * MiB, initialSize: 2 * MiB, checked: true });
  assert.equal(h.mem.size, 2 * MiB);
  const ps: Ptr[] = [];
  for (let i = 0; i < 50000; i++) {
    const p = h.malloc(1 + (i % 700));
    h.mem.u8[p] = i & 255;
    ps.push(p);
  }
  assert.ok(h.mem.size > 2 * MiB);
  ps.forEach((p, i) => {
    assert.equal(h.mem.u8[p], i & 255);
  });
  h.checkHeap();
  for (const p of ps) h.free(p);
  h.checkHeap();
});

test('addresses above 2 GiB work (pointers are kept in int32 form inside pymalloc)', () => {
  const h = new Heap({ capacity: 4 * 1024 * MiB, checked: true });
  // Pages are committed only when touched: a 2.5 GiB raw block costs nothing resident.
  const hole = h.rawMalloc(2560 * MiB);
  const ps: Ptr[] = [];
  for (let i = 0; i < 20000; i++) ps.push(h.malloc(1 + (i % 512)));
  assert.ok(ps.every((p) => p > 2 ** 31));
  assert.ok(ps.every((p) => h.isPymalloc(p)));
  h.checkHeap();
  for (let i = 0; i < ps.length; i += 2) h.free(ps[i]);
  for (let i = 0; i < ps.length; i += 2) ps[i] = h.malloc(1 + (i % 512));
  assert.ok(ps.every((p) => p > 2 ** 31));
  for (const p of ps) h.free(p);
  h.checkHeap();
  h.rawFree(hole);
  h.checkHeap();
});

test('hooks see every allocation, free and arena event', () => {
  const events: string[] = [];
  const hooks: HeapHooks = {
    alloc: (_p, n, d) => events.push(`alloc ${n} ${d}`),
    free: (_p, d) => events.push(`free ${d}`),
    arenaNew: () => events.push('arena+'),
  };
  const h = new Heap({ capacity: 16 * MiB, hooks });
  const p = h.malloc(10);
  h.free(p);
  const r = h.rawMalloc(10);
  h.rawFree(r);
  assert.deepEqual(events, ['arena+', 'alloc 10 object', 'free object', 'alloc 10 raw', 'free raw']);
  h.setHooks(null);
  h.free(h.malloc(10));
  assert.equal(events.length, 5);
});

test('calloc zeroes reused memory', () => {
  const h = new Heap({ capacity: 16 * MiB });
  const p = h.malloc(64);
  h.mem.u8.fill(0xdd, p, p + 64);
  h.free(p);
  const q = h.calloc(8, 8);
  assert.equal(q, p);
  assert.ok(h.mem.u8.subarray(q, q + 64).every((b) => b === 0));
  const r = h.rawCalloc(100, 10);
  assert.ok(h.mem.u8.subarray(r, r + 1000).every((b) => b === 0));
});
