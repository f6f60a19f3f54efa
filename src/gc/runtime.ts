// The runtime: reference counting, object allocation and tracking over one heap.
//
// Everything an object's life needs below the Python object model: allocate it with or
// without a GC head (gc_alloc / PyObject_Malloc), link it into generation 0 and count it
// (_PyObject_GC_Link), increment and decrement its count, and when the count reaches
// zero hand it to its type's dealloc — never recursing on the JS stack more than
// TRASH_UNWIND_LEVEL deep (CPython's trashcan): deeper deallocations are queued and run
// when the outermost one returns.

import { Heap, HeapExhausted, type HeapOptions, type Memory, NULL, type Ptr } from '../heap/index.js';
import { Checker } from './checked.js';
import type * as Layout from './layout.js';
import { STATIC_TYPE_SIZE, TP_BASICSIZE, TP_ITEMSIZE } from './layout.js';
import { gcListAppend, gcListInit, gcListRemove } from './lists.js';
import { Policy } from './policy.js';
import type { TypeSlots } from './slots.js';
import { TypeTable } from './slots.js';
import { GcState } from './state.js';

// Hot layout constants as local literals (see layout.ts, "Constants in hot code").
const GC_HEAD_SIZE: typeof Layout.GC_HEAD_SIZE = 16;
const GC_NEXT: typeof Layout.GC_NEXT = 0;
const GC_PREV: typeof Layout.GC_PREV = 8;
const MANAGED_DICT_PREHEADER: typeof Layout.MANAGED_DICT_PREHEADER = 16;
const OB_REFCNT: typeof Layout.OB_REFCNT = 0;
const OB_TYPE: typeof Layout.OB_TYPE = 8;
const PREV_MASK_FINALIZED: typeof Layout.PREV_MASK_FINALIZED = 1;
const TP_FLAGS: typeof Layout.TP_FLAGS = 28;
const TP_ID: typeof Layout.TP_ID = 24;
const TPFLAGS_HAS_IS_GC: typeof Layout.TPFLAGS_HAS_IS_GC = 0x8000;
const TPFLAGS_HAVE_GC: typeof Layout.TPFLAGS_HAVE_GC = 0x4000;
const TPFLAGS_MANAGED_DICT: typeof Layout.TPFLAGS_MANAGED_DICT = 0x10;

/** _PyTrash_UNWIND_LEVEL: deallocations nested deeper than this are deferred. */
export const TRASH_UNWIND_LEVEL = 50;

/** What the layers above provide to the runtime: Python calls and error reporting. */
export interface RuntimeHooks {
  /** Calls a weakref callback `callback(wr)`; errors should be reported as unraisable. */
  callWeakrefCallback(callback: Ptr, wr: Ptr): void;
  /** Reports an error nobody can catch (PyErr_WriteUnraisable): `where` says what failed. */
  unraisable(error: unknown, where: string, obj: Ptr): void;
  /** True while a Python exception is pending (automatic collection waits). */
  errorPending(): boolean;
  /** Appends `op` to gc.garbage (the runtime keeps a JS list when nobody overrides this). */
  appendGarbage(op: Ptr): void;
  /** Empties every type's free list (done at the end of each full collection). */
  clearFreeLists(): void;
  /** Writes a `gc:` debug line (DEBUG_STATS, DEBUG_COLLECTABLE, …) to stderr. */
  debugLine(line: string): void;
  /** The None object, which a cleared weakref points to. */
  none: Ptr;
}

/** How to build a runtime. */
export interface RuntimeOptions extends HeapOptions {
  /** Checked mode: count every incref/decref, catch use after free, record creation sites. */
  checkedRefs?: boolean;
}

