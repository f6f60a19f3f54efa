// The `gc` suite: pymm's collector and refcounting against python3 on the same graphs.
//
// pymm builds real pymm lists through the object layer (no interpreter in the loop), the
// anchor is bench/py/gc_anchor.py run by python3 in the same process run. Cases:
//   collect-live-1M / collect-dead-1M: 500,000 two-list cycles (a = []; b = [a];
//     a.append(b)), collected while alive / after dropping them; ns per object
//   collect-dead-10M (full mode only): 5,000,000 cycles, dead; ns per object
//   gen0-collect: one automatic generation-0 collection at threshold 700; µs (median)
//   churn: `x = [i]` in a loop (a one-item list made, the previous one dropped); ns per list
//   bytes-per-container: requested bytes for an empty list (tracemalloc's view); bytes

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NULL, type Ptr } from '../src/heap/index.js';
import {
  list_append,
  list_new,
  list_setItemRaw,
  long_fromNumber,
  ObjectSpace,
} from '../src/objects/index.js';
import { type CaseResult, median, type SuiteResult } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const ANCHOR_SCRIPT = join(here, '../../bench/py/gc_anchor.py');

/** Options of the suite. */
export interface GcOptions {
  smoke: boolean;
  full?: boolean;
}

function space(capacity: number): ObjectSpace {
  const s = new ObjectSpace({ capacity });
  s.gc.disable();
  return s;
}

// a = []; b = [a]; a.append(b) — n times; returns the `a`s (the caller owns them).
function buildPairs(s: ObjectSpace, n: number): Ptr[] {
  const keep: Ptr[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = list_new(s, 0);
    const b = list_new(s, 0);
    list_append(s, b, a);
    list_append(s, a, b);
    s.rt.decref(b);
    keep[i] = a;
  }
  return keep;
}

function collectLive(n: number): number {
  const s = space(2 ** 31);
  const keep = buildPairs(s, n);
  s.gc.collect();
  const t = performance.now();
  s.gc.collect();
  const dt = performance.now() - t;
  for (const a of keep) s.rt.decref(a);
  return (dt * 1e6) / (2 * n);
}

function collectDead(n: number): number {
  const s = space(n > 1_000_000 ? 4 * 1024 ** 3 - 16 : 2 ** 31);
  const keep = buildPairs(s, n);
  s.gc.collect();
  for (const a of keep) s.rt.decref(a);
  const t = performance.now();
  const found = s.gc.collect();
  const dt = performance.now() - t;
  if (found < 2 * n) throw new Error(`collect-dead found ${found}, expected ${2 * n}`);
  return (dt * 1e6) / (2 * n);
}

function gen0Collect(rounds: number): number {
  const s = new ObjectSpace({ capacity: 256 << 20 });
  const times: number[] = [];
  let start = 0;
  s.gc.collect();
  s.gc.callbacks.push((phase, info) => {
    if (info.generation !== 0) return;
    if (phase === 'start') start = performance.now();
    else times.push(performance.now() - start);
  });
  const keep: Ptr[] = [];
  while (times.length < rounds) keep.push(list_new(s, 0));
  for (const l of keep) s.rt.decref(l);
  return median(times) * 1000;
}

// `for i in range(n): x = [i]` as CPython 3.11 runs it: range's iterator makes the int,
// BUILD_LIST 1 is PyList_New(1) plus PyList_SET_ITEM (stealing the int), and STORE_FAST
// releases the previous list only once the new one exists.
function churn(n: number): number {
  const s = space(64 << 20);
  const run = () => {
    const t = performance.now();
    let x = NULL;
    for (let i = 0; i < n; i++) {
      const v = long_fromNumber(s, i);
      const l = list_new(s, 1);
      list_setItemRaw(s, l, 0, v);
      if (x !== NULL) s.rt.decref(x);
      x = l;
    }
    if (x !== NULL) s.rt.decref(x);
    return ((performance.now() - t) * 1e6) / n;
  };
  run();
  return median([run(), run(), run()]);
}

function bytesPerContainer(n: number): number {
  const s = space(64 << 20);
  let bytes = 0;
  s.rt.heap.setHooks({
    alloc: (_p, size) => {
      bytes += size;
    },
    free: () => {},
  });
  const keep: Ptr[] = [];
  for (let i = 0; i < n; i++) keep.push(list_new(s, 0));
  s.rt.heap.setHooks(null);
  for (const l of keep) s.rt.decref(l);
  return bytes / n;
}

function python3(smoke: boolean, full: boolean): Record<string, number> {
  const args = [ANCHOR_SCRIPT, ...(smoke ? ['--smoke'] : []), ...(full ? ['--full'] : [])];
  return JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

/** Runs the gc suite. */
export function runGc(opts: GcOptions): SuiteResult {
  const smoke = opts.smoke;
  const full = opts.full ?? process.env.PYMM_FULL === '1';
  const pairs = smoke ? 2_000 : 500_000;
  const py = python3(smoke, full);
  const med = (f: () => number) => median([f(), f(), f()]);
  const results: CaseResult[] = [];
  const add = (name: string, unit: string, v: number) =>
    results.push({ case: name, unit, pymm: v, anchors: { python3: py[name] } });
  add(
    'collect-live-1M',
    'ns/obj',
    med(() => collectLive(pairs)),
  );
  add(
    'collect-dead-1M',
    'ns/obj',
    med(() => collectDead(pairs)),
  );
  if (full) add('collect-dead-10M', 'ns/obj', collectDead(5_000_000));
  add('gen0-collect', 'µs', gen0Collect(smoke ? 20 : 200));
  add('churn', 'ns/obj', churn(smoke ? 10_000 : 2_000_000));
  add('bytes-per-container', 'bytes', bytesPerContainer(smoke ? 1000 : 100_000));
  return { suite: 'gc', results };
}
