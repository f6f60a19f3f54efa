import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  dict_new,
  dict_setItem,
  dict_size,
  isMemoryError,
  list_append,
  list_items,
  list_new,
  list_size,
  type ObjectSpace,
  set_add,
  set_new,
  set_size,
} from '../../src/objects/index.js';
import { key, keySpace, keyValue } from './keys.js';
import { audit } from './support.js';

// Grows a container one Key at a time until the heap runs out; returns how many went in.
function fill(s: ObjectSpace, add: (k: Ptr) => void): number {
  let n = 0;
  for (;;) {
    let k: Ptr;
    try {
      k = key(s, n);
    } catch (error) {
      assert.ok(isMemoryError(error));
      return n;
    }
    try {
      add(k);
      n++;
    } catch (error) {
      assert.ok(isMemoryError(error), String(error));
      return n;
    } finally {
      s.rt.decref(k);
    }
  }
}

test('running out of heap while growing a list, a dict or a set leaves each consistent and leak-free', () => {
  for (const kind of ['list', 'dict', 'set']) {
    const s = keySpace(2 << 20);
    // Tens of thousands of objects: skip the JS stack capture per allocation.
    if (s.rt.checker) s.rt.checker.siteProvider = () => kind;
    const c = kind === 'list' ? list_new(s) : kind === 'dict' ? dict_new(s) : set_new(s);
    const n = fill(s, (k) => {
      if (kind === 'list') list_append(s, c, k);
      else if (kind === 'dict') dict_setItem(s, c, k, k);
      else set_add(s, c, k);
    });
    assert.ok(n > 1000, `${kind}: ${n} items before MemoryError`);
    s.rt.heap.checkHeap();
    const size = kind === 'list' ? list_size(s, c) : kind === 'dict' ? dict_size(s, c) : set_size(s, c);
    // A set or dict may hold the item whose insert failed in the resize that followed it.
    assert.ok(size === n || (kind !== 'list' && size === n + 1), `${kind}: size ${size} after ${n} inserts`);
    if (kind === 'list')
      assert.deepEqual(
        list_items(s, c)
          .slice(-3)
          .map((k) => keyValue(s, k)),
        [n - 3, n - 2, n - 1],
      );
    s.rt.decref(c);
    audit(s);
  }
});
