// deque's iterators (Modules/_collectionsmodule.c, 3.11): _collections._deque_iterator and
// _collections._deque_reverse_iterator. Either remembers the deque's state when it was made
// and raises RuntimeError once the deque changed.
//
// dequeiterobject (GC; 56 bytes):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ b: block of the next item      │
//   +24  ├────────────────────────────────┤
//        │ index of the next item in b    │
//   +32  ├────────────────────────────────┤
//        │ deque (owned)                  │
//   +40  ├────────────────────────────────┤
//        │ state of the deque when made   │
//   +48  ├────────────────────────────────┤
//        │ counter: items still to give   │
//        └────────────────────────────────┘

import { TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import {
  BLOCKLEN,
  block_item,
  block_left,
  block_right,
  DQ_LEFTBLOCK,
  DQ_LEFTINDEX,
  DQ_RIGHTBLOCK,
  DQ_RIGHTINDEX,
  deque_len,
  deque_state,
  dq_get,
  dq_set,
} from './deque.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';
import { DEFAULT_PY_SLOTS, pointerHash } from './typeslots.js';

const IT_BLOCK = 16;
const IT_INDEX = 24;
const IT_DEQUE = 32;
const IT_STATE = 40;
const IT_COUNTER = 48;
/** sizeof(dequeiterobject). */
export const DEQUEITER_SIZE = 56;

/** Makes the two iterator types. */
export function initDequeIterators(space: ObjectSpace): { iterType: Ptr; reverseIterType: Ptr } {
  const rt = space.rt;
  const common = {
    ...DEFAULT_PY_SLOTS,
    flags: TPFLAGS_HAVE_GC,
    basicsize: DEQUEITER_SIZE,
    hash: pointerHash,
    traverse: (op: Ptr, visit: (child: Ptr) => void) => {
      const d = rt.mem.u32[(op + IT_DEQUE) >>> 2] as Ptr;
      if (d !== NULL) visit(d);
    },
    clear: (op: Ptr) => dequeiter_clear(space, op),
    dealloc: (op: Ptr) => {
      rt.untrack(op);
      dequeiter_clear(space, op);
      rt.gcDel(op);
    },
  };
  return {
    iterType: space.newStaticType({ ...common, name: '_collections._deque_iterator' }),
    reverseIterType: space.newStaticType({ ...common, name: '_collections._deque_reverse_iterator' }),
  };
}

function dequeiter_clear(space: ObjectSpace, op: Ptr): void {
  const d = space.rt.mem.u32[(op + IT_DEQUE) >>> 2] as Ptr;
  if (d === NULL) return;
  dq_set(space, op, IT_DEQUE, NULL);
  space.rt.decref(d);
}

/** deque_iter / deque_reviter: a new (tracked) iterator over `deque`. */
export function dequeiter_new(space: ObjectSpace, deque: Ptr, reverse: boolean): Ptr {
  const rt = space.rt;
  const d = space.deques;
  const it = rt.gcNew(reverse ? d.reverseIterType : d.iterType, DEQUEITER_SIZE);
  dq_set(space, it, IT_BLOCK, dq_get(space, deque, reverse ? DQ_RIGHTBLOCK : DQ_LEFTBLOCK));
  dq_set(space, it, IT_INDEX, dq_get(space, deque, reverse ? DQ_RIGHTINDEX : DQ_LEFTINDEX));
  rt.incref(deque);
  dq_set(space, it, IT_DEQUE, deque);
  rt.mem.u32[(it + IT_STATE) >>> 2] = deque_state(space, deque);
  rt.mem.u32[(it + IT_STATE + 4) >>> 2] = 0;
  dq_set(space, it, IT_COUNTER, deque_len(space, deque));
  rt.track(it);
  return it;
}

/** True for either deque iterator type. */
export function dequeiter_check(space: ObjectSpace, op: Ptr): boolean {
  const t = space.rt.typeObject(op);
  return t === space.deques.iterType || t === space.deques.reverseIterType;
}

/** dequeiter_next / dequereviter_next: the next item (a new reference), or NULL at the end. */
export function dequeiter_next(space: ObjectSpace, it: Ptr): Ptr {
  const reverse = space.rt.typeObject(it) === space.deques.reverseIterType;
  const deque = dq_get(space, it, IT_DEQUE) as Ptr;
  let counter = dq_get(space, it, IT_COUNTER);
  // The reverse iterator looks at its counter first, the forward one at the state.
  if (reverse && counter === 0) return NULL;
  if (deque === NULL) return NULL;
  if (deque_state(space, deque) !== space.rt.mem.u32[(it + IT_STATE) >>> 2]) {
    dq_set(space, it, IT_COUNTER, 0);
    raise('RuntimeError', 'deque mutated during iteration');
  }
  if (counter === 0) return NULL;
  let b = dq_get(space, it, IT_BLOCK) as Ptr;
  let index = dq_get(space, it, IT_INDEX);
  const item = block_item(space, b, index);
  counter--;
  if (reverse) {
    index--;
    if (index < 0 && counter > 0) {
      b = block_left(space, b);
      index = BLOCKLEN - 1;
    }
  } else {
    index++;
    if (index === BLOCKLEN && counter > 0) {
      b = block_right(space, b);
      index = 0;
    }
  }
  dq_set(space, it, IT_BLOCK, b);
  dq_set(space, it, IT_INDEX, index);
  dq_set(space, it, IT_COUNTER, counter);
  return space.newRef(item);
}

/** dequeiter_len: the items the iterator would still give (__length_hint__). */
export function dequeiter_len(space: ObjectSpace, it: Ptr): number {
  return dq_get(space, it, IT_COUNTER);
}
