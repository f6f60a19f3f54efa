// reversed(seq) (Objects/enumobject.c reversed_new) and the reverse iterators of the
// built-in types that define __reversed__: list, dict and its views, range.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { nativeMethod } from './attrs.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /**
     * reversed(seq): seq.__reversed__() if the type has it, else the sequence protocol
     * backwards in a reversed object (allocated as `subtype` when that is not NULL).
     */
    reversed(seq: Ptr, builtin?: boolean, subtype?: Ptr): Ptr;
  }
}

const I = Interpreter.prototype;

/**
 * What __reduce__ and __setstate__ of a reverse iterator (iterreduce.ts) reach through its
 * `next` closure: the index of the next item (sequences), or the items left (dicts).
 */
export interface ReverseState {
  index?: () => number;
  setIndex?: (i: number) => void;
  /** New references to the items left, in the order they would come. */
  rest?: () => Ptr[];
}

/** A native iterator's `next` closure carrying its ReverseState. */
export type ReverseNext = (() => Ptr) & { reverse?: ReverseState };

I.reversed = function (this: Interpreter, seq: Ptr, builtin = false, subtype: Ptr = NULL): Ptr {
  const n = this.n;
  const type = this.space.rt.typeObject(seq);
  const notReversible = () =>
    new PyErr('TypeError', `'${this.space.typeName(seq)}' object is not reversible`);
  if (this.classes.has(type) && !builtin) {
    const meth = this.typeLookup(type, n.intern('__reversed__'));
    if (meth === this.space.none) throw notReversible();
    if (meth !== NULL) {
      const r = this.callSpecial(seq, '__reversed__', []);
      if (r !== NULL) return r;
    }
  }
  // The built-in __reversed__ methods (a subclass that does not override them inherits them).
  if (this.isSubtype(type, this.rangeType)) return this.rangeReversed(seq);
  if (n.isList(seq)) return listReverseIterator(this, seq);
  if (n.isDict(seq)) return dictReverseIterator(this, seq, seq, 0);
  const view = this.dictViewTypes.indexOf(type);
  if (view >= 0) return dictReverseIterator(this, this.dictViewOf(seq) as Ptr, seq, view);
  // A static type's own __reversed__ added by a module (collections.deque's).
  const own = nativeMethod(this, type, '__reversed__');
  if (own !== undefined) return own(seq, [], null);
  // PySequence_Check: __getitem__ and not a dict.
  // (A class over tuple, str or bytes inherits its base's sq_item.)
  const hasItem =
    (this.classes.has(type) && this.typeLookup(type, n.intern('__getitem__')) !== NULL) ||
    n.isTuple(seq) ||
    n.isStr(seq) ||
    n.isBytes(seq) ||
    O.bytearray_check(this.space, seq);
  if (!hasItem) throw notReversible();
  let i = this.len(seq) - 1;
  // reversed_len: the items left, 0 once the sequence is shorter than that.
  const hint = () => (i >= 0 && this.len(seq) >= i + 1 ? i + 1 : 0);

  // reversed_next: the end of the items releases the sequence (Py_CLEAR(ro->seq)).
  let live = true;
  const next: ReverseNext = () => {
    if (!live) return NULL;
    if (i >= 0) {
      const k = n.int(i--);
      try {
        return this.getItem(seq, k);
      } catch (e) {
        // IndexError or StopIteration (a class's own too) ends the iteration.
        // (A caught PyException owns its reference: swallowing it releases that one.)
        const x = e instanceof PyException ? e.exc : this.toException(e);
        const t = this.space.rt.typeObject(x);
        if (
          !this.exc.isSubtype(t, this.exc.type('IndexError')) &&
          !this.exc.isSubtype(t, this.exc.type('StopIteration'))
        )
          throw e instanceof PyException ? e : new PyException(x);
        this.decref(x);
      } finally {
        this.decref(k);
      }
    }
    i = -1;
    live = false;
    this.setNativeIterRef(it, 0, NULL);
    return NULL;
  };
  next.reverse = { index: () => i, setIndex: (v) => (i = v) };
  const it = this.newNativeIter('reversed', [seq], next, () => (live ? hint() : 0), subtype);
  return it;
};

// listreviter_next: from the end of the live list; a list that shrank ends it.
function listReverseIterator(interp: Interpreter, list: Ptr): Ptr {
  const n = interp.n;
  let i = n.listLen(list) - 1;
  let live = true;
  const next: ReverseNext = () => {
    if (!live) return NULL;
    if (i >= 0 && i < n.listLen(list)) return interp.ref(n.listGet(list, i--));
    // The end releases the list (Py_CLEAR(it->it_seq)).
    i = -1;
    live = false;
    interp.setNativeIterRef(it, 0, NULL);
    return NULL;
  };
  next.reverse = { index: () => i, setIndex: (v) => (i = v) };
  const it = interp.newNativeIter(
    'list_reverseiterator',
    [list],
    next,
    // listreviter_len: the items left, 0 once the list is shorter than that.
    () => (live && i >= 0 && n.listLen(list) >= i + 1 ? i + 1 : 0),
  );
  return it;
}

const REVERSE_NAMES = ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator'];

// dictreviter_iternext: the entries from the last one back; a change of size raises once.
function dictReverseIterator(interp: Interpreter, dict: Ptr, owner: Ptr, kind: number): Ptr {
  const n = interp.n;
  const used = n.size(dict);
  const positions: number[] = [];
  for (let e = n.dictNext(dict, 0); e !== null; e = n.dictNext(dict, e[2])) positions.push(e[2] - 1);
  let k = positions.length - 1;
  // dictreviter_len: the entries left while the dict keeps its size.
  const hint = () => (k >= 0 && n.size(dict) === used ? k + 1 : 0);
  // One step from entry position `at`: the item, or NULL when that entry is gone.
  const itemAt = (ix: number): Ptr => {
    const e = n.dictNext(dict, ix);
    if (e === null || e[2] - 1 !== ix) return NULL;
    if (kind === 0) return interp.ref(e[0]);
    if (kind === 1) return interp.ref(e[1]);
    return n.tuple([interp.ref(e[0]), interp.ref(e[1])]);
  };
  const next: ReverseNext = () => {
    for (;;) {
      if (k < 0) return NULL;
      if (n.size(dict) !== used) {
        k = -1;
        throw new PyErr('RuntimeError', 'dictionary changed size during iteration');
      }
      const item = itemAt(positions[k--]);
      if (item !== NULL) return item;
    }
  };
  // dictiter_reduce walks a copy of the iterator: what is left, the iterator unmoved.
  next.reverse = {
    rest: () => {
      const out: Ptr[] = [];
      for (let j = k; j >= 0; j--) {
        const item = itemAt(positions[j]);
        if (item !== NULL) out.push(item);
      }
      return out;
    },
  };
  return interp.newNativeIter(REVERSE_NAMES[kind], [owner], next, hint);
}
