// deque's operations between its two ends (Modules/_collectionsmodule.c, 3.11): indexing
// (deque_item, deque_ass_item, deque_del_item), rotate, reverse, insert and in-place
// repetition. The searches and comparisons are in dequesearch.ts.

import { OB_SIZE } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import {
  BLOCK_DATA,
  BLOCK_LEFTLINK,
  BLOCK_RIGHTLINK,
  BLOCKLEN,
  block_item,
  block_left,
  block_right,
  block_setItem,
  DQ_LEFTBLOCK,
  DQ_LEFTINDEX,
  DQ_RIGHTBLOCK,
  DQ_RIGHTINDEX,
  deque_bumpState,
  deque_clear,
  deque_freeBlock,
  deque_items,
  deque_len,
  deque_maxlen,
  deque_newBlock,
  dq_get,
  dq_set,
} from './deque.js';
import { deque_appendleftTakeRef, deque_appendTakeRef, deque_popleft } from './dequeends.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';

/** The block and index of item `i` (0 ≤ i < size), walking from the nearer end. */
function locate(space: ObjectSpace, op: Ptr, i: number): [Ptr, number] {
  const size = deque_len(space, op);
  const leftindex = dq_get(space, op, DQ_LEFTINDEX);
  if (i === 0) return [dq_get(space, op, DQ_LEFTBLOCK) as Ptr, leftindex];
  if (i === size - 1) return [dq_get(space, op, DQ_RIGHTBLOCK) as Ptr, dq_get(space, op, DQ_RIGHTINDEX)];
  const at = i + leftindex;
  let n = Math.floor(at / BLOCKLEN);
  let b: Ptr;
  if (i < size >> 1) {
    b = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
    while (--n >= 0) b = block_right(space, b);
  } else {
    n = Math.floor((leftindex + size - 1) / BLOCKLEN) - n;
    b = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
    while (--n >= 0) b = block_left(space, b);
  }
  return [b, at % BLOCKLEN];
}

/** deque_item: d[i] for 0 ≤ i < len (a new reference); IndexError otherwise. */
export function deque_item(space: ObjectSpace, op: Ptr, i: number): Ptr {
  if (!(i >= 0 && i < deque_len(space, op))) raise('IndexError', 'deque index out of range');
  const [b, index] = locate(space, op, i);
  return space.newRef(block_item(space, b, index));
}

/** deque_ass_item: d[i] = v for 0 ≤ i < len; IndexError otherwise. */
export function deque_assItem(space: ObjectSpace, op: Ptr, i: number, v: Ptr): void {
  if (!(i >= 0 && i < deque_len(space, op))) raise('IndexError', 'deque index out of range');
  const [b, index] = locate(space, op, i);
  const old = block_item(space, b, index);
  space.rt.incref(v);
  block_setItem(space, b, index, v);
  space.rt.decref(old);
}

/** deque_del_item: del d[i] for 0 ≤ i < len, by rotating it to the left end. */
export function deque_delItem(space: ObjectSpace, op: Ptr, i: number): void {
  if (!(i >= 0 && i < deque_len(space, op))) raise('IndexError', 'deque index out of range');
  deque_rotate(space, op, -i);
  const item = deque_popleft(space, op);
  try {
    deque_rotate(space, op, i);
  } finally {
    space.rt.decref(item);
  }
}

/**
 * _deque_rotate: moves the last n items to the front (n < 0: the first −n to the back),
 * pointer by pointer across blocks, reusing an emptied block as the next destination.
 */
export function deque_rotate(space: ObjectSpace, op: Ptr, n: number): void {
  const len = deque_len(space, op);
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  const u32 = () => space.rt.mem.u32;
  let b: Ptr = NULL;
  let leftblock = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  let rightblock = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
  let leftindex = dq_get(space, op, DQ_LEFTINDEX);
  let rightindex = dq_get(space, op, DQ_RIGHTINDEX);
  const link = (block: Ptr, at: number, to: Ptr) => {
    u32()[(block + at) >>> 2] = to;
    u32()[(block + at + 4) >>> 2] = 0;
  };
  const move = (src: Ptr, srcIndex: number, dest: Ptr, destIndex: number, m: number) => {
    const w = u32();
    for (let k = 0; k < m; k++) {
      const s = (src + BLOCK_DATA + 8 * (srcIndex + k)) >>> 2;
      const d = (dest + BLOCK_DATA + 8 * (destIndex + k)) >>> 2;
      w[d] = w[s];
      w[d + 1] = w[s + 1];
    }
  };
  deque_bumpState(space, op);
  try {
    while (n > 0) {
      if (leftindex === 0) {
        if (b === NULL) b = deque_newBlock(space, op);
        link(b, BLOCK_RIGHTLINK, leftblock);
        link(leftblock, BLOCK_LEFTLINK, b);
        leftblock = b;
        link(b, BLOCK_LEFTLINK, NULL);
        leftindex = BLOCKLEN;
        b = NULL;
      }
      const m = Math.min(n, rightindex + 1, leftindex);
      rightindex -= m;
      leftindex -= m;
      move(rightblock, rightindex + 1, leftblock, leftindex, m);
      n -= m;
      if (rightindex < 0) {
        b = rightblock;
        rightblock = block_left(space, rightblock);
        link(rightblock, BLOCK_RIGHTLINK, NULL);
        rightindex = BLOCKLEN - 1;
      }
    }
    while (n < 0) {
      if (rightindex === BLOCKLEN - 1) {
        if (b === NULL) b = deque_newBlock(space, op);
        link(b, BLOCK_LEFTLINK, rightblock);
        link(rightblock, BLOCK_RIGHTLINK, b);
        rightblock = b;
        link(b, BLOCK_RIGHTLINK, NULL);
        rightindex = -1;
        b = NULL;
      }
      const m = Math.min(-n, BLOCKLEN - leftindex, BLOCKLEN - 1 - rightindex);
      move(leftblock, leftindex, rightblock, rightindex + 1, m);
      leftindex += m;
      rightindex += m;
      n += m;
      if (leftindex === BLOCKLEN) {
        b = leftblock;
        leftblock = block_right(space, leftblock);
        link(leftblock, BLOCK_LEFTLINK, NULL);
        leftindex = 0;
      }
    }
  } finally {
    if (b !== NULL) deque_freeBlock(space, op, b);
    dq_set(space, op, DQ_LEFTBLOCK, leftblock);
    dq_set(space, op, DQ_RIGHTBLOCK, rightblock);
    dq_set(space, op, DQ_LEFTINDEX, leftindex);
    dq_set(space, op, DQ_RIGHTINDEX, rightindex);
  }
}

