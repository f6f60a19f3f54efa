// The interpreter: runs compiled Python code on an object space.
//
// Generated code (src/python/compiler) calls the methods of this class as `$.name(...)`.
// Conventions: every method that returns an object returns a NEW reference; arguments are
// borrowed unless a method says it steals them (as CPython's stack effects do).

import { now, type Runtime, TPFLAGS_TYPE_SUBCLASS } from '../../gc/index.js';
import { HeapExhausted, NULL, type Ptr } from '../../heap/index.js';
import {
  DEFAULT_PY_SLOTS,
  FUNC,
  type GuardState,
  isTrue,
  type ObjectSpace,
  PyErr,
  pointerHash,
  recursionGuardState,
} from '../../objects/index.js';
import { type CodeUnit, compileModule, type Node } from '../compiler/index.js';
import { CODE_INDEX, CODE_SIZE, type CodeRuntime, fastArity } from './code.js';
import { UnicodeErr } from './codecs.js';
import { ConstCache } from './constcache.js';
import { EXC, Exceptions, PyException } from './exceptions.js';
import { type FrameTypes, initFrameTypes, newTraceback } from './frames.js';
import type { CodeFactory } from './frozen.js';
import type { Native } from './native.js';

/** Deepest Python call stack the shadow arrays can hold. */
export const MAX_DEPTH = 1 << 20;
/** Depths the shadow arrays hold at first; they double as a deeper recursion limit is used. */
const INITIAL_DEPTH = 2048;

/** How the interpreter talks to the world. */
export interface InterpreterIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes out buffered stdout (print(flush=True), sys.stdout.flush()). */
  flush?(): void;
  /** The next chunk of the program's standard input, or null at its end (none: stdin is empty). */
  stdin?(): string | null;
  /** Writes bytes to stdout / stderr as they are (sys.stdout.buffer; none: decoded as UTF-8). */
  stdoutBytes?(bytes: Uint8Array): void;
  stderrBytes?(bytes: Uint8Array): void;
}

/** Thrown when --timeout expires: ends the program without running Python handlers. */
export class TimeoutExpired extends Error {
  constructor() {
    super('timeout');
    this.name = 'TimeoutExpired';
  }
}

/** Thrown to end the program: SystemExit reached the top level. */
export class ExitProgram extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`exit ${status}`);
    this.status = status;
  }
}

/** A Python interpreter over one object space. */
export class Interpreter {
  readonly space: ObjectSpace;
  /** The space's runtime (refcounts, allocation). */
  readonly rt: Runtime;
  /** The heap's signed 32-bit view (`rt.mem.i32`), replaced when the heap grows. */
  i32: Int32Array;
  /**
   * Generated code's inline Py_DECREF calls `dealloc` when the new count is below this: 1,
   * or in checked mode 2^31 (every decref is then checked).
   */
  readonly deallocBelow: number;
  readonly n: Native;
  readonly exc: Exceptions;
  readonly frameTypes: FrameTypes;
  readonly io: InterpreterIO;
  /** Every code object ever made, by index. */
  readonly codes: CodeRuntime[] = [];
  /**
   * The text of every keyword name a compiled call site passes (`KW` in generated code):
   * code objects hold those interned strs for the interpreter's lifetime, so their
   * addresses are never reused and binding needs no decoding.
   */
  readonly kwNameStrings = new Map<number, string>();
  /** Current instruction of each frame, by depth: an index in its code's positions (`$.L[$d] = k`). */
  L = new Int32Array(INITIAL_DEPTH);
  /** Code of each frame, by depth. */
  readonly frameCode: CodeRuntime[] = [];
  /** Globals of each frame, by depth (borrowed from the frame's code). */
  FG = new Uint32Array(INITIAL_DEPTH);
  /** Frame objects made by sys._getframe for running frames, by depth (owned), or 0. */
  FO = new Uint32Array(INITIAL_DEPTH);
  /** The generator whose frame runs at each depth (borrowed), or 0 (generators.ts). */
  GF = new Uint32Array(INITIAL_DEPTH);
  /** Depth of the running frame. */
  depth = 0;
  /** sys.getrecursionlimit(). */
  recursionLimit = 1000;
  /** Nanoseconds the program has spent in time.sleep() (asyncio's loop clock counts them). */
  sleptNs = 0;
  /** Set once shutdown has begun (sys.is_finalizing()). */
  finalizing = false;
  /** Py_EnterRecursiveCall's levels (container repr, comparison): they count toward the limit too. */
  readonly cGuard: GuardState;
  /** Source text of each file, for tracebacks. */
  readonly sources = new Map<string, string[]>();
  /** Exceptions being handled (innermost last): sys.exc_info(), bare `raise`, __context__. */
  readonly handling: Ptr[] = [];
  /** Set by a signal handler; checked at safe points. */
  interrupt: 'KeyboardInterrupt' | 'timeout' | null = null;
  /** Word 0 becomes non-zero when another thread saw SIGINT (the CLI's worker mode); polled. */
  interruptFlag: Int32Array | null = null;
  /** None (borrowed), for generated code. */
  readonly none: Ptr;
  /** The `code` type. */
  readonly codeType: Ptr;

