import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDeferredPool } from '../../src/heap/check.js';
import { Heap } from '../../src/heap/heap.js';
import type { Ptr } from '../../src/heap/memory.js';
import { collectStats } from '../../src/heap/stats.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';

// pymalloc puts off filing an emptied pool with its arena while that cannot change any later
// result. These runs drive two heaps through the same operations, one filing at once as
// CPython does, and require the same address from every malloc and the same statistics.

/** Runs `ops` random steps on both heaps; `phase` shapes how many blocks stay live. */
function lockstep(
  seed: number,
  ops: number,
  maxLive: (step: number) => number,
  sizeOf: (r: (n: number) => number) => number,
) {
  const rnd = xorshift(seed);
  const eager = new Heap({ capacity: 256 << 20, checked: true });
  eager.pymalloc.deferFiling = false;
  const lazy = new Heap({ capacity: 256 << 20, checked: true });
  const live: Ptr[] = [];
  for (let step = 0; step < ops; step++) {
    // Drift towards the phase's target while mixing mallocs and frees all along.
    const target = maxLive(step);
    if (live.length === 0 || rnd(100) < (live.length < target ? 70 : 30)) {
      const n = sizeOf(rnd);
      const a = eager.malloc(n);
      const b = lazy.malloc(n);
      assert.equal(b, a, `step ${step}: malloc(${n})`);
      live.push(a);
    } else {
      const i = rnd(live.length);
      const p = live[i];
      live[i] = live[live.length - 1];
      live.pop();
      eager.free(p);
      lazy.free(p);
      checkDeferredPool(lazy);
    }
    if (step % 20_000 === 0) {
      lazy.checkHeap();
      eager.checkHeap();
      assert.deepEqual(collectStats(lazy), collectStats(eager), `step ${step}: statistics`);
    }
  }
  for (const p of live) {
    eager.free(p);
    lazy.free(p);
  }
  lazy.checkHeap();
  assert.deepEqual(collectStats(lazy), collectStats(eager), 'after freeing everything');
  assert.equal(lazy.malloc(24), eager.malloc(24), 'the first block after everything was freed');
}

test('late filing of emptied pools gives the addresses and statistics of filing at once: few live blocks', (t) => {
  const seed = testSeed();
  t.diagnostic(`seed ${seed} (rerun with SEED=${seed})`);
  withSeed(seed, () =>
    lockstep(
      seed,
      120_000,
      () => 3,
      (r) => 1 + r(512),
    ),
  );
});

test('late filing of emptied pools gives the addresses and statistics of filing at once: arenas fill and drain', (t) => {
  const seed = testSeed();
  t.diagnostic(`seed ${seed} (rerun with SEED=${seed})`);
  // Live blocks drift between a handful and ~20,000 large ones (several arenas), so arenas
  // empty, are freed, and usable_arenas is reordered while pools empty and refill.
  const swing = (step: number) => [20_000, 300, 12_000, 8, 6_000][Math.floor(step / 40_000) % 5];
  withSeed(seed, () => lockstep(seed, 200_000, swing, (r) => (r(10) < 8 ? 384 + r(129) : 1 + r(512))));
});

test('late filing of emptied pools gives the addresses and statistics of filing at once: arenas with equal free pools', (t) => {
  const seed = testSeed();
  t.diagnostic(`seed ${seed} (rerun with SEED=${seed})`);
  // Only the largest classes (31–35 blocks a pool), so pools empty often and several arenas
  // often have the same number of free pools: usable_arenas' order is then at stake.
  const swing = (step: number) => [6_000, 1_500, 4_000, 200][Math.floor(step / 30_000) % 4];
  withSeed(seed, () => lockstep(seed, 150_000, swing, (r) => 449 + r(64)));
});
