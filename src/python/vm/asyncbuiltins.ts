// The builtins aiter() and anext() (CPython 3.11 bltinmodule.c builtin_aiter,
// builtin_anext; genobject.c's anext_awaitable for anext with a default).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from './args.js';
import type { NativeImpl } from './calls.js';
import { callSlot, hasSlot } from './coroutines.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Defines the builtins aiter and anext with `def`. */
    initAsyncBuiltins(def: (name: string, impl: NativeImpl) => void): void;
  }
}

const I = Interpreter.prototype;

I.initAsyncBuiltins = function (this: Interpreter, def): void {
  def('aiter', (_s, args, kw) => {
    argCount('aiter', args, kw, 1, 1);
    const obj = args[0];
    const it = callSlot(this, obj, '__aiter__');
    if (it === NULL)
      throw new PyErr('TypeError', `'${this.space.typeName(obj)}' object is not an async iterable`);
    if (!hasSlot(this, it, '__anext__')) {
      const t = this.space.typeName(it);
      this.decref(it);
      throw new PyErr('TypeError', `aiter() returned not an async iterator of type '${t}'`);
    }
    return it;
  });
  def('anext', (_s, args, kw) => {
    argCount('anext', args, kw, 1, 2);
    const ait = args[0];
    if (!hasSlot(this, ait, '__anext__'))
      throw new PyErr('TypeError', `'${this.space.typeName(ait)}' object is not an async iterator`);
    const awaitable = callSlot(this, ait, '__anext__');
    if (args.length === 1) return awaitable;
    return anextAwaitable(this, awaitable, args[1]);
  });
};

// anext(ait, default)'s anext_awaitable: awaits what __anext__ returned, and ends with the
// default instead of StopAsyncIteration.
function anextAwaitable(interp: Interpreter, awaitable: Ptr, dflt: Ptr): Ptr {
  let it: Ptr = NULL;
  const step = (f: () => Ptr): Ptr => {
    try {
      if (it === NULL) {
        it = interp.getAwaitable(interp.ref(awaitable), 0);
        interp.setNativeIterRef(op, 2, it);
        interp.decref(it);
      }
      return f();
    } catch (e) {
      const exc = e instanceof PyErr ? null : interp.toException(e);
      const isStop =
        e instanceof PyErr
          ? e.excType === 'StopAsyncIteration'
          : interp.exc.isSubtype(
              interp.space.rt.typeObject(exc as Ptr),
              interp.exc.type('StopAsyncIteration'),
            );
      if (exc !== null) interp.decref(exc);
      if (!isStop) throw e;
      throw interp.raiseNew('StopIteration', interp.ref(dflt));
    }
  };
  const send = (arg: Ptr) =>
    step(() => {
      interp.yfValue = NULL;
      const r = interp.yfSend(it, arg === NULL ? interp.none : arg);
      if (r !== NULL) return r;
      throw interp.raiseNew('StopIteration', interp.yieldFromResult());
    });
  const next = Object.assign(() => send(NULL), { send });
  const op = interp.newNativeIter('anext_awaitable', [awaitable, dflt, NULL], next);
  interp.decref(awaitable);
  const type = interp.space.rt.typeObject(op);
  if (!interp.awaitSenders.has(type)) {
    const sender = (self: Ptr) =>
      (interp.nativeIterState.get(self) as unknown as { send: (a: Ptr) => Ptr }).send;
    interp.awaitSenders.set(type, (self, arg) => sender(self)(arg));
    interp.defMethod(type, 'send', (self, a, kw) => {
      argCount('send', a, kw, 1, 1);
      return sender(self)(a[0]);
    });
    interp.defMethod(type, '__await__', (self) => interp.ref(self));
    interp.defMethod(type, 'close', () => interp.newNone());
  }
  return op;
}
