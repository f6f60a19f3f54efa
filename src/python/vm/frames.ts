// The shadow frame stack (code and current line per depth) and traceback objects.
//
// Frames of running functions are not heap objects: their locals are JS variables holding
// owned references, so the counts are CPython's. When an exception passes through a frame,
// a traceback entry is made in the heap (PyTracebackObject) with a small frame object
// (PyFrameObject: code, line, globals), as CPython materialises frames for tracebacks.
//
// PyTracebackObject (40 bytes, GC):          frame (pymm's, 48 bytes, GC):
//   +16 tb_next  +24 tb_frame                  +16 f_back  +24 f_code  +32 f_globals
//   +32 tb_lasti (i32) +36 tb_lineno (i32)     +40 f_lineno (i32)

import { TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, type ObjectSpace } from '../../objects/index.js';

/** Offsets in a traceback object. */
export const TB = { next: 16, frame: 24, lasti: 32, lineno: 36, size: 40 };
/** Offsets in a frame object. */
export const FRAME = { back: 16, code: 24, globals: 32, lineno: 40, size: 48 };

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
    basicsize: TB.size,
    ...tbRefs,
    dealloc: (op) => {
      rt.untrack(op);
      tbRefs.clear(op);
      rt.gcDel(op);
    },
  });
  const frRefs = refs([FRAME.back, FRAME.code, FRAME.globals]);
  const frame = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'frame',
    flags: TPFLAGS_HAVE_GC,
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

/** A new frame object for `code` at `lineno` (references taken on code and globals). */
export function newFrame(
  space: ObjectSpace,
  types: FrameTypes,
  code: Ptr,
  globals: Ptr,
  lineno: number,
): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(types.frame, FRAME.size);
  const u32 = rt.mem.u32;
  for (let i = 16; i < FRAME.size; i += 4) u32[(op + i) >>> 2] = 0;
  rt.incref(code);
  u32[(op + FRAME.code) >>> 2] = code;
  if (globals !== NULL) {
    rt.incref(globals);
    u32[(op + FRAME.globals) >>> 2] = globals;
  }
  rt.mem.i32[(op + FRAME.lineno) >>> 2] = lineno;
  rt.track(op);
  return op;
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
