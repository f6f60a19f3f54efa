// When to collect: the policies, and what collecting costs.
//
// CPython has one policy, the allocation threshold. pymm offers the seed's three and lets
// them combine: `auto` (CPython's threshold rule, on by default), `every` (collect a
// generation every N ms of run time, checked at safe points the host calls), `events`
// (collect when the program or host signals a named event) — and none of them (`off`).
// Every collection, whatever triggered it, is recorded, so that "collecting too often
// slows the program" is a number: pauses, objects examined, share of run time.

import { HeapExhausted } from '../heap/index.js';
import { now } from './clock.js';
import { type CollectResult, collectMain } from './collect.js';
import { Phases } from './phases.js';
import type { Runtime } from './runtime.js';
import { NUM_GENERATIONS } from './state.js';

/** What started a collection. */
export type Trigger = 'threshold' | 'timer' | 'event' | 'manual' | 'memory';

/** Statistics of the collections of one run. */
export interface PolicyStats {
  /** Collections per generation. */
  collections: number[];
  /** Collections per trigger. */
  byTrigger: Record<Trigger, number>;
  /** Objects examined, summed over collections. */
  examined: number;
  /** Objects collected, summed over collections. */
  collected: number;
  /** Time spent collecting, ms. */
  totalPauseMs: number;
  /** Longest single collection, ms. */
  maxPauseMs: number;
  /** Run time since the runtime was made (or since `resetStats`), ms. */
  elapsedMs: number;
  /** totalPauseMs / elapsedMs. */
  pauseShare: number;
}

/** A timed collection: generation `generation` every `intervalMs` of run time. */
export interface TimerPolicy {
  generation: number;
  intervalMs: number;
}

/** The collection policies of one runtime and the record of what they cost. */
export class Policy {
  /** Collect by CPython's allocation threshold (gc.enable()/disable() still apply). */
  auto = true;
  /** Timed collection, or null. */
  timer: TimerPolicy | null = null;
  /** Named events that trigger a collection, with the generation each collects. */
  readonly events = new Map<string, number>();
  /** Opt-in: on MemoryError, run a full collection and retry the allocation once. */
  collectOnMemoryError = false;
  private readonly rt: Runtime;
  private readonly phases: Phases;
  private nextTimer = 0;
  private safePoints = 0;
  private start = now();
  private readonly record = {
    collections: [0, 0, 0],
    byTrigger: { threshold: 0, timer: 0, event: 0, manual: 0, memory: 0 } as Record<Trigger, number>,
    examined: 0,
    collected: 0,
    totalPauseMs: 0,
    maxPauseMs: 0,
  };

  constructor(rt: Runtime) {
    this.rt = rt;
    this.phases = new Phases(rt);
  }

  /** Sets a timed policy (null to remove it); the first collection is `intervalMs` from now. */
  setTimer(timer: TimerPolicy | null): void {
    if (timer !== null) {
      checkGeneration(timer.generation);
      if (!(timer.intervalMs > 0)) throw new RangeError('timer interval must be a positive number of ms');
      this.nextTimer = now() + timer.intervalMs;
    }
    this.timer = timer;
  }

  /** Called from _PyObject_GC_Link when generation 0 passes its threshold. */
  onThreshold(): void {
    if (!this.auto) return;
    const gc = this.rt.gc;
    gc.collecting = true;
    try {
      this.collectGenerations();
    } finally {
      gc.collecting = false;
    }
  }

  /** A safe point (the interpreter calls it at loop back-edges and calls): runs a due timer. */
  safePoint(): void {
    if (this.timer === null || (++this.safePoints & 255) !== 0) return;
    this.timerPoint();
  }

  /** Every 256th safe point (the interpreter counts them itself): runs a due timer. */
  timerPoint(): void {
    if (this.timer === null) return;
    const t = now();
    if (t < this.nextTimer || this.rt.gc.collecting) return;
    this.nextTimer = t + this.timer.intervalMs;
    this.collect(this.timer.generation, 'timer');
  }

  /**
   * Signals a named event; collects if a policy listens to it. Returns what was collected
   * (0 while a collection is already running, as gc.collect()), or -1 when nothing listens.
   */
  signal(name: string): number {
    const generation = this.events.get(name);
    if (generation === undefined) return -1;
    return this.collect(generation, 'event');
  }

  /** Makes `signal(name)` collect `generation`, or (null) forgets the event. */
  setEvent(name: string, generation: number | null): void {
    if (generation === null) {
      this.events.delete(name);
      return;
    }
    checkGeneration(generation);
    this.events.set(name, generation);
  }

