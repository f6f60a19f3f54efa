// The free lists as sys._debugmallocstats() reports them (_PyObject_DebugTypeStats).

import { formatFreeListLine } from '../heap/index.js';
import type { ObjectSpace } from './space.js';

/** Free-list lines in CPython's order: dict, float, list, tuples of sizes 1..20. */
export function freeListLines(space: ObjectSpace): string[] {
  const lines = [
    formatFreeListLine(space.dicts.freeList.length, 'PyDictObject', 48),
    formatFreeListLine(space.floats.numfree, 'PyFloatObject', 24),
    formatFreeListLine(space.lists.freeList.length, 'PyListObject', 40),
  ];
  space.tuples.numFree.forEach((count, i) => {
    lines.push(formatFreeListLine(count, `${i + 1}-sized PyTupleObject`, 24 + 8 * (i + 1)));
  });
  return lines;
}

/** clear_freelists: empties every type's free list (after each full collection). */
export function clearFreeLists(space: ObjectSpace): void {
  space.rt.hooks.clearFreeLists();
}
