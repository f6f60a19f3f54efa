// A generator's Python face: send/throw/close/__next__, the gi_* attributes, __name__ and
// __qualname__, and its frame object (gi_frame, also named by tracebacks through it) with
// the locals CPython's PyFrame_FastToLocals would show.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { localsplusNames } from '../compiler/index.js';
import { argCount } from './args.js';
import { FRAME, FRAME_SIZEOF_BASE, newFrame } from './frames.js';
import {
  FRAME_CLEARED,
  FRAME_EXECUTING,
  FRAME_SUSPENDED,
  GEN,
  type GenState,
  genFrameSizeof,
} from './generators.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** The frame object of a generator's frame (borrowed; made on first use), or 0 once cleared. */
    genFrameObject(gen: Ptr): Ptr;
    /** locals() of a generator's frame: a new dict of its bound locals, cells and free variables. */
    genLocals(st: GenState): Ptr;
    /** The generator whose frame `frame` is (frame objects made by gi_frame or sys._getframe). */
    genOfFrame: Map<number, Ptr>;
    initGeneratorMethods(): void;
    /** Makes `__name__` and `__qualname__` of a generator-like type settable to strs (gen_set_name, gen_set_qualname). */
    setGenNameSetters(type: Ptr): void;
  }
}

const I = Interpreter.prototype;

I.genFrameObject = function (this: Interpreter, gen: Ptr): Ptr {
  const rt = this.space.rt;
  const st = this.genState(gen);
  if (st.state === FRAME_CLEARED) return NULL;
  const existing = rt.mem.u32[(gen + GEN.frameObj) >>> 2] as Ptr;
  if (existing !== NULL) return existing;
  const running = st.state === FRAME_EXECUTING;
  const line = st.code.unit.positions[4 * (running ? this.L[st.depth] : st.lasti)];
  const globals = rt.mem.u32[(gen + GEN.globals) >>> 2] as Ptr;
  const size = genFrameSizeof(st.code.unit, FRAME_SIZEOF_BASE);
  const frame = newFrame(this.space, this.frameTypes, st.code.object, globals, line, size);
  rt.mem.u32[(gen + GEN.frameObj) >>> 2] = frame;
  this.genOfFrame.set(frame, gen);
  if (running) {
    // Attached to the running frame too, as sys._getframe's frames are (frameobjects.ts);
    // its f_back is found when asked for.
    this.FO[st.depth] = this.ref(frame);
    rt.mem.i32[(frame + FRAME.depth) >>> 2] = st.depth;
  }
  return frame;
};

I.genLocals = function (this: Interpreter, st: GenState): Ptr {
  const n = this.n;
  const unit = st.code.unit;
  const d = n.dict();
  const names = localsplusNames(unit);
  for (let i = 0; i < names.length && i < st.F.length; i++) {
    let v = st.F[i];
    if (v !== NULL && (i >= unit.varnames.length || unit.cellvars.includes(names[i]))) v = this.cellGet(v);
    if (v !== NULL) n.dictSet(d, n.intern(names[i]), v);
  }
  return d;
};

I.initGeneratorMethods = function (this: Interpreter): void {
  const rt = this.space.rt;
  const G = this.generatorType;
  this.genOfFrame = new Map();
  this.defMethod(G, 'send', (self, args, kw) => {
    argCount('generator.send', args, kw, 1, 1);
    return this.genSend(self, args[0]);
  });
  this.defMethod(G, 'throw', (self, args, kw) => {
    argCount('generator.throw', args, kw, 1, 3);
    return this.genThrow(self, args[0], args[1] ?? NULL, args[2] ?? NULL);
  });
  this.defMethod(G, 'close', (self, args, kw) => {
    argCount('generator.close', args, kw, 0, 0);
    this.genClose(self);
    return this.newNone();
  });
  this.defMethod(G, '__next__', (self) => this.genSend(self, NULL));
  const word = (self: Ptr, off: number) => rt.mem.u32[(self + off) >>> 2] as Ptr;
  const getters = new Map<string, (self: Ptr) => Ptr>([
    ['gi_code', (self) => this.ref(word(self, GEN.code))],
    [
      'gi_frame',
      (self) => {
        const f = this.genFrameObject(self);
        return f === NULL ? this.newNone() : this.ref(f);
      },
    ],
    ['gi_running', (self) => this.bool(this.genState(self).state === FRAME_EXECUTING)],
    ['gi_suspended', (self) => this.bool(this.genState(self).state === FRAME_SUSPENDED)],
    [
      'gi_yieldfrom',
      (self) => {
        const st = this.genState(self);
        return st.yf !== NULL && st.state < FRAME_CLEARED ? this.ref(st.yf) : this.newNone();
      },
    ],
    ['__name__', (self) => this.ref(word(self, GEN.name))],
    ['__qualname__', (self) => this.ref(word(self, GEN.qualname))],
  ]);
  this.nativeGetters.set(G, getters);
  this.setGenNameSetters(G);
  // Functions in containers and the collector's views show as repr() shows them.
  this.space.slots(this.space.functions.type).repr = (op) => this.reprOf(op);
};

I.setGenNameSetters = function (this: Interpreter, type: Ptr): void {
  const rt = this.space.rt;
  const setter = (attr: string, off: number) => (self: Ptr, value: Ptr) => {
    // Deleting is setting NULL: the same TypeError.
    if (value === NULL || !this.n.isStr(value))
      throw new PyErr('TypeError', `${attr} must be set to a string object`);
    const old = rt.mem.u32[(self + off) >>> 2] as Ptr;
    rt.incref(value);
    rt.mem.u32[(self + off) >>> 2] = value;
    if (old !== NULL) rt.decref(old);
  };
  const setters = this.nativeSetters.get(type) ?? new Map();
  setters.set('__name__', setter('__name__', GEN.name));
  setters.set('__qualname__', setter('__qualname__', GEN.qualname));
  this.nativeSetters.set(type, setters);
};
