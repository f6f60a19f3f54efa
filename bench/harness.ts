// Benchmark plumbing: interleaved timing of pymm and its anchors, medians, result shapes.

/** One measured case: pymm's figure and each anchor's, in the same unit. */
export interface CaseResult {
  case: string;
  unit: string;
  pymm: number;
  anchors: Record<string, number>;
  /** Why the case has no trustworthy figure (a failed run, or outputs that disagree). */
  error?: string;
}

/** One suite's JSON document. */
export interface SuiteResult {
  suite: string;
  results: CaseResult[];
  /** Lines printed under the human table (targets met or missed, load times). */
  notes?: string[];
}

/** A contender: runs the workload once and returns the number of operations it did. */
export type Workload = () => number;

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Seconds taken by `fn`, and what it returned. */
export function timed(fn: Workload): { seconds: number; ops: number } {
  const t0 = process.hrtime.bigint();
  const ops = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, ops };
}

/**
 * Runs each contender `rounds` times, interleaved (A B A B …) so that drift in the machine
 * hits all of them alike, after one warm-up run each; returns the median Mops/s of each.
 */
export function interleavedMops(
  contenders: Record<string, Workload>,
  rounds: number,
): Record<string, number> {
  const names = Object.keys(contenders);
  const rates: Record<string, number[]> = {};
  for (const n of names) {
    contenders[n]();
    rates[n] = [];
  }
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      const { seconds, ops } = timed(contenders[n]);
      rates[n].push(ops / seconds / 1e6);
    }
  }
  const out: Record<string, number> = {};
  for (const n of names) out[n] = median(rates[n]);
  return out;
}

/** A seeded xorshift32 stream filled into a typed array, so that the RNG is not what is measured. */
export function randomInts(seed: number, count: number, lo: number, hi: number): Uint32Array {
  const out = new Uint32Array(count);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = lo + ((x >>> 0) % (hi - lo + 1));
  }
  return out;
}

/** The last non-empty line of a text (the exception line of a traceback). */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}
