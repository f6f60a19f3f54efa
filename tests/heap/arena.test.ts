import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARENA_SIZE, ArenaMap } from '../../src/heap/arena.js';

test('the arena map knows exactly which addresses an unaligned arena covers', () => {
  const map = new ArenaMap();
  const base = 5 * ARENA_SIZE + 4096 + 48;
  map.mark(base, true);
  assert.equal(map.contains(base - 1), false);
  assert.equal(map.contains(base), true);
  assert.equal(map.contains(base + ARENA_SIZE - 1), true);
  assert.equal(map.contains(base + ARENA_SIZE), false);
  map.mark(base, false);
  assert.equal(map.contains(base), false);
  assert.equal(map.contains(base + ARENA_SIZE - 1), false);
});

test('the arena map handles slot-aligned arenas, neighbours and addresses near 4 GiB', () => {
  const map = new ArenaMap();
  map.mark(2 * ARENA_SIZE, true);
  map.mark(3 * ARENA_SIZE + 16, true);
  assert.equal(map.contains(2 * ARENA_SIZE), true);
  assert.equal(map.contains(3 * ARENA_SIZE + 15), false);
  assert.equal(map.contains(3 * ARENA_SIZE + 16), true);
  assert.equal(map.contains(4 * ARENA_SIZE + 15), true);
  assert.equal(map.contains(4 * ARENA_SIZE + 16), false);
  const high = 2 ** 32 - 2 * ARENA_SIZE + 32;
  map.mark(high, true);
  assert.equal(map.contains(high + ARENA_SIZE - 1), true);
  assert.equal(map.contains(high - 1), false);
  assert.equal(map.contains(0), false);
});
