// Checked mode: the retain/release sanitizer.
//
// Counts every incref and decref, knows every live object with the place that made it,
// and turns the classic refcounting bugs into immediate, named errors: a count going
// below zero, an incref or decref of a freed object (use after free), a generation list
// whose links or flags are wrong. At teardown `leaks()` lists what is still alive.

import type { Ptr } from '../heap/index.js';
import {
  GC_HEAD_SIZE,
  GC_NEXT,
  GC_PREV,
  NEXT_MASK_UNREACHABLE,
  OB_REFCNT,
  PREV_FLAGS,
  PREV_MASK_COLLECTING,
} from './layout.js';
import type { Runtime } from './runtime.js';

/** A refcounting bug caught in checked mode. */
export class RefcountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefcountError';
  }
}

/** What checked mode remembers of a live object. */
export interface LiveObject {
  /** The object's address. */
  op: Ptr;
  /** Its type's name when it was made. */
  type: string;
  /** Bytes allocated for it (with GC head and pre-header). */
  size: number;
  /** Where it was made: the site provider's answer, or a JS stack line. */
  site: string;
  /** Allocation serial number (0, 1, 2, … in order of creation). */
  serial: number;
}

/** The checked-mode bookkeeping of one runtime. */
export class Checker {
  /** Increfs so far. */
  increfs = 0;
  /** Decrefs so far. */
  decrefs = 0;
  /** Says where an object is being made (the interpreter answers "file:line"). */
  siteProvider: (() => string) | null = null;
  private readonly rt: Runtime;
  private readonly live = new Map<number, LiveObject>();
  private serial = 0;
  private baseline = 0;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  /** Called by the runtime for every new object. */
  born(op: Ptr, type: Ptr, size: number): void {
    const slots = this.rt.types.slots[this.rt.mem.u32[(type + 24) >>> 2]];
    const site = this.siteProvider !== null ? this.siteProvider() : jsSite();
    this.live.set(op, { op, type: slots?.name ?? '?', size, site, serial: this.serial++ });
  }

  /** Called by the runtime for every freed object. */
  died(op: Ptr): void {
    if (!this.live.delete(op))
      throw new RefcountError(`free of object at ${op}, which is not alive (double free?)`);
  }

  /** Checks and counts an incref. */
  incref(op: Ptr): void {
    this.increfs++;
    if (!this.live.has(op))
      throw new RefcountError(`incref of object at ${op}, which is not alive (use after free)`);
  }

  /** Checks and counts a decref. */
  decref(op: Ptr): void {
    this.decrefs++;
    const info = this.live.get(op);
    if (info === undefined)
      throw new RefcountError(`decref of object at ${op}, which is not alive (use after free)`);
    if (this.rt.mem.i32[(op + OB_REFCNT) >>> 2] <= 0) {
      throw new RefcountError(
        `decref of ${info.type} object at ${op} (made at ${info.site}) whose count is already 0`,
      );
    }
  }

  /** Checks and counts a decref whose decrement is done (generated code's inline Py_DECREF). */
  decremented(op: Ptr): void {
    this.decrefs++;
    const info = this.live.get(op);
    if (info === undefined)
      throw new RefcountError(`decref of object at ${op}, which is not alive (use after free)`);
    if (this.rt.mem.i32[(op + OB_REFCNT) >>> 2] < 0) {
      throw new RefcountError(
        `decref of ${info.type} object at ${op} (made at ${info.site}) whose count is already 0`,
      );
    }
  }

  /** True if `op` is a live object. */
  isLive(op: Ptr): boolean {
    return this.live.has(op);
  }

  /** Number of live objects. */
  get liveCount(): number {
    return this.live.size;
  }

  /** Marks every object alive now as expected to outlive the program (singletons, types). */
  markBaseline(): void {
    this.baseline = this.serial;
  }

  /** Marks `op` as expected to outlive the program (a lazily made runtime structure). */
  markLongLived(op: Ptr): void {
    const o = this.live.get(op);
    if (o !== undefined) o.serial = -1;
  }

  /** Objects made after the baseline that are still alive, oldest first. */
  leaks(): LiveObject[] {
    return [...this.live.values()]
      .filter((o) => o.serial >= this.baseline && o.serial >= 0)
      .sort((a, b) => a.serial - b.serial);
  }

  /** A printable leak report: one line per leaked object. */
  leakReport(): string {
    const leaks = this.leaks();
    if (leaks.length === 0) return 'no leaks';
    const lines = leaks.map((o) => `  ${o.type} at ${o.op} (${o.size} bytes), made at ${o.site}`);
    return `${leaks.length} object(s) still alive:\n${lines.join('\n')}`;
  }

  /**
   * Validates every generation list and the permanent one: links agree both ways, no
   * collection flags are left set, every object is live, is a GC object and has a count > 0.
   */
  validateGcLists(): void {
    const rt = this.rt;
    for (const head of [...rt.gc.generations, rt.gc.permanent]) {
      const u32 = rt.mem.u32;
      let prev = head as number;
      let g = u32[(head + GC_NEXT) >>> 2];
      let n = 0;
      while (g !== head) {
        const op = (g + GC_HEAD_SIZE) as Ptr;
        const where = `object at ${op} in a generation list`;
        if ((g & NEXT_MASK_UNREACHABLE) !== 0 || g === 0)
          throw new RefcountError(`${where}: bad next link ${g}`);
        if (!this.live.has(op)) throw new RefcountError(`${where} is not alive`);
        if (!rt.isGc(op)) throw new RefcountError(`${where} is not a GC object`);
        const p = u32[(g + GC_PREV) >>> 2];
        if ((p & ~PREV_FLAGS) >>> 0 !== prev) throw new RefcountError(`${where}: prev link does not match`);
        if ((p & PREV_MASK_COLLECTING) !== 0) throw new RefcountError(`${where}: COLLECTING left set`);
        if (rt.refcnt(op) <= 0) throw new RefcountError(`${where} has count ${rt.refcnt(op)}`);
        if (++n > this.live.size) throw new RefcountError('generation list has a loop');
        prev = g;
        g = u32[(g + GC_NEXT) >>> 2];
      }
      if ((u32[(head + GC_PREV) >>> 2] & ~PREV_FLAGS) >>> 0 !== prev) {
        throw new RefcountError('generation list head: prev link does not match its tail');
      }
    }
  }
}

// The first stack line outside pymm's gc layer.
function jsSite(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(1);
  const outside = lines.find((l) => !l.includes('/src/gc/'));
  return (outside ?? lines[0] ?? '?').trim().replace(/^at /, '');
}
