// Runtime raises returned as error handles: the operations generated code uses where an
// exception is often caught one or two frames up (`xs[i]` past the end, `d[k]` missing).
// A JS throw costs V8 a message object and a stack walk (about a microsecond under Node);
// these operations park the exception (Interpreter.errPark) and return its handle instead,
// as CPython's BINARY_SUBSCR returns NULL, and the generated code passes it up by return or
// breaks to its handlers (compiler/expressions.ts's errCheck). Other callers keep the
// throwing operations (getItem, getItemBorrowed). The built-in next() returns its
// StopIteration so too (calls.ts's NativeImpl).

import { OB_SIZE, OB_TYPE, TPFLAGS_HEAPTYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { dict_getItem, LIST_ITEMS, LONG_DIGITS, PyErr, TUPLE_ITEMS } from '../../objects/index.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** A runtime error (a PyException as it is, a PyErr made into its exception object now) parked; returns its error handle. */
    errPark(e: unknown): number;
    /** BINARY_SUBSCR for generated code: as getItemBorrowed, but an exact list's, tuple's or dict's miss comes back as an error handle. */
    subscr(obj: Ptr, key: Ptr, borrowed: number): Ptr;
  }
}

const I = Interpreter.prototype;

I.errPark = function (this: Interpreter, e: unknown): number {
  // No traceback entry yet: the frame that passes the handle on (errUp) or catches it adds it.
  return -this.errs.push(e instanceof PyException ? e : new PyException(this.newErrorObject(e)));
};

I.subscr = function (this: Interpreter, obj: Ptr, key: Ptr, borrowed: number): Ptr {
  const space = this.space;
  const rt = space.rt;
  const mem = rt.mem;
  const type = mem.u32[(obj + OB_TYPE) >>> 2];
  const keyType = mem.u32[(key + OB_TYPE) >>> 2];
  // BINARY_SUBSCR_LIST_INT / _TUPLE_INT: an exact list or tuple and an exact int of one digit.
  if ((type === space.lists.type || type === space.tuples.type) && keyType === space.ints.type) {
    const sk = mem.i32[(key + OB_SIZE) >>> 2];
    if (sk >= -1 && sk <= 1) {
      const size = mem.i32[(obj + OB_SIZE) >>> 2];
      let i = sk * mem.u32[(key + LONG_DIGITS) >>> 2];
      if (i < 0) i += size;
      const list = type === space.lists.type;
      if (i >= 0 && i < size) {
        const item = (
          list
            ? mem.u32[(mem.u32[(obj + LIST_ITEMS) >>> 2] + 8 * i) >>> 2]
            : mem.u32[(obj + TUPLE_ITEMS + 8 * i) >>> 2]
        ) as Ptr;
        rt.incref(item);
        return item;
      }
      // list_item's / tuple_item's IndexError.
      return this.errPark(
        new PyErr('IndexError', list ? 'list index out of range' : 'tuple index out of range'),
      ) as Ptr;
    }
  }
  // dict_subscript of an exact dict (no __missing__), with a key whose hash and compare run
  // no Python code that could see the borrowed references (getItemBorrowed's condition).
  if (type === space.dicts.type && (borrowed === 0 || (rt.typeFlags(key) & TPFLAGS_HEAPTYPE) === 0)) {
    const v = dict_getItem(space, obj, key);
    if (v !== NULL) {
      rt.incref(v);
      return v;
    }
    return this.errPark(Object.assign(new PyErr('KeyError', ''), { argObj: key })) as Ptr;
  }
  return this.getItemBorrowed(obj, key, borrowed);
};
