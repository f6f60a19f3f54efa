// The table of Python classes: which type objects are heap types made by a class
// statement, and their JS-side ClassInfo. Looked up on nearly every attribute access and
// operator, so it is an array indexed by the type's tp_id (a type object's slot in the
// runtime's type table), checked against the type pointer, not a hash map.

import { TP_ID } from '../../gc/index.js';
import type { Memory, Ptr } from '../../heap/index.js';

/** Something with a `type` pointer, kept per class. */
export interface HasType {
  type: Ptr;
}

/** Class infos by type pointer, in O(1) without hashing. */
export class ClassTable<T extends HasType> {
  private readonly byId: (T | undefined)[] = [];
  private readonly mem: Memory;
  private count = 0;

  constructor(mem: Memory) {
    this.mem = mem;
  }

  /** The info of class `type`, or undefined when `type` is not a class (any object may be asked). */
  get(type: Ptr): T | undefined {
    const info = this.byId[this.mem.u32[(type + TP_ID) >>> 2]];
    return info !== undefined && info.type === type ? info : undefined;
  }

  /** Whether `type` is a class. */
  has(type: Ptr): boolean {
    return this.get(type) !== undefined;
  }

  /** Registers class `type` (its tp_id must be set). */
  set(type: Ptr, info: T): void {
    const id = this.mem.u32[(type + TP_ID) >>> 2];
    if (this.byId[id] === undefined) this.count++;
    this.byId[id] = info;
  }

  /** Forgets class `type` (when the type object dies). */
  delete(type: Ptr): void {
    const id = this.mem.u32[(type + TP_ID) >>> 2];
    if (this.get(type) === undefined) return;
    this.byId[id] = undefined;
    this.count--;
  }

  /** The infos of the live classes. */
  *values(): IterableIterator<T> {
    for (const info of this.byId) if (info !== undefined) yield info;
  }

  /** Number of live classes. */
  get size(): number {
    return this.count;
  }
}
