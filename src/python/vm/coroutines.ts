// Coroutines (CPython 3.11 genobject.c: coro_*, coro_wrapper, _PyCoro_GetAwaitableIter,
// _PyErr_WarnUnawaitedCoroutine; ceval.c: GET_AWAITABLE, GET_AITER, GET_ANEXT,
// BEFORE_ASYNC_WITH). A coroutine is a generator object of the `coroutine` type
// (generators.ts): the same frame, resumption, throw and close; `await` is `yield from`
// over what getAwaitable returns.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { CO_ITERABLE_COROUTINE } from '../compiler/index.js';
import { argCount } from './args.js';
import { EXC } from './exceptions.js';
import { FRAME_CLEARED, FRAME_EXECUTING, FRAME_SUSPENDED, GEN } from './generators.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** The `coroutine_wrapper` type of `coroutine.__await__()`. */
    coroWrapperType: Ptr;
    /** The coroutine a coroutine_wrapper wraps (borrowed). */
    coroWrapped(wrapper: Ptr): Ptr;
    /** A coroutine, or a generator of a types.coroutine function: awaitable as it is. */
    isCoroutineLike(op: Ptr): boolean;
    /** GET_AWAITABLE (obj stolen; where: 0 await, 1 __aenter__, 2 __aexit__): the iterator to await. */
    getAwaitable(obj: Ptr, where: number): Ptr;
    /** GET_AITER (obj stolen): the async iterator of an `async for`. */
    getAIter(obj: Ptr): Ptr;
    /** GET_ANEXT (ait borrowed): the awaitable of the next item. */
    getANext(ait: Ptr): Ptr;
    /** Whether the exception `exc` (borrowed) is a StopAsyncIteration: the end of an `async for`. */
    isStopAsyncIteration(exc: Ptr): boolean;
    /** BEFORE_ASYNC_WITH (mgr stolen): the bound __aexit__; __aenter__()'s result waits in withEntered. */
    asyncWithEnter(mgr: Ptr): Ptr;
    /** __aexit__(type, exc, tb) for an exception (both borrowed): the awaitable it returns. */
    asyncWithExit(exit: Ptr, exc: Ptr): Ptr;
    /** __aexit__(None, None, None) (exit stolen): the awaitable it returns. */
    asyncWithExitNormal(exit: Ptr): Ptr;
    /** The truth of a value, which is released. */
    truthyRelease(v: Ptr): boolean;
    /** _PyErr_WarnUnawaitedCoroutine: "coroutine '…' was never awaited". */
    warnUnawaited(coro: Ptr): void;
    initCoroutines(): void;
  }
}

const I = Interpreter.prototype;

I.isCoroutineLike = function (this: Interpreter, op: Ptr): boolean {
  const type = this.space.rt.typeObject(op);
  if (type === this.coroutineType) return true;
  if (type !== this.generatorType) return false;
  const code = this.space.rt.mem.u32[(op + GEN.code) >>> 2] as Ptr;
  return (this.codeOf(code).unit.flags & CO_ITERABLE_COROUTINE) !== 0;
};

