// The free lists as sys._debugmallocstats() reports them (_PyObject_DebugTypeStats).

import { OB_TYPE } from '../gc/index.js';
import { formatFreeListLine, type Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';
import { tuple_getItem } from './tuple.js';

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

/** How many entries each free list keeps in trimFreeLists (tuples: by size 1 …). */
export interface FreeListKeep {
  dicts: number;
  keys: number;
  floats: number;
  lists: number;
  tuples: readonly number[];
}

/**
 * Frees the most recently saved entries of the dict, dict-keys, float, list and tuple free
 * lists until none is longer than `keep` (the entries below stay where they are).
 */
export function trimFreeLists(space: ObjectSpace, keep: FreeListKeep): void {
  const rt = space.rt;
  const dicts = space.dicts;
  while (dicts.freeList.length > keep.dicts) rt.gcFreeBlock(dicts.freeList.pop() as Ptr);
  while (dicts.keysFreeList.length > keep.keys) rt.heap.free(dicts.keysFreeList.pop() as Ptr);
  const floats = space.floats;
  while (floats.numfree > keep.floats) {
    const op = floats.freeList;
    floats.freeList = rt.mem.u32[(op + OB_TYPE) >>> 2] as Ptr;
    floats.numfree--;
    rt.heap.free(op);
  }
  const lists = space.lists.freeList;
  while (lists.length > keep.lists) rt.gcFreeBlock(lists.pop() as Ptr);
  const tuples = space.tuples;
  tuples.numFree.forEach((_, k) => {
    while (tuples.numFree[k] > (keep.tuples[k] ?? 0)) {
      const op = tuples.freeList[k];
      tuples.freeList[k] = tuple_getItem(space, op, 0);
      tuples.numFree[k]--;
      rt.gcFreeBlock(op);
    }
  });
}
