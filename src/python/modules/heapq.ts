// The `heapq` module: CPython's _heapq natives (heappush, heappop, heapify, heapreplace,
// heappushpop and the _max variants) in TS, with the same comparison sequence as
// _heapqmodule.c's siftdown/siftup; nlargest, nsmallest and merge in Python on top.
// https://docs.python.org/3.11/library/heapq.html

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { HEAPQ_PY } from './heapq-py.js';

const PY_LT = 0;

/** `a < b` through the interpreter's rich comparison (user __lt__ included). */
export function lessThan(interp: Interpreter, a: Ptr, b: Ptr): boolean {
  interp.incref(a);
  interp.incref(b);
  try {
    const r = interp.compare(a, b, PY_LT);
    try {
      return interp.truthy(r);
    } finally {
      interp.decref(r);
    }
  } finally {
    interp.decref(a);
    interp.decref(b);
  }
}

/** One heap order: `before(a, b)` is true when a must sit above b. */
type Before = (a: Ptr, b: Ptr) => boolean;

function swap(interp: Interpreter, heap: Ptr, i: number, j: number): void {
  const n = interp.n;
  const a = n.listGet(heap, i);
  const b = n.listGet(heap, j);
  interp.incref(a);
  interp.incref(b);
  n.listSet(heap, i, b);
  n.listSet(heap, j, a);
  interp.decref(a);
  interp.decref(b);
}

function checkSize(interp: Interpreter, heap: Ptr, size: number): void {
  if (interp.n.listLen(heap) !== size) throw new PyErr('RuntimeError', 'list changed size during iteration');
}

// siftdown: moves the item at `pos` up towards `startpos` while it comes before its parent.
function siftdown(interp: Interpreter, heap: Ptr, startpos: number, pos: number, before: Before): void {
  const n = interp.n;
  const size = n.listLen(heap);
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const cmp = before(n.listGet(heap, pos), n.listGet(heap, parentpos));
    checkSize(interp, heap, size);
    if (!cmp) break;
    swap(interp, heap, parentpos, pos);
    pos = parentpos;
  }
}

// siftup: the smaller child bubbles up until a leaf, then siftdown puts the item in place.
function siftup(interp: Interpreter, heap: Ptr, pos: number, before: Before): void {
  const n = interp.n;
  const endpos = n.listLen(heap);
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const cmp = before(n.listGet(heap, childpos), n.listGet(heap, childpos + 1));
      childpos += cmp ? 0 : 1;
      checkSize(interp, heap, endpos);
    }
    swap(interp, heap, childpos, pos);
    pos = childpos;
  }
  siftdown(interp, heap, startpos, pos, before);
}

/** Fills the heapq module. */
export function initHeapqModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const lt: Before = (a, b) => lessThan(interp, a, b);
  const gt: Before = (a, b) => lessThan(interp, b, a);
  // _PyArg_BadArgument's wording: a one-argument function says "argument", None is "None".
  const listArg = (fname: string, heap: Ptr, only: boolean) => {
    if (n.isList(heap)) return;
    const got = heap === interp.none ? 'None' : interp.space.typeName(heap);
    throw new PyErr('TypeError', `${fname}() argument${only ? '' : ' 1'} must be list, not ${got}`);
  };
  const def = (name: string, min: number, max: number, f: (a: Ptr[]) => Ptr) =>
    interp.defNative(dict, name, (_s, a, k) => {
      argCount(name, a, k, min, max);
      listArg(name, a[0], max === 1);
      return f(a);
    });
  def('heappush', 2, 2, ([heap, item]) => {
    n.listAppend(heap, item);
    siftdown(interp, heap, 0, n.listLen(heap) - 1, lt);
    return interp.newNone();
  });
  const pop = (before: Before) => (a: Ptr[]) => {
    const heap = a[0];
    if (n.listLen(heap) === 0) throw new PyErr('IndexError', 'index out of range');
    const last = n.listPop(heap, -1);
    if (n.listLen(heap) === 0) return last;
    const top = interp.ref(n.listGet(heap, 0));
    n.listSet(heap, 0, last);
    interp.decref(last);
    try {
      siftup(interp, heap, 0, before);
    } catch (error) {
      interp.decref(top);
      throw error;
    }
    return top;
  };
  def('heappop', 1, 1, pop(lt));
  def('_heappop_max', 1, 1, pop(gt));
  const replace = (before: Before) => (a: Ptr[]) => {
    const [heap, item] = a;
    if (n.listLen(heap) === 0) throw new PyErr('IndexError', 'index out of range');
    const top = interp.ref(n.listGet(heap, 0));
    n.listSet(heap, 0, item);
    try {
      siftup(interp, heap, 0, before);
    } catch (error) {
      interp.decref(top);
      throw error;
    }
    return top;
  };
  def('heapreplace', 2, 2, replace(lt));
  def('_heapreplace_max', 2, 2, replace(gt));
  def('heappushpop', 2, 2, ([heap, item]) => {
    if (n.listLen(heap) === 0) return interp.ref(item);
    const cmp = lt(n.listGet(heap, 0), item);
    if (!cmp) return interp.ref(item);
    if (n.listLen(heap) === 0) throw new PyErr('IndexError', 'index out of range');
    return replace(lt)([heap, item]);
  });
  const heapify = (before: Before) => (a: Ptr[]) => {
    const heap = a[0];
    for (let i = (n.listLen(heap) >> 1) - 1; i >= 0; i--) siftup(interp, heap, i, before);
    return interp.newNone();
  };
  def('heapify', 1, 1, heapify(lt));
  def('_heapify_max', 1, 1, heapify(gt));
  interp.runPythonInto(HEAPQ_PY, '<frozen heapq>', dict);
}
