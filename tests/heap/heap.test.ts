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

test('a realloc that moves a pymalloc block is one realloc event, not an alloc and a free', () => {
  const events: string[] = [];
  const hooks: HeapHooks = {
    alloc: (_p, n, d) => events.push(`alloc ${n} ${d}`),
    free: (_p, d) => events.push(`free ${d}`),
    realloc: (p, q, n, d) => events.push(`realloc ${p === q ? 'same' : 'moved'} ${n} ${d}`),
  };
  const h = new Heap({ capacity: 16 * MiB, hooks });
  const p = h.malloc(64);
  const q = h.realloc(p, 60); // shrinking by less than a quarter keeps the block
  const r = h.realloc(q, 200); // grows into another size class
  const s = h.realloc(r, 2000); // leaves pymalloc for the raw allocator
  const t = h.realloc(s, 4000);
  h.free(t);
  assert.equal(q, p);
  assert.notEqual(r, q);
  assert.deepEqual(events, [
    'alloc 64 object',
    'realloc same 60 object',
    'realloc moved 200 object',
    'realloc moved 2000 object',
    `realloc ${t === s ? 'same' : 'moved'} 4000 object`,
    'free object',
  ]);
  h.checkHeap();
});

test('observers do not change which blocks the allocators hand out', () => {
  const run = (hooks: HeapHooks | undefined) => {
    const h = new Heap({ capacity: 16 * MiB, hooks });
    const addresses: number[] = [];
    let live: number[] = [];
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const op = x % 5;
      if (op < 2 || live.length === 0) live.push(h.malloc(1 + (x % 1200)));
      else if (op === 2) h.free(live.splice(x % live.length, 1)[0] as never);
      else if (op === 3) {
        const k = x % live.length;
        live[k] = h.realloc(live[k] as never, 1 + ((x >> 3) % 1500));
      } else live.push(h.rawMalloc(1 + (x % 3000)) as number) && h.rawFree(live.pop() as never);
      addresses.push(live.at(-1) ?? 0);
    }
    live = [];
    return addresses;
  };
  assert.deepEqual(run({ alloc() {}, free() {}, realloc() {} }), run(undefined));
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
