import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Memory } from '../../src/heap/memory.js';

test('grow() copies the bytes into a bigger buffer', () => {
  const mem = new Memory(1 << 24, 1 << 20);
  mem.u32[10] = 1234;
  assert.equal(mem.grow(3 << 20), true);
  assert.equal(mem.size, 4 << 20);
  assert.equal(mem.u32[10], 1234);
  assert.equal(mem.grow(1 << 25), false);
});