/** Reference counting, allocation and the collector's state over one heap. */
export class Runtime {
  readonly heap: Heap;
  readonly mem: Memory;
  /** Slots of every type, by tp_id. */
  readonly types = new TypeTable();
  /** The collector's state (generations, thresholds, counts, stats). */
  readonly gc: GcState;
  /** When collections run and what they cost. */
  readonly policy: Policy;
  /** Checked-mode bookkeeping, or null. */
  readonly checker: Checker | null;
  /** Services of the layers above; defaults do nothing Python-specific. */
  hooks: RuntimeHooks;
  /** gc.garbage when no layer above keeps it (objects hold a reference). */
  readonly garbage: Ptr[] = [];
  /** Scratch list heads for a collection: unreachable, finalizers, wrcb_to_call, … */
  readonly scratch: Ptr;
  private trashDepth = 0;
  private readonly trashLater: Ptr[] = [];
  // Types whose dealloc only frees the object's own block (see setLeafDealloc), with their
  // deallocs: one monomorphic call each instead of the trashcan's try/finally.
  private leafType0 = 0 as Ptr;
  private leafType1 = 0 as Ptr;
  private leafType2 = 0 as Ptr;
  private leafDealloc0: (op: Ptr) => void = () => {};
  private leafDealloc1: (op: Ptr) => void = () => {};
  private leafDealloc2: (op: Ptr) => void = () => {};

  /** Makes a runtime over a new heap. */
  constructor(options: RuntimeOptions = {}) {
    this.heap = new Heap(options);
    this.mem = this.heap.mem;
    const heads = this.heap.rawCalloc(16, 16);
    for (let i = 0; i < 16; i++) gcListInit(this.mem, (heads + 16 * i) as Ptr);
    this.gc = new GcState(heads);
    this.scratch = (heads + 64) as Ptr;
    this.policy = new Policy(this);
    this.checker = options.checkedRefs ? new Checker(this) : null;
    // Checked mode counts and checks every reference operation; the plain ones stay small
    // enough for V8 to inline.
    const checker = this.checker;
    if (checker !== null) {
      this.incref = (op) => {
        checker.incref(op);
        this.mem.i32[(op + OB_REFCNT) >>> 2]++;
      };
      this.decref = (op) => {
        checker.decref(op);
        if (--this.mem.i32[(op + OB_REFCNT) >>> 2] === 0) this.dealloc(op);
      };
    }
    this.hooks = {
      callWeakrefCallback: () => {},
      unraisable: (error, where) => {
        throw new Error(`unraisable error ${where}: ${String(error)}`);
      },
      errorPending: () => false,
      appendGarbage: (op) => {
        this.incref(op);
        this.garbage.push(op);
      },
      clearFreeLists: () => {},
      debugLine: () => {},
      none: NULL,
    };
  }

  // ── types ────────────────────────────────────────────────────────────────

  /** The slots of `op`'s type. */
  typeOf(op: Ptr): TypeSlots {
    const u32 = this.mem.u32;
    return this.types.slots[u32[(u32[(op + OB_TYPE) >>> 2] + TP_ID) >>> 2]];
  }

  /** The type object of `op` (Py_TYPE). */
  typeObject(op: Ptr): Ptr {
    return this.mem.u32[(op + OB_TYPE) >>> 2] as Ptr;
  }

