// Generator objects: a generator function's frame, kept between resumptions (CPython 3.11
// genobject.c: make_gen, gen_traverse, gen_dealloc, _PyGen_Finalize, gen_send_ex2).
//
// The frame's locals, cells and live temporaries are the JS array F (compiler/genframe.ts)
// in the generator's JS state; the object in the heap holds the rest, where CPython's
// PyGenObject and its embedded _PyInterpreterFrame keep it:
//
//   +16  ┌──────────────────────────────┐
//        │ gi_code                      │  owned
//   +24  ├──────────────────────────────┤
//        │ gi_weakreflist               │
//   +32  ├──────────────────────────────┤
//        │ gi_name, gi_qualname         │  owned strs (settable __name__/__qualname__)
//   +48  ├──────────────────────────────┤
//        │ index of its GenState        │  (CPython: gi_exc_state; pymm keeps the state in JS)
//   +56  ├──────────────────────────────┤
//        │ origin, flags                │  unused
//   +80  ╞══════════════════════════════╡  the frame (while not FRAME_CLEARED)
//        │ f_func                       │  owned
//   +88  ├──────────────────────────────┤
//        │ f_globals                    │  borrowed from f_func
//  +104  ├──────────────────────────────┤
//        │ f_locals                     │  owned dict made by gi_frame.f_locals, or 0
//  +112  ├──────────────────────────────┤
//        │ f_code                       │  owned
//  +120  ├──────────────────────────────┤
//        │ frame_obj                    │  owned frame object (gi_frame), or 0
//  +128  ├──────────────────────────────┤
//        │ previous, prev_instr, …      │  unused (GenState.lasti)
//  +152  ╞══════════════════════════════╡
//        │ localsplus: pymm's F (JS)    │  one slot counted, as a one-slot CPython frame
//  +160  └──────────────────────────────┘
//
// Resuming a generator is gensend.ts; throw(), close() and `yield from` are genops.ts; its
// attributes and frame object genattrs.ts. The frame is cleared exactly once, when the
// generator returns or raises, is closed before it started, or is freed (genClearFrame).

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, FUNC, pointerHash } from '../../objects/index.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, type CodeUnit, localsplusNames } from '../compiler/index.js';
import type { CodeRuntime } from './code.js';
import { FRAME, FRAME_SIZEOF_BASE, frameLocalsBlock, frameSetFunc } from './frames.js';
import { Interpreter } from './interp.js';

/** Offsets in a generator object. */
export const GEN = {
  code: 16,
  weakreflist: 24,
  name: 32,
  qualname: 40,
  state: 48,
  /** An async generator's finalizer hook (asyncgens.ts). */
  agFinalizer: 68,
  func: 80,
  globals: 88,
  locals: 104,
  fcode: 112,
  frameObj: 120,
  size: 160,
};

/** offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus) in 3.11. */
export const GEN_SIZEOF_BASE = 152;

/** A generator's or frame object's __sizeof__ in 3.11: `base` + 8 × (co_nlocalsplus + co_stacksize). */
export function genFrameSizeof(
  unit: Pick<CodeUnit, 'varnames' | 'cellvars' | 'freevars' | 'stacksize'>,
  base: number,
): number {
  return base + 8 * (localsplusNames(unit).length + unit.stacksize);
}

/** _PyFrameState: CREATED and SUSPENDED frames can be resumed; CLEARED ones own nothing. */
export const FRAME_CREATED = -2;
/** Suspended at a yield. */
export const FRAME_SUSPENDED = -1;
/** Running (gi_running). */
export const FRAME_EXECUTING = 0;
/** Returned or raised; the frame is about to be cleared. */
export const FRAME_COMPLETED = 1;
/** The frame's references are released. */
export const FRAME_CLEARED = 4;

/** The JS side of a generator: its JS generator and frame array. */
export interface GenState {
  /** The generator object this state belongs to. */
  gen: Ptr;
  /** The compiled body, suspended at a yield (null once the frame is cleared). */
  js: Generator<Ptr, Ptr, Ptr> | null;
  code: CodeRuntime;
  /** localsplus and the temporaries: owned references or 0 (compiler/genframe.ts). */
  F: Ptr[];
  /** gi_frame_state. */
  state: number;
  /** The instruction it is suspended at (an index in the code's positions). */
  lasti: number;
  /** The iterator a suspended `yield from` delegates to (borrowed from F), or 0. */
  yf: Ptr;
  /** Exceptions being handled inside the suspended frame (borrowed from F), innermost last. */
  handled: Ptr[] | null;
  /** The depth of its shadow frame while it runs. */
  depth: number;
  /** f_globals (borrowed from the function; also at GEN.globals). */
  globals: Ptr;
}

