// The traceback type's Python surface (Python/traceback.c): tb_next (writable, with the
// loop check), tb_frame, tb_lasti, tb_lineno, and types.TracebackType(...) (tb_new). The
// object layout and how the interpreter makes tracebacks are in frames.ts.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { parseArgs } from './args.js';
import { newTraceback, TB } from './frames.js';
import type { Interpreter } from './interp.js';

/** Installs the traceback type's attributes and constructor. */
export function installTracebackType(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const { traceback, frame } = interp.frameTypes;
  const word = (op: Ptr, off: number) => space.rt.mem.u32[(op + off) >>> 2] as Ptr;
  const orNone = (v: Ptr) => (v === NULL ? interp.newNone() : interp.ref(v));
  interp.nativeGetters.set(
    traceback,
    new Map([
      ['tb_next', (self: Ptr) => orNone(word(self, TB.next))],
      ['tb_frame', (self: Ptr) => orNone(word(self, TB.frame))],
      ['tb_lineno', (self: Ptr) => n.int(space.rt.mem.i32[(self + TB.lineno) >>> 2])],
      ['tb_lasti', (self: Ptr) => n.int(space.rt.mem.i32[(self + TB.lasti) >>> 2])],
    ]),
  );
  // tb_next_set: None or a traceback that does not lead back to this one.
  interp.nativeSetters.set(
    traceback,
    new Map([
      [
        'tb_next',
        (self: Ptr, value: Ptr) => {
          if (value === NULL) throw new PyErr('TypeError', "can't delete tb_next attribute");
          const next = value === interp.none ? NULL : value;
          if (next !== NULL && space.rt.typeObject(next) !== traceback)
            throw new PyErr('TypeError', `expected traceback object, got '${space.typeName(next)}'`);
          for (let cursor = next; cursor !== NULL; cursor = word(cursor, TB.next))
            if (cursor === self) throw new PyErr('ValueError', 'traceback loop detected');
          const old = word(self, TB.next);
          if (next !== NULL) interp.incref(next);
          space.rt.mem.u32[(self + TB.next) >>> 2] = next;
          if (old !== NULL) interp.decref(old);
        },
      ],
    ]),
  );
  // tb_new: TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
  interp.constructors.set(traceback, (_t, args, kw) => {
    const fname = 'TracebackType';
    // _PyArg_UnpackKeywords: too many arguments in all is its first complaint.
    if (args.length > 4)
      throw new PyErr('TypeError', `${fname}() takes at most 4 arguments (${args.length} given)`);
    const [next, f, lasti, lineno] = parseArgs(
      interp,
      fname,
      args,
      kw,
      ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'],
      4,
    );
    if (next !== interp.none && space.rt.typeObject(next) !== traceback)
      throw new PyErr('TypeError', `expected traceback object or None, got '${space.typeName(next)}'`);
    if (space.rt.typeObject(f) !== frame)
      throw new PyErr('TypeError', `${fname}() argument 'tb_frame' must be frame, not ${space.typeName(f)}`);
    const last = cInt(interp, lasti);
    const line = cInt(interp, lineno);
    const tb = newTraceback(
      space,
      interp.frameTypes,
      next === interp.none ? NULL : interp.ref(next),
      interp.ref(f),
      line,
    );
    space.rt.mem.i32[(tb + TB.lasti) >>> 2] = last;
    return tb;
  });
}

// The `int` converter of Argument Clinic: an index that fits a C int.
function cInt(interp: Interpreter, v: Ptr): number {
  const i = interp.toIndex(v);
  if (i > 0x7fffffff || i < -0x80000000)
    throw new PyErr('OverflowError', 'Python int too large to convert to C int');
  return i;
}