  /** The flags of `op`'s type. */
  typeFlags(op: Ptr): number {
    const u32 = this.mem.u32;
    return u32[(u32[(op + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2];
  }

  /** _PyObject_IS_GC: `op` has a GC head (its type has GC and, if asked, says so for `op`). */
  isGc(op: Ptr): boolean {
    const flags = this.typeFlags(op);
    if ((flags & TPFLAGS_HAVE_GC) === 0) return false;
    if ((flags & TPFLAGS_HAS_IS_GC) === 0) return true;
    const isGc = this.typeOf(op).isGc;
    return isGc === null || isGc(op);
  }

  /** Bytes in front of `op`: 16 for a GC type, 32 with a managed dict, else 0. */
  preHeaderSize(typeFlags: number): number {
    if ((typeFlags & TPFLAGS_HAVE_GC) === 0) return 0;
    return (typeFlags & TPFLAGS_MANAGED_DICT) !== 0 ? GC_HEAD_SIZE + MANAGED_DICT_PREHEADER : GC_HEAD_SIZE;
  }

  // ── reference counts ─────────────────────────────────────────────────────

  /** ob_refcnt of `op`. */
  refcnt(op: Ptr): number {
    return this.mem.i32[(op + OB_REFCNT) >>> 2];
  }

  /** Sets ob_refcnt of `op`. */
  setRefcnt(op: Ptr, n: number): void {
    this.mem.i32[(op + OB_REFCNT) >>> 2] = n;
  }

  /** Py_INCREF (checked mode replaces it on the instance: see the constructor). */
  incref(op: Ptr): void {
    this.mem.i32[(op + OB_REFCNT) >>> 2]++;
  }

  /** Py_XINCREF: incref unless NULL. */
  xincref(op: Ptr): void {
    if (op !== NULL) this.incref(op);
  }

  /** Py_DECREF: a count reaching zero deallocates `op` at once (checked mode: see the constructor). */
  decref(op: Ptr): void {
    if (--this.mem.i32[(op + OB_REFCNT) >>> 2] === 0) this.dealloc(op);
  }

  /** Py_XDECREF: decref unless NULL. */
  xdecref(op: Ptr): void {
    if (op !== NULL) this.decref(op);
  }

  /** _Py_Dealloc: runs the type's dealloc, deferring it past TRASH_UNWIND_LEVEL nested calls. */
  dealloc(op: Ptr): void {
    // int, float, str: no trashcan (CPython's is only in containers' deallocs; these release
    // no other object and run no code, so the nesting depth cannot grow under them).
    const type = this.mem.u32[(op + OB_TYPE) >>> 2] as Ptr;
    if (type === this.leafType0) {
      this.leafDealloc0(op);
      return;
    }
    if (type === this.leafType1) {
      this.leafDealloc1(op);
      return;
    }
    if (type === this.leafType2) {
      this.leafDealloc2(op);
      return;
    }
    if (this.trashDepth >= TRASH_UNWIND_LEVEL) {
      this.trashDeposit(op);
      return;
    }
    this.trashDepth++;
    try {
      const id = this.mem.u32[(type + TP_ID) >>> 2];
      if (this.checker !== null && this.types.deallocs[id] !== this.types.slots[id].dealloc)
        throw new Error(`the dealloc slot of type ${id} changed without TypeTable.syncDealloc`);
      this.types.deallocs[id](op);
    } finally {
      this.trashDepth--;
    }
    if (this.trashDepth === 0 && this.trashLater.length !== 0) this.trashDestroyChain();
  }

  /**
   * Declares `type` (slot 0, 1 or 2) a leaf: its instances' `dealloc` frees only their own
   * memory, never releasing another object or running code, so _Py_Dealloc calls it at once.
   */
  setLeafDealloc(slot: 0 | 1 | 2, type: Ptr, dealloc: (op: Ptr) => void): void {
    if (slot === 0) {
      this.leafType0 = type;
      this.leafDealloc0 = dealloc;
    } else if (slot === 1) {
      this.leafType1 = type;
      this.leafDealloc1 = dealloc;
    } else {
      this.leafType2 = type;
      this.leafDealloc2 = dealloc;
    }
  }

  // _PyTrash_thread_deposit_object: the object must be untracked while it waits.
  private trashDeposit(op: Ptr): void {
    if (this.isGc(op) && this.isTracked(op)) gcListRemove(this.mem, (op - GC_HEAD_SIZE) as Ptr);
    this.trashLater.push(op);
  }

  // _PyTrash_thread_destroy_chain: most recently deposited first, as CPython's chain.
  private trashDestroyChain(): void {
    const later = this.trashLater;
    while (later.length !== 0) {
      const op = later.pop() as Ptr;
      this.trashDepth++;
      try {
        this.typeOf(op).dealloc(op);
      } finally {
        this.trashDepth--;
      }
    }
  }

  // ── allocation ───────────────────────────────────────────────────────────

  /** PyObject_Malloc for an object of a non-GC type: sets refcnt 1 and the type. */
  objectNew(type: Ptr, size: number): Ptr {
    const op = this.allocBlock(size);
    const u32 = this.mem.u32;
    u32[(op + OB_REFCNT) >>> 2] = 1;
    u32[(op + OB_REFCNT + 4) >>> 2] = 0;
    u32[(op + OB_TYPE) >>> 2] = type;
    u32[(op + OB_TYPE + 4) >>> 2] = 0;
    if (this.checker !== null) this.checker.born(op, type, size);
    return op;
  }

  /** PyObject_Free of a non-GC object. */
  objectFree(op: Ptr): void {
    if (this.checker !== null) this.checker.died(op);
    this.heap.free(op);
  }

  /**
   * gc_alloc + _PyObject_GC_Link: allocates `size` bytes (plus the pre-header) for a GC
   * object, counts it in generation 0 and may run an automatic collection — before the new
   * object is initialised, as CPython does; it is untracked, so no collection can see it.
   */
  gcNew(type: Ptr, size: number): Ptr {
    const presize = this.preHeaderSize(this.mem.u32[(type + TP_FLAGS) >>> 2]);
    const block = this.allocBlock(presize + size);
    const op = (block + presize) as Ptr;
    const u32 = this.mem.u32;
    if (presize > GC_HEAD_SIZE) {
      u32[block >>> 2] = 0;
      u32[(block + 8) >>> 2] = 0;
    }
    const g = op - GC_HEAD_SIZE;
    u32[(g + GC_NEXT) >>> 2] = 0;
    u32[(g + GC_NEXT + 4) >>> 2] = 0;
    u32[(g + GC_PREV) >>> 2] = 0;
    u32[(g + GC_PREV + 4) >>> 2] = 0;
    u32[(op + OB_REFCNT) >>> 2] = 1;
    u32[(op + OB_REFCNT + 4) >>> 2] = 0;
    u32[(op + OB_TYPE) >>> 2] = type;
    u32[(op + OB_TYPE + 4) >>> 2] = 0;
    if (this.checker !== null) this.checker.born(op, type, presize + size);
    this.gcLink();
    return op;
  }

  /** PyObject_Malloc with the opt-in collect-and-retry policy on MemoryError. */
  allocBlock(n: number): Ptr {
    if (!this.policy.collectOnMemoryError) return this.heap.malloc(n);
    return this.policy.retryOnMemoryError(() => this.heap.malloc(n));
  }

  /**
   * Makes a static type object (not in any generation, never freed) for `slots`, of
   * metatype `metatype` (NULL while bootstrapping `type` itself; fix with setType later).
   */
  newStaticType(slots: TypeSlots, metatype: Ptr): Ptr {
    const t = this.heap.rawCalloc(1, STATIC_TYPE_SIZE);
    const u32 = this.mem.u32;
    u32[(t + OB_REFCNT) >>> 2] = 1;
    u32[(t + OB_TYPE) >>> 2] = metatype;
    u32[(t + TP_ID) >>> 2] = this.types.add(t, slots);
    u32[(t + TP_FLAGS) >>> 2] = slots.flags;
    u32[(t + TP_BASICSIZE) >>> 2] = slots.basicsize;
    u32[(t + TP_ITEMSIZE) >>> 2] = slots.itemsize;
    if (this.checker !== null && metatype !== NULL) this.checker.born(t, metatype, STATIC_TYPE_SIZE);
    return t;
  }

  /** Sets Py_TYPE(op) (Py_SET_TYPE). */
  setType(op: Ptr, type: Ptr): void {
    const bootstrapping = this.mem.u32[(op + OB_TYPE) >>> 2] === NULL;
    this.mem.u32[(op + OB_TYPE) >>> 2] = type;
    if (bootstrapping && this.checker !== null && !this.checker.isLive(op))
      this.checker.born(op, type, STATIC_TYPE_SIZE);
  }

  // _PyObject_GC_Link: the count and the automatic trigger.
  private gcLink(): void {
    const gc = this.gc;
    gc.count[0]++;
    if (gc.count[0] > gc.threshold[0] && gc.enabled && gc.threshold[0] !== 0 && !gc.collecting) {
      if (!this.hooks.errorPending()) this.policy.onThreshold();
    }
  }

  /** PyObject_GC_Del: unlinks `op` if tracked, uncounts it, frees its block. */
  gcDel(op: Ptr): void {
    const u32 = this.mem.u32;
    const g = op - GC_HEAD_SIZE;
    if (u32[(g + GC_NEXT) >>> 2] !== 0) gcListRemove(this.mem, g as Ptr);
    if (this.gc.count[0] > 0) this.gc.count[0]--;
    const presize = this.preHeaderSize(u32[(u32[(op + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2]);
    if (this.checker !== null) this.checker.died(op);
    this.heap.free((op - presize) as Ptr);
  }

  /** Frees a GC object's block without touching the count (a free-list owner's final free). */
  gcFreeBlock(op: Ptr): void {
    const u32 = this.mem.u32;
    const presize = this.preHeaderSize(u32[(u32[(op + OB_TYPE) >>> 2] + TP_FLAGS) >>> 2]);
    this.heap.free((op - presize) as Ptr);
  }

  // ── tracking ─────────────────────────────────────────────────────────────

  /** PyObject_GC_Track: links `op` at the tail of generation 0. */
  track(op: Ptr): void {
    const g = (op - GC_HEAD_SIZE) as Ptr;
    if (this.mem.u32[(g + GC_NEXT) >>> 2] !== 0) throw new Error(`object at ${op} is already tracked`);
    gcListAppend(this.mem, g, this.gc.generations[0]);
  }

  /** PyObject_GC_UnTrack: unlinks `op` if it is tracked. */
  untrack(op: Ptr): void {
    const g = (op - GC_HEAD_SIZE) as Ptr;
    if (this.mem.u32[(g + GC_NEXT) >>> 2] !== 0) gcListRemove(this.mem, g);
  }

  /** _PyObject_GC_IS_TRACKED: `op` (a GC object) is in a generation list. */
  isTracked(op: Ptr): boolean {
    return this.mem.u32[(op - GC_HEAD_SIZE + GC_NEXT) >>> 2] !== 0;
  }

  /** gc.is_finalized: tp_finalize already ran on `op` (a GC object). */
  isFinalized(op: Ptr): boolean {
    return (this.mem.u32[(op - GC_HEAD_SIZE + GC_PREV) >>> 2] & PREV_MASK_FINALIZED) !== 0;
  }

  /** Marks `op` (a GC object) as finalized. */
  setFinalized(op: Ptr): void {
    this.mem.u32[(op - GC_HEAD_SIZE + GC_PREV) >>> 2] |= PREV_MASK_FINALIZED;
  }

  // ── finalizers ───────────────────────────────────────────────────────────

  /** PyObject_CallFinalizer: runs tp_finalize once per GC object (never again once FINALIZED). */
  callFinalizer(op: Ptr): void {
    const slots = this.typeOf(op);
    if (slots.finalize === null) return;
    const gcType = (slots.flags & TPFLAGS_HAVE_GC) !== 0;
    if (gcType && this.isFinalized(op)) return;
    try {
      slots.finalize(op);
    } catch (error) {
      this.hooks.unraisable(error, 'in tp_finalize', op);
    }
    if (gcType) this.setFinalized(op);
  }

  /**
   * PyObject_CallFinalizerFromDealloc: revives `op` (count 0 → 1) around its finalizer.
   * Returns true if the finalizer resurrected it (the caller must then stop deallocating).
   */
  callFinalizerFromDealloc(op: Ptr): boolean {
    const i32 = this.mem.i32;
    i32[(op + OB_REFCNT) >>> 2] = 1;
    this.callFinalizer(op);
    const i = (op + OB_REFCNT) >>> 2;
    const n = this.mem.i32[i] - 1;
    this.mem.i32[i] = n;
    return n !== 0;
  }

  /** Throws HeapExhausted as Python's MemoryError would be raised: for size overflows. */
  noMemory(requested: number): never {
    throw new HeapExhausted(requested, this.mem.capacity);
  }
}
