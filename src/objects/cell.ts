// Cell objects: the boxes closures share variables through (Objects/cellobject.c).
//
// PyCellObject (24 bytes, GC; getsizeof = 40):
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ ob_ref: the content, or NULL   │  NULL ⇔ empty cell
//        └────────────────────────────────┘

import { TPFLAGS_HAVE_GC } from '../gc/index.js';
import { NULL, type Ptr } from '../heap/index.js';
import { raise } from './errors.js';
import { newBool, richCompare } from './protocol.js';
import type { ObjectSpace } from './space.js';
import { DEFAULT_PY_SLOTS } from './typeslots.js';

/** Offset of ob_ref. */
export const CELL_REF = 16;
/** sizeof(PyCellObject). */
export const CELL_SIZE = 24;

/** The cell type of one space. */
export interface CellState {
  type: Ptr;
}

/** Makes the `cell` type. */
export function initCell(space: ObjectSpace): CellState {
  const rt = space.rt;
  const type = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'cell',
    flags: TPFLAGS_HAVE_GC,
    basicsize: CELL_SIZE,
    traverse: (op, visit) => {
      const ref = rt.mem.u32[(op + CELL_REF) >>> 2] as Ptr;
      if (ref !== NULL) visit(ref);
    },
    clear: (op) => cell_set(space, op, NULL),
    dealloc: (op) => {
      rt.untrack(op);
      const ref = rt.mem.u32[(op + CELL_REF) >>> 2] as Ptr;
      rt.gcDel(op);
      if (ref !== NULL) rt.decref(ref);
    },
    // cell_richcompare: by contents; an empty cell comes before anything else.
    richcompare: (a, b, op) => {
      if (rt.typeObject(b) !== type) return space.newRef(space.notImplemented);
      const x = rt.mem.u32[(a + CELL_REF) >>> 2] as Ptr;
      const y = rt.mem.u32[(b + CELL_REF) >>> 2] as Ptr;
      if (x !== NULL && y !== NULL) return richCompare(space, x, y, op);
      const l = y === NULL ? 1 : 0;
      const r = x === NULL ? 1 : 0;
      const results = [l < r, l <= r, l === r, l !== r, l > r, l >= r];
      return newBool(space, results[op]);
    },
    repr: (op) => {
      const ref = rt.mem.u32[(op + CELL_REF) >>> 2] as Ptr;
      const at = `0x${op.toString(16)}`;
      return ref === NULL
        ? `<cell at ${at}: empty>`
        : `<cell at ${at}: ${space.typeName(ref)} object at 0x${ref.toString(16)}>`;
    },
  });
  return { type };
}

/** PyCell_New: a new, tracked cell holding a new reference to `value` (or empty for NULL). */
export function cell_new(space: ObjectSpace, value: Ptr): Ptr {
  const rt = space.rt;
  const op = rt.gcNew(space.cells.type, CELL_SIZE);
  if (value !== NULL) rt.incref(value);
  rt.mem.u32[(op + CELL_REF) >>> 2] = value;
  rt.mem.u32[(op + CELL_REF + 4) >>> 2] = 0;
  rt.track(op);
  return op;
}

/** PyCell_GET: the content (borrowed), or NULL when empty. */
export function cell_get(space: ObjectSpace, op: Ptr): Ptr {
  return space.rt.mem.u32[(op + CELL_REF) >>> 2] as Ptr;
}

/** The content as a new reference; NameError-style error when empty (`name` for the message). */
export function cell_getOrRaise(space: ObjectSpace, op: Ptr, name: string): Ptr {
  const ref = cell_get(space, op);
  if (ref === NULL) {
    raise(
      'NameError',
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    );
  }
  space.rt.incref(ref);
  return ref;
}

/** PyCell_Set: stores a new reference to `value` (NULL empties the cell), releasing the old one. */
export function cell_set(space: ObjectSpace, op: Ptr, value: Ptr): void {
  const rt = space.rt;
  const at = (op + CELL_REF) >>> 2;
  const old = rt.mem.u32[at] as Ptr;
  if (value !== NULL) rt.incref(value);
  rt.mem.u32[at] = value;
  if (old !== NULL) rt.decref(old);
}
