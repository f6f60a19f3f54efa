// Resuming a generator (CPython 3.11 genobject.c gen_send_ex2, gen_iternext, gen_send):
// the VM, not the generated code, enters the generator's shadow frame, hands the value sent
// in (or an error to raise) to its JS generator, and on the way out either leaves the frame
// suspended (saving the instruction it stopped at and the exceptions it is handling) or
// finishes it (the frame is cleared at once).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { EXC, PyException } from './exceptions.js';
import { FRAME } from './frames.js';
import {
  FRAME_COMPLETED,
  FRAME_CREATED,
  FRAME_EXECUTING,
  FRAME_SUSPENDED,
  GEN,
  type GenState,
} from './generators.js';
import { ExitProgram, Interpreter, TimeoutExpired } from './interp.js';

/** gen_send_ex2's results: the generator returned (PYGEN_RETURN) or yielded (PYGEN_NEXT). */
export const PYGEN_RETURN = 0;
/** The generator yielded a value. */
export const PYGEN_NEXT = 1;

declare module './interp.js' {
  interface Interpreter {
    /** The value of the last genSendEx: yielded or returned (owned; 0 for a bare exhaustion). */
    genResult: Ptr;
    /** The error the next resumption with 0 raises in the generator (genThrown). */
    thrown: PyException | null;
    /**
     * gen_send_ex2: resumes `gen` with `arg` (borrowed; 0 for next()) or raises `thrown` in
     * it. Returns PYGEN_NEXT or PYGEN_RETURN with the value in genResult; raises otherwise.
     */
    genSendEx(gen: Ptr, arg: Ptr, thrown: PyException | null): number;
    /** gen_iternext: the next value (a new reference), or 0 when the generator is done. */
    genNext(gen: Ptr): Ptr;
    /** gen.send(value): the yielded value; StopIteration(value) when it returns. */
    genSend(gen: Ptr, value: Ptr): Ptr;
    /** Marks the generator of `st` running and enters its shadow frame; returns its depth. */
    genResume(st: GenState): number;
    /** Leaves the frame of `st` (at depth `d`) suspended where it stands. */
    genSuspend(st: GenState, d: number, handledBase: number): void;
  }
}

const I = Interpreter.prototype;

I.genResume = function (this: Interpreter, st: GenState): number {
  const rt = this.space.rt;
  const d = this.enter(st.code, st.globals);
  this.L[d] = st.lasti;
  this.GF[d] = st.gen;
  const fo = rt.mem.u32[(st.gen + GEN.frameObj) >>> 2] as Ptr;
  if (fo !== NULL) {
    rt.incref(fo);
    this.FO[d] = fo;
    rt.mem.i32[(fo + FRAME.depth) >>> 2] = d;
  }
  const handled = st.handled;
  if (handled !== null) {
    for (const x of handled) this.handling.push(x);
    st.handled = null;
  }
  st.state = FRAME_EXECUTING;
  st.depth = d;
  return d;
};

I.genSuspend = function (this: Interpreter, st: GenState, d: number, handledBase: number): void {
  st.lasti = this.L[d];
  if (this.handling.length > handledBase) st.handled = this.handling.splice(handledBase);
  st.state = FRAME_SUSPENDED;
  leaveFrame(this, d);
};

// The frame at depth `d` stops running: the generator keeps its frame object, which
// forgets its caller (a suspended generator's f_back is None).
function leaveFrame(interp: Interpreter, d: number): void {
  const fo = interp.FO[d] as Ptr;
  if (fo !== NULL) {
    const rt = interp.space.rt;
    interp.FO[d] = 0;
    rt.mem.i32[(fo + FRAME.depth) >>> 2] = 0;
    const back = rt.mem.u32[(fo + FRAME.back) >>> 2] as Ptr;
    rt.mem.u32[(fo + FRAME.back) >>> 2] = 0;
    if (back !== NULL) rt.decref(back);
    rt.decref(fo);
  }
  interp.GF[d] = 0;
  interp.depth = d - 1;
}

// The frame returned or raised: state COMPLETED, the shadow frame left, then cleared.
function finishFrame(interp: Interpreter, st: GenState, d: number, handledBase: number): void {
  st.lasti = interp.L[d];
  if (interp.handling.length > handledBase) interp.handling.length = handledBase;
  st.state = FRAME_COMPLETED;
  leaveFrame(interp, d);
  interp.genClearFrame(st.gen, st);
}

