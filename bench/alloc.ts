// The `alloc` suite: pymm's allocator against @thi.ng/malloc's MemPool, same workloads,
// same pre-generated random streams, interleaved in one process. One op = one malloc or
// one free. A contender that cannot finish a run within the time budget is measured on the
// prefix it did finish (its rate then flatters it, since its free list only grows).

import { MemPool } from '@thi.ng/malloc';
import { Heap } from '../src/heap/index.js';
import { type CaseResult, interleavedMops, randomInts, type SuiteResult, type Workload } from './harness.js';
import {
  buildObmallocAnchor,
  OBMALLOC_ANCHOR,
  runObmallocAnchor,
  type Stream,
  StreamMode,
} from './obmalloc-anchor.js';

/** The allocator calls a workload makes. */
interface Allocator {
  malloc(n: number): number;
  free(p: number): void;
}

const ANCHOR = '@thi.ng/malloc';
const CAPACITY = 1 << 30;

/** Options of the suite. */
export interface AllocOptions {
  smoke: boolean;
  seed: number;
  /** Only these cases (all when absent). */
  cases?: string[];
}

function pymm(): Allocator {
  return new Heap({ capacity: CAPACITY }) as unknown as Allocator;
}

/** thi.ng's pool, failing loudly when it runs out instead of returning 0. */
function thing(buf?: ArrayBuffer): Allocator {
  const pool = buf === undefined ? new MemPool({ size: CAPACITY }) : new MemPool({ buf });
  return {
    malloc(n: number): number {
      const p = pool.malloc(n);
      if (p === 0) throw new Error(`${ANCHOR} ran out of memory for ${n} bytes`);
      return p;
    },
    free(p: number): void {
      pool.free(p);
    },
  };
}

/**
 * Compiles a workload body once per contender (`new Function`), so that each gets its own
 * type feedback and neither makes the other's call sites polymorphic.
 */
function compile(body: string): (...args: unknown[]) => number {
  return new Function('a', 'sizes', 'idx', 'ptrs', 'budget', 'now', body) as (...args: unknown[]) => number;
}

// Each body returns the ops it did; it stops early (checking the clock every 1024 ops) past `budget` ms.
const PAIRS = `
  const n = sizes.length; const end = now() + budget;
  for (let i = 0; i < n; i++) {
    const p = a.malloc(16 + ((i & 31) << 4)); a.free(p);
    if ((i & 1023) === 1023 && now() > end) return 2 * (i + 1);
  }
  return 2 * n;`;

const STEADY = `
  const n = sizes.length; const end = now() + budget;
  for (let i = 0; i < n; i++) {
    const k = idx[i]; a.free(ptrs[k]); ptrs[k] = a.malloc(sizes[i]);
    if ((i & 1023) === 1023 && now() > end) return 2 * (i + 1);
  }
  return 2 * n;`;

const BATCH = `
  const n = sizes.length; const end = now() + budget;
  for (let i = 0; i < n; i++) ptrs[i] = a.malloc(sizes[i]);
  for (let i = 0; i < n; i++) {
    a.free(ptrs[idx[i]]);
    if ((i & 1023) === 1023 && now() > end) return n + i + 1;
  }
  return 2 * n;`;

const now = () => performance.now();

