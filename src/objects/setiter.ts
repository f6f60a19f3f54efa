// Walking a set's table for iteration (setiter_iternext): one live entry at a time.

import { NULL, type Ptr } from '../heap/index.js';
import { field, SET_MASK, SET_TABLE, SETENTRY_SIZE } from './set.js';
import type { ObjectSpace } from './space.js';

/** The first live key at or after table slot `pos`, with the next position (borrowed), or null at the end. */
export function set_next(space: ObjectSpace, op: Ptr, pos: number): { key: Ptr; pos: number } | null {
  const table = field(space, op, SET_TABLE);
  const mask = field(space, op, SET_MASK);
  const dummy = space.sets.dummy;
  const u32 = space.rt.mem.u32;
  for (let i = pos; i <= mask; i++) {
    const key = u32[(table + SETENTRY_SIZE * i) >>> 2] as Ptr;
    if (key !== NULL && key !== dummy) return { key, pos: i + 1 };
  }
  return null;
}
