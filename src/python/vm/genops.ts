// What a generator does besides next(): throw() and close() (with the delegation of a
// suspended `yield from`), and the `yield from` steps the generated code calls. CPython
// 3.11 genobject.c: _gen_throw, gen_close, gen_close_iter, _PyGen_yf; ceval.c:
// GET_YIELD_FROM_ITER, SEND.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { EXC, PyException } from './exceptions.js';
import { FRAME_CLEARED, FRAME_CREATED, FRAME_SUSPENDED, type GenState } from './generators.js';
import { genKind, PYGEN_NEXT, stopIteration } from './gensend.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Generated code: the error a resumption with 0 asks it to raise. */
    genThrown(): PyException;
    /** gen.throw(typ[, val[, tb]]) (borrowed; 0 for absent): the value yielded next. */
    genThrow(gen: Ptr, typ: Ptr, val: Ptr, tb: Ptr): Ptr;
    /** gen_close_iter: closes the iterator a `yield from` delegates to. */
    genCloseIter(yf: Ptr): void;
    /** GET_YIELD_FROM_ITER (obj stolen): a generator as it is, else iter(obj). */
    yieldFromIter(obj: Ptr): Ptr;
    /** The first SEND of a `yield from`: the sub-iterator's first value, or 0 when it is done at once. */
    yieldFromFirst(yf: Ptr): Ptr;
    /** The result of a `yield from` that finished in yieldFromFirst (a new reference). */
    yieldFromResult(): Ptr;
    /** SEND: `yf.send(arg)` (arg borrowed): the value yielded, or 0 with the result in yfValue. */
    yfSend(yf: Ptr, arg: Ptr): Ptr;
  }
}

const I = Interpreter.prototype;

I.genThrown = function (this: Interpreter): PyException {
  const t = this.thrown;
  this.thrown = null;
  return t ?? new PyException(this.newException('SystemError', 'generator resumed without a value'));
};

// Runs `f` with the generator marked running and its frame on the stack, as _gen_throw
// and gen_close do while they work on the iterator a `yield from` delegates to.
function delegating<T>(interp: Interpreter, st: GenState, f: () => T): T {
  const base = interp.handling.length;
  const d = interp.genResume(st);
  try {
    return f();
  } finally {
    interp.genSuspend(st, d, base);
  }
}

// gen_send_ex(gen, None, exc=1): raises `thrown` inside the generator.
function throwInto(interp: Interpreter, gen: Ptr, thrown: PyException): Ptr {
  interp.genState(gen).yf = NULL;
  const status = interp.genSendEx(gen, interp.none, thrown);
  const r = interp.genResult;
  interp.genResult = NULL;
  if (status === PYGEN_NEXT) return r;
  throw stopIteration(interp, r);
}

function asPyException(interp: Interpreter, e: unknown): PyException {
  return e instanceof PyException ? e : new PyException(interp.toException(e));
}

function isSubclassOf(interp: Interpreter, e: unknown, name: string): boolean {
  if (e instanceof PyErr) return interp.exc.isSubtype(interp.exc.type(e.excType), interp.exc.type(name));
  if (e instanceof PyException)
    return interp.exc.isSubtype(interp.space.rt.typeObject(e.exc), interp.exc.type(name));
  return false;
}

// PyErr_GivenExceptionMatches(typ, GeneratorExit) for a class or an instance.
function givenMatches(interp: Interpreter, typ: Ptr, name: string): boolean {
  const cls = interp.isExceptionClass(typ) ? typ : interp.space.rt.typeObject(typ);
  return interp.isExceptionClass(cls) && interp.exc.isSubtype(cls, interp.exc.type(name));
}

