// Frame objects of running frames: sys._getframe() and the f_* attributes.
//
// Running frames are JS activations (frames.ts); a frame object is made on demand for a
// depth and its callers (f_back), and kept in Interpreter.FO while its frame runs, so
// `sys._getframe() is sys._getframe()`. When the frame returns, generated code hands its
// locals and cells to the object if something else still holds it (frameExit), and
// leave() lets go of the interpreter's reference (frameDetach), as CPython 3.11's
// _PyFrame_Clear does with a frame object that outlives its frame.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import {
  FRAME,
  FRAME_SIZEOF_BASE,
  frameFreeLocalsBlock,
  frameGlobals,
  frameLocalsBlock,
  frameSetFunc,
  newFrame,
} from './frames.js';
import { FRAME_EXECUTING, GEN, genFrameSizeof } from './generators.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** The frame object of the running frame at depth `d` (borrowed; made on first use). */
    frameObject(d: number): Ptr;
    /** Generated code: the frame at depth `d` of function `fn` returns; `held` are its locals then cells (borrowed). */
    frameExit(d: number, held: Ptr[], ncells: number, fn?: Ptr): void;
    /** sys._getframe(depth). */
    getFrame(depth: number): Ptr;
    initFrameObjects(): void;
  }
}

const I = Interpreter.prototype;

I.frameObject = function (this: Interpreter, d: number): Ptr {
  const existing = this.FO[d] as Ptr;
  if (existing !== NULL) return existing;
  // A generator's frame object belongs to the generator (gi_frame).
  const gen = this.GF[d] as Ptr;
  if (gen !== NULL) return this.genFrameObject(gen);
  const code = this.frameCode[d];
  const line = code.unit.positions[4 * this.L[d]];
  const size = genFrameSizeof(code.unit, FRAME_SIZEOF_BASE);
  const frame = newFrame(this.space, this.frameTypes, code.object, this.FG[d] as Ptr, line, size);
  this.space.rt.mem.i32[(frame + FRAME.depth) >>> 2] = d;
  // f_back is made when asked for (PyFrame_GetBack), or when the frame object outlives its
  // frame (take_ownership in frameDetach), as in 3.11.
  this.FO[d] = frame;
  return frame;
};

I.frameExit = function (this: Interpreter, d: number, held: Ptr[], ncells: number, fn: Ptr = NULL): void {
  const frame = this.FO[d] as Ptr;
  const rt = this.space.rt;
  if (rt.refcnt(frame) <= 1) return;
  if (fn !== NULL && rt.mem.u32[(frame + FRAME.func) >>> 2] === NULL) frameSetFunc(this.space, frame, fn);
  if (held.length === 0) return;
  const size = genFrameSizeof(this.frameCode[d].unit, FRAME_SIZEOF_BASE);
  const block = frameLocalsBlock(this.space, frame, size, held.length);
  const u32 = rt.mem.u32;
  for (let i = 0; i < held.length; i++) {
    const v = held[i];
    if (v !== NULL) rt.incref(v);
    u32[(block + 8 * i) >>> 2] = v;
    u32[(block + 8 * i + 4) >>> 2] = 0;
  }
  u32[(frame + FRAME.localsplus) >>> 2] = block;
  rt.mem.i32[(frame + FRAME.nlocals) >>> 2] = held.length;
  rt.mem.i32[(frame + FRAME.ncells) >>> 2] = ncells;
};

I.frameDetach = function (this: Interpreter, d: number): void {
  const frame = this.FO[d] as Ptr;
  this.FO[d] = 0;
  const code = this.frameCode[d];
  const rt = this.space.rt;
  const i32 = rt.mem.i32;
  i32[(frame + FRAME.lineno) >>> 2] = code.unit.positions[4 * this.L[d]];
  i32[(frame + FRAME.depth) >>> 2] = 0;
  // take_ownership: a frame object that outlives its frame links its caller's (made now)
  // and is tracked from then on.
  if (rt.refcnt(frame) > 1) {
    if (d > 1 && rt.mem.u32[(frame + FRAME.back) >>> 2] === NULL) {
      rt.mem.u32[(frame + FRAME.back) >>> 2] = this.ref(this.frameObject(d - 1));
    }
    if (!rt.isTracked(frame)) rt.track(frame);
  }
  this.decref(frame);
};

