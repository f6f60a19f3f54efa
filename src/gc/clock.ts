// A monotonic clock in milliseconds, available in Node and in browsers alike.
//
// Node's process.hrtime where there is one, counted from when this module was loaded (as
// performance.now() counts from the process's start, so the Python clocks made from it
// still read small values): in a worker thread the first read of the `performance` global
// loads node:perf_hooks (some 3–4 ms of every `pymm run`'s start-up, as the collector's
// policy reads the clock when the interpreter is made).

declare const performance: { now(): number };

type HrTime = (time?: [number, number]) => [number, number];
const hrtime = (globalThis as { process?: { hrtime?: HrTime } }).process?.hrtime;
const origin = hrtime === undefined ? undefined : hrtime();

/** Milliseconds from an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  if (hrtime === undefined) return performance.now();
  const [s, ns] = hrtime(origin);
  return s * 1e3 + ns / 1e6;
}
