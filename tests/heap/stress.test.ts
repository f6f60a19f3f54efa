import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Heap } from '../../src/heap/heap.js';
import type { Ptr } from '../../src/heap/memory.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';

// Full mode (PYMM_FULL=1) runs 1,000,000 operations; the default run keeps CI fast.
const OPS = process.env.PYMM_FULL ? 1_000_000 : 150_000;
const CHECK_EVERY = process.env.PYMM_FULL ? 50_000 : 15_000;

test(`random malloc/realloc/free over every size class and large sizes keeps every invariant (${OPS} ops)`, (t) => {
  const seed = testSeed();
  t.diagnostic(`seed ${seed} (rerun with SEED=${seed})`);
  withSeed(seed, () => {
    const rnd = xorshift(seed);
    const heap = new Heap({ capacity: 512 << 20, checked: true });
    const live: Ptr[] = [];
    const sizes: number[] = [];
    const size = () => {
      const r = rnd(100);
      if (r < 85) return 1 + rnd(512);
      if (r < 98) return 513 + rnd(16 * 1024);
      return rnd(2) === 0 ? 0 : 16 * 1024 + rnd(1 << 20);
    };
    // Each block carries a stamp of its index in its first byte, checked when it is freed.
    const stamp = (i: number) => {
      if (sizes[i] > 0) heap.mem.u8[live[i]] = i & 255;
    };
    for (let step = 0; step < OPS; step++) {
      const r = rnd(100);
      if (live.length === 0 || r < 50 - (live.length > 20000 ? 10 : 0)) {
        const n = size();
        live.push(heap.malloc(n));
        sizes.push(n);
        stamp(live.length - 1);
      } else if (r < 60) {
        const i = rnd(live.length);
        const n = size();
        const keep = Math.min(n, sizes[i]);
        const first = keep > 0 ? heap.mem.u8[live[i]] : 0;
        live[i] = heap.realloc(live[i], n);
        sizes[i] = n;
        if (keep > 0) assert.equal(heap.mem.u8[live[i]], first, 'realloc kept the first byte');
        stamp(i);
      } else {
        const i = rnd(live.length);
        if (sizes[i] > 0) assert.equal(heap.mem.u8[live[i]], i & 255, 'block was not overwritten');
        heap.free(live[i]);
        live[i] = live[live.length - 1];
        sizes[i] = sizes[sizes.length - 1];
        live.pop();
        sizes.pop();
        if (i < live.length) stamp(i);
      }
      if (step % CHECK_EVERY === 0) heap.checkHeap();
    }
    heap.checkHeap();
    assert.equal(heap.stats().allocatedBlocks, live.length);
    for (const p of live) heap.free(p);
    heap.checkHeap();
    const s = heap.stats();
    assert.equal(s.allocatedBlocks, 0);
    assert.ok(s.arenas.current <= 1, 'every arena but the one kept went back');
  });
});
