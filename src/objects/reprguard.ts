// Py_ReprEnter / Py_ReprLeave and Py_EnterRecursiveCall for the containers.
//
// The repr guard makes `l = [1]; l.append(l)` print `[1, [...]]`: CPython keeps the
// containers whose repr is in progress in a per-thread list; pymm keeps a set per runtime.
// The recursion guard stands for Py_EnterRecursiveCall: nesting deeper than the recursion
// limit (1000, sys.getrecursionlimit()'s default) raises RecursionError instead of
// overflowing the JS stack, as `repr` and `==` of a 100,000-deep nested list do in CPython.

import type { Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import type { ObjectSpace } from './space.js';

/** The default recursion limit (sys.getrecursionlimit()). */
export const RECURSION_LIMIT = 1000;

interface GuardState {
  inRepr: Set<number>;
  depth: number;
}

const states = new WeakMap<object, GuardState>();

function stateOf(space: ObjectSpace): GuardState {
  let state = states.get(space.rt);
  if (state === undefined) {
    state = { inRepr: new Set(), depth: 0 };
    states.set(space.rt, state);
  }
  return state;
}

/**
 * Py_EnterRecursiveCall(where) … Py_LeaveRecursiveCall around `body`: RecursionError
 * "maximum recursion depth exceeded{where}" past the recursion limit.
 */
export function withRecursionGuard<R>(space: ObjectSpace, where: string, body: () => R): R {
  const state = stateOf(space);
  if (state.depth >= RECURSION_LIMIT) raise('RecursionError', `maximum recursion depth exceeded${where}`);
  state.depth++;
  try {
    return body();
  } catch (error) {
    // The JS stack may run out before the limit (a comparison costs more stack per level
    // than a Python call): report it the same way.
    if (error instanceof RangeError && error.message.includes('call stack')) {
      raise('RecursionError', `maximum recursion depth exceeded${where}`);
    }
    throw error;
  } finally {
    state.depth--;
  }
}

/**
 * Runs `body` as `op`'s repr unless a repr of `op` is already in progress, in which case
 * it returns `placeholder` (Py_ReprEnter returning 1).
 */
export function withReprGuard(space: ObjectSpace, op: Ptr, placeholder: string, body: () => string): string {
  const set = stateOf(space).inRepr;
  if (set.has(op)) return placeholder;
  return withRecursionGuard(space, ' while getting the repr of an object', () => {
    set.add(op);
    try {
      return body();
    } finally {
      set.delete(op);
    }
  });
}
