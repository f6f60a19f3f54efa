// Type slots: what the runtime and the collector may ask of an object's type.
//
// CPython keeps these as function pointers in PyTypeObject; pymm keeps them in a JS table
// (`TypeTable`) indexed by the type object's tp_id word, so the in-heap type stays plain
// bytes. The collector reaches objects only through these functions.

import type { Ptr } from '../heap/index.js';

/** Called once per referent by a traverse slot (CPython's visitproc). */
export type Visit = (child: Ptr) => void;

/** The slots of one type; `null` means the type does not have the slot. */
export interface TypeSlots {
  /** tp_name as `type(o).__name__` shows it (for user classes, the bare class name). */
  name: string;
  /** Py_TPFLAGS_* bits (see layout.ts). */
  flags: number;
  /** tp_basicsize in bytes (without the GC head or pre-header). */
  basicsize: number;
  /** tp_itemsize in bytes (0 for fixed-size objects). */
  itemsize: number;
  /** tp_weaklistoffset: where an instance keeps its weakref list, or 0 if it has none. */
  weaklistoffset: number;
  /** tp_traverse: visits every object `op` holds a strong reference to. */
  traverse: ((op: Ptr, visit: Visit) => void) | null;
  /** tp_clear: drops the references `op` holds, so that cycles through it break. */
  clear: ((op: Ptr) => void) | null;
  /** tp_finalize (PEP 442, Python's `__del__`): may resurrect `op`. */
  finalize: ((op: Ptr) => void) | null;
  /** tp_del: a legacy finalizer; cycles reaching one go to gc.garbage. */
  del: ((op: Ptr) => void) | null;
  /** tp_dealloc: called when the refcount reaches zero; must free the object. */
  dealloc: (op: Ptr) => void;
  /** tp_is_gc: for types whose instances are only sometimes collectable (static types). */
  isGc: ((op: Ptr) => boolean) | null;
  /**
   * Lazy untracking (_PyTuple_MaybeUntrack, _PyDict_MaybeUntrack): untracks `op` if nothing
   * it holds may be tracked. Called on survivors of every collection, or with
   * `untrackInFullOnly` of full collections only.
   */
  maybeUntrack: ((op: Ptr) => void) | null;
  /** Whether `maybeUntrack` waits for full collections (dicts) or not (tuples). */
  untrackInFullOnly: boolean;
  /**
   * Optional fast path for the collector: the object's references are `u32` words 8 bytes
   * apart, counted by the word at `sizeAt`, starting at `itemsAt` (inline) or at the
   * pointer stored at `itemsAt` (`pointer`). It must visit exactly what `traverse` visits,
   * in reverse order (as list and tuple traverse). The collector reads it once, when the
   * type is registered: set it in the slots given to TypeTable.add, never later.
   */
  refs: RefsLayout | null;
}

/** Where a container keeps its references (see TypeSlots.refs). */
export interface RefsLayout {
  sizeAt: number;
  itemsAt: number;
  pointer: boolean;
}

/** Slots with every optional one absent, to spread into a literal. */
export const NO_SLOTS: Omit<TypeSlots, 'name' | 'dealloc'> = {
  flags: 0,
  basicsize: 16,
  itemsize: 0,
  weaklistoffset: 0,
  traverse: null,
  clear: null,
  finalize: null,
  del: null,
  isGc: null,
  maybeUntrack: null,
  untrackInFullOnly: false,
  refs: null,
};

/** The JS side of every type object: slots indexed by the type's tp_id. */
export class TypeTable {
  /** Slots by tp_id; index 0 is never used, so a zeroed word is caught. */
  readonly slots: TypeSlots[] = [];
  /** The type object of each tp_id. */
  readonly objects: Ptr[] = [];

  constructor() {
    this.slots.push({ ...NO_SLOTS, name: '<invalid type>', dealloc: invalidDealloc });
    this.objects.push(0 as Ptr);
  }

  /** Registers the slots of the type object at `typeObject` and returns its tp_id. */
  add(typeObject: Ptr, slots: TypeSlots): number {
    this.slots.push(slots);
    this.objects.push(typeObject);
    return this.slots.length - 1;
  }

  /** Number of registered types, plus the invalid one at index 0. */
  get size(): number {
    return this.slots.length;
  }
}

function invalidDealloc(op: Ptr): void {
  throw new Error(`object at ${op} has no valid type (tp_id 0): heap corruption or use after free`);
}