// Where a code's cells and free variables sit in F (see compiler/genframe.ts).
interface FrameLayout {
  /** Slot of each of co_cellvars. */
  cells: number[];
  /** Slot of the first free variable. */
  free: number;
  /** Slots of the plain (non-cell) varnames, then of the cells and free variables, in the order a returned frame object keeps them (frames.ts). */
  held: number[];
}

declare module './interp.js' {
  interface Interpreter {
    generatorType: Ptr;
    /** The `coroutine` type (an `async def` without `yield`; coroutines.ts). */
    coroutineType: Ptr;
    /** The `async_generator` type (an `async def` with `yield`; asyncgens.ts). */
    asyncGenType: Ptr;
    /** Whether `type` is generator, coroutine or async_generator (PyGen_Check and friends). */
    isGenType(type: Ptr): boolean;
    /** The JS state of every generator object, by the index in its GEN.state word. */
    generators: (GenState | undefined)[];
    /** Free indexes in `generators`. */
    generatorsFree: number[];
    /** Set by yieldFromFirst: the sub-iterator of the `yield from` about to suspend. */
    yfPending: Ptr;
    /** The result of a finished `yield from` (owned), for yieldFromResult. */
    yfValue: Ptr;
    /** Generator frames' layouts, by code index. */
    frameLayouts: Map<number, FrameLayout>;
    initGenerators(): void;
    /** make_gen: a generator for a call of `fn` (parameters stolen, already bound). */
    newGenerator(fn: Ptr, code: CodeRuntime, params: Ptr[]): Ptr;
    /** The JS state of a generator object. */
    genState(gen: Ptr): GenState;
    /** Releases everything the frame owns (_PyFrame_Clear), once. */
    genClearFrame(gen: Ptr, st: GenState): void;
    /** _PyGen_Finalize: closes a generator that has not finished. */
    genFinalize(gen: Ptr): void;
    /** gen_close (genops.ts). */
    genClose(gen: Ptr): void;
  }
}

const I = Interpreter.prototype;
const EMPTY: Ptr[] = [];
// Words of gen_traverse's references, then of the frame's own (_PyFrame_Traverse's order).
const GEN_REFS = [GEN.code >>> 2, GEN.name >>> 2, GEN.qualname >>> 2];
const FRAME_REFS = [GEN.frameObj >>> 2, GEN.locals >>> 2, GEN.func >>> 2, GEN.fcode >>> 2];

I.initGenerators = function (this: Interpreter): void {
  this.generators = [];
  this.generatorsFree = [];
  this.frameLayouts = new Map();
  this.genResult = NULL;
  this.thrown = null;
  this.yfPending = NULL;
  this.yfValue = NULL;
  this.generatorType = genLikeType(this, 'generator');
  this.coroutineType = genLikeType(this, 'coroutine');
  this.asyncGenType = genLikeType(this, 'async_generator');
};

I.isGenType = function (this: Interpreter, type: Ptr): boolean {
  return type === this.generatorType || type === this.coroutineType || type === this.asyncGenType;
};

// The three types of gen-like objects share genobject.c's layout and slots.
function genLikeType(interp: Interpreter, kind: string): Ptr {
  const rt = interp.space.rt;
  const word = (op: Ptr, off: number) => rt.mem.u32[(op + off) >>> 2] as Ptr;
  return interp.space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: kind,
    flags: TPFLAGS_HAVE_GC,
    basicsize: GEN.size,
    weaklistoffset: GEN.weakreflist,
    // gen_traverse: the code and names; then, while the frame lives, _PyFrame_Traverse:
    // frame object, f_locals, function, code, and the locals and value stack, which an
    // executing frame does not show (its stacktop is -1 while it runs).
    traverse: (op, visit) => {
      const u32 = rt.mem.u32;
      const at = op >>> 2;
      for (const w of GEN_REFS) {
        const v = u32[at + w] as Ptr;
        if (v !== NULL) visit(v);
      }
      const hook = u32[at + (GEN.agFinalizer >>> 2)] as Ptr;
      if (hook !== NULL) visit(hook);
      const st = interp.generators[u32[at + (GEN.state >>> 2)]];
      if (st === undefined || st.state === FRAME_CLEARED) return;
      for (const w of FRAME_REFS) {
        const v = u32[at + w] as Ptr;
        if (v !== NULL) visit(v);
      }
      if (st.state === FRAME_EXECUTING) return;
      const F = st.F;
      for (let i = 0; i < F.length; i++) if (F[i] !== NULL) visit(F[i]);
    },
    finalize: (op) => interp.genFinalize(op),
    dealloc: (op) => {
      rt.untrack(op);
      if (word(op, GEN.weakreflist) !== NULL) clearWeakrefs(rt, op);
      const index = word(op, GEN.state);
      const st = interp.generators[index];
      if (st !== undefined && st.state < FRAME_COMPLETED) {
        rt.track(op);
        if (rt.callFinalizerFromDealloc(op)) return; // resurrected
        rt.untrack(op);
      }
      if (st !== undefined && st.state !== FRAME_CLEARED) interp.genClearFrame(op, st);
      interp.generators[index] = undefined;
      interp.generatorsFree.push(index);
      const code = word(op, GEN.code);
      const name = word(op, GEN.name);
      const qualname = word(op, GEN.qualname);
      const hook = word(op, GEN.agFinalizer);
      rt.gcDel(op);
      if (hook !== NULL) rt.decref(hook);
      rt.decref(code);
      rt.decref(name);
      rt.decref(qualname);
    },
    // gen_sizeof: the object up to its frame's localsplus, then one word per local, cell,
    // free variable and value-stack slot of the code (co_nlocalsplus + co_stacksize).
    sizeof: (op) => genFrameSizeof(interp.codeOf(word(op, GEN.code)).unit, GEN_SIZEOF_BASE),
    hash: (op) => pointerHash(op),
    repr: (op) => {
      const q = word(op, GEN.qualname);
      return `<${kind} object ${q === NULL ? '?' : interp.n.jsStr(q)} at 0x${op.toString(16)}>`;
    },
  });
}

