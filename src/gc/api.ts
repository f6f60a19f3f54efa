// The `gc` module's surface as a TS API, with CPython 3.11's names and semantics; the
// interpreter exposes it unchanged. https://docs.python.org/3.11/library/gc.html

import type { Ptr } from '../heap/index.js';
import { GC_HEAD_SIZE, GC_NEXT } from './layout.js';
import { gcListMerge, gcListObjects, gcListSize } from './lists.js';
import { checkGeneration } from './policy.js';
import type { Runtime } from './runtime.js';
import { type GcCallback, type GenerationStats, NUM_GENERATIONS } from './state.js';

/** The `gc` module over one runtime. */
export class GcModule {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  /** gc.enable(): allow automatic collection. */
  enable(): void {
    this.rt.gc.enabled = true;
  }

  /** gc.disable(): stop automatic collection (explicit collections still run). */
  disable(): void {
    this.rt.gc.enabled = false;
  }

  /** gc.isenabled(). */
  isenabled(): boolean {
    return this.rt.gc.enabled;
  }

  /** gc.collect(generation=2): objects collected plus uncollectable; 0 if already collecting. */
  collect(generation = NUM_GENERATIONS - 1): number {
    return this.rt.policy.collect(generation, 'manual');
  }

  /** gc.get_count(). */
  get_count(): [number, number, number] {
    const c = this.rt.gc.count;
    return [c[0], c[1], c[2]];
  }

  /** gc.get_threshold(). */
  get_threshold(): [number, number, number] {
    const t = this.rt.gc.threshold;
    return [t[0], t[1], t[2]];
  }

  /** gc.set_threshold(threshold0[, threshold1[, threshold2]]): unspecified ones are unchanged. */
  set_threshold(...thresholds: number[]): void {
    if (thresholds.length < 1) throw new TypeError('set_threshold() takes at least 1 argument (0 given)');
    if (thresholds.length > 3) {
      throw new TypeError(`set_threshold() takes at most 3 arguments (${thresholds.length} given)`);
    }
    thresholds.forEach((t, i) => {
      if (!Number.isInteger(t)) throw new TypeError("'float' object cannot be interpreted as an integer");
      this.rt.gc.threshold[i] = t;
    });
  }

  /** gc.get_stats(): one {collections, collected, uncollectable} per generation. */
  get_stats(): GenerationStats[] {
    return this.rt.gc.stats.map((s) => ({ ...s }));
  }

  /** gc.get_objects(generation=None): tracked objects of one generation, or of all three. */
  get_objects(generation: number | null = null): Ptr[] {
    const rt = this.rt;
    if (generation === null || generation === -1) {
      const out: Ptr[] = [];
      for (const head of rt.gc.generations) gcListObjects(rt.mem, head, out);
      return out;
    }
    if (generation >= NUM_GENERATIONS) {
      throw new RangeError(
        `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`,
      );
    }
    if (generation < 0) throw new RangeError('generation parameter cannot be negative');
    return gcListObjects(rt.mem, rt.gc.generations[generation]);
  }

  /** gc.get_referrers(*objs): tracked objects (generations 0–2) whose traverse visits one of `objs`. */
  get_referrers(...objs: Ptr[]): Ptr[] {
    const rt = this.rt;
    const wanted = new Set<number>(objs);
    const out: Ptr[] = [];
    let hit = false;
    const visit = (child: Ptr) => {
      if (wanted.has(child)) hit = true;
    };
    for (const head of rt.gc.generations) {
      for (let g = rt.mem.u32[(head + GC_NEXT) >>> 2]; g !== head; g = rt.mem.u32[(g + GC_NEXT) >>> 2]) {
        const op = (g + GC_HEAD_SIZE) as Ptr;
        const traverse = rt.typeOf(op).traverse;
        if (traverse === null) continue;
        hit = false;
        traverse(op, visit);
        if (hit) out.push(op);
      }
    }
    return out;
  }

  /** gc.get_referents(*objs): what each GC object among `objs` visits, in traverse order. */
  get_referents(...objs: Ptr[]): Ptr[] {
    const rt = this.rt;
    const out: Ptr[] = [];
    const visit = (child: Ptr) => {
      out.push(child);
    };
    for (const op of objs) {
      if (!rt.isGc(op)) continue;
      const traverse = rt.typeOf(op).traverse;
      if (traverse !== null) traverse(op, visit);
    }
    return out;
  }

  /** gc.is_tracked(obj). */
  is_tracked(op: Ptr): boolean {
    return this.rt.isGc(op) && this.rt.isTracked(op);
  }

  /** gc.is_finalized(obj). */
  is_finalized(op: Ptr): boolean {
    return this.rt.isGc(op) && this.rt.isFinalized(op);
  }

  /** gc.freeze(): moves every tracked object to the permanent generation. */
  freeze(): void {
    const gc = this.rt.gc;
    for (const head of gc.generations) {
      gcListMerge(this.rt.mem, head, gc.permanent);
      gc.count[0] = 0;
    }
    gc.startupFrozen += gc.startupLongLived;
    gc.startupLongLived = 0;
  }

  /** gc.unfreeze(): moves the permanent generation back into the oldest one. */
  unfreeze(): void {
    const gc = this.rt.gc;
    gcListMerge(this.rt.mem, gc.permanent, gc.generations[NUM_GENERATIONS - 1]);
    gc.startupLongLived += gc.startupFrozen;
    gc.startupFrozen = 0;
  }

  /** gc.get_freeze_count() (CPython's frozen startup objects included). */
  get_freeze_count(): number {
    return gcListSize(this.rt.mem, this.rt.gc.permanent) + this.rt.gc.startupFrozen;
  }

  /** gc.get_debug(). */
  get_debug(): number {
    return this.rt.gc.debug;
  }

  /** gc.set_debug(flags). */
  set_debug(flags: number): void {
    this.rt.gc.debug = flags;
  }

  /** gc.callbacks: called with ("start" | "stop", info) around every collection. */
  get callbacks(): GcCallback[] {
    return this.rt.gc.callbacks;
  }

  /** gc.garbage, when no layer above keeps it as a Python list. */
  get garbage(): Ptr[] {
    return this.rt.garbage;
  }

  /** Checks a generation argument as gc.collect() does. */
  static checkGeneration(generation: number): void {
    checkGeneration(generation);
  }
}
