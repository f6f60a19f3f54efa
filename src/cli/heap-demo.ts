// `pymm heap-demo`: drives the heap with an object-like workload and prints what the
// allocators did, in the shape of sys._debugmallocstats() (or as JSON).

import { Heap, HeapExhausted, type Ptr } from '../index.js';

/** Options of the heap demo. */
export interface HeapDemoOptions {
  heapSize: number;
  count: number;
  seed: number;
  json: boolean;
}

// Request sizes CPython makes for common objects (bytes, GC header included), with weights.
const SHAPES: [string, number, number][] = [
  ['float', 24, 10],
  ['int', 32, 10],
  ['tuple(2)', 56, 12],
  ['list', 56, 10],
  ['dict', 64, 8],
  ['instance', 72, 12],
  ['str(20)', 69, 12],
  ['list items(8)', 64, 8],
  ['function', 152, 4],
  ['set', 216, 3],
  ['dict keys(8)', 200, 5],
  ['big list items', 4096, 1],
];

/** Runs the demo and returns what to print. */
export function heapDemo(opts: HeapDemoOptions): string {
  const heap = new Heap({ capacity: opts.heapSize });
  let x = opts.seed >>> 0 || 1;
  const rnd = (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const total = SHAPES.reduce((n, s) => n + s[2], 0);
  const pick = () => {
    let r = rnd(total);
    for (const s of SHAPES) {
      r -= s[2];
      if (r < 0) return s[1];
    }
    return SHAPES[0][1];
  };
  const live: Ptr[] = [];
  const t0 = performance.now();
  let exhausted = false;
  try {
    for (let i = 0; i < opts.count; i++) live.push(heap.malloc(pick()));
  } catch (e) {
    if (!(e instanceof HeapExhausted)) throw e;
    exhausted = true;
  }
  const allocated = live.length;
  // Free a random half, as a program dropping temporaries would.
  let freed = 0;
  for (let i = 0; i < live.length; i++) {
    if (rnd(2) === 0) {
      heap.free(live[i]);
      freed++;
    }
  }
  const ms = performance.now() - t0;
  heap.checkHeap();
  const stats = heap.stats();
  if (opts.json) {
    return `${JSON.stringify({ allocated, freed, exhausted, milliseconds: ms, stats }, null, 2)}\n`;
  }
  const lines = [
    `pymm heap demo: ${allocated} blocks allocated${exhausted ? ' (heap exhausted: MemoryError)' : ''}, ` +
      `${freed} freed at random, in ${ms.toFixed(1)} ms; checkHeap() passed.`,
    `heap: ${fmt(stats.heap.bytesInUse)} in use, ${fmt(stats.heap.bytesReserved)} reserved ` +
      `of ${fmt(stats.heap.capacity)}; arena fragmentation ${(stats.heap.arenaFragmentation * 100).toFixed(1)} %`,
    '',
    heap.debugMallocStats(),
  ];
  return lines.join('\n');
}

function fmt(bytes: number): string {
  if (bytes >= 1 << 30) return `${(bytes / (1 << 30)).toFixed(2)} GiB`;
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(2)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