/** make_gen: a new generator for `fn`, its parameters (stolen) already bound. */
I.newGenerator = function (this: Interpreter, fn: Ptr, code: CodeRuntime, params: Ptr[]): Ptr {
  const rt = this.space.rt;
  const unit = code.unit;
  const flags = unit.flags;
  const type =
    flags & CO_COROUTINE
      ? this.coroutineType
      : flags & CO_ASYNC_GENERATOR
        ? this.asyncGenType
        : this.generatorType;
  // make_gen: the object with its frame's localsplus and value stack inline, as CPython
  // allocates it (pymm keeps those in F; the words past GEN.size stay unused).
  const size = Math.max(GEN.size, genFrameSizeof(unit, GEN_SIZEOF_BASE));
  const op = rt.gcNew(type, size);
  const u32 = rt.mem.u32;
  for (let i = 16; i < GEN.size; i += 4) u32[(op + i) >>> 2] = 0;
  const name = u32[(fn + FUNC.name) >>> 2] as Ptr;
  const qualname = u32[(fn + FUNC.qualname) >>> 2] as Ptr;
  rt.incref(code.object);
  rt.incref(code.object);
  rt.incref(name);
  rt.incref(qualname);
  rt.incref(fn);
  u32[(op + GEN.code) >>> 2] = code.object;
  u32[(op + GEN.fcode) >>> 2] = code.object;
  u32[(op + GEN.name) >>> 2] = name;
  u32[(op + GEN.qualname) >>> 2] = qualname;
  u32[(op + GEN.func) >>> 2] = fn;
  const globals = u32[(fn + FUNC.globals) >>> 2] as Ptr;
  u32[(op + GEN.globals) >>> 2] = globals;
  const closure = u32[(fn + FUNC.closure) >>> 2] as Ptr;
  const F: Ptr[] = [];
  const n = unit.framesize;
  for (let i = 0; i < n; i++) F.push(i < params.length ? params[i] : NULL);
  if (unit.cellvars.length !== 0 || unit.freevars.length !== 0) {
    // MAKE_CELL and COPY_FREE_VARS run before RETURN_GENERATOR: a new generator has its cells.
    const layout = frameLayout(this, code);
    for (const s of layout.cells) F[s] = this.cellNew(F[s]);
    unit.freevars.forEach((_, i) => {
      F[layout.free + i] = this.ref(this.closureCell(closure, i));
    });
  }
  const js = (code.fn as unknown as (f: Ptr, frame: Ptr[]) => Generator<Ptr, Ptr, Ptr>)(fn, F);
  const index =
    this.generatorsFree.length > 0 ? (this.generatorsFree.pop() as number) : this.generators.length;
  rt.mem.u32[(op + GEN.state) >>> 2] = index;
  this.generators[index] = {
    gen: op,
    js,
    code,
    F,
    state: FRAME_CREATED,
    lasti: 0,
    yf: NULL,
    handled: null,
    depth: 0,
    globals,
  };
  rt.track(op);
  return op;
};

