// CALL_FUNCTION_EX, as 3.11's do_call_core: `f(*args, **kwargs)`.
//
// The positional arguments become an exact tuple (the given one, or PySequence_Tuple of
// any other iterable) and the keywords a dict. Then the callee receives them as CPython's
// would: a function or another vectorcall callable gets an array, and a dict of keywords
// is unpacked into a kwnames tuple (_PyStack_UnpackDict); a type without vectorcall, an
// instance with __call__ or a METH_VARARGS builtin takes the tuple and the dict themselves,
// with no second copy (`argsGiven` tells withTpCall and the varargs wrappers so).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';
import { notIterable } from './ops.js';

declare module './interp.js' {
  interface Interpreter {
    /** CALL_FUNCTION_EX: `positional` (any iterable, stolen) and `kwargs` (a dict, stolen, or 0). */
    callEx(f: Ptr, positional: Ptr, kwargs: Ptr): Ptr;
    /** PySequence_Tuple: a new reference to a tuple of the items of `v`. */
    sequenceTuple(v: Ptr): Ptr;
    /** Set by callEx for the one callee that takes its tuple and dict (see this file). */
    argsGiven: boolean;
    /** The args tuple of the METH_VARARGS builtin running now (gc.get_referrers skips it), or 0. */
    varargsTuple: Ptr;
    /** The keyword-arguments dict of the METH_VARARGS|METH_KEYWORDS builtin running now, or 0. */
    varargsDict: Ptr;
    /** The callee takes the tuple and dict of a tp_call itself (see this file). */
    takesArgsTuple(f: Ptr): boolean;
  }
}

const I = Interpreter.prototype;

I.sequenceTuple = function (this: Interpreter, v: Ptr): Ptr {
  const n = this.n;
  if (n.isTuple(v) && this.space.rt.typeObject(v) === this.space.tuples.type) return this.ref(v);
  if (n.isList(v)) return n.tuple(n.listItems(v).map((x) => this.ref(x)));
  return n.tuple(this.iterToArray(v));
};

I.takesArgsTuple = function (this: Interpreter, f: Ptr): boolean {
  const rt = this.space.rt;
  const type = rt.typeObject(f);
  if (type === this.space.functions.type || type === this.space.methods.type) return false;
  if (this.isNativeCallableType(type)) return this.isVarargsNative(f);
  if (this.isType(f)) return !this.hasVectorcall(f);
  return this.classes.has(type) || this.space.slots(type).call !== null;
};

I.callEx = function (this: Interpreter, f: Ptr, positional: Ptr, kwargs: Ptr): Ptr {
  const n = this.n;
  let tuple: Ptr;
  try {
    tuple = this.sequenceTuple(positional);
  } catch (e) {
    try {
      if (notIterable(this, e, positional)) {
        const tn = this.space.typeName(positional);
        throw new PyErr(
          'TypeError',
          `${this.callableName(f)} argument after * must be an iterable, not ${tn}`,
        );
      }
      throw e;
    } finally {
      this.decref(positional);
      this.decref(f);
      if (kwargs !== NULL) this.decref(kwargs);
    }
  }
  this.decref(positional);
  const args = n.tupleItems(tuple).slice();
  for (const a of args) this.incref(a);
  let kwnames: Ptr[] | null = null;
  if (kwargs !== NULL) {
    kwnames = [];
    for (const [k, v] of n.dictItems(kwargs)) {
      this.incref(v);
      args.push(v);
      kwnames.push(k);
    }
    for (const k of kwnames) this.incref(k);
  }
  try {
    if (this.takesArgsTuple(f)) {
      this.argsGiven = true;
      const outer = this.varargsTuple;
      const outerDict = this.varargsDict;
      this.varargsTuple = tuple;
      this.varargsDict = kwargs;
      try {
        return this.callKw(f, args, kwnames);
      } finally {
        this.varargsTuple = outer;
        this.varargsDict = outerDict;
      }
    }
    return this.withUnpackDict(kwnames, () => this.callKw(f, args, kwnames), args.slice());
  } finally {
    this.argsGiven = false;
    if (kwnames) for (const k of kwnames) this.decref(k);
    this.decref(tuple);
    if (kwargs !== NULL) this.decref(kwargs);
  }
};
