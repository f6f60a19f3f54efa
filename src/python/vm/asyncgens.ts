// Async generators (CPython 3.11 genobject.c: async_gen_*, async_gen_asend_*,
// async_gen_athrow_*, async_gen_unwrap_value). An async generator is a generator object of
// the `async_generator` type (generators.ts); its `yield` marks the value it suspends with
// (agWrap, CPython's _PyAsyncGenWrappedValue) so that the awaitables of __anext__/asend()
// and athrow()/aclose() can tell an async yield (which ends their await with
// StopIteration(value)) from a value an `await` inside passes up to the event loop.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from './args.js';
import { PyException } from './exceptions.js';
import { FRAME_CLEARED, FRAME_COMPLETED, GEN } from './generators.js';
import { PYGEN_NEXT, stopIteration } from './gensend.js';
import { Interpreter } from './interp.js';

// Words of the async generator object (genobject.c's ag_closed and ag_running_async).
const AG_CLOSED = 56;
const AG_RUNNING_ASYNC = 60;
const AG_HOOKS_INITED = 64;
/** The word of an async generator's finalizer hook (owned, or 0): ag_origin_or_finalizer. */
export const AG_FINALIZER = GEN.agFinalizer;

const INIT = 0;
const ITER = 1;
const CLOSED = 2;

// The state of one asend() or athrow()/aclose() awaitable.
interface AwaitState {
  agen: Ptr;
  state: number;
  /** asend: the value to send first (borrowed from the object's refs), or 0 for __anext__. */
  sendval: Ptr;
  /** athrow: the exception arguments (borrowed from the refs); null for aclose(). */
  args: Ptr[] | null;
  isThrow: boolean;
}

declare module './interp.js' {
  interface Interpreter {
    /** Set by agWrap: the value the async generator suspended with is an async yield. */
    agWrapped: boolean;
    /** Generated code: marks `v` (returned as it is) as an async generator's yield. */
    agWrap(v: Ptr): Ptr;
    /** Types whose objects `await` drives with their own send (asend, athrow): the value yielded, or StopIteration. */
    awaitSenders: Map<Ptr, (self: Ptr, arg: Ptr) => Ptr>;
    /** sys.set_asyncgen_hooks' firstiter and finalizer (owned, or 0). */
    agHooks: [Ptr, Ptr];
    /** _PyGen_Finalize of an async generator with a finalizer hook: calls it; false if it has none. */
    agFinalize(agen: Ptr): boolean;
    initAsyncGens(): void;
  }
}

const I = Interpreter.prototype;

I.agWrap = function (this: Interpreter, v: Ptr): Ptr {
  this.agWrapped = true;
  return v;
};

// async_gen_init_hooks: on the first __anext__/asend/athrow/aclose, the generator keeps the
// finalizer hook of that moment and is passed to the firstiter hook.
function initHooks(interp: Interpreter, agen: Ptr): void {
  const u32 = interp.space.rt.mem.u32;
  if (u32[(agen + AG_HOOKS_INITED) >>> 2] !== 0) return;
  u32[(agen + AG_HOOKS_INITED) >>> 2] = 1;
  const [firstiter, finalizer] = interp.agHooks;
  if (finalizer !== NULL) u32[(agen + AG_FINALIZER) >>> 2] = interp.ref(finalizer);
  if (firstiter !== NULL) {
    interp.incref(firstiter);
    try {
      interp.decref(interp.callBorrowed(firstiter, [agen]));
    } finally {
      interp.decref(firstiter);
    }
  }
}

I.agFinalize = function (this: Interpreter, agen: Ptr): boolean {
  const finalizer = this.space.rt.mem.u32[(agen + AG_FINALIZER) >>> 2] as Ptr;
  if (finalizer === NULL || flag(this, agen, AG_CLOSED)) return false;
  try {
    this.decref(this.callBorrowed(finalizer, [agen]));
  } catch (e) {
    this.writeUnraisable(e, agen);
  }
  return true;
};

function flag(interp: Interpreter, agen: Ptr, off: number): boolean {
  return interp.space.rt.mem.u32[(agen + off) >>> 2] !== 0;
}

function setFlag(interp: Interpreter, agen: Ptr, off: number, v: boolean): void {
  interp.space.rt.mem.u32[(agen + off) >>> 2] = v ? 1 : 0;
}

function matches(interp: Interpreter, e: unknown, name: string): boolean {
  if (e instanceof PyErr) return interp.exc.isSubtype(interp.exc.type(e.excType), interp.exc.type(name));
  if (e instanceof PyException)
    return interp.exc.isSubtype(interp.space.rt.typeObject(e.exc), interp.exc.type(name));
  return false;
}