  constructor(space: ObjectSpace, n: Native, io: InterpreterIO) {
    this.space = space;
    this.rt = space.rt;
    const mem = space.rt.mem;
    this.i32 = mem.i32;
    const onGrow = mem.onGrow;
    mem.onGrow = (size) => {
      this.i32 = mem.i32;
      onGrow?.(size);
    };
    const checker = space.rt.checker;
    this.deallocBelow = checker === null ? 1 : 2 ** 31;
    if (checker !== null) {
      this.dealloc = (op) => {
        checker.decremented(op);
        if (this.i32[op >>> 2] === 0) this.rt.dealloc(op);
      };
      this.incref = (op) => {
        checker.incref(op);
        this.i32[op >>> 2]++;
      };
      this.decref = (op) => {
        checker.decref(op);
        if (--this.i32[op >>> 2] === 0) this.rt.dealloc(op);
      };
      this.ref = (op) => {
        checker.incref(op);
        this.i32[op >>> 2]++;
        return op;
      };
    }
    this.n = n;
    this.io = io;
    this.none = space.none;
    this.exc = new Exceptions(n);
    this.exc.classMro = (type) => this.classes.get(type)?.mro;
    this.cGuard = recursionGuardState(space);
    this.cGuard.host = { pyDepth: () => this.depth, limit: () => this.recursionLimit };
    this.frameTypes = initFrameTypes(space);
    this.codeType = space.newStaticType({
      ...DEFAULT_PY_SLOTS,
      name: 'code',
      basicsize: CODE_SIZE,
      dealloc: (op) => space.rt.objectFree(op),
      hash: (op) => pointerHash(op),
      // code_repr
      repr: (op) => {
        const unit = this.codeOf(op).unit;
        return `<code object ${unit.name} at 0x${op.toString(16)}, file "${unit.filename}", line ${unit.firstlineno}>`;
      },
    });
  }

  // ── reference counts (hot: generated code calls these constantly) ──────────

  // Runtime.incref/decref written out here (ob_refcnt is the word at offset 0) over the
  // heap's Int32Array kept on the interpreter: V8 always inlines a function of fewer than 27
  // bytes of bytecode, and otherwise inlines only while a large generated function's
  // inlining budget lasts, so these stay as small as they can (checked mode replaces them
  // on the instance: see the constructor).

  /** Py_INCREF. */
  incref(op: Ptr): void {
    this.i32[op >>> 2]++;
  }

  /** Py_DECREF. */
  decref(op: Ptr): void {
    if (--this.i32[op >>> 2] === 0) this.rt.dealloc(op);
  }

  /** _Py_Dealloc of `op`, whose count generated code's inline Py_DECREF took to zero (see deallocBelow). */
  dealloc(op: Ptr): void {
    this.rt.dealloc(op);
  }

  /** A new reference to `op`. */
  ref(op: Ptr): Ptr {
    this.i32[op >>> 2]++;
    return op;
  }

  /** A call site's keyword names (interned strs of its code's N, text `names`), frozen, as `KW` holds them. */
  kwNames(ptrs: Ptr[], names: string[]): readonly Ptr[] {
    for (let i = 0; i < ptrs.length; i++) this.kwNameStrings.set(ptrs[i], names[i]);
    return Object.freeze(ptrs);
  }

  /** A new reference to None. */
  newNone(): Ptr {
    this.space.rt.incref(this.none);
    return this.none;
  }

