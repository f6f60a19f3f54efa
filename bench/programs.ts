// The `programs` suite: whole Python programs (bench/py/programs/*.py) run by pymm, by python3
// and by Pyodide, with the same argument, checked against each other, timed interleaved.
//
// pymm and python3 are spawned once per run (`node dist/src/cli/main.cjs run FILE ARG`,
// `python3 FILE ARG`) and timed by the wall clock around the whole process, start-up included;
// Pyodide (the anchor that runs CPython compiled to WebAssembly in this same Node process) is
// loaded once, timed separately, and then timed around runPython alone. The reported figure
// of each contender is the median over the rounds, in seconds. The `startup` case is
// `pymm -c pass` against `python3 -c pass` (milliseconds).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CaseResult, lastLine, median, type SuiteResult } from './harness.js';
import { loadPyodideAnchor, type PyodideAnchor } from './pyodide.js';

const here = dirname(fileURLToPath(import.meta.url));
const PROGRAM_DIR = join(here, '../../bench/py/programs');
/** The pymm CLI that the suites spawn. */
export const PYMM_CLI = join(here, '../src/cli/main.cjs');
/** Longest a single run may take before it counts as an error (ms). */
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

/** One benchmark program: its case name, file and its argument at full and at smoke size. */
export interface Program {
  case: string;
  file: string;
  args: string[];
  smokeArgs: string[];
}

/** The programs of the suite, in the order they are run and reported. */
export const PROGRAMS: Program[] = [
  { case: 'gc-collect', file: 'gc_collect.py', args: ['200'], smokeArgs: ['3'] },
  { case: 'gc-traversal', file: 'gc_traversal.py', args: ['100'], smokeArgs: ['2', '60'] },
  { case: 'binary-trees', file: 'binary_trees.py', args: ['16'], smokeArgs: ['6'] },
  { case: 'alloc-churn', file: 'alloc_churn.py', args: ['200000'], smokeArgs: ['2000'] },
  { case: 'word-count', file: 'word_count.py', args: ['300000'], smokeArgs: ['2000'] },
  { case: 'recursion', file: 'recursion.py', args: ['30'], smokeArgs: ['12'] },
];

/** The targets for pymm / python3: every case at most 1.0, some lower. */
export const TARGETS: Record<string, number> = { 'binary-trees': 0.7 };
/** The target for the wall time of `pymm -c pass`, in ms. */
export const STARTUP_TARGET_MS = 150;

/** Options of the suite. */
export interface ProgramsOptions {
  smoke: boolean;
  /** Timed runs of each contender per case (default 5, or 1 in smoke mode). */
  rounds?: number;
  /** Whether Pyodide is an anchor (default: true, except in smoke mode). */
  pyodide?: boolean;
  /** Only the cases whose names are listed (default: all). */
  cases?: string[];
}

/** The suite's JSON document: the common shape plus the anchors' identities and Pyodide's load time. */
export interface ProgramsResult extends SuiteResult {
  python3: { path: string; version: string };
  pyodide?: { version: string; python: string; load_s: number };
}

/** What one run of one contender gave: its time (s) and stdout, or why it failed. */
export interface Run {
  seconds: number;
  stdout: string;
  error?: string;
}

/** Runs a command to completion; wall time of the whole process. */
export function spawnTimed(cmd: string, args: string[]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: RUN_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const name = cmd === process.execPath ? 'pymm' : 'python3';
  if (r.error) return { seconds, stdout: '', error: `${name}: ${r.error.message}` };
  if (r.status !== 0) {
    const last = lastLine(r.stderr) || `signal ${r.signal}`;
    return { seconds, stdout: r.stdout, error: `${name} exited with status ${r.status}: ${last}` };
  }
  return { seconds, stdout: r.stdout };
}

/** Where two outputs first differ, as "line N: expected … got …"; null when equal. */
export function firstDifference(expected: string, got: string): string | null {
  if (expected === got) return null;
  const a = expected.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end>')}, got ${JSON.stringify(b[i] ?? '<end>')}`;
    }
  }
  return 'outputs differ';
}

type Contender = (p: Program, args: string[]) => Run;

/** Runs `p` `rounds` times under each contender, interleaved, every output checked. */
function measureProgram(
  p: Program,
  args: string[],
  rounds: number,
  contenders: Record<string, Contender>,
): CaseResult {
  const times: Record<string, number[]> = {};
  const errors: string[] = [];
  const failed = new Set<string>();
  let expected: string | null = null;
  for (const name of Object.keys(contenders)) times[name] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(contenders)) {
      if (failed.has(name)) continue;
      const res = run(p, args);
      let error = res.error;
      if (!error && expected === null) expected = res.stdout;
      else if (!error && expected !== null) {
        const diff = firstDifference(expected, res.stdout);
        if (diff) error = `${name}'s stdout differs from python3's at ${diff}`;
      }
      if (error) {
        errors.push(error);
        failed.add(name);
        // Without python3's output nothing can be checked: the case stops here.
        if (name === 'python3') return errorRow(p.case, errors);
      } else times[name].push(res.seconds);
    }
  }
  const anchors: Record<string, number> = {};
  for (const name of Object.keys(contenders)) {
    if (name !== 'pymm' && !failed.has(name)) anchors[name] = median(times[name]);
  }
  const pymm = failed.has('pymm') ? Number.NaN : median(times.pymm);
  const row: CaseResult = { case: p.case, unit: 's', pymm, anchors };
  if (errors.length > 0) row.error = errors.join('; ');
  return row;
}