// Runs a resumption of the async generator (a genSendEx or genThrow) and applies
// async_gen_unwrap_value to what it yields, returns or raises.
function unwrap(interp: Interpreter, agen: Ptr, resume: () => Ptr): Ptr {
  interp.agWrapped = false;
  let r: Ptr;
  try {
    r = resume();
  } catch (e) {
    interp.agWrapped = false;
    if (matches(interp, e, 'StopIteration')) {
      // The generator returned: its iteration is over.
      if (e instanceof PyException) interp.decref(e.exc);
      setFlag(interp, agen, AG_CLOSED, true);
      setFlag(interp, agen, AG_RUNNING_ASYNC, false);
      throw interp.raiseNew('StopAsyncIteration', NULL);
    }
    if (matches(interp, e, 'StopAsyncIteration') || matches(interp, e, 'GeneratorExit'))
      setFlag(interp, agen, AG_CLOSED, true);
    setFlag(interp, agen, AG_RUNNING_ASYNC, false);
    throw e;
  }
  if (interp.agWrapped) {
    interp.agWrapped = false;
    setFlag(interp, agen, AG_RUNNING_ASYNC, false);
    throw stopIteration(interp, r);
  }
  return r;
}

// gen_send / gen_iternext of the async generator: the value yielded, or StopIteration.
function sendInto(interp: Interpreter, agen: Ptr, arg: Ptr): Ptr {
  const status = interp.genSendEx(agen, arg, null);
  const r = interp.genResult;
  interp.genResult = NULL;
  if (status === PYGEN_NEXT) return r;
  throw stopIteration(interp, r);
}