// _PyGen_FetchStopIterationValue: the value of a StopIteration (a new reference).
function stopValue(interp: Interpreter, e: unknown): Ptr {
  if (!(e instanceof PyException)) return interp.newNone();
  const exc = e.exc;
  // StopIteration.value is its first argument (types.ts).
  const args = interp.exc.get(exc, EXC.args);
  const items = args === NULL ? [] : interp.n.tupleItems(args);
  const r = items.length > 0 ? interp.ref(items[0]) : interp.newNone();
  interp.decref(exc);
  return r;
}

I.genThrow = function (this: Interpreter, gen: Ptr, typ: Ptr, val: Ptr, tb: Ptr): Ptr {
  const st = this.genState(gen);
  const yf = st.state === FRAME_SUSPENDED ? st.yf : NULL;
  if (yf !== NULL) {
    if (givenMatches(this, typ, 'GeneratorExit')) {
      let err: unknown = null;
      delegating(this, st, () => {
        try {
          this.genCloseIter(yf);
        } catch (e) {
          err = e;
        }
      });
      if (err !== null) return throwInto(this, gen, asPyException(this, err));
    } else {
      let ret: Ptr = NULL;
      let err: unknown = null;
      let noThrow = false;
      delegating(this, st, () => {
        try {
          if (this.isGenType(this.space.rt.typeObject(yf))) {
            ret = this.genThrow(yf, typ, val, tb);
            return;
          }
          const meth = this.getAttrOrNull(yf, this.n.intern('throw'));
          if (meth === NULL) {
            noThrow = true;
            return;
          }
          const args = [typ, val, tb];
          while (args.length > 1 && args[args.length - 1] === NULL) args.pop();
          for (const a of args) this.incref(a);
          ret = this.call(meth, args);
        } catch (e) {
          err = e;
        }
      });
      if (!noThrow) {
        if (err === null) return ret;
        // The sub-iterator is done: go on after the `yield from` with its result or error.
        st.yf = NULL;
        if (!isSubclassOf(this, err, 'StopIteration')) return throwInto(this, gen, asPyException(this, err));
        // The `yield from` finishes with the value: resume after it (gen_send(gen, val)).
        this.yfValue = stopValue(this, err);
        return this.genSend(gen, this.none);
      }
    }
  }
  return throwInto(this, gen, new PyException(throwException(this, typ, val, tb)));
};

// _gen_throw's throw_here: the exception instance (a new reference) for throw(typ, val, tb).
function throwException(interp: Interpreter, typ: Ptr, val: Ptr, tb: Ptr): Ptr {
  const n = interp.n;
  const rt = interp.space.rt;
  if (tb === interp.none) tb = NULL;
  else if (tb !== NULL && rt.typeObject(tb) !== interp.frameTypes.traceback)
    throw new PyErr('TypeError', 'throw() third argument must be a traceback object');
  let exc: Ptr;
  if (interp.isExceptionClass(typ)) {
    // PyErr_NormalizeException
    if (val !== NULL && interp.isExceptionInstance(val) && interp.exc.isSubtype(rt.typeObject(val), typ))
      exc = interp.ref(val);
    else {
      const args = val === NULL || val === interp.none ? [] : n.isTuple(val) ? n.tupleItems(val) : [val];
      exc = interp.callBorrowed(typ, args);
      if (!interp.isExceptionInstance(exc)) {
        const t = interp.space.typeName(exc);
        interp.decref(exc);
        throw new PyErr(
          'TypeError',
          `calling ${interp.typeName(typ)} should have returned an instance of BaseException, not ${t}`,
        );
      }
    }
  } else if (interp.isExceptionInstance(typ)) {
    if (val !== NULL && val !== interp.none)
      throw new PyErr('TypeError', 'instance exception may not have a separate value');
    exc = interp.ref(typ);
  } else {
    throw new PyErr(
      'TypeError',
      `exceptions must be classes or instances deriving from BaseException, not ${interp.space.typeName(typ)}`,
    );
  }
  if (tb !== NULL) interp.exc.set(exc, EXC.traceback, tb);
  return exc;
}

