// The shadow frame stack (code and current line per depth) and traceback objects.
//
// Frames of running functions are not heap objects: their locals are JS variables holding
// owned references, so the counts are CPython's. When an exception passes through a frame,
// a traceback entry is made in the heap (PyTracebackObject) with a small frame object
// (PyFrameObject: code, line, globals), as CPython materialises frames for tracebacks.
//
// PyTracebackObject (40 bytes, GC):          frame (pymm's, 80 bytes, GC):
//   +16 tb_next  +24 tb_frame                  +16 f_back  +24 f_code  +32 f_globals
//   +32 tb_lasti (i32) +36 tb_lineno (i32)     +40 f_lineno (i32)  +44 depth (i32)
//                                              +48 localsplus  +56 nlocals (i32)
//                                              +60 ncells (i32)  +64 f_locals dict
//                                              +72 f_func (f_globals then borrowed from it)
//
// A frame object made by sys._getframe is attached to its running frame (depth > 0). When
// that frame returns while the object is still referenced, the object takes over the
// frame's locals and cells (localsplus: a raw block of owned references, the last `ncells`
// of them cells), as CPython's _PyFrame_Clear hands them to the PyFrameObject; a frame
// kept in a local of its own function is then a one-object cycle, as in 3.11.

import { TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, FUNC, type ObjectSpace, pointerHash } from '../../objects/index.js';

/** Offsets in a traceback object. */
export const TB = { next: 16, frame: 24, lasti: 32, lineno: 36, size: 40 };
/** Offsets in a frame object. */
export const FRAME = {
  back: 16,
  code: 24,
  globals: 32,
  lineno: 40,
  depth: 44,
  localsplus: 48,
  nlocals: 56,
  ncells: 60,
  locals: 64,
  /** f_func: the function whose frame the object took over (0 for module and class bodies). */
  func: 72,
  size: 80,
};

/** offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus) in 3.11. */
export const FRAME_SIZEOF_BASE = 120;

/** The traceback and frame types. */
export interface FrameTypes {
  traceback: Ptr;
  frame: Ptr;
}

/** Makes the `traceback` and `frame` types. */
export function initFrameTypes(space: ObjectSpace): FrameTypes {
  const rt = space.rt;
  const refs = (fields: number[]) => ({
    traverse: (op: Ptr, visit: (c: Ptr) => void) => {
      for (const f of fields) {
        const v = rt.mem.u32[(op + f) >>> 2] as Ptr;
        if (v !== NULL) visit(v);
      }
    },
    clear: (op: Ptr) => {
      for (const f of fields) {
        const v = rt.mem.u32[(op + f) >>> 2] as Ptr;
        rt.mem.u32[(op + f) >>> 2] = 0;
        if (v !== NULL) rt.decref(v);
      }
    },
  });
  const tbRefs = refs([TB.next, TB.frame]);
  const traceback = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'traceback',
    flags: TPFLAGS_HAVE_GC,
    hash: pointerHash,
    basicsize: TB.size,
    ...tbRefs,
    dealloc: (op) => {
      rt.untrack(op);
      tbRefs.clear(op);
      rt.gcDel(op);
    },
  });
  const fields = refs([FRAME.back, FRAME.code, FRAME.globals, FRAME.locals, FRAME.func]);
  const frRefs = {
    // frame_traverse then _PyFrame_Traverse: f_back, f_locals, f_func, f_code, the locals.
    // A frame with a function borrows the globals from it, as CPython's does (frameSetFunc):
    // f_globals is visited only while the frame holds it, so every held reference is seen.
    traverse: (op: Ptr, visit: (c: Ptr) => void) => {
      const u32 = rt.mem.u32;
      const at = op >>> 2;
      const back = u32[at + (FRAME.back >>> 2)] as Ptr;
      if (back !== NULL) visit(back);
      const locals = u32[at + (FRAME.locals >>> 2)] as Ptr;
      if (locals !== NULL) visit(locals);
      const func = u32[at + (FRAME.func >>> 2)] as Ptr;
      const globals = u32[at + (FRAME.globals >>> 2)] as Ptr;
      if (func !== NULL) visit(func);
      if (globals !== NULL) visit(globals);
      const code = u32[at + (FRAME.code >>> 2)] as Ptr;
      if (code !== NULL) visit(code);
      const block = u32[(op + FRAME.localsplus) >>> 2];
      const count = rt.mem.i32[(op + FRAME.nlocals) >>> 2];
      for (let i = 0; i < count; i++) {
        const v = u32[(block + 8 * i) >>> 2] as Ptr;
        if (v !== NULL) visit(v);
      }
    },
    clear: (op: Ptr) => {
      fields.clear(op);
      frameClearLocals(space, op);
    },
  };
  const frame = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'frame',
    flags: TPFLAGS_HAVE_GC,
    hash: pointerHash,
    basicsize: FRAME.size,
    ...frRefs,
    dealloc: (op) => {
      rt.untrack(op);
      frRefs.clear(op);
      rt.gcDel(op);
    },
  });
  return { traceback, frame };
}

