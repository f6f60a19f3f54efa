// The `micro` suite: one small loop per Python construct (bench/py/micro.py), run by pymm and
// by python3, reported as ns per iteration with pymm / python3.
//
// The program times each loop itself with time.perf_counter, after a warm-up run of a tenth
// of its iterations, so start-up, compiling the module and V8's first tier are not counted;
// every loop's figure includes the cost of its own `for _ in range(n)` step (the
// `range-loop` case is that step alone). Each round runs the whole program once under
// python3 and once under pymm, interleaved, and a case's figure is the median of its rounds.
// Every loop returns what it computed; pymm's value must equal python3's or the case is an
// error row.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CaseResult, median, type SuiteResult } from './harness.js';
import { PYMM_CLI, python3Executable, spawnTimed } from './programs.js';

const here = dirname(fileURLToPath(import.meta.url));
const MICRO_SCRIPT = join(here, '../../bench/py/micro.py');

/** Base iteration count of a loop at full size (each case scales it by its weight). */
export const MICRO_N = 200_000;
/** Base iteration count in smoke mode. */
export const MICRO_SMOKE_N = 200;

/** Options of the suite. */
export interface MicroOptions {
  smoke: boolean;
  /** Runs of the program per contender (default 3, or 1 in smoke mode). */
  rounds?: number;
  /** Only the cases whose names are listed (default: all). */
  cases?: string[];
}

/** One line of the program's output: the case, ns per iteration and the loop's result. */
export interface MicroLine {
  case: string;
  ns: number;
  value: string;
}

/** Parses the program's output (`name TAB ns TAB repr` per line). */
export function parseMicroOutput(stdout: string): MicroLine[] {
  const out: MicroLine[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const [name, ns, ...rest] = line.split('\t');
    out.push({ case: name, ns: Number(ns), value: rest.join('\t') });
  }
  return out;
}

/** Lines under the table: the cases sorted by ratio, worst first, and the geometric mean. */
export function microNotes(results: CaseResult[]): string[] {
  const ok = results.filter((r) => !r.error && r.anchors.python3 > 0);
  const notes = results.filter((r) => r.error).map((r) => `${r.case}: ERROR ${r.error}`);
  if (ok.length === 0) return notes;
  const ratios = ok.map((r) => ({ c: r.case, x: r.pymm / r.anchors.python3 }));
  ratios.sort((a, b) => b.x - a.x);
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r.x), 0) / ratios.length);
  notes.push(`pymm/python3 geometric mean over ${ratios.length} cases: ${geo.toFixed(2)}×`);
  notes.push(
    `worst: ${ratios
      .slice(0, 8)
      .map((r) => `${r.c} ${r.x.toFixed(1)}×`)
      .join(', ')}`,
  );
  return notes;
}

/** Runs the micro suite. */
export function runMicro(opts: MicroOptions): SuiteResult & { python3: { path: string; version: string } } {
  const rounds = opts.rounds ?? (opts.smoke ? 1 : 3);
  const n = String(opts.smoke ? MICRO_SMOKE_N : MICRO_N);
  const python3 = python3Executable();
  const args = [MICRO_SCRIPT, n, ...(opts.cases ?? [])];
  const order: string[] = [];
  const times: Record<string, { pymm: number[]; python3: number[] }> = {};
  const expected = new Map<string, string>();
  const errors = new Map<string, string>();
  for (let r = 0; r < rounds; r++) {
    for (const who of ['python3', 'pymm'] as const) {
      const run =
        who === 'python3'
          ? spawnTimed(python3.path, args)
          : spawnTimed(process.execPath, [PYMM_CLI, 'run', ...args]);
      if (run.error) throw new Error(`the micro program failed: ${run.error}`);
      for (const line of parseMicroOutput(run.stdout)) {
        if (!(line.case in times)) {
          order.push(line.case);
          times[line.case] = { pymm: [], python3: [] };
        }
        if (who === 'python3') expected.set(line.case, line.value);
        else if (expected.get(line.case) !== line.value && !errors.has(line.case))
          errors.set(
            line.case,
            `pymm computed ${line.value}, python3 ${expected.get(line.case) ?? '<nothing>'}`,
          );
        times[line.case][who].push(line.ns);
      }
    }
  }
  const results = order.map((c): CaseResult => {
    const error = errors.get(c);
    if (error !== undefined) return { case: c, unit: 'ns/iter', pymm: Number.NaN, anchors: {}, error };
    return {
      case: c,
      unit: 'ns/iter',
      pymm: median(times[c].pymm),
      anchors: { python3: median(times[c].python3) },
    };
  });
  return { suite: 'micro', results, notes: microNotes(results), python3 };
}
