// The `startup` suite: how long `pymm -c CODE` takes against `python3 -c CODE`, for an empty
// program and for importing the standard modules that pymm writes in Python.
//
// Both are spawned once per run and timed by the wall clock around the whole process (start-up,
// the imports and exit: nothing subtracted), interleaved run by run, so that load on the
// machine hits both alike; the figure of each is the median over the rounds, in ms. Both must
// exit with status 0 and print the same thing (each case prints the module's __name__).

import { type CaseResult, median, type SuiteResult } from './harness.js';
import { PYMM_CLI, python3Executable, spawnTimed } from './programs.js';

/** One case: its name and the code run by `-c`. */
export interface StartupCase {
  case: string;
  code: string;
}

/** The cases, in the order they are run and reported. */
export const STARTUP_CASES: StartupCase[] = [
  { case: 'pass', code: 'pass' },
  ...['collections', 'typing', 'dataclasses', 'unittest', 'enum', 'json', 're'].map((m) => ({
    case: `import-${m}`,
    code: `import ${m}; print(${m}.__name__)`,
  })),
];

/** The target for the wall time of `pymm -c pass`, in ms. */
export const PASS_TARGET_MS = 150;

/** Options of the suite. */
export interface StartupOptions {
  smoke: boolean;
  /** Timed runs of each contender per case (default 11, or 1 in smoke mode). */
  rounds?: number;
  /** Only the cases whose names are listed (default: all). */
  cases?: string[];
}

/** Runs every case `rounds` times under pymm and python3, interleaved; medians in ms. */
function measureCase(c: StartupCase, python3: string, rounds: number): CaseResult {
  const pymm: number[] = [];
  const py: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = spawnTimed(python3, ['-c', c.code]);
    const b = spawnTimed(process.execPath, [PYMM_CLI, '-c', c.code]);
    const error =
      a.error ??
      b.error ??
      (a.stdout !== b.stdout
        ? `pymm printed ${JSON.stringify(b.stdout)}, python3 ${JSON.stringify(a.stdout)}`
        : undefined);
    if (error !== undefined) return { case: c.case, unit: 'ms', pymm: Number.NaN, anchors: {}, error };
    py.push(a.seconds * 1000);
    pymm.push(b.seconds * 1000);
  }
  return { case: c.case, unit: 'ms', pymm: median(pymm), anchors: { python3: median(py) } };
}

/** Lines under the table: each ratio, and the target of `pass`. */
export function startupNotes(results: CaseResult[]): string[] {
  const notes: string[] = [];
  for (const r of results) {
    if (r.error) {
      notes.push(`${r.case}: ERROR ${r.error}`);
      continue;
    }
    const ratio = r.pymm / r.anchors.python3;
    let line = `${r.case}: pymm ${r.pymm.toFixed(0)} ms, python3 ${r.anchors.python3.toFixed(0)} ms, pymm/python3 ${ratio.toFixed(2)}`;
    if (r.case === 'pass')
      line += ` (target ≤ ${PASS_TARGET_MS} ms: ${r.pymm <= PASS_TARGET_MS ? 'met' : 'MISSED'})`;
    notes.push(line);
  }
  return notes;
}

/** Runs the startup suite. */
export function runStartup(
  opts: StartupOptions,
): SuiteResult & { python3: { path: string; version: string } } {
  const rounds = opts.rounds ?? (opts.smoke ? 1 : 11);
  for (const c of opts.cases ?? []) {
    if (!STARTUP_CASES.some((s) => s.case === c))
      throw new Error(`unknown case '${c}' (cases: ${STARTUP_CASES.map((s) => s.case).join(', ')})`);
  }
  const python3 = python3Executable();
  const results = STARTUP_CASES.filter((c) => !opts.cases || opts.cases.includes(c.case)).map((c) =>
    measureCase(c, python3.path, rounds),
  );
  return { suite: 'startup', results, notes: startupNotes(results), python3 };
}