function frameLayout(interp: Interpreter, code: CodeRuntime): FrameLayout {
  let layout = interp.frameLayouts.get(code.index);
  if (layout === undefined) {
    const unit = code.unit;
    const names = localsplusNames(unit);
    const slot = (n: string) => names.indexOf(n);
    const plain = unit.varnames.filter((n) => !unit.cellvars.includes(n));
    layout = {
      cells: unit.cellvars.map(slot),
      free: names.length - unit.freevars.length,
      held: [...plain, ...unit.cellvars, ...unit.freevars].map(slot),
    };
    interp.frameLayouts.set(code.index, layout);
  }
  return layout;
}

I.genState = function (this: Interpreter, gen: Ptr): GenState {
  return this.generators[this.space.rt.mem.u32[(gen + GEN.state) >>> 2]] as GenState;
};

I.genClearFrame = function (this: Interpreter, gen: Ptr, st: GenState): void {
  const rt = this.space.rt;
  const u32 = rt.mem.u32;
  st.state = FRAME_CLEARED;
  const F = st.F;
  st.F = EMPTY;
  st.js = null;
  st.yf = NULL;
  st.handled = null;
  const fo = u32[(gen + GEN.frameObj) >>> 2] as Ptr;
  if (fo !== NULL) {
    u32[(gen + GEN.frameObj) >>> 2] = 0;
    this.genOfFrame.delete(fo);
    if (rt.refcnt(fo) > 1) takeOwnership(this, gen, st, F, fo);
    rt.decref(fo);
  }
  for (let i = 0; i < F.length; i++) if (F[i] !== NULL) rt.decref(F[i]);
  const locals = u32[(gen + GEN.locals) >>> 2] as Ptr;
  const fn = u32[(gen + GEN.func) >>> 2] as Ptr;
  const code = u32[(gen + GEN.fcode) >>> 2] as Ptr;
  u32[(gen + GEN.locals) >>> 2] = 0;
  u32[(gen + GEN.func) >>> 2] = 0;
  u32[(gen + GEN.fcode) >>> 2] = 0;
  if (locals !== NULL) rt.decref(locals);
  rt.decref(fn);
  rt.decref(code);
  u32[(gen + GEN.globals) >>> 2] = 0;
};

// take_ownership: a frame object that outlives its generator's frame keeps the locals,
// cells and f_locals (moved out of F), and the line it stopped at.
function takeOwnership(interp: Interpreter, gen: Ptr, st: GenState, F: Ptr[], fo: Ptr): void {
  const rt = interp.space.rt;
  const unit = st.code.unit;
  const held = frameLayout(interp, st.code).held;
  rt.mem.i32[(fo + FRAME.lineno) >>> 2] = unit.positions[4 * st.lasti];
  rt.mem.i32[(fo + FRAME.depth) >>> 2] = 0;
  if (!rt.isTracked(fo)) rt.track(fo);
  const fn = rt.mem.u32[(gen + GEN.func) >>> 2] as Ptr;
  if (fn !== NULL && rt.mem.u32[(fo + FRAME.func) >>> 2] === NULL) frameSetFunc(interp.space, fo, fn);
  const locals = rt.mem.u32[(gen + GEN.locals) >>> 2] as Ptr;
  if (locals !== NULL) {
    rt.mem.u32[(gen + GEN.locals) >>> 2] = 0;
    const old = rt.mem.u32[(fo + FRAME.locals) >>> 2] as Ptr;
    rt.mem.u32[(fo + FRAME.locals) >>> 2] = locals;
    if (old !== NULL) rt.decref(old);
  }
  if (held.length === 0 || F.length === 0) return;
  const block = frameLocalsBlock(interp.space, fo, genFrameSizeof(unit, FRAME_SIZEOF_BASE), held.length);
  const u32 = rt.mem.u32;
  held.forEach((s, i) => {
    u32[(block + 8 * i) >>> 2] = F[s];
    u32[(block + 8 * i + 4) >>> 2] = 0;
    F[s] = NULL;
  });
  u32[(fo + FRAME.localsplus) >>> 2] = block;
  rt.mem.i32[(fo + FRAME.nlocals) >>> 2] = held.length;
  rt.mem.i32[(fo + FRAME.ncells) >>> 2] = unit.cellvars.length + unit.freevars.length;
}

I.genFinalize = function (this: Interpreter, gen: Ptr): void {
  const st = this.genState(gen);
  if (st.state >= FRAME_COMPLETED) return;
  if (this.space.rt.typeObject(gen) === this.asyncGenType && this.agFinalize(gen)) return;
  if (st.state === FRAME_CREATED && this.space.rt.typeObject(gen) === this.coroutineType) {
    this.warnUnawaited(gen);
    return;
  }
  if (st.state === FRAME_CREATED) {
    // gen_close of a generator that never ran: its frame raises GeneratorExit at once.
    this.genClearFrame(gen, st);
    return;
  }
  this.genClose(gen);
};