function errorRow(name: string, errors: string[]): CaseResult {
  return { case: name, unit: 's', pymm: Number.NaN, anchors: {}, error: errors.join('; ') };
}

/** `pymm -c pass` against `python3 -c pass`: median wall time of the process, ms. */
function measureStartup(python3: string, rounds: number): CaseResult {
  const pymm: number[] = [];
  const py: number[] = [];
  const errors: string[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = spawnTimed(python3, ['-c', 'pass']);
    const b = spawnTimed(process.execPath, [PYMM_CLI, '-c', 'pass']);
    if (a.error) errors.push(a.error);
    if (b.error) errors.push(b.error);
    if (a.error || b.error) break;
    py.push(a.seconds * 1000);
    pymm.push(b.seconds * 1000);
  }
  if (errors.length > 0)
    return { case: 'startup', unit: 'ms', pymm: Number.NaN, anchors: {}, error: errors.join('; ') };
  return { case: 'startup', unit: 'ms', pymm: median(pymm), anchors: { python3: median(py) } };
}

/** Lines comparing each measured ratio with the targets (met / MISSED). */
export function targetNotes(results: CaseResult[]): string[] {
  const notes: string[] = [];
  for (const r of results) {
    if (r.error) {
      notes.push(`${r.case}: ERROR ${r.error}`);
      continue;
    }
    if (r.case === 'startup') {
      const ok = r.pymm <= STARTUP_TARGET_MS;
      notes.push(
        `startup: ${r.pymm.toFixed(0)} ms (target ≤ ${STARTUP_TARGET_MS} ms): ${ok ? 'met' : 'MISSED'}`,
      );
      continue;
    }
    const target = TARGETS[r.case] ?? 1.0;
    const py = r.anchors.python3;
    if (py === undefined) continue;
    const ratio = r.pymm / py;
    notes.push(
      `${r.case}: pymm/python3 ${ratio.toFixed(2)} (target ≤ ${target.toFixed(1)}): ${ratio <= target ? 'met' : 'MISSED'}`,
    );
  }
  return notes;
}

/**
 * The python3 interpreter itself: `python3` on PATH may be a wrapper script (pyenv's shim
 * costs ~60 ms a start), so the suite spawns the executable that python3 reports.
 */
export function python3Executable(): { path: string; version: string } {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], {
    encoding: 'utf8',
  });
  if (r.status !== 0 || r.error)
    throw new Error(`cannot run python3: ${r.error?.message ?? lastLine(r.stderr)}`);
  const [path, version] = r.stdout.trim().split('\n');
  return { path, version };
}

/** Runs the programs suite. */
export async function runPrograms(opts: ProgramsOptions): Promise<ProgramsResult> {
  const smoke = opts.smoke;
  const rounds = opts.rounds ?? (smoke ? 1 : 5);
  const known = ['startup', ...PROGRAMS.map((p) => p.case)];
  for (const c of opts.cases ?? []) {
    if (!known.includes(c)) throw new Error(`unknown case '${c}' (cases: ${known.join(', ')})`);
  }
  const programs = PROGRAMS.filter((p) => !opts.cases || opts.cases.includes(p.case));
  let anchor: PyodideAnchor | null = null;
  if ((opts.pyodide ?? !smoke) && programs.length > 0) {
    const indexURL = dirname(createRequire(import.meta.url).resolve('pyodide'));
    anchor = await loadPyodideAnchor(indexURL);
  }
  const python3 = python3Executable();
  const contenders: Record<string, Contender> = {
    python3: (p, args) => spawnTimed(python3.path, [join(PROGRAM_DIR, p.file), ...args]),
    pymm: (p, args) => spawnTimed(process.execPath, [PYMM_CLI, 'run', join(PROGRAM_DIR, p.file), ...args]),
  };
  if (anchor) {
    const a = anchor;
    contenders.pyodide = (p, args) => {
      const source = readFileSync(join(PROGRAM_DIR, p.file), 'utf8');
      return a.run(join(PROGRAM_DIR, p.file), source, args);
    };
  }
  const results: CaseResult[] = [];
  if (!opts.cases || opts.cases.includes('startup')) {
    results.push(measureStartup(python3.path, smoke ? 3 : Math.max(11, rounds)));
  }
  for (const p of programs) {
    results.push(measureProgram(p, smoke ? p.smokeArgs : p.args, rounds, contenders));
  }
  const doc: ProgramsResult = { suite: 'programs', results, notes: targetNotes(results), python3 };
  if (anchor) {
    doc.pyodide = { version: anchor.version, python: anchor.python, load_s: anchor.loadSeconds };
    doc.notes?.push(
      `pyodide ${anchor.version} (Python ${anchor.python}) loaded in ${anchor.loadSeconds.toFixed(2)} s, not counted above`,
    );
  }
  return doc;
}