I.genClose = function (this: Interpreter, gen: Ptr): void {
  const st = this.genState(gen);
  if (st.state === FRAME_CREATED) {
    // Raising GeneratorExit at its first instruction just ends a generator that never ran.
    this.genClearFrame(gen, st);
    return;
  }
  if (st.state === FRAME_CLEARED) return;
  let err: unknown = null;
  const yf = st.state === FRAME_SUSPENDED ? st.yf : NULL;
  if (yf !== NULL) {
    delegating(this, st, () => {
      try {
        this.genCloseIter(yf);
      } catch (e) {
        err = e;
      }
    });
  }
  const thrown =
    err !== null ? asPyException(this, err) : new PyException(this.newException('GeneratorExit', null));
  st.yf = NULL;
  let status: number;
  try {
    status = this.genSendEx(gen, this.none, thrown);
  } catch (e) {
    if (isSubclassOf(this, e, 'GeneratorExit') || isSubclassOf(this, e, 'StopIteration')) {
      if (e instanceof PyException) this.decref(e.exc);
      return;
    }
    throw e;
  }
  const r = this.genResult;
  this.genResult = NULL;
  if (r !== NULL) this.decref(r);
  if (status === PYGEN_NEXT) throw new PyErr('RuntimeError', `${genKind(this, gen)} ignored GeneratorExit`);
};

I.genCloseIter = function (this: Interpreter, yf: Ptr): void {
  if (this.isGenType(this.space.rt.typeObject(yf))) {
    this.genClose(yf);
    return;
  }
  let meth: Ptr = NULL;
  try {
    meth = this.getAttrOrNull(yf, this.n.intern('close'));
  } catch (e) {
    this.writeUnraisable(e, yf);
  }
  if (meth !== NULL) this.decref(this.call(meth, []));
};

I.yieldFromIter = function (this: Interpreter, obj: Ptr): Ptr {
  if (this.space.rt.typeObject(obj) === this.generatorType) return obj;
  try {
    return this.iter(obj);
  } finally {
    this.decref(obj);
  }
};

I.yieldFromFirst = function (this: Interpreter, yf: Ptr): Ptr {
  const x = this.yfSend(yf, this.none);
  if (x !== NULL) this.yfPending = yf;
  return x;
};

I.yieldFromResult = function (this: Interpreter): Ptr {
  const v = this.yfValue;
  this.yfValue = NULL;
  return v;
};

I.yfSend = function (this: Interpreter, yf: Ptr, arg: Ptr): Ptr {
  const rt = this.space.rt;
  let type = rt.typeObject(yf);
  if (type === this.coroWrapperType) {
    // coroutine.__await__(): SEND goes to the coroutine it wraps.
    yf = this.coroWrapped(yf);
    type = this.coroutineType;
  }
  if (this.isGenType(type)) {
    const status = this.genSendEx(yf, arg, null);
    const r = this.genResult;
    this.genResult = NULL;
    if (status === PYGEN_NEXT) return r;
    this.yfValue = r;
    return NULL;
  }
  if (arg === this.none && !this.classes.has(type) && !this.awaitSenders.has(type)) {
    const x = this.next(yf);
    if (x === NULL) this.yfValue = this.newNone();
    return x;
  }
  try {
    const sender = this.awaitSenders.get(type);
    if (sender !== undefined) return sender(yf, arg);
    const name = this.n.intern(arg === this.none ? '__next__' : 'send');
    const r =
      arg === this.none
        ? this.callSpecial(yf, '__next__', [])
        : this.callMethod(this.ref(yf), name, [this.ref(arg)]);
    if (r === NULL) throw new PyErr('TypeError', `'${this.space.typeName(yf)}' object is not an iterator`);
    return r;
  } catch (e) {
    if (!isSubclassOf(this, e, 'StopIteration')) throw e;
    this.yfValue = stopValue(this, e);
    return NULL;
  }
};