I.getFrame = function (this: Interpreter, depth: number): Ptr {
  const d = this.depth - depth;
  if (d < 1) throw new PyErr('ValueError', 'call stack is not deep enough');
  return this.ref(this.frameObject(d));
};

I.initFrameObjects = function (this: Interpreter): void {
  const n = this.n;
  const rt = this.space.rt;
  const word = (self: Ptr, off: number) => rt.mem.u32[(self + off) >>> 2] as Ptr;
  const attached = (self: Ptr) => rt.mem.i32[(self + FRAME.depth) >>> 2];
  const orNone = (v: Ptr) => (v === NULL ? this.newNone() : this.ref(v));
  // f_locals of a returned frame: the locals and cells it took over, by the code's names.
  const heldLocals = (self: Ptr): Ptr => {
    const d = n.dict();
    const block = word(self, FRAME.localsplus);
    if (block === NULL) return d;
    const unit = this.codeOf(word(self, FRAME.code)).unit;
    const cells = [...unit.cellvars, ...unit.freevars];
    const names = [...unit.varnames.filter((v) => !unit.cellvars.includes(v)), ...cells];
    const count = rt.mem.i32[(self + FRAME.nlocals) >>> 2];
    const ncells = rt.mem.i32[(self + FRAME.ncells) >>> 2];
    for (let i = 0; i < count && i < names.length; i++) {
      let v = word(block, 8 * i);
      if (v !== NULL && i >= count - ncells) v = this.cellGet(v);
      if (v !== NULL) n.dictSet(d, n.intern(names[i]), v);
    }
    return d;
  };
  const getters = this.nativeGetters.get(this.frameTypes.frame) ?? new Map<string, (self: Ptr) => Ptr>();
  getters.set('f_back', (self) => {
    // PyFrame_GetBack: a running frame's caller gets its frame object on demand.
    const d = attached(self);
    if (word(self, FRAME.back) === NULL && d > 1) return this.ref(this.frameObject(d - 1));
    return orNone(word(self, FRAME.back));
  });
  getters.set('f_code', (self) => orNone(word(self, FRAME.code)));
  getters.set('f_globals', (self) => {
    const g = frameGlobals(this.space, self);
    return g === NULL ? n.dict() : this.ref(g);
  });
  getters.set('f_builtins', () => this.ref(this.builtinsDict));
  // PyFrame_GetLineNumber: the running instruction's line, a suspended generator's yield,
  // or the line a returned frame stopped at.
  const lineno = (self: Ptr): number => {
    const d = attached(self);
    if (d > 0) return this.frameCode[d].unit.positions[4 * this.L[d]];
    const gen = this.genOfFrame.get(self);
    if (gen !== undefined) {
      const st = this.genState(gen);
      return st.code.unit.positions[4 * st.lasti];
    }
    return rt.mem.i32[(self + FRAME.lineno) >>> 2];
  };
  getters.set('f_lineno', (self) => n.int(lineno(self)));
  // frame_traverse: a frame object shows its frame's references only once it owns the frame
  // (take_ownership); while the frame runs or belongs to a generator, only f_back (and
  // f_locals, which pymm keeps on the object).
  const frameSlots = this.space.slots(this.frameTypes.frame);
  const ownedTraverse = frameSlots.traverse;
  frameSlots.traverse = (op, visit) => {
    if (attached(op) === 0 && !this.genOfFrame.has(op)) {
      ownedTraverse?.(op, visit);
      return;
    }
    const back = word(op, FRAME.back);
    if (back !== NULL) visit(back);
    const locals = word(op, FRAME.locals);
    if (locals !== NULL) visit(locals);
  };
  // frame_sizeof: the frame object up to its frame data's localsplus, then one word per
  // local, cell, free variable and value-stack slot of the code.
  this.space.slots(this.frameTypes.frame).sizeof = (self) =>
    genFrameSizeof(this.codeOf(word(self, FRAME.code)).unit, FRAME_SIZEOF_BASE);
  // frame_repr
  this.space.slots(this.frameTypes.frame).repr = (self) => {
    const unit = this.codeOf(word(self, FRAME.code)).unit;
    const file = n.str(unit.filename);
    try {
      return `<frame at 0x${self.toString(16)}, file ${this.reprOf(file)}, line ${lineno(self)}, code ${unit.name}>`;
    } finally {
      this.decref(file);
    }
  };
  getters.set('f_lasti', (self) => n.int(attached(self) > 0 ? 2 * this.L[attached(self)] : -1));
  // The frame keeps its f_locals dict and refreshes it in place (PyFrame_FastToLocals).
  getters.set('f_locals', (self) => {
    const gen = this.genOfFrame.get(self);
    if (gen !== undefined) return refreshLocals(gen + GEN.locals, this.genLocals(this.genState(gen)));
    const d = attached(self);
    const fresh = d > 0 ? this.frameLocals(d) : heldLocals(self);
    const cached = word(self, FRAME.locals);
    if (cached === NULL || cached === fresh) {
      if (cached === NULL) rt.mem.u32[(self + FRAME.locals) >>> 2] = this.ref(fresh);
      return fresh;
    }
    if (d > 0 && typeof this.FL[d] === 'number') {
      // A module or class body: its namespace is the mapping itself.
      this.decref(cached);
      rt.mem.u32[(self + FRAME.locals) >>> 2] = this.ref(fresh);
      return fresh;
    }
    return refreshLocals(self + FRAME.locals, fresh);
  });
  // PyFrame_FastToLocals: the dict kept at `at` (made on first use) takes the values of
  // `fresh` (a new dict, released), so that f_locals is the same object every time.
  const refreshLocals = (at: number, fresh: Ptr): Ptr => {
    const cached = rt.mem.u32[at >>> 2] as Ptr;
    if (cached === NULL) {
      rt.mem.u32[at >>> 2] = this.ref(fresh);
      return fresh;
    }
    for (const [k] of n.dictItems(cached)) if (n.dictGet(fresh, k) === NULL) n.dictDel(cached, k);
    for (const [k, v] of n.dictItems(fresh)) n.dictSet(cached, k, v);
    this.decref(fresh);
    return this.ref(cached);
  };
  getters.set('f_trace', () => this.newNone());
  this.nativeGetters.set(this.frameTypes.frame, getters);
  this.defMethod(this.frameTypes.frame, 'clear', (self) => {
    const gen = this.genOfFrame.get(self);
    if (gen !== undefined) {
      // A suspended generator's frame: clearing it finalizes (closes) the generator.
      if (this.genState(gen).state === FRAME_EXECUTING)
        throw new PyErr('RuntimeError', 'cannot clear an executing frame');
      try {
        this.genFinalize(gen);
      } catch (e) {
        this.writeUnraisable(e, gen);
      }
      return this.newNone();
    }
    if (attached(self) > 0) throw new PyErr('RuntimeError', 'cannot clear an executing frame');
    const block = word(self, FRAME.localsplus);
    if (block !== NULL) {
      // frame.clear() drops the locals (frame_tp_clear without f_back).
      const held: Ptr[] = [];
      const count = rt.mem.i32[(self + FRAME.nlocals) >>> 2];
      for (let i = 0; i < count; i++) held.push(word(block, 8 * i));
      rt.mem.u32[(self + FRAME.localsplus) >>> 2] = 0;
      rt.mem.i32[(self + FRAME.nlocals) >>> 2] = 0;
      frameFreeLocalsBlock(this.space, self, block);
      for (const v of held) if (v !== NULL) this.decref(v);
    }
    return this.newNone();
  });
};