I.genSendEx = function (this: Interpreter, gen: Ptr, arg: Ptr, thrown: PyException | null): number {
  const st = this.genState(gen);
  if (st.state === FRAME_CREATED && arg !== NULL && arg !== this.none) {
    dropThrown(this, thrown);
    throw new PyErr('TypeError', `can't send non-None value to a just-started ${genKind(this, gen)}`);
  }
  if (st.state === FRAME_EXECUTING) {
    dropThrown(this, thrown);
    throw new PyErr('ValueError', `${genKind(this, gen)} already executing`);
  }
  if (st.state >= FRAME_COMPLETED) {
    if (this.space.rt.typeObject(gen) === this.coroutineType) {
      // An exhausted coroutine (gen_close never gets here: it is silent).
      dropThrown(this, thrown);
      throw new PyErr('RuntimeError', 'cannot reuse already awaited coroutine');
    }
    if (thrown !== null) throw thrown;
    this.genResult = arg !== NULL ? this.newNone() : NULL;
    return PYGEN_RETURN;
  }
  const created = st.state === FRAME_CREATED;
  const base = this.handling.length;
  const d = this.genResume(st);
  let send: Ptr = NULL;
  if (thrown !== null) {
    // _PyErr_ChainStackItem: raised inside an except block of the generator, it chains.
    if (this.handling.length > base) this.chainContext(thrown.exc);
    if (created) {
      // Raised at the frame's first instruction (the def line), before any code runs.
      this.L[d] = 0;
      const e = this.unwind(thrown, st.code, d);
      finishFrame(this, st, d, base);
      throw convertStopIteration(this, e, gen);
    }
    this.thrown = thrown;
  } else if (st.yf !== NULL) {
    // SEND: the sub-iterator of a `yield from` gets the value; this frame goes on only
    // when it is done (with its result) or failed (with its error).
    const yf = st.yf;
    st.yf = NULL;
    let x: Ptr = NULL;
    try {
      x = this.yfSend(yf, arg === NULL ? this.none : arg);
    } catch (e) {
      if (e instanceof ExitProgram || e instanceof TimeoutExpired) {
        this.genSuspend(st, d, base);
        throw e;
      }
      this.thrown = e instanceof PyException ? e : new PyException(this.toException(e));
    }
    if (x !== NULL) {
      st.yf = yf;
      this.genSuspend(st, d, base);
      this.genResult = x;
      return PYGEN_NEXT;
    }
    // Done: the result waits in yfValue for the generated code (yieldFromResult).
    if (this.thrown === null) send = this.none;
  } else if (!created) {
    // Borrowed: the generated code takes a reference if it keeps the value.
    send = arg === NULL ? this.none : arg;
  }
  let r: IteratorResult<Ptr, Ptr>;
  try {
    r = (st.js as Generator<Ptr, Ptr, Ptr>).next(send);
  } catch (e) {
    this.thrown = null;
    finishFrame(this, st, d, base);
    throw convertStopIteration(this, e, gen);
  }
  if (!r.done) {
    const yf = this.yfPending;
    if (yf !== NULL) {
      st.yf = yf;
      this.yfPending = NULL;
    }
    this.genSuspend(st, d, base);
    this.genResult = r.value;
    return PYGEN_NEXT;
  }
  finishFrame(this, st, d, base);
  let result = r.value;
  if (result === this.none && arg === NULL && thrown === null) {
    this.decref(result);
    result = NULL; // gen_iternext: a bare return ends the iteration without StopIteration
  }
  this.genResult = result;
  return PYGEN_RETURN;
};

/** What a gen-like object is called in messages: generator, coroutine or async generator. */
export function genKind(interp: Interpreter, gen: Ptr): string {
  const type = interp.space.rt.typeObject(gen);
  return type === interp.coroutineType
    ? 'coroutine'
    : type === interp.asyncGenType
      ? 'async generator'
      : 'generator';
}

function dropThrown(interp: Interpreter, thrown: PyException | null): void {
  if (thrown !== null) interp.decref(thrown.exc);
}

// PEP 479: a StopIteration raised inside a generator becomes RuntimeError (and a
// StopAsyncIteration raised inside an async generator too).
function convertStopIteration(interp: Interpreter, e: unknown, gen: Ptr): unknown {
  const kind = genKind(interp, gen);
  const is = (name: string) =>
    (e instanceof PyErr && e.excType === name) ||
    (e instanceof PyException &&
      interp.exc.isSubtype(interp.space.rt.typeObject(e.exc), interp.exc.type(name)));
  const name = is('StopIteration')
    ? 'StopIteration'
    : kind === 'async generator' && is('StopAsyncIteration')
      ? 'StopAsyncIteration'
      : null;
  if (name === null) return e;
  const cause = interp.toException(e);
  if (e instanceof PyException) interp.decref(e.exc);
  const err = interp.newException('RuntimeError', `${kind} raised ${name}`);
  interp.exc.set(err, EXC.cause, cause);
  interp.exc.set(err, EXC.context, cause);
  interp.decref(cause);
  return new PyException(err);
}

I.genNext = function (this: Interpreter, gen: Ptr): Ptr {
  const st = this.genState(gen);
  if (st.state === FRAME_SUSPENDED && st.yf === NULL) {
    // The common case, gen_send_ex2 for a generator suspended at a plain `yield`.
    const base = this.handling.length;
    const d = this.genResume(st);
    let r: IteratorResult<Ptr, Ptr>;
    try {
      r = (st.js as Generator<Ptr, Ptr, Ptr>).next(this.none);
    } catch (e) {
      this.thrown = null;
      finishFrame(this, st, d, base);
      throw convertStopIteration(this, e, gen);
    }
    if (!r.done) {
      const yf = this.yfPending;
      if (yf !== NULL) {
        st.yf = yf;
        this.yfPending = NULL;
      }
      this.genSuspend(st, d, base);
      return r.value;
    }
    finishFrame(this, st, d, base);
    // A generator's return value ends a for loop like StopIteration(value) does.
    this.decref(r.value);
    return NULL;
  }
  const status = this.genSendEx(gen, NULL, null);
  const r = this.genResult;
  this.genResult = NULL;
  if (status === PYGEN_NEXT) return r;
  if (r !== NULL) {
    // A generator's return value ends a for loop like StopIteration(value) does.
    this.decref(r);
  }
  return NULL;
};

I.genSend = function (this: Interpreter, gen: Ptr, value: Ptr): Ptr {
  const status = this.genSendEx(gen, value, null);
  const r = this.genResult;
  this.genResult = NULL;
  if (status === PYGEN_NEXT) return r;
  throw stopIteration(this, r);
};

/** _PyGen_SetStopIterationValue: StopIteration() for None or nothing, else StopIteration(value) (stolen). */
export function stopIteration(interp: Interpreter, value: Ptr): PyException {
  if (value === NULL || value === interp.none) {
    if (value !== NULL) interp.decref(value);
    return interp.raiseNew('StopIteration', NULL);
  }
  return interp.raiseNew('StopIteration', value);
}
