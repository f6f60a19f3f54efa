// A tiny object model for testing the gc layer alone: GC nodes with pointer slots,
// non-GC atoms, weakrefs and a None — enough to build any graph by hand.

import {
  clearWeakrefs,
  GC_HEAD_SIZE,
  NO_SLOTS,
  Runtime,
  type RuntimeOptions,
  TPFLAGS_HAVE_GC,
  TPFLAGS_WEAKREF_SUBCLASS,
  type TypeSlots,
  WEAKREF_SIZE,
  WR_CALLBACK,
  WR_NEXT,
  WR_OBJECT,
  WR_PREV,
} from '../../../src/gc/index.js';
import { NULL, type Ptr } from '../../../src/heap/index.js';

// Node: PyVarObject header, a weakref list word, then `ob_size` slots.
//   +16 ob_size, +24 weakrefs, +32 slot 0, +40 slot 1, …
const NODE_WEAKLIST = 24;
const NODE_SLOTS = 32;

/** A runtime with node, atom, weakref and None types, plus helpers to build graphs. */
export class World {
  readonly rt: Runtime;
  readonly nodeType: Ptr;
  readonly finalNodeType: Ptr;
  readonly legacyNodeType: Ptr;
  readonly atomType: Ptr;
  readonly weakrefType: Ptr;
  readonly none: Ptr;
  /** Names given to nodes, by address, for finalizer logs. */
  readonly names = new Map<number, string>();
  /** What finalizers and callbacks did, in order. */
  readonly log: string[] = [];
  /** A finalizer may resurrect its object by pushing it here (with an incref). */
  readonly resurrected: Ptr[] = [];
  /** Nodes whose finalizer resurrects them. */
  readonly resurrect = new Set<number>();

  constructor(options: RuntimeOptions = {}) {
    const rt = new Runtime({ capacity: 64 << 20, checked: true, checkedRefs: true, ...options });
    this.rt = rt;
    const typeSlots: TypeSlots = { ...NO_SLOTS, name: 'type', basicsize: 408, dealloc: () => {} };
    const typeType = rt.newStaticType(typeSlots, NULL);
    rt.setType(typeType, typeType);
    const node = (name: string, extra: Partial<TypeSlots>): Ptr =>
      rt.newStaticType(
        {
          ...NO_SLOTS,
          name,
          flags: TPFLAGS_HAVE_GC,
          basicsize: NODE_SLOTS,
          itemsize: 8,
          weaklistoffset: NODE_WEAKLIST,
          traverse: (op, visit) => {
            for (let i = this.size(op) - 1; i >= 0; i--) {
              const c = this.get(op, i);
              if (c !== NULL) visit(c);
            }
          },
          clear: (op) => {
            for (let i = 0; i < this.size(op); i++) this.set(op, i, NULL);
          },
          dealloc: (op) => this.nodeDealloc(op),
          ...extra,
        },
        typeType,
      );
    this.nodeType = node('Node', {});
    this.finalNodeType = node('FinalNode', {
      finalize: (op) => {
        this.log.push(`del ${this.names.get(op) ?? op}`);
        if (this.resurrect.has(op)) {
          rt.incref(op);
          this.resurrected.push(op);
        }
      },
    });
    this.legacyNodeType = node('LegacyNode', { del: () => {} });
    this.atomType = rt.newStaticType(
      { ...NO_SLOTS, name: 'Atom', basicsize: 24, dealloc: (op) => rt.objectFree(op) },
      typeType,
    );
    this.weakrefType = rt.newStaticType(
      {
        ...NO_SLOTS,
        name: 'weakref',
        flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREF_SUBCLASS,
        basicsize: WEAKREF_SIZE,
        traverse: (op, visit) => {
          const cb = this.rt.mem.u32[(op + WR_CALLBACK) >>> 2] as Ptr;
          if (cb !== NULL) visit(cb);
        },
        clear: (op) => {
          const cb = this.rt.mem.u32[(op + WR_CALLBACK) >>> 2] as Ptr;
          this.rt.mem.u32[(op + WR_CALLBACK) >>> 2] = 0;
          if (cb !== NULL) this.rt.decref(cb);
        },
        dealloc: (op) => this.weakrefDealloc(op),
      },
      typeType,
    );
    this.none = rt.objectNew(this.atomType, 24);
    rt.hooks.none = this.none;
    rt.hooks.unraisable = (error) => {
      throw error;
    };
    rt.hooks.callWeakrefCallback = (callback, wr) => {
      this.log.push(
        `callback ${this.names.get(callback) ?? callback} dead=${this.referent(wr) === this.none}`,
      );
    };
    rt.checker?.markBaseline();
  }

