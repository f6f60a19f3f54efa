// deque's two ends (Modules/_collectionsmodule.c, 3.11): pop, popleft, and the appends that
// trim the opposite end once the deque is longer than its maxlen, adding and freeing blocks
// as the indices leave them; and the space-saving start of extend and extendleft.

import { OB_SIZE } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import {
  BLOCK_LEFTLINK,
  BLOCK_RIGHTLINK,
  BLOCKLEN,
  block_item,
  block_left,
  block_right,
  block_setItem,
  block_setLink,
  CENTER,
  DQ_LEFTBLOCK,
  DQ_LEFTINDEX,
  DQ_RIGHTBLOCK,
  DQ_RIGHTINDEX,
  deque_bumpState,
  deque_freeBlock,
  deque_len,
  deque_maxlen,
  deque_newBlock,
  dq_get,
  dq_set,
} from './deque.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';

// NEEDS_TRIM: 0 ≤ maxlen < size, as one unsigned comparison in C.
function needsTrim(space: ObjectSpace, op: Ptr): boolean {
  const maxlen = deque_maxlen(space, op);
  return maxlen >= 0 && maxlen < deque_len(space, op);
}

/** deque_pop: removes and returns the rightmost item (a new reference). */
export function deque_pop(space: ObjectSpace, op: Ptr): Ptr {
  const size = deque_len(space, op);
  if (size === 0) raise('IndexError', 'pop from an empty deque');
  const rightblock = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
  let rightindex = dq_get(space, op, DQ_RIGHTINDEX);
  const item = block_item(space, rightblock, rightindex);
  rightindex--;
  dq_set(space, op, OB_SIZE, size - 1);
  deque_bumpState(space, op);
  if (rightindex < 0) {
    if (size - 1 > 0) {
      const prev = block_left(space, rightblock);
      deque_freeBlock(space, op, rightblock);
      block_setLink(space, prev, BLOCK_RIGHTLINK, NULL);
      dq_set(space, op, DQ_RIGHTBLOCK, prev);
      rightindex = BLOCKLEN - 1;
    } else {
      // re-center instead of freeing a block
      dq_set(space, op, DQ_LEFTINDEX, CENTER + 1);
      rightindex = CENTER;
    }
  }
  dq_set(space, op, DQ_RIGHTINDEX, rightindex);
  return item;
}

/** deque_popleft: removes and returns the leftmost item (a new reference). */
export function deque_popleft(space: ObjectSpace, op: Ptr): Ptr {
  const size = deque_len(space, op);
  if (size === 0) raise('IndexError', 'pop from an empty deque');
  const leftblock = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  let leftindex = dq_get(space, op, DQ_LEFTINDEX);
  const item = block_item(space, leftblock, leftindex);
  leftindex++;
  dq_set(space, op, OB_SIZE, size - 1);
  deque_bumpState(space, op);
  if (leftindex === BLOCKLEN) {
    if (size - 1 > 0) {
      const next = block_right(space, leftblock);
      deque_freeBlock(space, op, leftblock);
      block_setLink(space, next, BLOCK_LEFTLINK, NULL);
      dq_set(space, op, DQ_LEFTBLOCK, next);
      leftindex = 0;
    } else {
      dq_set(space, op, DQ_RIGHTINDEX, CENTER);
      leftindex = CENTER + 1;
    }
  }
  dq_set(space, op, DQ_LEFTINDEX, leftindex);
  return item;
}

/** deque_append_internal: appends `item` (stolen) at the right; trims the left past maxlen. */
export function deque_appendTakeRef(space: ObjectSpace, op: Ptr, item: Ptr): void {
  let rightindex = dq_get(space, op, DQ_RIGHTINDEX);
  if (rightindex === BLOCKLEN - 1) {
    let b: Ptr;
    try {
      b = deque_newBlock(space, op);
    } catch (error) {
      space.rt.decref(item);
      throw error;
    }
    const rightblock = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
    block_setLink(space, b, BLOCK_LEFTLINK, rightblock);
    block_setLink(space, rightblock, BLOCK_RIGHTLINK, b);
    block_setLink(space, b, BLOCK_RIGHTLINK, NULL);
    dq_set(space, op, DQ_RIGHTBLOCK, b);
    rightindex = -1;
  }
  dq_set(space, op, OB_SIZE, deque_len(space, op) + 1);
  rightindex++;
  dq_set(space, op, DQ_RIGHTINDEX, rightindex);
  block_setItem(space, dq_get(space, op, DQ_RIGHTBLOCK) as Ptr, rightindex, item);
  if (needsTrim(space, op)) space.rt.decref(deque_popleft(space, op));
  else deque_bumpState(space, op);
}

/** deque_appendleft_internal: appends `item` (stolen) at the left; trims the right past maxlen. */
export function deque_appendleftTakeRef(space: ObjectSpace, op: Ptr, item: Ptr): void {
  let leftindex = dq_get(space, op, DQ_LEFTINDEX);
  if (leftindex === 0) {
    let b: Ptr;
    try {
      b = deque_newBlock(space, op);
    } catch (error) {
      space.rt.decref(item);
      throw error;
    }
    const leftblock = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
    block_setLink(space, b, BLOCK_RIGHTLINK, leftblock);
    block_setLink(space, leftblock, BLOCK_LEFTLINK, b);
    block_setLink(space, b, BLOCK_LEFTLINK, NULL);
    dq_set(space, op, DQ_LEFTBLOCK, b);
    leftindex = BLOCKLEN;
  }
  dq_set(space, op, OB_SIZE, deque_len(space, op) + 1);
  leftindex--;
  dq_set(space, op, DQ_LEFTINDEX, leftindex);
  block_setItem(space, dq_get(space, op, DQ_LEFTBLOCK) as Ptr, leftindex, item);
  if (needsTrim(space, op)) space.rt.decref(deque_pop(space, op));
  else deque_bumpState(space, op);
}

/**
 * The space-saving heuristic of deque_extend / deque_extendleft: an empty deque starts
 * filling from the left end of its block (or the right end, for extendleft).
 */
export function deque_startFilling(space: ObjectSpace, op: Ptr, fromLeft: boolean): void {
  if (deque_len(space, op) !== 0) return;
  dq_set(space, op, DQ_LEFTINDEX, fromLeft ? 1 : BLOCKLEN - 1);
  dq_set(space, op, DQ_RIGHTINDEX, fromLeft ? 0 : BLOCKLEN - 2);
}