  /** A new reference to True or False. */
  bool(v: boolean): Ptr {
    const op = v ? this.space.true : this.space.false;
    this.space.rt.incref(op);
    return op;
  }

  /** bool(op) (borrowed). */
  truthy(op: Ptr): boolean {
    const s = this.space;
    if (op === s.true) return true;
    if (op === s.false || op === s.none) return false;
    return this.isTrueSlow(op);
  }

  /** Truth of any object: __bool__, then __len__, through the type's slots. */
  isTrueSlow(op: Ptr): boolean {
    return isTrue(this.space, op);
  }

  // ── frames ─────────────────────────────────────────────────────────────────

  /** Pushes a frame for `code`; returns its depth. Raises RecursionError past the limit. */
  enter(code: CodeRuntime, globals = 0): number {
    const d = ++this.depth;
    if (d + this.cGuard.depth > this.recursionLimit || d >= this.L.length) {
      if (d + this.cGuard.depth > this.recursionLimit || d >= MAX_DEPTH) {
        this.depth--;
        throw new PyErr('RecursionError', 'maximum recursion depth exceeded');
      }
      this.growFrames();
    }
    this.FG[d] = globals;
    this.frameCode[d] = code;
    this.L[d] = 0;
    return d;
  }

  /**
   * enter() for a plain function's frame (generated code): the globals read from the
   * function object; past the recursion limit, the RecursionError's error handle (no throw).
   */
  enterFn(code: CodeRuntime, fn: Ptr): number {
    const d = ++this.depth;
    if (d + this.cGuard.depth > this.recursionLimit || d >= this.L.length) {
      if (d + this.cGuard.depth > this.recursionLimit || d >= MAX_DEPTH) {
        this.depth--;
        return this.errPark(new PyErr('RecursionError', 'maximum recursion depth exceeded'));
      }
      this.growFrames();
    }
    this.FG[d] = this.space.rt.mem.u32[(fn + FUNC.globals) >>> 2];
    this.frameCode[d] = code;
    this.L[d] = 0;
    return d;
  }

  // Doubles the shadow arrays L, FG, FO and GF (only enter() indexes past their length).
  private growFrames(): void {
    const size = Math.min(this.L.length * 2, MAX_DEPTH);
    const grow = <A extends Int32Array | Uint32Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    this.L = grow(this.L, new Int32Array(size));
    this.FG = grow(this.FG, new Uint32Array(size));
    this.FO = grow(this.FO, new Uint32Array(size));
    this.GF = grow(this.GF, new Uint32Array(size));
  }

  /** Pops the current frame. */
  leave(): void {
    const d = this.depth--;
    if (this.FO[d] !== 0) this.frameDetach(d);
  }

  /**
   * enter() for a function of a Python stand-in for C code (compiler/clevel.ts): its frame
   * does not count toward the recursion limit, as a C function's call does not in CPython.
   */
  enterC(code: CodeRuntime, globals = 0): number {
    this.cGuard.depth--;
    try {
      return this.enter(code, globals);
    } catch (error) {
      this.cGuard.depth++;
      throw error;
    }
  }

  /** enterFn() for a function of a Python stand-in for C code (see enterC). */
  enterFnC(code: CodeRuntime, fn: Ptr): number {
    this.cGuard.depth--;
    const d = this.enterFn(code, fn);
    if (d < 0) this.cGuard.depth++;
    return d;
  }

  /** leave() of a frame entered with enterC() or enterFnC(). */
  leaveC(): void {
    this.leave();
    this.cGuard.depth++;
  }

  /** Set by frameobjects.ts: lets go of the frame object of depth `d` as its frame ends. */
  frameDetach(_d: number): void {}

  /** Wall-clock deadline (ms, gc's now() scale) for --timeout, or Infinity. */
  deadline = Number.POSITIVE_INFINITY;
  private safePoints = 0;
  /** Safe points left before safePointSlow (0 once an interrupt is pending). */
  private safePointCountdown = 256;

  /** A safe point: loop back-edges call it (timers, Ctrl-C, --timeout); `pos` locates a KeyboardInterrupt. */
  safePoint(pos?: number): void {
    // One decrement per loop iteration; the rest every 256th (the eval breaker's counter).
    if (--this.safePointCountdown > 0) return;
    this.safePointSlow(pos);
  }