  /** Makes a tracked node with `n` empty slots. */
  newNode(n = 2, name?: string, type: Ptr = this.nodeType): Ptr {
    const rt = this.rt;
    const op = rt.gcNew(type, NODE_SLOTS + 8 * n);
    rt.mem.u32[(op + 16) >>> 2] = n;
    rt.mem.u32[(op + NODE_WEAKLIST) >>> 2] = 0;
    for (let i = 0; i < n; i++) rt.mem.u32[(op + NODE_SLOTS + 8 * i) >>> 2] = 0;
    rt.track(op);
    if (name !== undefined) this.names.set(op, name);
    return op;
  }

  /** Makes a non-GC atom. */
  newAtom(): Ptr {
    return this.rt.objectNew(this.atomType, 24);
  }

  /** Number of slots of a node. */
  size(op: Ptr): number {
    return this.rt.mem.u32[(op + 16) >>> 2];
  }

  /** Slot `i` of a node. */
  get(op: Ptr, i: number): Ptr {
    return this.rt.mem.u32[(op + NODE_SLOTS + 8 * i) >>> 2] as Ptr;
  }

  /** Stores a new reference to `value` in slot `i` (the old one is released). */
  set(op: Ptr, i: number, value: Ptr): void {
    const at = (op + NODE_SLOTS + 8 * i) >>> 2;
    const old = this.rt.mem.u32[at] as Ptr;
    if (value !== NULL) this.rt.incref(value);
    this.rt.mem.u32[at] = value;
    if (old !== NULL) this.rt.decref(old);
  }

  /** A weakref to `target`, with an optional callback object. */
  newWeakref(target: Ptr, callback: Ptr = NULL): Ptr {
    const rt = this.rt;
    const wr = rt.gcNew(this.weakrefType, WEAKREF_SIZE);
    const u32 = rt.mem.u32;
    u32[(wr + WR_OBJECT) >>> 2] = target;
    u32[(wr + WR_CALLBACK) >>> 2] = callback;
    if (callback !== NULL) rt.incref(callback);
    const head = u32[(target + NODE_WEAKLIST) >>> 2];
    u32[(wr + WR_PREV) >>> 2] = 0;
    u32[(wr + WR_NEXT) >>> 2] = head;
    if (head !== 0) u32[(head + WR_PREV) >>> 2] = wr;
    u32[(target + NODE_WEAKLIST) >>> 2] = wr;
    rt.track(wr);
    return wr;
  }

  /** What a weakref points to (None once cleared). */
  referent(wr: Ptr): Ptr {
    return this.rt.mem.u32[(wr + WR_OBJECT) >>> 2] as Ptr;
  }

  private nodeDealloc(op: Ptr): void {
    const rt = this.rt;
    rt.untrack(op);
    if (rt.typeOf(op).finalize !== null) {
      rt.track(op);
      if (rt.callFinalizerFromDealloc(op)) return;
      rt.untrack(op);
    }
    if (rt.mem.u32[(op + NODE_WEAKLIST) >>> 2] !== 0) clearWeakrefs(rt, op);
    for (let i = 0; i < this.size(op); i++) {
      const c = this.get(op, i);
      rt.mem.u32[(op + NODE_SLOTS + 8 * i) >>> 2] = 0;
      if (c !== NULL) rt.decref(c);
    }
    this.log.push(`free ${this.names.get(op) ?? op}`);
    rt.gcDel(op);
  }

  private weakrefDealloc(op: Ptr): void {
    const rt = this.rt;
    rt.untrack(op);
    const u32 = rt.mem.u32;
    if (u32[(op + WR_OBJECT) >>> 2] !== this.none) {
      // Unlink from the referent's list (clear_weakref without callback handling).
      const target = u32[(op + WR_OBJECT) >>> 2];
      const prev = u32[(op + WR_PREV) >>> 2];
      const next = u32[(op + WR_NEXT) >>> 2];
      if (u32[(target + NODE_WEAKLIST) >>> 2] === op) u32[(target + NODE_WEAKLIST) >>> 2] = next;
      if (prev !== 0) u32[(prev + WR_NEXT) >>> 2] = next;
      if (next !== 0) u32[(next + WR_PREV) >>> 2] = prev;
    }
    const cb = u32[(op + WR_CALLBACK) >>> 2] as Ptr;
    if (cb !== NULL) rt.decref(cb);
    rt.gcDel(op);
  }
}

/** The GC head size, re-exported for tests that poke at heads. */
export const HEAD = GC_HEAD_SIZE;
