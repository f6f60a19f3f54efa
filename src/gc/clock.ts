// A monotonic clock in milliseconds, available in Node and in browsers alike.

declare const performance: { now(): number };

/** Milliseconds from an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}
