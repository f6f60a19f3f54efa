// deque's searches and comparisons (Modules/_collectionsmodule.c, 3.11): count, __contains__,
// index and remove, which hold each item while comparing it and stop with an error once a
// comparison changed the deque; rich comparison, item by item like lists; and repr.

import { NULL, type Ptr } from '../heap/index.js';
import {
  BLOCKLEN,
  block_item,
  block_right,
  DQ_LEFTBLOCK,
  DQ_LEFTINDEX,
  deque_check,
  deque_items,
  deque_len,
  deque_maxlenBig,
  deque_state,
  dq_get,
} from './deque.js';
import { deque_delItem } from './dequeops.js';
import { raise } from './errors.js';
import { list_fromArray } from './list.js';
import { richCompare, richCompareBool } from './protocol.js';
import { withReprGuard } from './reprguard.js';
import type { ObjectSpace } from './space.js';
import { CompareOp } from './typeslots.js';

/**
 * Visits the items from position `start`, left to right, while `step` returns true: each
 * item is held (a new reference) while `step` compares it, and a change of the deque's
 * state after a step raises `mutated` (RuntimeError, or IndexError for remove()). Returns
 * the position where `step` stopped, or −1.
 */
function scan(
  space: ObjectSpace,
  op: Ptr,
  start: number,
  stop: number,
  mutated: string,
  step: (item: Ptr) => boolean,
): number {
  const state = deque_state(space, op);
  let b = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  let index = dq_get(space, op, DQ_LEFTINDEX);
  let i = 0;
  for (; i < start - BLOCKLEN; i += BLOCKLEN) b = block_right(space, b);
  for (; i < start; i++) {
    if (++index === BLOCKLEN) {
      b = block_right(space, b);
      index = 0;
    }
  }
  for (; i < stop; i++) {
    const item = space.newRef(block_item(space, b, index));
    let found: boolean;
    try {
      found = step(item);
    } finally {
      space.rt.decref(item);
    }
    if (found) return i;
    if (state !== deque_state(space, op)) raise(mutated, 'deque mutated during iteration');
    if (++index === BLOCKLEN) {
      b = block_right(space, b);
      index = 0;
    }
  }
  return -1;
}

/** deque.count(v). */
export function deque_count(space: ObjectSpace, op: Ptr, v: Ptr): number {
  let count = 0;
  scan(space, op, 0, deque_len(space, op), 'RuntimeError', (item) => {
    if (richCompareBool(space, item, v, CompareOp.EQ)) count++;
    return false;
  });
  return count;
}

/** deque_contains: v in d. */
export function deque_contains(space: ObjectSpace, op: Ptr, v: Ptr): boolean {
  return (
    scan(space, op, 0, deque_len(space, op), 'RuntimeError', (item) =>
      richCompareBool(space, item, v, CompareOp.EQ),
    ) >= 0
  );
}

/** deque.index(v, start, stop) with start and stop already clipped to [0, len]; −1 if absent. */
export function deque_index(space: ObjectSpace, op: Ptr, v: Ptr, start: number, stop: number): number {
  return scan(space, op, start, stop, 'RuntimeError', (item) =>
    richCompareBool(space, item, v, CompareOp.EQ),
  );
}

/** deque.remove(v): the first item equal to v; ValueError "v is not in deque" via `notFound`. */
export function deque_remove(space: ObjectSpace, op: Ptr, v: Ptr, notFound: () => never): void {
  const i = scan(space, op, 0, deque_len(space, op), 'IndexError', (item) =>
    richCompareBool(space, item, v, CompareOp.EQ),
  );
  if (i < 0) notFound();
  deque_delItem(space, op, i);
}

/**
 * A deque iterator's steps without an iterator object (deque_richcompare walks both
 * operands with PyObject_GetIter): each call returns the next item (a new reference) or
 * NULL, or raises RuntimeError once the deque changed.
 */
function cursor(space: ObjectSpace, op: Ptr): () => Ptr {
  let b = dq_get(space, op, DQ_LEFTBLOCK) as Ptr;
  let index = dq_get(space, op, DQ_LEFTINDEX);
  const state = deque_state(space, op);
  let counter = deque_len(space, op);
  return () => {
    if (deque_state(space, op) !== state) {
      counter = 0;
      raise('RuntimeError', 'deque mutated during iteration');
    }
    if (counter === 0) return NULL;
    const item = block_item(space, b, index);
    index++;
    counter--;
    if (index === BLOCKLEN && counter > 0) {
      b = block_right(space, b);
      index = 0;
    }
    return space.newRef(item);
  };
}

/** deque_richcompare: lexicographic, like lists; NotImplemented unless both are deques. */
export function deque_richcompare(space: ObjectSpace, v: Ptr, w: Ptr, op: CompareOp): Ptr {
  if (!deque_check(space, v) || !deque_check(space, w)) return space.newRef(space.notImplemented);
  const vs = deque_len(space, v);
  const ws = deque_len(space, w);
  const bool = (b: boolean) => space.newRef(b ? space.true : space.false);
  if (op === CompareOp.EQ) {
    if (v === w) return bool(true);
    if (vs !== ws) return bool(false);
  }
  if (op === CompareOp.NE) {
    if (v === w) return bool(false);
    if (vs !== ws) return bool(true);
  }
  const rt = space.rt;
  rt.incref(v);
  rt.incref(w);
  try {
    const it1 = cursor(space, v);
    const it2 = cursor(space, w);
    for (;;) {
      const x = it1();
      const y = it2();
      if (x === NULL || y === NULL) {
        // the end of one deque or both
        if (x !== NULL) rt.decref(x);
        if (y !== NULL) rt.decref(y);
        switch (op) {
          case CompareOp.LT:
            return bool(y !== NULL); // w was longer
          case CompareOp.LE:
            return bool(x === NULL); // v was not longer
          case CompareOp.EQ:
            return bool(x === y);
          case CompareOp.NE:
            return bool(x !== y);
          case CompareOp.GT:
            return bool(x !== NULL); // v was longer
          default:
            return bool(y === NULL); // GE: w was not longer
        }
      }
      try {
        if (!richCompareBool(space, x, y, CompareOp.EQ)) return richCompare(space, x, y, op);
      } finally {
        rt.decref(x);
        rt.decref(y);
      }
    }
  } finally {
    rt.decref(v);
    rt.decref(w);
  }
}

/** deque_repr: `deque([...])`, `deque([...], maxlen=N)`, and `[...]` while already printing. */
export function deque_repr(space: ObjectSpace, op: Ptr): string {
  return withReprGuard(space, op, '[...]', () => {
    // PySequence_List(deque): a subclass's own __iter__ decides the items.
    const hook = space.deques.sequenceList;
    const list =
      space.rt.typeObject(op) === space.deques.type || hook === null
        ? list_fromArray(space, deque_items(space, op))
        : hook(op);
    let text: string;
    try {
      text = space.repr(list);
    } finally {
      space.rt.decref(list);
    }
    const full = space.slotsOf(op).name;
    const name = full.slice(full.lastIndexOf('.') + 1);
    const maxlen = deque_maxlenBig(space, op);
    return maxlen >= 0n ? `${name}(${text}, maxlen=${maxlen})` : `${name}(${text})`;
  });
}
