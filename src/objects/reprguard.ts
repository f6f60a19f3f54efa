// Py_ReprEnter / Py_ReprLeave and Py_EnterRecursiveCall for the containers.
//
// The repr guard makes `l = [1]; l.append(l)` print `[1, [...]]`: CPython keeps the
// containers whose repr is in progress in a per-thread list; pymm keeps a set per runtime.
// The recursion guard stands for Py_EnterRecursiveCall: as in 3.11, its levels and the
// Python frames share one count (an interpreter reports its frames and its limit through
// `host`), so nesting deeper than the recursion limit raises RecursionError instead of
// overflowing the JS stack, as `repr` and `==` of a 100,000-deep nested list do in CPython.

import { NULL, type Ptr } from '../heap/index.js';
import { dict_new, dict_setItem } from './dict.js';
import { PyErr, raise } from './errors.js';
import { list_new } from './list.js';
import type { ObjectSpace } from './space.js';
import { str_internFromJs } from './str.js';

/** The default recursion limit (sys.getrecursionlimit()). */
export const RECURSION_LIMIT = 1000;

/** What the recursion guard counts with: the interpreter's Python frames and its limit. */
export interface RecursionHost {
  /** Python frames running now. */
  pyDepth(): number;
  /** sys.getrecursionlimit(). */
  limit(): number;
}

/** The guard's state for one runtime: reprs in progress and C-level recursion depth. */
export interface GuardState {
  inRepr: Set<number>;
  /** Levels of Py_EnterRecursiveCall now entered. */
  depth: number;
  host: RecursionHost | null;
  /** PyThreadState_GetDict(): made by the first container repr, kept for ever (NULL before). */
  threadDict: Ptr;
}

const states = new WeakMap<object, GuardState>();

/** The recursion guard's state of `space`'s runtime (an interpreter sets its `host`). */
export function recursionGuardState(space: ObjectSpace): GuardState {
  return stateOf(space);
}

function stateOf(space: ObjectSpace): GuardState {
  const cached = space.guardState;
  if (cached !== null) return cached;
  let state = states.get(space.rt);
  if (state === undefined) {
    state = { inRepr: new Set(), depth: 0, host: null, threadDict: NULL };
    states.set(space.rt, state);
  }
  space.guardState = state;
  return state;
}

/**
 * Py_EnterRecursiveCall(where) at once followed by its leave, for a call `levels` deep that
 * runs no Python code (the repr of an int, the write of print's text): RecursionError
 * "maximum recursion depth exceeded{where}" when those levels would pass the limit.
 */
export function checkRecursionHeadroom(space: ObjectSpace, levels: number, where: string): void {
  const state = stateOf(space);
  const host = state.host;
  const used = host === null ? state.depth : state.depth + host.pyDepth();
  if (used + levels > (host === null ? RECURSION_LIMIT : host.limit())) {
    raise('RecursionError', `maximum recursion depth exceeded${where}`);
  }
}

/**
 * Py_EnterRecursiveCall(where) … Py_LeaveRecursiveCall around `body`: RecursionError
 * "maximum recursion depth exceeded{where}" past the recursion limit.
 */
export function withRecursionGuard<R>(space: ObjectSpace, where: string, body: () => R): R {
  const state = enterRecursiveCall(space, where);
  try {
    return body();
  } catch (error) {
    throw recursionErrorFor(error, where);
  } finally {
    state.depth--;
  }
}

/**
 * Py_EnterRecursiveCall(where) without a closure: RecursionError past the limit, else one
 * level more; the caller runs its body in a try whose catch throws recursionErrorFor(error,
 * where) and whose finally takes the level back (`state.depth--` on the returned state).
 */
export function enterRecursiveCall(space: ObjectSpace, where: string): GuardState {
  const state = stateOf(space);
  const host = state.host;
  const used = host === null ? state.depth : state.depth + host.pyDepth();
  if (used >= (host === null ? RECURSION_LIMIT : host.limit())) {
    raise('RecursionError', `maximum recursion depth exceeded${where}`);
  }
  state.depth++;
  return state;
}

/**
 * What a guarded body's error becomes: the JS stack may run out before the limit (a
 * comparison costs more stack per level than a Python call), reported as RecursionError.
 */
export function recursionErrorFor(error: unknown, where: string): unknown {
  if (error instanceof RangeError && error.message.includes('call stack'))
    return new PyErr('RecursionError', `maximum recursion depth exceeded${where}`);
  return error;
}

/**
 * Runs `body` as `op`'s repr unless a repr of `op` is already in progress, in which case
 * it returns `placeholder` (Py_ReprEnter returning 1).
 */
export function withReprGuard(space: ObjectSpace, op: Ptr, placeholder: string, body: () => string): string {
  const state = stateOf(space);
  // Py_ReprEnter's first call makes the thread state's dict and its 'Py_Repr' list: two GC
  // objects that gc.get_count() sees once in a program's life.
  if (state.threadDict === NULL) {
    state.threadDict = dict_new(space);
    const list = list_new(space, 0);
    const key = str_internFromJs(space, 'Py_Repr');
    dict_setItem(space, state.threadDict, key, list);
    space.rt.decref(key);
    space.rt.decref(list);
    for (const op of [state.threadDict, list, key]) space.rt.checker?.markLongLived(op);
  }
  const set = state.inRepr;
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
