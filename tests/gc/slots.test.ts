import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_SLOTS, type TypeSlots, TypeTable } from '../../src/gc/index.js';
import type { Ptr } from '../../src/heap/index.js';

function slots(name: string, extra: Partial<TypeSlots> = {}): TypeSlots {
  return { ...NO_SLOTS, name, dealloc: () => {}, ...extra };
}

test('a removed tp_id is given to the next type, and its collector tables follow the new slots', () => {
  const table = new TypeTable();
  const tuple = table.add(
    100 as Ptr,
    slots('tuple', { maybeUntrack: () => {}, refs: { sizeAt: 16, itemsAt: 24, pointer: false } }),
  );
  const dict = table.add(200 as Ptr, slots('dict', { maybeUntrack: () => {}, untrackInFullOnly: true }));
  assert.deepEqual([table.lazyYoung[tuple], table.lazyFull[tuple]], [1, 1]);
  assert.deepEqual([table.lazyYoung[dict], table.lazyFull[dict]], [0, 2]);
  assert.deepEqual([...table.refs.subarray(3 * tuple, 3 * tuple + 3)], [1, 16, 24]);
  table.remove(tuple);
  assert.equal(table.objects[tuple], 0);
  assert.deepEqual([table.lazyYoung[tuple], table.lazyFull[tuple], table.refs[3 * tuple]], [0, 0, 0]);
  assert.throws(() => table.slots[tuple].dealloc(100 as Ptr), /no valid type/);
  assert.throws(() => table.remove(tuple), /not registered/);
  const list = table.add(300 as Ptr, slots('list', { refs: { sizeAt: 16, itemsAt: 24, pointer: true } }));
  assert.equal(list, tuple);
  assert.equal(table.slots[list].name, 'list');
  assert.deepEqual([...table.refs.subarray(3 * list, 3 * list + 3)], [2, 16, 24]);
  assert.equal(table.size, 3);
});

test('the collector tables grow with the number of live types, not of types ever made', () => {
  const table = new TypeTable();
  for (let i = 0; i < 10_000; i++) table.remove(table.add((16 * (i + 1)) as Ptr, slots(`C${i}`)));
  assert.equal(table.size, 2);
  const ids = Array.from({ length: 1000 }, (_, i) =>
    table.add((16 * (i + 1)) as Ptr, slots(`K${i}`, { maybeUntrack: () => {} })),
  );
  assert.equal(new Set(ids).size, 1000);
  for (const id of ids) assert.equal(table.lazyYoung[id], 1);
  assert.ok(table.lazyYoung.length >= table.size);
});
