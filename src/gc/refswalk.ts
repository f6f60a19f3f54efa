// The bounds of the collector's inline walks over a container's references (TypeTable.refs),
// for the kinds other than REFS_NONE: lists and tuples are walked backwards, as their
// traverse does; a managed-dict instance's dict, or else its inline values, forwards, as
// subtype_traverse does (the walk then visits the instance's type itself).

import type * as Layout from './layout.js';
import type { Runtime } from './runtime.js';
import type * as Slots from './slots.js';

const MANAGED_DICT: typeof Layout.MANAGED_DICT = -24;
const MANAGED_VALUES: typeof Layout.MANAGED_VALUES = -32;
const REFS_POINTER: typeof Slots.REFS_POINTER = 2;
const REFS_MANAGED: typeof Slots.REFS_MANAGED = 3;

// Set by refsFirst: one step past the last reference word.
let stopAt = 0;

/**
 * The address of the first reference word of `op`, of tp_id `id` whose kind in `table` is
 * not REFS_NONE; refsStop() then gives the address one step (refsStep) past the last.
 */
export function refsFirst(mem: Runtime['mem'], table: Int32Array, id: number, op: number): number {
  const u32 = mem.u32;
  const kind = table[3 * id];
  if (kind === REFS_MANAGED) {
    if (u32[(op + MANAGED_DICT) >>> 2] !== 0) {
      stopAt = op + MANAGED_DICT + 8;
      return op + MANAGED_DICT;
    }
    const vp = u32[(op + MANAGED_VALUES) >>> 2];
    stopAt = vp === 0 ? 0 : vp + 8 * mem.u8[vp - 1];
    return vp;
  }
  const itemsAt = op + table[3 * id + 2];
  const base = kind === REFS_POINTER ? u32[itemsAt >>> 2] : itemsAt;
  stopAt = base - 8;
  return base + 8 * (u32[(op + table[3 * id + 1]) >>> 2] - 1);
}

/** The address one step past the last reference word of the last refsFirst. */
export function refsStop(): number {
  return stopAt;
}

/** The step between reference words for a walk of `kind`: 8 bytes forwards or backwards. */
export function refsStep(kind: number): number {
  return kind === REFS_MANAGED ? 8 : -8;
}
