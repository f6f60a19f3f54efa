// The `bisect` module: CPython's _bisect natives (bisect_left/right, insort_left/right with
// lo, hi and key=), comparing through the interpreter so user __lt__ methods take part.
// https://docs.python.org/3.11/library/bisect.html

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { parseArgs } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { lessThan } from './heapq.js';

const SIGNATURE = ['a', 'x', 'lo', 'hi', '*key'];

/** a[i] (new reference): a list's item directly, any other sequence through __getitem__. */
function itemAt(interp: Interpreter, a: Ptr, i: number): Ptr {
  const n = interp.n;
  if (n.isList(a) && !interp.classes.has(interp.space.rt.typeObject(a))) {
    if (i >= n.listLen(a)) throw new PyErr('IndexError', 'list index out of range');
    return interp.ref(n.listGet(a, i));
  }
  const index = n.int(i);
  try {
    return interp.getItem(a, index);
  } finally {
    interp.decref(index);
  }
}

// internal_bisect_right / internal_bisect_left: the insertion point of x in a[lo:hi].
function search(interp: Interpreter, args: Ptr[], right: boolean): number {
  const [a, x, loArg, hiArg, key] = args;
  let lo = loArg === NULL ? 0 : interp.toIndex(loArg);
  if (lo < 0) throw new PyErr('ValueError', 'lo must be non-negative');
  let hi = hiArg === NULL || hiArg === interp.none ? interp.len(a) : interp.toIndex(hiArg);
  const keyed = key !== NULL && key !== interp.none;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(interp, a, mid);
    try {
      if (keyed) {
        const k = interp.callBorrowed(key, [item]);
        interp.decref(item);
        item = k;
      }
      const goLeft = right ? lessThan(interp, x, item) : !lessThan(interp, item, x);
      if (goLeft) hi = mid;
      else lo = mid + 1;
    } finally {
      interp.decref(item);
    }
  }
  return lo;
}

/** Fills the bisect module. */
export function initBisectModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  for (const [name, right] of [
    ['bisect_right', true],
    ['bisect_left', false],
  ] as const) {
    interp.defNative(dict, name, (_s, a, k) =>
      n.int(search(interp, parseArgs(interp, name, a, k, SIGNATURE, 2), right)),
    );
  }
  for (const [name, right] of [
    ['insort_right', true],
    ['insort_left', false],
  ] as const) {
    interp.defNative(dict, name, (_s, a, k) => {
      const args = parseArgs(interp, name, a, k, SIGNATURE, 2);
      const [seq, x, , , key] = args;
      let index: number;
      if (key === NULL || key === interp.none) index = search(interp, args, right);
      else {
        const kx = interp.callBorrowed(key, [x]);
        try {
          index = search(interp, [seq, kx, args[2], args[3], key], right);
        } finally {
          interp.decref(kx);
        }
      }
      if (n.isList(seq) && !interp.classes.has(interp.space.rt.typeObject(seq))) n.listInsert(seq, index, x);
      else {
        const i = n.int(index);
        interp.incref(x);
        interp.incref(seq); // callMethod consumes the object and the arguments
        const r = interp.callMethod(seq, n.intern('insert'), [i, x]);
        interp.decref(r);
      }
      return interp.newNone();
    });
  }
  // bisect and insort are the _right variants under their short names.
  n.dictSet(dict, n.intern('bisect'), n.dictGet(dict, n.intern('bisect_right')));
  n.dictSet(dict, n.intern('insort'), n.dictGet(dict, n.intern('insort_right')));
}