function asendSend(interp: Interpreter, st: AwaitState, arg: Ptr): Ptr {
  if (st.state === CLOSED)
    throw new PyErr('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
  if (st.state === INIT) {
    if (flag(interp, st.agen, AG_RUNNING_ASYNC))
      throw new PyErr('RuntimeError', 'anext(): asynchronous generator is already running');
    if (arg === NULL || arg === interp.none) arg = st.sendval === NULL ? interp.none : st.sendval;
    st.state = ITER;
  }
  setFlag(interp, st.agen, AG_RUNNING_ASYNC, true);
  try {
    return unwrap(interp, st.agen, () => sendInto(interp, st.agen, arg));
  } catch (e) {
    st.state = CLOSED;
    throw e;
  }
}

function asendThrow(interp: Interpreter, st: AwaitState, args: Ptr[]): Ptr {
  if (st.state === CLOSED)
    throw new PyErr('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
  try {
    return unwrap(interp, st.agen, () => interp.genThrow(st.agen, args[0], args[1] ?? NULL, args[2] ?? NULL));
  } catch (e) {
    st.state = CLOSED;
    throw e;
  }
}

// The end of an athrow()/aclose() awaitable after an error (check_error).
function athrowError(interp: Interpreter, st: AwaitState, e: unknown): never {
  setFlag(interp, st.agen, AG_RUNNING_ASYNC, false);
  st.state = CLOSED;
  if (!st.isThrow && (matches(interp, e, 'StopAsyncIteration') || matches(interp, e, 'GeneratorExit'))) {
    if (e instanceof PyException) interp.decref(e.exc);
    throw interp.raiseNew('StopIteration', NULL);
  }
  throw e;
}

function ignoredExit(interp: Interpreter, st: AwaitState, r: Ptr): never {
  interp.decref(r);
  setFlag(interp, st.agen, AG_RUNNING_ASYNC, false);
  st.state = CLOSED;
  throw new PyErr('RuntimeError', 'async generator ignored GeneratorExit');
}

function athrowSend(interp: Interpreter, st: AwaitState, arg: Ptr): Ptr {
  const what = st.isThrow ? 'athrow' : 'aclose';
  if (st.state === CLOSED) throw new PyErr('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
  const gst = interp.genState(st.agen);
  if (gst.state >= FRAME_COMPLETED) {
    st.state = CLOSED;
    throw interp.raiseNew('StopIteration', NULL);
  }
  const agen = st.agen;
  if (st.state === INIT) {
    if (flag(interp, agen, AG_RUNNING_ASYNC)) {
      st.state = CLOSED;
      throw new PyErr('RuntimeError', `${what}(): asynchronous generator is already running`);
    }
    if (flag(interp, agen, AG_CLOSED)) {
      st.state = CLOSED;
      throw interp.raiseNew('StopAsyncIteration', NULL);
    }
    if (arg !== NULL && arg !== interp.none)
      throw new PyErr('RuntimeError', "can't send non-None value to a just-started coroutine");
    st.state = ITER;
    setFlag(interp, agen, AG_RUNNING_ASYNC, true);
    if (st.args === null) {
      setFlag(interp, agen, AG_CLOSED, true);
      interp.agWrapped = false;
      let r: Ptr;
      try {
        r = interp.genThrow(agen, interp.exc.type('GeneratorExit'), NULL, NULL);
      } catch (e) {
        return athrowError(interp, st, e);
      }
      if (interp.agWrapped) ignoredExit(interp, st, r);
      return r;
    }
    const a = st.args;
    try {
      return unwrap(interp, agen, () => interp.genThrow(agen, a[0], a[1] ?? NULL, a[2] ?? NULL));
    } catch (e) {
      return athrowError(interp, st, e);
    }
  }
  if (st.args === null) {
    interp.agWrapped = false;
    let r: Ptr;
    try {
      r = sendInto(interp, agen, arg === NULL ? interp.none : arg);
    } catch (e) {
      return athrowError(interp, st, e);
    }
    if (interp.agWrapped) ignoredExit(interp, st, r);
    return r;
  }
  try {
    return unwrap(interp, agen, () => sendInto(interp, agen, arg === NULL ? interp.none : arg));
  } catch (e) {
    return athrowError(interp, st, e);
  }
}

function athrowThrow(interp: Interpreter, st: AwaitState, args: Ptr[]): Ptr {
  if (st.state === CLOSED) throw new PyErr('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
  const agen = st.agen;
  if (st.args === null) {
    interp.agWrapped = false;
    const r = interp.genThrow(agen, args[0], args[1] ?? NULL, args[2] ?? NULL);
    if (interp.agWrapped) ignoredExit(interp, st, r);
    return r;
  }
  return unwrap(interp, agen, () => interp.genThrow(agen, args[0], args[1] ?? NULL, args[2] ?? NULL));
}

I.initAsyncGens = function (this: Interpreter): void {
  const rt = this.space.rt;
  const A = this.asyncGenType;
  this.agWrapped = false;
  this.awaitSenders = new Map();
  this.agHooks = [NULL, NULL];
  const stateOf = (self: Ptr) => (this.nativeIterState.get(self) as unknown as { aw: AwaitState }).aw;
  // One awaitable object: a native iterator whose send/throw/close/__await__ are the above.
  const make = (name: string, st: AwaitState, refs: Ptr[]): Ptr => {
    const send = name === 'async_generator_asend' ? asendSend : athrowSend;
    const next = Object.assign(() => send(this, st, NULL), { aw: st });
    const op = this.newNativeIter(name, refs, next);
    const type = rt.typeObject(op);
    if (!this.awaitSenders.has(type)) {
      const thrower = name === 'async_generator_asend' ? asendThrow : athrowThrow;
      this.awaitSenders.set(type, (self, arg) => send(this, stateOf(self), arg));
      this.defMethod(type, '__next__', (self) => send(this, stateOf(self), NULL));
      this.defMethod(type, 'send', (self, args, kw) => {
        argCount('send', args, kw, 1, 1);
        return send(this, stateOf(self), args[0]);
      });
      this.defMethod(type, 'throw', (self, args, kw) => {
        argCount('throw', args, kw, 1, 3);
        return thrower(this, stateOf(self), args);
      });
      this.defMethod(type, 'close', (self) => {
        stateOf(self).state = CLOSED;
        return this.newNone();
      });
      this.defMethod(type, '__await__', (self) => this.ref(self));
    }
    return op;
  };
  const asend = (self: Ptr, value: Ptr) => {
    initHooks(this, self);
    return make(
      'async_generator_asend',
      { agen: self, state: INIT, sendval: value, args: null, isThrow: false },
      [self, value],
    );
  };
  this.defMethod(A, '__aiter__', (self) => this.ref(self));
  this.defMethod(A, '__anext__', (self) => asend(self, NULL));
  this.defMethod(A, 'asend', (self, args, kw) => {
    argCount('async_generator.asend', args, kw, 1, 1);
    return asend(self, args[0]);
  });
  this.defMethod(A, 'athrow', (self, args, kw) => {
    argCount('async_generator.athrow', args, kw, 1, 3);
    initHooks(this, self);
    const st: AwaitState = { agen: self, state: INIT, sendval: NULL, args: [...args], isThrow: true };
    return make('async_generator_athrow', st, [self, ...args]);
  });
  this.defMethod(A, 'aclose', (self) => {
    initHooks(this, self);
    const st: AwaitState = { agen: self, state: INIT, sendval: NULL, args: null, isThrow: false };
    return make('async_generator_athrow', st, [self]);
  });
  const word = (self: Ptr, off: number) => rt.mem.u32[(self + off) >>> 2] as Ptr;
  this.nativeGetters.set(
    A,
    new Map<string, (self: Ptr) => Ptr>([
      ['ag_code', (self) => this.ref(word(self, GEN.code))],
      [
        'ag_frame',
        (self) => {
          const f = this.genFrameObject(self);
          return f === NULL ? this.newNone() : this.ref(f);
        },
      ],
      ['ag_running', (self) => this.bool(flag(this, self, AG_RUNNING_ASYNC))],
      [
        'ag_await',
        (self) => {
          const st = this.genState(self);
          return st.yf !== NULL && st.state < FRAME_CLEARED ? this.ref(st.yf) : this.newNone();
        },
      ],
      ['__name__', (self) => this.ref(word(self, GEN.name))],
      ['__qualname__', (self) => this.ref(word(self, GEN.qualname))],
    ]),
  );
  this.setGenNameSetters(A);
};