  /** Every 256th safe point, and the next one after an interrupt: the gc timer, Ctrl-C and --timeout. */
  safePointSlow(pos?: number): void {
    this.safePointCountdown = 256;
    this.space.rt.policy.timerPoint();
    if ((++this.safePoints & 3) === 0) this.pollInterrupts();
    if (this.interrupt !== null) {
      const why = this.interrupt;
      this.interrupt = null;
      if (why === 'KeyboardInterrupt') {
        if (pos !== undefined) this.L[this.depth] = pos;
        throw new PyErr('KeyboardInterrupt', '');
      }
      throw new TimeoutExpired();
    }
  }

  /** Turns a SIGINT seen by another thread, or a passed --timeout deadline, into `interrupt`. */
  pollInterrupts(): void {
    const flag = this.interruptFlag;
    if (flag !== null && Atomics.load(flag, 0) !== 0) {
      Atomics.store(flag, 0, 0);
      this.interrupt = 'KeyboardInterrupt';
    }
    if (this.deadline !== Number.POSITIVE_INFINITY && now() > this.deadline) this.interrupt = 'timeout';
    if (this.interrupt !== null) this.safePointCountdown = 0;
  }

  // ── code objects ───────────────────────────────────────────────────────────

  /**
   * Compiles a module tree and makes the code objects (`frozen`: one of pymm's modules);
   * returns the module's CodeRuntime. With `arena`, pushes there new references to what
   * CPython's AST arena would hold while the code runs (see constcache.ts).
   */
  compile(
    tree: Node,
    filename: string,
    source?: string,
    frozen = false,
    arena: Ptr[] | null = null,
  ): CodeRuntime {
    // Like CPython's linecache: only real files show their source lines in tracebacks.
    if (source !== undefined && !filename.startsWith('<'))
      this.sources.set(filename, source.split(/\r?\n|\r/));
    const units = compileModule(tree, filename);
    // The compiler's SyntaxWarnings, as warnings.showwarning prints them (no warnings
    // module: every one is shown, as for a compile-time warning without a registry).
    for (const [line, message] of units[0]?.warnings ?? []) {
      const text = this.sources.get(filename)?.[line - 1]?.trim();
      this.writeStderr(`${filename}:${line}: SyntaxWarning: ${message}\n${text ? `  ${text}\n` : ''}`);
    }
    return this.makeCodes(
      units,
      (unit) => new Function('$', 'K', 'N', 'C', 'CODE', unit.js) as CodeFactory,
      frozen,
      arena,
    );
  }

  /** Makes the code objects of compiled scopes (`frozen`: of pymm's own modules); returns the module's CodeRuntime. */
  makeCodes<U extends Omit<CodeUnit, 'js'>>(
    units: readonly U[],
    factory: (unit: U) => CodeFactory,
    frozen = true,
    arena: Ptr[] | null = null,
  ): CodeRuntime {
    const base = this.codes.length;
    const consts = new ConstCache(this.n, frozen);
    // First every code object, then the JS functions (which refer to their children's).
    for (const unit of units) {
      const index = base + unit.index;
      const object = this.space.rt.objectNew(this.codeType, CODE_SIZE);
      this.space.rt.mem.u32[(object + CODE_INDEX) >>> 2] = index;
      const K = consts.constants(unit);
      const N = unit.names.map((name) => this.n.intern(name));
      // co_name and co_qualname are made with the code, as unmarshalling a code object makes
      // them in CPython (the interned name is what every function made from it is called).
      const coName = this.n.intern(unit.name);
      const qualname = unit.qualname === unit.name ? this.ref(coName) : this.n.str(unit.qualname);
      this.codes[index] = {
        index,
        unit,
        object,
        fn: () => 0,
        K,
        N,
        C: [],
        fastArity: fastArity(unit),
        qualname,
      };
    }
    for (const unit of units) {
      const code = this.codes[base + unit.index];
      code.C = unit.children.map((i) => this.codes[base + i].object);
      code.fn = factory(unit)(this, code.K, code.N, code.C, code);
    }
    if (arena !== null) arena.push(...consts.arenaObjects(units));
    return this.codes[base];
  }

