// Shared helpers for object-layer tests: a checked space and an end-of-test audit.

import assert from 'node:assert/strict';
import { ObjectSpace } from '../../src/objects/index.js';

/** A small space in checked mode (heap and refcounts), with its baseline marked. */
export function checkedSpace(): ObjectSpace {
  const space = new ObjectSpace({ capacity: 32 << 20, checked: true, checkedRefs: true });
  space.rt.checker?.markBaseline();
  return space;
}

/** Asserts no object made since the baseline is alive and every heap and GC-list invariant holds. */
export function audit(space: ObjectSpace): void {
  const checker = space.rt.checker;
  assert.ok(checker, 'audit needs a checked space');
  assert.equal(checker.leakReport(), 'no leaks');
  checker.validateGcLists();
  space.rt.heap.checkHeap();
}
