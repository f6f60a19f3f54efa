// Py_ReprEnter / Py_ReprLeave: the guard that makes `l = [1]; l.append(l)` print `[1, [...]]`.
//
// CPython keeps the containers whose repr is in progress in a per-thread list; pymm keeps
// a set per runtime. A container that finds itself already in the set prints its
// placeholder (`[...]`, `{...}`, `(...)`) instead of recursing forever.

import type { Ptr } from '../heap/index.js';
import type { ObjectSpace } from './space.js';

const inProgress = new WeakMap<object, Set<number>>();

/**
 * Runs `body` as `op`'s repr unless a repr of `op` is already in progress, in which case
 * it returns `placeholder` (Py_ReprEnter returning 1).
 */
export function withReprGuard(space: ObjectSpace, op: Ptr, placeholder: string, body: () => string): string {
  let set = inProgress.get(space.rt);
  if (set === undefined) {
    set = new Set();
    inProgress.set(space.rt, set);
  }
  if (set.has(op)) return placeholder;
  set.add(op);
  try {
    return body();
  } finally {
    set.delete(op);
  }
}