// A type's own method `name` (am_await, am_aiter, am_anext), Python or native: the
// native impl, or the Python attribute found along the MRO.
function nativeSlot(interp: Interpreter, obj: Ptr, name: string) {
  for (const t of interp.mroOf(interp.space.rt.typeObject(obj))) {
    const m = interp.nativeMethods.get(t)?.get(name);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** Whether type(obj) has the method `name`, Python or native (am_aiter, am_anext, …). */
export function hasSlot(interp: Interpreter, obj: Ptr, name: string): boolean {
  if (nativeSlot(interp, obj, name) !== undefined) return true;
  return interp.typeLookup(interp.space.rt.typeObject(obj), interp.n.intern(name)) !== NULL;
}

/** Calls type(obj).name(obj): a new reference, or 0 when the type has no such method. */
export function callSlot(interp: Interpreter, obj: Ptr, name: string): Ptr {
  const native = nativeSlot(interp, obj, name);
  if (native !== undefined && !interp.classes.has(interp.space.rt.typeObject(obj)))
    return native(obj, [], null);
  return interp.callSpecial(obj, name, []);
}

// _PyCoro_GetAwaitableIter: a new reference to what `await obj` iterates, or null when
// obj's type has no __await__.
function awaitableIter(interp: Interpreter, obj: Ptr): Ptr | null {
  if (interp.isCoroutineLike(obj)) return interp.ref(obj);
  const res = callSlot(interp, obj, '__await__');
  if (res === NULL) return null;
  if (interp.isCoroutineLike(res)) {
    interp.decref(res);
    throw new PyErr('TypeError', '__await__() returned a coroutine');
  }
  if (!interp.isIterator(res)) {
    const t = interp.space.typeName(res);
    interp.decref(res);
    throw new PyErr('TypeError', `__await__() returned non-iterator of type '${t}'`);
  }
  return res;
}

I.getAwaitable = function (this: Interpreter, obj: Ptr, where: number): Ptr {
  let it: Ptr | null;
  try {
    it = awaitableIter(this, obj);
    if (it === null) {
      const t = this.space.typeName(obj);
      if (where === 1 || where === 2)
        throw new PyErr(
          'TypeError',
          `'async with' received an object from ${where === 1 ? '__aenter__' : '__aexit__'} that does not implement __await__: ${t}`,
        );
      throw new PyErr('TypeError', `object ${t} can't be used in 'await' expression`);
    }
  } finally {
    this.decref(obj);
  }
  const rt = this.space.rt;
  if (rt.typeObject(it) === this.coroutineType) {
    const st = this.genState(it);
    if (st.yf !== NULL && st.state === FRAME_SUSPENDED) {
      this.decref(it);
      throw new PyErr('RuntimeError', 'coroutine is being awaited already');
    }
  }
  return it;
};

I.getAIter = function (this: Interpreter, obj: Ptr): Ptr {
  let it: Ptr;
  try {
    it = callSlot(this, obj, '__aiter__');
    if (it === NULL)
      throw new PyErr(
        'TypeError',
        `'async for' requires an object with __aiter__ method, got ${this.space.typeName(obj)}`,
      );
  } finally {
    this.decref(obj);
  }
  if (!hasSlot(this, it, '__anext__')) {
    const t = this.space.typeName(it);
    this.decref(it);
    throw new PyErr(
      'TypeError',
      `'async for' received an object from __aiter__ that does not implement __anext__: ${t}`,
    );
  }
  return it;
};

I.getANext = function (this: Interpreter, ait: Ptr): Ptr {
  const next = callSlot(this, ait, '__anext__');
  if (next === NULL)
    throw new PyErr(
      'TypeError',
      `'async for' requires an iterator with __anext__ method, got ${this.space.typeName(ait)}`,
    );
  if (this.space.rt.typeObject(ait) === this.asyncGenType) return next;
  let it: Ptr | null;
  try {
    it = awaitableIter(this, next);
  } catch (e) {
    this.decref(next);
    throw e;
  }
  if (it === null) {
    const t = this.space.typeName(next);
    this.decref(next);
    throw new PyErr('TypeError', `'async for' received an invalid object from __anext__: ${t}`);
  }
  this.decref(next);
  return it;
};

I.isStopAsyncIteration = function (this: Interpreter, exc: Ptr): boolean {
  return this.exc.isSubtype(this.space.rt.typeObject(exc), this.exc.type('StopAsyncIteration'));
};

I.asyncWithEnter = function (this: Interpreter, mgr: Ptr): Ptr {
  return this.withEnter(mgr, true);
};

I.asyncWithExit = function (this: Interpreter, exit: Ptr, exc: Ptr): Ptr {
  const tb = this.exc.get(exc, EXC.traceback);
  return this.callBorrowed(exit, [this.space.rt.typeObject(exc), exc, tb === NULL ? this.none : tb]);
};

I.asyncWithExitNormal = function (this: Interpreter, exit: Ptr): Ptr {
  try {
    return this.callBorrowed(exit, [this.none, this.none, this.none]);
  } finally {
    this.decref(exit);
  }
};

I.truthyRelease = function (this: Interpreter, v: Ptr): boolean {
  try {
    return this.truthy(v);
  } finally {
    this.decref(v);
  }
};

I.warnUnawaited = function (this: Interpreter, coro: Ptr): void {
  try {
    const warnings = this.importModule(this.n.intern('warnings'), NULL, true);
    try {
      const f = this.getAttrOrNull(warnings, this.n.intern('_warn_unawaited_coroutine'));
      if (f !== NULL) {
        try {
          this.decref(this.callBorrowed(f, [coro]));
        } finally {
          this.decref(f);
        }
      }
    } finally {
      this.decref(warnings);
    }
  } catch (e) {
    this.writeUnraisable(e, coro);
  }
};

I.initCoroutines = function (this: Interpreter): void {
  const rt = this.space.rt;
  const C = this.coroutineType;
  this.defMethod(C, 'send', (self, args, kw) => {
    argCount('send', args, kw, 1, 1);
    return this.genSend(self, args[0]);
  });
  this.defMethod(C, 'throw', (self, args, kw) => {
    argCount('throw', args, kw, 1, 3);
    return this.genThrow(self, args[0], args[1] ?? NULL, args[2] ?? NULL);
  });
  this.defMethod(C, 'close', (self) => {
    this.genClose(self);
    return this.newNone();
  });
  // coroutine_wrapper: the iterator coroutine.__await__() returns.
  this.defMethod(C, '__await__', (self) => {
    const w = this.newNativeIter('coroutine_wrapper', [self], () => {
      throw new PyErr('SystemError', 'coroutine_wrapper iterated directly');
    });
    if (this.coroWrapperType === NULL) initWrapper(this, rt.typeObject(w));
    return w;
  });
  this.coroWrapperType = NULL;
  const word = (self: Ptr, off: number) => rt.mem.u32[(self + off) >>> 2] as Ptr;
  const getters = new Map<string, (self: Ptr) => Ptr>([
    ['cr_code', (self) => this.ref(word(self, GEN.code))],
    [
      'cr_frame',
      (self) => {
        const f = this.genFrameObject(self);
        return f === NULL ? this.newNone() : this.ref(f);
      },
    ],
    ['cr_running', (self) => this.bool(this.genState(self).state === FRAME_EXECUTING)],
    ['cr_suspended', (self) => this.bool(this.genState(self).state === FRAME_SUSPENDED)],
    [
      'cr_await',
      (self) => {
        const st = this.genState(self);
        return st.yf !== NULL && st.state < FRAME_CLEARED ? this.ref(st.yf) : this.newNone();
      },
    ],
    ['cr_origin', () => this.newNone()],
    ['__name__', (self) => this.ref(word(self, GEN.name))],
    ['__qualname__', (self) => this.ref(word(self, GEN.qualname))],
  ]);
  this.nativeGetters.set(C, getters);
  this.setGenNameSetters(C);
};

// The coroutine_wrapper type: send/throw/close/__next__ go to the coroutine.
function initWrapper(interp: Interpreter, W: Ptr): void {
  interp.coroWrapperType = W;
  const next = (self: Ptr, value: Ptr) => interp.genSend(interp.coroWrapped(self), value);
  interp.nativeIterators.set(W, (self) => interp.genNext(interp.coroWrapped(self)));
  interp.defMethod(W, '__next__', (self) => next(self, NULL));
  interp.defMethod(W, 'send', (self, args, kw) => {
    argCount('send', args, kw, 1, 1);
    return next(self, args[0]);
  });
  interp.defMethod(W, 'throw', (self, args, kw) => {
    argCount('throw', args, kw, 1, 3);
    return interp.genThrow(interp.coroWrapped(self), args[0], args[1] ?? NULL, args[2] ?? NULL);
  });
  interp.defMethod(W, 'close', (self) => {
    interp.genClose(interp.coroWrapped(self));
    return interp.newNone();
  });
}

I.coroWrapped = function (this: Interpreter, wrapper: Ptr): Ptr {
  return this.space.rt.mem.u32[(wrapper + 16) >>> 2] as Ptr; // its reference 0 (builtins.ts)
};