/** A random permutation of 0..n-1 (Fisher–Yates over a seeded stream). */
function permutation(seed: number, n: number): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  const r = randomInts(seed, n, 0, 0xffffffff);
  for (let i = n - 1; i > 0; i--) {
    const j = r[i] % (i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** Runs the alloc suite and returns its results. */
export function runAlloc(opts: AllocOptions): SuiteResult {
  const { smoke, seed } = opts;
  const want = (name: string) => opts.cases === undefined || opts.cases.includes(name);
  const rounds = smoke ? 1 : 3;
  const budget = smoke ? 50 : 1000;
  const results: CaseResult[] = [];
  const make = () => ({ pymm: pymm(), [ANCHOR]: thing() });
  // CPython's obmalloc itself, from C, after the interleaved rounds (it runs in a child process).
  const c = buildObmallocAnchor();
  const notes: string[] = [];
  if ('unavailable' in c) notes.push(`${OBMALLOC_ANCHOR} left out: ${c.unavailable}`);
  const record = (name: string, rates: Record<string, number>, stream: Stream) => {
    const anchors: Record<string, number> = { [ANCHOR]: rates[ANCHOR] };
    if ('binary' in c) anchors[OBMALLOC_ANCHOR] = runObmallocAnchor(c.binary, stream, rounds);
    results.push({ case: name, unit: 'Mops/s', pymm: rates.pymm, anchors });
  };

  // 1. pairs: malloc then free at once, sizes cycling 16..512.
  if (want('pairs')) {
    const count = smoke ? 20_000 : 5_000_000;
    const sizes = new Uint32Array(count);
    const allocs = make();
    const contenders: Record<string, Workload> = {};
    for (const [name, a] of Object.entries(allocs)) {
      const f = compile(PAIRS);
      contenders[name] = () => f(a, sizes, null, null, budget, now);
    }
    record('pairs', interleavedMops(contenders, rounds), { mode: StreamMode.Pairs, count, live: 0 });
  }

  // 2. random-live-N and 4. mixed-large: steady state around N live blocks.
  const steady = (name: string, live: number, largeShare: number) => {
    if (!want(name)) return;
    const count = smoke ? 20_000 : 4_000_000;
    const sizes = randomInts(seed + live, count, 8, 256);
    if (largeShare > 0) {
      const pick = randomInts(seed + 7, count, 0, 99);
      const large = randomInts(seed + 11, count, 513, 64 * 1024);
      for (let i = 0; i < count; i++) if (pick[i] < largeShare) sizes[i] = large[i];
    }
    const idx = randomInts(seed + 3, count, 0, live - 1);
    const initial = randomInts(seed + 5, live, 8, 256);
    const allocs = make();
    const contenders: Record<string, Workload> = {};
    for (const [who, a] of Object.entries(allocs)) {
      const ptrs = new Float64Array(live);
      for (let i = 0; i < live; i++) ptrs[i] = a.malloc(initial[i]);
      const f = compile(STEADY);
      contenders[who] = () => f(a, sizes, idx, ptrs, budget, now);
    }
    record(name, interleavedMops(contenders, rounds), {
      mode: StreamMode.Steady,
      count,
      live,
      initial,
      sizes,
      idx,
    });
  };
  for (const n of [16, 256, 4096, 65536]) steady(`random-live-${n}`, n, 0);

  // 3. batch-1M: allocate 1,000,000 blocks of random small size, then free them in random order.
  if (want('batch-1M')) {
    const count = smoke ? 10_000 : 1_000_000;
    const sizes = randomInts(seed + 13, count, 8, 512);
    const order = permutation(seed + 17, count);
    // Memory is warm for both: first touches of fresh pages cost ~10 µs each on this
    // machine and would swamp the allocators. pymm's heap is empty again after every run;
    // thi.ng's pool, which a cut-short run leaves dirty, is rebuilt over the same buffer.
    const heap = pymm();
    const buf = new ArrayBuffer(CAPACITY);
    const ptrs = new Float64Array(count);
    const fp = compile(BATCH);
    const ft = compile(BATCH);
    const contenders: Record<string, Workload> = {
      pymm: () => fp(heap, sizes, order, ptrs, budget, now),
      [ANCHOR]: () => ft(thing(buf), sizes, order, ptrs, budget, now),
    };
    const stream = { mode: StreamMode.Batch, count, live: 0, sizes, idx: order };
    record('batch-1M', interleavedMops(contenders, rounds), stream);
  }

  steady('mixed-large', 4096, 10);
  notes.push(...flatness(results));
  return { suite: 'alloc', results, notes };
}

/** The flatness line: max/min Mops/s over random-live-16..65536, for pymm and each anchor. */
function flatness(results: CaseResult[]): string[] {
  const steady = results.filter((r) => r.case.startsWith('random-live-'));
  if (steady.length < 2) return [];
  const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs);
  const parts = [`pymm ${spread(steady.map((r) => r.pymm)).toFixed(2)}×`];
  for (const name of Object.keys(steady[0].anchors)) {
    parts.push(`${name} ${spread(steady.map((r) => r.anchors[name])).toFixed(2)}×`);
  }
  return [`flatness, max/min Mops/s over random-live-*: ${parts.join(', ')} (target for pymm: ≤ 2×)`];
}
