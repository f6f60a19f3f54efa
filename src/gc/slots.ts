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
   * `untrackInFullOnly` of full collections only. Like `refs`, read once at registration.
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

/**
 * Where a container keeps its references (see TypeSlots.refs). With `managed` set (an
 * instance of a class whose only references are its managed dict or inline values and its
 * type: subtype_traverse with no __slots__ and no built-in base), sizeAt and itemsAt are
 * unused: the collector visits the dict at MANAGED_DICT if there is one, else the inline
 * values in index order, then the type, as that traverse does.
 */
export interface RefsLayout {
  sizeAt: number;
  itemsAt: number;
  pointer: boolean;
  managed?: boolean;
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

/** TypeTable.refs: the type has no RefsLayout (its traverse slot is called). */
export const REFS_NONE = 0;
/** TypeTable.refs: the references are inline, at itemsAt (tuples). */
export const REFS_INLINE = 1;
/** TypeTable.refs: the references are in an array whose address is at itemsAt (lists). */
export const REFS_POINTER = 2;
/** TypeTable.refs: a managed-dict instance (RefsLayout.managed). */
export const REFS_MANAGED = 3;
/** TypeTable.lazyYoung/lazyFull: the type untracks lazily in every collection (tuples). */
export const LAZY_EVERY = 1;
/** TypeTable.lazyFull: the type untracks lazily in full collections only (dicts). */
export const LAZY_FULL = 2;

/**
 * The JS side of every type object: slots indexed by the type's tp_id, and the per-tp_id
 * tables the collector reads in its walks, kept up to date as types come and go.
 *
 * The tp_id of a heap type that dies is given to the next type made, so a program that
 * makes classes in a loop keeps the table as long as its live types, not all it ever made.
 */
export class TypeTable {
  /** Slots by tp_id; index 0 is never used, so a zeroed word is caught. */
  readonly slots: TypeSlots[] = [];
  /** The type object of each tp_id (NULL for a free id). */
  readonly objects: Ptr[] = [];
  /**
   * The dealloc slot of each tp_id, read by _Py_Dealloc without the slots object (whose
   * load is megamorphic: slots objects have several shapes). A slot assigned after add()
   * must be passed on with syncDealloc.
   */
  readonly deallocs: ((op: Ptr) => void)[] = [];
  /**
   * Per tp_id, three words: REFS_NONE / REFS_INLINE / REFS_POINTER / REFS_MANAGED, then the layout's
   * sizeAt and itemsAt (TypeSlots.refs). Replaced by a bigger array as ids are added.
   */
  refs = new Int32Array(3 * 256);
  /** Per tp_id, LAZY_EVERY for types whose maybeUntrack runs in young collections, else 0. */
  lazyYoung = new Uint8Array(256);
  /** Per tp_id, LAZY_EVERY or LAZY_FULL for types whose maybeUntrack runs in full collections. */
  lazyFull = new Uint8Array(256);
  /** The ids of types that died, for reuse. */
  private readonly freeIds: number[] = [];

  constructor() {
    this.slots.push(INVALID_SLOTS);
    this.objects.push(0 as Ptr);
    this.deallocs.push(invalidDealloc);
  }

  /** Registers the slots of the type object at `typeObject` and returns its tp_id. */
  add(typeObject: Ptr, slots: TypeSlots): number {
    let id = this.freeIds.pop();
    if (id !== undefined) {
      this.slots[id] = slots;
      this.objects[id] = typeObject;
      this.deallocs[id] = slots.dealloc;
    } else {
      id = this.slots.length;
      this.slots.push(slots);
      this.objects.push(typeObject);
      this.deallocs.push(slots.dealloc);
      if (id >= this.lazyYoung.length) this.grow();
    }
    this.noteCollectorKinds(id, slots);
    return id;
  }

  /** Forgets the type of tp_id `id` (its object is being freed); the id will be reused. */
  remove(id: number): void {
    if (id <= 0 || id >= this.slots.length || this.slots[id] === INVALID_SLOTS)
      throw new Error(`removing tp_id ${id}, which is not registered`);
    this.slots[id] = INVALID_SLOTS;
    this.objects[id] = 0 as Ptr;
    this.deallocs[id] = invalidDealloc;
    this.noteCollectorKinds(id, INVALID_SLOTS);
    this.freeIds.push(id);
  }

  /** Takes the dealloc slot of tp_id `id` again after its slots object's was replaced. */
  syncDealloc(id: number): void {
    this.deallocs[id] = this.slots[id].dealloc;
  }

  /** Number of tp_ids (registered or free), plus the invalid one at index 0. */
  get size(): number {
    return this.slots.length;
  }

  private noteCollectorKinds(id: number, slots: TypeSlots): void {
    const refs = slots.refs;
    this.refs[3 * id] =
      refs === null
        ? REFS_NONE
        : refs.managed === true
          ? REFS_MANAGED
          : refs.pointer
            ? REFS_POINTER
            : REFS_INLINE;
    this.refs[3 * id + 1] = refs === null ? 0 : refs.sizeAt;
    this.refs[3 * id + 2] = refs === null ? 0 : refs.itemsAt;
    const lazy = slots.maybeUntrack !== null;
    this.lazyYoung[id] = lazy && !slots.untrackInFullOnly ? LAZY_EVERY : 0;
    this.lazyFull[id] = !lazy ? 0 : slots.untrackInFullOnly ? LAZY_FULL : LAZY_EVERY;
  }

  private grow(): void {
    const n = 2 * this.lazyYoung.length;
    const refs = new Int32Array(3 * n);
    refs.set(this.refs);
    this.refs = refs;
    const young = new Uint8Array(n);
    young.set(this.lazyYoung);
    this.lazyYoung = young;
    const full = new Uint8Array(n);
    full.set(this.lazyFull);
    this.lazyFull = full;
  }
}

/** The slots of tp_id 0 and of free ids: deallocating through them reports corruption. */
const INVALID_SLOTS: TypeSlots = { ...NO_SLOTS, name: '<invalid type>', dealloc: invalidDealloc };

function invalidDealloc(op: Ptr): void {
  throw new Error(`object at ${op} has no valid type (tp_id 0): heap corruption or use after free`);
}