  /** gc_collect_generations: collects the oldest generation over its threshold (25 % rule for gen 2). */
  collectGenerations(): number {
    const gc = this.rt.gc;
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (gc.count[i] > gc.threshold[i]) {
        if (i === NUM_GENERATIONS - 1 && gc.longLivedPending < Math.trunc(gc.longLivedTotal / 4)) continue;
        return this.collectWithCallback(i, 'threshold');
      }
    }
    return 0;
  }

  /** gc.collect(): unless a collection is running (then 0), collects `generation` with callbacks. */
  collect(generation: number, trigger: Trigger = 'manual'): number {
    checkGeneration(generation);
    const gc = this.rt.gc;
    if (gc.collecting) return 0;
    gc.collecting = true;
    try {
      return this.collectWithCallback(generation, trigger);
    } finally {
      gc.collecting = false;
    }
  }

  /**
   * _PyGC_CollectNoFail: a full collection at interpreter shutdown, without gc.callbacks
   * (the program's globals may be gone); 0 if a collection is already running.
   */
  collectNoFail(): number {
    const gc = this.rt.gc;
    if (gc.collecting) return 0;
    gc.collecting = true;
    try {
      const t0 = now();
      const result = collectMain(this.rt, this.phases, NUM_GENERATIONS - 1);
      this.note(NUM_GENERATIONS - 1, 'manual', result, now() - t0);
      return result.collected + result.uncollectable;
    } finally {
      gc.collecting = false;
    }
  }

  // gc_collect_with_callback: "start" callbacks, the collection, "stop" callbacks.
  private collectWithCallback(generation: number, trigger: Trigger): number {
    this.invokeCallbacks('start', generation, 0, 0);
    const t0 = now();
    const result = collectMain(this.rt, this.phases, generation);
    this.note(generation, trigger, result, now() - t0);
    this.invokeCallbacks('stop', generation, result.collected, result.uncollectable);
    return result.collected + result.uncollectable;
  }

  private invokeCallbacks(
    phase: 'start' | 'stop',
    generation: number,
    collected: number,
    uncollectable: number,
  ): void {
    const callbacks = this.rt.gc.callbacks;
    if (callbacks.length === 0) return;
    const info = { generation, collected, uncollectable };
    for (const callback of [...callbacks]) {
      try {
        callback(phase, info);
      } catch (error) {
        this.rt.hooks.unraisable(error, 'in gc callback', 0 as never);
      }
    }
  }

  private note(generation: number, trigger: Trigger, result: CollectResult, ms: number): void {
    const r = this.record;
    r.collections[generation]++;
    r.byTrigger[trigger]++;
    r.examined += result.examined;
    r.collected += result.collected;
    r.totalPauseMs += ms;
    if (ms > r.maxPauseMs) r.maxPauseMs = ms;
  }

  /** The statistics so far. */
  stats(): PolicyStats {
    const r = this.record;
    const elapsedMs = now() - this.start;
    return {
      collections: [...r.collections],
      byTrigger: { ...r.byTrigger },
      examined: r.examined,
      collected: r.collected,
      totalPauseMs: r.totalPauseMs,
      maxPauseMs: r.maxPauseMs,
      elapsedMs,
      pauseShare: elapsedMs > 0 ? r.totalPauseMs / elapsedMs : 0,
    };
  }

  /** Starts the statistics afresh. */
  resetStats(): void {
    const r = this.record;
    r.collections.fill(0);
    for (const k of Object.keys(r.byTrigger) as Trigger[]) r.byTrigger[k] = 0;
    r.examined = r.collected = r.totalPauseMs = r.maxPauseMs = 0;
    this.start = now();
  }

  /** Runs `allocate`; with collectOnMemoryError, a MemoryError triggers one full collection and a retry. */
  retryOnMemoryError<T>(allocate: () => T): T {
    try {
      return allocate();
    } catch (error) {
      if (!(error instanceof HeapExhausted) || !this.collectOnMemoryError || this.rt.gc.collecting)
        throw error;
      this.collect(NUM_GENERATIONS - 1, 'memory');
      return allocate();
    }
  }
}

/** Throws ValueError-like RangeError unless 0 <= generation < 3 (gc.collect's check). */
export function checkGeneration(generation: number): void {
  if (!Number.isInteger(generation) || generation < 0 || generation >= NUM_GENERATIONS) {
    throw new RangeError('invalid generation');
  }
}
