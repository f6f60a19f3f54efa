// The JS state of native iterator objects (enumerate, zip, map, …): the `next` closure of
// each live object, kept in a dense array whose index the object carries in its own word at
// +20 (the upper half of its first reference slot, see builtins.ts), so that a step and a
// dealloc index an array instead of hashing the object's address in a Map.

import { type Runtime, TP_ID } from '../../gc/index.js';
import type { Ptr } from '../../heap/index.js';

/** Byte offset of the table index inside a native iterator object. */
const SLOT = 20;

/** `next` closures of live native iterators, by object. */
export class NativeIterTable {
  private readonly fns: ((() => Ptr) | undefined)[] = [undefined];
  private readonly free: number[] = [];
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  /** The closure of the native iterator `op` (undefined once deleted). */
  get(op: Ptr): (() => Ptr) | undefined {
    return this.fns[this.rt.mem.u32[(op + SLOT) >>> 2]];
  }

  /** Gives `op` (a new native iterator object) its closure. */
  set(op: Ptr, fn: () => Ptr): void {
    const i = this.free.length > 0 ? (this.free.pop() as number) : this.fns.length;
    this.fns[i] = fn;
    this.rt.mem.u32[(op + SLOT) >>> 2] = i;
  }

  /** Drops the closure of `op` (its dealloc). */
  delete(op: Ptr): void {
    const at = (op + SLOT) >>> 2;
    const i = this.rt.mem.u32[at];
    if (i === 0) return;
    this.fns[i] = undefined;
    this.rt.mem.u32[at] = 0;
    this.free.push(i);
  }
}

/**
 * tp_iternext of the native iterator types, by type object: indexed by the type's tp_id
 * (an array read instead of a Map lookup on every step), the type object kept beside its
 * function so that a reused id never finds another type's entry.
 */
export class IterNextTable {
  private readonly types: Ptr[] = [];
  private readonly fns: ((it: Ptr) => Ptr)[] = [];
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  /** The next function of the type object `type`, if it has one. */
  get(type: Ptr): ((it: Ptr) => Ptr) | undefined {
    const id = this.rt.mem.u32[(type + TP_ID) >>> 2];
    return this.types[id] === type ? this.fns[id] : undefined;
  }

  /** Whether the type object `type` is a native iterator type. */
  has(type: Ptr): boolean {
    return this.types[this.rt.mem.u32[(type + TP_ID) >>> 2]] === type;
  }

  /** Makes `fn` the next function of `type` (a static type). */
  set(type: Ptr, fn: (it: Ptr) => Ptr): void {
    const id = this.rt.mem.u32[(type + TP_ID) >>> 2];
    while (this.types.length <= id) {
      this.types.push(0 as Ptr);
      this.fns.push(noNext);
    }
    this.types[id] = type;
    this.fns[id] = fn;
  }
}

function noNext(_it: Ptr): Ptr {
  return 0 as Ptr;
}