  /** The CodeRuntime of a code object. */
  codeOf(codeObject: Ptr): CodeRuntime {
    return this.codes[this.space.rt.mem.u32[(codeObject + CODE_INDEX) >>> 2]];
  }

  // ── exceptions ─────────────────────────────────────────────────────────────

  /** Turns anything thrown into an exception object (a new reference). */
  toException(e: unknown): Ptr {
    if (e instanceof PyException) {
      const x = e.exc;
      this.incref(x);
      return x;
    }
    if (e instanceof UnicodeErr) {
      const n = this.n;
      const args = [
        n.str(e.encoding),
        typeof e.object === 'string' ? n.str(e.object) : n.bytes(e.object),
        n.int(e.start),
        n.int(e.end),
        n.str(e.reason),
      ];
      try {
        return this.exceptionNew(this.exc.type(e.excType), args, null);
      } finally {
        for (const a of args) this.decref(a);
      }
    }
    if (e instanceof PyErr) {
      const argObj = (e as PyErr & { argObj?: Ptr }).argObj;
      const errno = (e as PyErr & { errno?: number; strerror?: string }).errno;
      const exc =
        argObj !== undefined
          ? this.exc.create(this.exc.type(e.excType), [this.ref(argObj)])
          : errno !== undefined
            ? this.exc.create(this.exc.type(e.excType), [
                this.n.int(errno),
                this.n.str((e as PyErr & { strerror: string }).strerror),
              ])
            : e.excType === 'KeyError' && /^'.*'$/s.test(e.message)
              ? this.newException('KeyError', e.message.slice(1, -1)) // str(KeyError(x)) is repr(x)
              : this.newException(e.excType, e.message);
      const extra = e as PyErr & { attrName?: Ptr; attrObj?: Ptr };
      if (extra.attrName !== undefined) {
        const nameOff = this.exc.fieldOffset(this.space.rt.typeObject(exc), 'name');
        if (nameOff >= 0) this.exc.set(exc, nameOff, extra.attrName);
        const objOff = this.exc.fieldOffset(this.space.rt.typeObject(exc), 'obj');
        if (objOff >= 0 && extra.attrObj !== undefined) this.exc.set(exc, objOff, extra.attrObj);
      }
      return exc;
    }
    if (e instanceof HeapExhausted) return this.newException('MemoryError', null);
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      return this.newException('RecursionError', 'maximum recursion depth exceeded');
    }
    if (e instanceof ExitProgram || e instanceof TimeoutExpired) throw e;
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return this.newException('SystemError', `internal error in pymm: ${msg}`);
  }

  /**
   * A new exception object of a built-in type, with one str argument (or none for null, and
   * for '' of the types CPython raises without arguments: PyErr_NoMemory's MemoryError …).
   */
  newException(name: string, message: string | null): Ptr {
    const args =
      message === null ||
      (message === '' && (name === 'KeyboardInterrupt' || name === 'StopIteration' || name === 'MemoryError'))
        ? []
        : [this.n.str(message)];
    const type = this.exc.type(name);
    return this.exc.create(type, args);
  }

  /**
   * An error that borrows an object (KeyError's key) made into an exception object now,
   * before a native call releases the arguments that keep that object alive.
   */
  pinError(e: unknown): unknown {
    if (e instanceof PyErr && (e as PyErr & { argObj?: Ptr }).argObj !== undefined) {
      return this.throwable(this.toException(e));
    }
    return e;
  }

  /** The JS error to throw for the exception object `exc` (stolen). */
  throwable(exc: Ptr): PyException {
    return new PyException(exc);
  }

  /**
   * Called when an exception leaves a frame (generated code: `throw $.unwind($e, CODE, $d)`):
   * adds this frame's traceback entry and returns the PyException to rethrow.
   */
  unwind(e: unknown, code: CodeRuntime, d: number): PyException {
    if (e instanceof ExitProgram || e instanceof TimeoutExpired) throw e;
    const pe = e instanceof PyException ? e : new PyException(this.newErrorObject(e));
    if (pe.tbDepth !== d) this.addTraceback(pe.exc, code, d);
    pe.tbDepth = d;
    return pe;
  }

  /**
   * Exceptions leaving plain Python functions by return value, by handle (−1 − index): a
   * generated function's exception exit returns a handle (errReturn) instead of throwing, as
   * CPython's functions return NULL; call0..call3 hand it to the calling code, which passes
   * it on (errUp) or takes the exception out (errTake). Slots, not one variable: finalizers
   * run by a frame's cleanup can raise and catch exceptions of their own meanwhile.
   */
  readonly errs: (PyException | undefined)[] = [];

  /** The generated epilogue's catch: unwind(), then the exception parked; returns its handle. */
  errReturn(e: unknown, code: CodeRuntime, d: number): number {
    const pe = this.unwind(e, code, d);
    return -this.errs.push(pe);
  }

  /** A call in frame `d` returned handle `r`: this frame's traceback entry added; returns `r` to return. */
  errUp(r: number, code: CodeRuntime, d: number): number {
    this.unwind(this.errs[-r - 1], code, d);
    return r;
  }

  /** The exception of handle `r`, taken out of its slot (to throw, or for an except block). */
  errTake(r: number): PyException {
    const errs = this.errs;
    const pe = errs[-r - 1] as PyException;
    errs[-r - 1] = undefined;
    while (errs.length > 0 && errs[errs.length - 1] === undefined) errs.pop();
    return pe;
  }

  /** `r` from a plain function's code (call0..call3 excepted): its exception thrown if it is a handle. */
  checked(r: unknown): Ptr {
    if ((r as number) < 0) throw this.errTake(r as number);
    return r as Ptr;
  }

  /** PyTraceBack_Here: a new traceback entry for frame `d` in front of exc.__traceback__. */
  addTraceback(exc: Ptr, code: CodeRuntime, d: number): void {
    const space = this.space;
    const k = this.L[d];
    const line = code.unit.positions[4 * k];
    // The frame's own frame object (made on first use, kept while the frame runs).
    const frame = this.ref(this.frameObject(d));
    const at = (exc + EXC.traceback) >>> 2;
    const old = space.rt.mem.u32[at] as Ptr;
    space.rt.mem.u32[at] = NULL;
    const tb = newTraceback(space, this.frameTypes, old, frame, line);
    space.rt.mem.i32[(tb + 32) >>> 2] = k;
    space.rt.mem.u32[(exc + EXC.traceback) >>> 2] = tb;
  }

  /**
   * Entering an `except` block (generated: `const x = $.catch($e, CODE, $d)`): the
   * exception object (owned by the handler until `endHandler`), with this frame's
   * traceback entry added, pushed as the exception being handled.
   */
  catch(e: unknown, code: CodeRuntime, d: number): Ptr {
    if (e instanceof ExitProgram || e instanceof TimeoutExpired) throw e;
    const pe = e instanceof PyException ? e : null;
    const exc = pe !== null ? pe.exc : this.newErrorObject(e);
    if (pe === null || pe.tbDepth !== d) this.addTraceback(exc, code, d);
    if (pe !== null) pe.tbDepth = d;
    this.depth = d;
    this.handling.push(exc);
    return exc;
  }

  /**
   * The exception object for an error raised by the VM (not by `raise`), chained to the
   * exception being handled as _PyErr_SetObject does.
   */
  newErrorObject(e: unknown): Ptr {
    const exc = this.toException(e);
    this.chainContext(exc);
    return exc;
  }

  /**
   * An error leaving an `except` block's body (generated: `catch ($h) { throw $.chainPending($h); }`):
   * made into an exception object while the handled exception is still current, so that
   * its __context__ is set before `endHandler` pops it.
   */
  chainPending(e: unknown): unknown {
    if (e instanceof PyException || e instanceof ExitProgram || e instanceof TimeoutExpired) return e;
    return new PyException(this.newErrorObject(e));
  }

  /** Leaving an `except` block: pops and releases the handled exception. */
  endHandler(exc: Ptr): void {
    const handling = this.handling;
    const last = handling.length - 1;
    if (last >= 0 && handling[last] === exc) handling.pop();
    else {
      const i = handling.lastIndexOf(exc);
      if (i >= 0) handling.splice(i, 1);
    }
    this.decref(exc);
  }

  /** `raise` inside an except block re-raises the exception being handled unchanged. */
  reraiseCaught(exc: Ptr): PyException {
    this.incref(exc);
    const pe = new PyException(exc);
    pe.tbDepth = this.depth; // this frame's entry is already there
    return pe;
  }

  /** Bare `raise`. */
  reraise(): PyException {
    const exc = this.handling.at(-1);
    if (exc === undefined)
      return this.throwable(this.newException('RuntimeError', 'No active exception to reraise'));
    return this.reraiseCaught(exc);
  }

  /** Sets __context__ of a newly raised exception to the one being handled (implicit chaining). */
  chainContext(exc: Ptr): void {
    const ctx = this.handling.at(-1);
    if (ctx === undefined || ctx === exc) return;
    // Avoid cycles: cut the chain where it reaches exc again. A cycle already in the
    // chain ends the walk (Floyd's algorithm, as _PyErr_SetObject).
    let o = ctx;
    let slow = ctx;
    let toggle = false;
    for (let c = this.exc.get(o, EXC.context); c !== NULL; c = this.exc.get(o, EXC.context)) {
      if (c === exc) {
        this.exc.set(o, EXC.context, NULL);
        break;
      }
      o = c;
      if (o === slow) break;
      if (toggle) slow = this.exc.get(slow, EXC.context);
      toggle = !toggle;
    }
    this.exc.set(exc, EXC.context, ctx);
  }

  /** `raise exc [from cause]` (both stolen; cause -1 when absent). */
  raise(exc: Ptr, cause: number): PyException {
    const obj = this.exceptionInstance(exc);
    if (cause !== -1) {
      const c = cause === this.none ? NULL : this.exceptionCause(cause as Ptr);
      this.exc.set(obj, EXC.cause, c);
      if (c !== NULL) this.decref(c);
      this.space.rt.mem.u8[obj + EXC.suppress] = 1;
    }
    this.chainContext(obj);
    return new PyException(obj);
  }

  /** An exception instance from an instance or a class (stolen): classes are called with no arguments. */
  exceptionInstance(x: Ptr): Ptr {
    if (this.isExceptionClass(x)) {
      const inst = this.call(x, []);
      if (!this.isExceptionInstance(inst)) {
        const message = `calling ${this.reprOf(x)} should have returned an instance of BaseException, not ${this.reprOf(this.space.rt.typeObject(inst))}`;
        this.decref(inst);
        throw new PyErr('TypeError', message);
      }
      return inst;
    }
    if (this.isExceptionInstance(x)) return x;
    this.decref(x);
    throw new PyErr('TypeError', 'exceptions must derive from BaseException');
  }

  /** do_raise's cause (stolen): an instance, or what calling a class returns (3.11 does not check it). */
  exceptionCause(x: Ptr): Ptr {
    if (this.isExceptionClass(x)) return this.call(x, []);
    if (this.isExceptionInstance(x)) return x;
    this.decref(x);
    throw new PyErr('TypeError', 'exception causes must derive from BaseException');
  }

  /** `raise AssertionError(msg)` and friends from generated code (msg stolen, or 0). */
  raiseNew(name: string, msg: Ptr): PyException {
    const exc = this.exc.create(this.exc.type(name), msg === 0 ? [] : [msg]);
    this.chainContext(exc);
    return new PyException(exc);
  }

  /** True if `x` is a class deriving from BaseException. */
  isExceptionClass(x: Ptr): boolean {
    return this.isType(x) && this.exc.isSubtype(x, this.exc.baseException);
  }

  /** True if `x` is an instance of BaseException. */
  isExceptionInstance(x: Ptr): boolean {
    return this.exc.isSubtype(this.space.rt.typeObject(x), this.exc.baseException);
  }

  /** `except T:` matching: T a class or a tuple of classes (borrowed). */
  exceptionMatches(exc: Ptr, t: Ptr): boolean {
    const type = this.space.rt.typeObject(exc);
    if (this.n.isTuple(t)) return this.n.tupleItems(t).some((x) => this.exceptionMatches(exc, x));
    if (!this.isExceptionClass(t)) {
      throw new PyErr('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
    // Along the MRO: a class may derive from several exception types (ExceptionGroup).
    return this.isSubtype(type, t);
  }

  /** True if `x` is a type object. */
  isType(x: Ptr): boolean {
    // PyType_Check: Py_TPFLAGS_TYPE_SUBCLASS, which metaclasses inherit from `type`.
    return (this.space.rt.typeFlags(x) & TPFLAGS_TYPE_SUBCLASS) !== 0;
  }
}
