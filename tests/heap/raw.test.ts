import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HeapCorruption, Memory, type Ptr } from '../../src/heap/memory.js';
import { listIndex, RawAllocator, SL_COUNT } from '../../src/heap/raw.js';

const MiB = 1 << 20;

function fresh(size = 4 * MiB): RawAllocator {
  return new RawAllocator(new Memory(size, size), 64);
}

test('listIndex maps sizes to lists that grow with the size', () => {
  assert.equal(listIndex(32), 2);
  assert.equal(listIndex(16 * 15), 15);
  assert.equal(listIndex(16 * 16), SL_COUNT);
  let last = 0;
  for (let size = 32; size < 1 << 30; size = Math.ceil((size * 1.07) / 16) * 16) {
    const i = listIndex(size);
    assert.ok(i >= last, `index of ${size} went down`);
    last = i;
  }
});

test('malloc returns 16-byte aligned payloads that do not overlap', () => {
  const raw = fresh();
  const blocks: [number, number][] = [];
  for (let n = 0; n < 3000; n += 7) {
    const p = raw.malloc(n);
    assert.equal(p % 16, 0);
    assert.ok(raw.usableSize(p) >= Math.max(n, 1));
    blocks.push([p, p + raw.usableSize(p)]);
  }
  blocks.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < blocks.length; i++) assert.ok(blocks[i - 1][1] <= blocks[i][0]);
});

test('freeing every block merges the region back into one free block', () => {
  const raw = fresh();
  const ps: Ptr[] = [];
  for (let i = 0; i < 500; i++) ps.push(raw.malloc(100 + ((i * 97) % 5000)));
  for (let i = 0; i < ps.length; i += 2) raw.free(ps[i]);
  for (let i = 1; i < ps.length; i += 2) raw.free(ps[i]);
  assert.equal(raw.usedBlocks, 0);
  assert.equal(raw.usedBytes, 0);
  const whole = raw.malloc(4 * MiB - 64 - 64);
  assert.equal(whole, raw.start + 16);
});

test('realloc grows in place into a free neighbour and keeps the bytes', () => {
  const raw = fresh();
  const a = raw.malloc(1000);
  const b = raw.malloc(1000);
  raw.mem.u8.fill(7, a, a + 1000);
  raw.free(b);
  const a2 = raw.realloc(a, 1900);
  assert.equal(a2, a);
  assert.equal(raw.mem.u8[a + 999], 7);
  const c = raw.malloc(100);
  const a3 = raw.realloc(a2, 100000);
  assert.notEqual(a3, a);
  assert.equal(raw.mem.u8[a3 + 999], 7);
  assert.equal(raw.realloc(a3, 10), a3);
  raw.free(a3);
  raw.free(c);
  assert.equal(raw.usedBlocks, 0);
});

test('malloc returns NULL when nothing fits and memory cannot grow', () => {
  const raw = fresh(MiB);
  assert.equal(raw.malloc(2 * MiB), 0);
  const p = raw.malloc(MiB / 2);
  assert.notEqual(p, 0);
  assert.equal(raw.malloc(MiB / 2), 0);
  raw.free(p);
  assert.notEqual(raw.malloc(MiB / 2), 0);
});

test('a double free or a wild pointer is refused with HeapCorruption', () => {
  const raw = fresh();
  const p = raw.malloc(600);
  raw.malloc(600);
  raw.free(p);
  assert.throws(() => raw.free(p), HeapCorruption);
  assert.throws(() => raw.free((p + 16) as Ptr), /not returned by the allocator/);
  assert.throws(() => raw.free(3 as Ptr), HeapCorruption);
});