/** deque.reverse(): swaps the items in place (the state does not change). */
export function deque_reverse(space: ObjectSpace, op: Ptr): void {
  let leftblock = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  let rightblock = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
  let leftindex = dq_get(space, op, DQ_LEFTINDEX);
  let rightindex = dq_get(space, op, DQ_RIGHTINDEX);
  for (let n = deque_len(space, op) >> 1; --n >= 0; ) {
    const tmp = block_item(space, leftblock, leftindex);
    block_setItem(space, leftblock, leftindex, block_item(space, rightblock, rightindex));
    block_setItem(space, rightblock, rightindex, tmp);
    if (++leftindex === BLOCKLEN) {
      leftblock = block_right(space, leftblock);
      leftindex = 0;
    }
    if (--rightindex < 0) {
      rightblock = block_left(space, rightblock);
      rightindex = BLOCKLEN - 1;
    }
  }
}

/** deque.insert(index, value) (index already an int). */
export function deque_insert(space: ObjectSpace, op: Ptr, index: number, value: Ptr): void {
  const n = deque_len(space, op);
  if (deque_maxlen(space, op) === n) raise('IndexError', 'deque already at its maximum size');
  space.rt.incref(value);
  if (index >= n) {
    deque_appendTakeRef(space, op, value);
    return;
  }
  if (index <= -n || index === 0) {
    deque_appendleftTakeRef(space, op, value);
    return;
  }
  try {
    deque_rotate(space, op, -index);
  } catch (error) {
    space.rt.decref(value);
    throw error;
  }
  if (index < 0) deque_appendTakeRef(space, op, value);
  else deque_appendleftTakeRef(space, op, value);
  deque_rotate(space, op, index);
}

/** deque_inplace_repeat: d *= n. */
export function deque_inplaceRepeat(space: ObjectSpace, op: Ptr, n: number): void {
  const size = deque_len(space, op);
  if (size === 0 || n === 1) return;
  if (n <= 0) {
    deque_clear(space, op);
    return;
  }
  const maxlen = deque_maxlen(space, op);
  if (size === 1) {
    // the common case, repeating one item: fill block by block
    const item = block_item(space, dq_get(space, op, DQ_LEFTBLOCK) as Ptr, dq_get(space, op, DQ_LEFTINDEX));
    if (maxlen >= 0 && n > maxlen) n = maxlen;
    deque_bumpState(space, op);
    let i = 0;
    try {
      while (i < n - 1) {
        let rightindex = dq_get(space, op, DQ_RIGHTINDEX);
        let rightblock = dq_get(space, op, DQ_RIGHTBLOCK) as Ptr;
        if (rightindex === BLOCKLEN - 1) {
          const b = deque_newBlock(space, op);
          const w = space.rt.mem.u32;
          w[(b + BLOCK_LEFTLINK) >>> 2] = rightblock;
          w[(b + BLOCK_LEFTLINK + 4) >>> 2] = 0;
          w[(rightblock + BLOCK_RIGHTLINK) >>> 2] = b;
          w[(rightblock + BLOCK_RIGHTLINK + 4) >>> 2] = 0;
          w[(b + BLOCK_RIGHTLINK) >>> 2] = 0;
          w[(b + BLOCK_RIGHTLINK + 4) >>> 2] = 0;
          rightblock = b;
          dq_set(space, op, DQ_RIGHTBLOCK, b);
          rightindex = -1;
        }
        const m = Math.min(n - 1 - i, BLOCKLEN - 1 - rightindex);
        i += m;
        for (let k = 0; k < m; k++) {
          rightindex++;
          space.rt.incref(item);
          block_setItem(space, rightblock, rightindex, item);
        }
        dq_set(space, op, DQ_RIGHTINDEX, rightindex);
      }
    } finally {
      dq_set(space, op, OB_SIZE, deque_len(space, op) + i);
    }
    return;
  }
  if (size * n > Number.MAX_SAFE_INTEGER) raise('MemoryError', '');
  const seq = deque_items(space, op);
  for (const item of seq) space.rt.incref(item);
  try {
    // fewer repetitions when maxlen would drop them anyway
    if (maxlen >= 0 && n * size > maxlen) n = Math.floor((maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) {
      for (const item of seq) {
        space.rt.incref(item);
        deque_appendTakeRef(space, op, item);
      }
    }
  } finally {
    for (const item of seq) space.rt.decref(item);
  }
}