/**
 * A new frame object for `code` at `lineno` (references taken on code and globals), of
 * `size` bytes: _PyFrame_New_NoTrack's object with room for the frame data, whose locals
 * (when it takes them over) are kept inline at FRAME.size (see frameLocalsBlock).
 */
export function newFrame(
  space: ObjectSpace,
  types: FrameTypes,
  code: Ptr,
  globals: Ptr,
  lineno: number,
  size: number = FRAME.size,
): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(types.frame, Math.max(FRAME.size, size));
  const u32 = rt.mem.u32;
  for (let i = 16; i < FRAME.size; i += 4) u32[(op + i) >>> 2] = 0;
  rt.incref(code);
  u32[(op + FRAME.code) >>> 2] = code;
  if (globals !== NULL) {
    rt.incref(globals);
    u32[(op + FRAME.globals) >>> 2] = globals;
  }
  rt.mem.i32[(op + FRAME.lineno) >>> 2] = lineno;
  // _PyFrame_New_NoTrack: tracked only when it outlives its frame (take_ownership).
  return op;
}

/**
 * Gives a frame object its function `fn` (a new reference): from then on the frame
 * borrows the function's globals, as 3.11's frames do, and lets go of its own reference.
 * (Holding both would be a reference the collector cannot see once only one is visited.)
 */
export function frameSetFunc(space: ObjectSpace, frame: Ptr, fn: Ptr): void {
  const rt = space.rt;
  const u32 = rt.mem.u32;
  rt.incref(fn);
  u32[(frame + FRAME.func) >>> 2] = fn;
  const globals = u32[(frame + FRAME.globals) >>> 2] as Ptr;
  if (globals !== NULL && globals === u32[(fn + FUNC.globals) >>> 2]) {
    u32[(frame + FRAME.globals) >>> 2] = 0;
    rt.decref(globals);
  }
}

/** A frame object's f_globals (borrowed; NULL for none): its own, or its function's. */
export function frameGlobals(space: ObjectSpace, frame: Ptr): Ptr {
  const u32 = space.rt.mem.u32;
  const globals = u32[(frame + FRAME.globals) >>> 2] as Ptr;
  if (globals !== NULL) return globals;
  const fn = u32[(frame + FRAME.func) >>> 2] as Ptr;
  return fn === NULL ? NULL : (u32[(fn + FUNC.globals) >>> 2] as Ptr);
}

/** A new traceback entry for `frame` (stolen) in front of `next` (stolen, or NULL). */
export function newTraceback(
  space: ObjectSpace,
  types: FrameTypes,
  next: Ptr,
  frame: Ptr,
  lineno: number,
): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(types.traceback, TB.size);
  const u32 = rt.mem.u32;
  u32[(op + TB.next) >>> 2] = next;
  u32[(op + TB.next + 4) >>> 2] = 0;
  u32[(op + TB.frame) >>> 2] = frame;
  u32[(op + TB.frame + 4) >>> 2] = 0;
  rt.mem.i32[(op + TB.lasti) >>> 2] = -1;
  rt.mem.i32[(op + TB.lineno) >>> 2] = lineno;
  rt.track(op);
  return op;
}

/**
 * Where a frame object of `size` bytes keeps the `n` locals it takes over: inline after
 * its fields when they fit (as CPython's frame data is), else a block of their own.
 */
export function frameLocalsBlock(space: ObjectSpace, frame: Ptr, size: number, n: number): Ptr {
  if (FRAME.size + 8 * n <= size) return (frame + FRAME.size) as Ptr;
  return space.rt.allocBlock(8 * n);
}

/** Frees the locals block of `frame` unless it is the inline one. */
export function frameFreeLocalsBlock(space: ObjectSpace, frame: Ptr, block: Ptr): void {
  if (block !== frame + FRAME.size) space.rt.heap.free(block);
}

/** Releases the locals a returned frame took over (frame_tp_clear's part for localsplus). */
export function frameClearLocals(space: ObjectSpace, op: Ptr): void {
  const rt = space.rt;
  const u32 = rt.mem.u32;
  const block = u32[(op + FRAME.localsplus) >>> 2] as Ptr;
  if (block === NULL) return;
  const count = rt.mem.i32[(op + FRAME.nlocals) >>> 2];
  u32[(op + FRAME.localsplus) >>> 2] = 0;
  rt.mem.i32[(op + FRAME.nlocals) >>> 2] = 0;
  rt.mem.i32[(op + FRAME.ncells) >>> 2] = 0;
  const values: Ptr[] = [];
  for (let i = 0; i < count; i++) values.push(u32[(block + 8 * i) >>> 2] as Ptr);
  frameFreeLocalsBlock(space, op, block);
  for (const v of values) if (v !== NULL) rt.decref(v);
}
