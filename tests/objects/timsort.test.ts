import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MergeState } from '../../src/objects/mergestate.js';
import { merge_compute_minrun, powerloop, timsort } from '../../src/objects/timsort.js';
import { rng, seeded } from './keys.js';

// Values 0..span-1 in shapes that reach every part of the sort: runs, descents, duplicates.
function shaped(next: () => number, n: number): number[] {
  const span = 1 + Math.floor(next() * 2 * n);
  const out: number[] = [];
  while (out.length < n) {
    const len = 1 + Math.floor(next() * Math.max(1, n / 3));
    const chunk = Array.from({ length: len }, () => Math.floor(next() * span));
    const shape = Math.floor(next() * 3);
    if (shape === 0) chunk.sort((a, b) => a - b);
    if (shape === 1) chunk.sort((a, b) => b - a);
    out.push(...chunk);
  }
  return out.slice(0, n);
}

test('merge_compute_minrun and powerloop give listsort.txt values', () => {
  assert.deepEqual(
    [0, 1, 63, 64, 65, 127, 128, 129, 2000, 2 ** 20, 2 ** 20 + 1].map(merge_compute_minrun),
    [0, 1, 63, 32, 33, 64, 32, 33, 63, 32, 33],
  );
  // Two halves of 8 meet at the middle: the top of the merge tree.
  assert.equal(powerloop(0, 4, 4, 8), 1);
  assert.equal(powerloop(0, 2, 2, 8), 2);
  assert.equal(powerloop(4, 2, 2, 8), 2);
  assert.equal(powerloop(2, 2, 2, 8), 1);
  assert.equal(powerloop(0, 1, 1, 8), 3);
});

test('timsort sorts stably, moving values with their keys', () => {
  seeded((seed) => {
    const next = rng(seed);
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(next() * 1500);
      const keys = shaped(next, n);
      const values = keys.map((_, i) => i);
      const expected = values.slice().sort((i, j) => keys[i] - keys[j] || i - j);
      const ms = new MergeState<number>(keys.slice(), values, (a, b) => a < b);
      timsort(ms);
      assert.deepEqual(values, expected);
      assert.deepEqual(
        ms.keys,
        expected.map((i) => keys[i]),
      );
    }
  });
});

test('a comparison that throws leaves keys and values a matching permutation', () => {
  seeded((seed) => {
    const next = rng(seed);
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(next() * 1200);
      const original = shaped(next, n);
      const keys = original.slice();
      const values = keys.map((_, i) => i);
      let budget = Math.floor(next() * n * 12);
      const lt = (a: number, b: number) => {
        if (--budget < 0) throw new Error('stop');
        return a < b;
      };
      try {
        timsort(new MergeState<number>(keys, values, lt));
      } catch (error) {
        assert.equal((error as Error).message, 'stop');
      }
      assert.deepEqual(
        values.slice().sort((a, b) => a - b),
        original.map((_, i) => i),
        'every position once',
      );
      assert.deepEqual(
        keys,
        values.map((i) => original[i]),
        'keys follow values',
      );
    }
  });
});

test('an inconsistent comparison still leaves a permutation', () => {
  seeded((seed) => {
    const next = rng(seed);
    for (let round = 0; round < 100; round++) {
      const n = Math.floor(next() * 2000);
      const keys = Array.from({ length: n }, (_, i) => i);
      const bias = 2 + Math.floor(next() * 40);
      timsort(new MergeState<number>(keys, null, () => Math.floor(next() * bias) === 0));
      assert.deepEqual(
        keys.slice().sort((a, b) => a - b),
        Array.from({ length: n }, (_, i) => i),
      );
    }
  });
});
