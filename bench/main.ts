#!/usr/bin/env node
// `npm run bench -- NAME [--json] [--smoke]`: runs benchmark suites side by side with their anchors.

import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { runAlloc } from './alloc.js';
import { runGc } from './gc.js';
import type { SuiteResult } from './harness.js';
import { runMicro } from './micro.js';
import { runPrograms } from './programs.js';
import { runStartup } from './startup.js';

/** Options every suite is given (each reads the ones it uses). */
interface SuiteOptions {
  smoke: boolean;
  seed: number;
  rounds?: number;
  pyodide?: boolean;
  cases?: string[];
}

const SUITES: Record<string, (o: SuiteOptions) => SuiteResult | Promise<SuiteResult>> = {
  alloc: runAlloc,
  gc: runGc,
  micro: runMicro,
  programs: runPrograms,
  startup: runStartup,
};

const HELP = `usage: npm run bench -- SUITE [--json] [--smoke] [--seed=N] [--rounds=N] [--[no-]pyodide] [--case=A,B]

suites: ${Object.keys(SUITES).join(', ')}, all
  alloc   pymm's heap vs @thi.ng/malloc and vs CPython's own obmalloc (cpython-obmalloc:
          bench/c/obmalloc_anchor.c calling libpython's PyObject_Malloc/Free, compiled on
          first use with cc against python3; left out, with a note, where it cannot be):
          pairs, random-live-{16,256,4096,65536}, batch-1M, mixed-large; Mops/s, one op =
          one malloc or one free; same random streams for all; flatness line under the table
  gc      pymm's collector vs python3: collect-live-1M, collect-dead-1M (ns/obj),
          collect-dead-10M (PYMM_FULL=1), gen0-collect (µs), churn (ns/obj),
          bytes-per-container (bytes); lower is better
  programs  whole programs in bench/py/programs/ under pymm, python3 and Pyodide 0.25
          (CPython 3.11 in WebAssembly, in this process): gc-collect, gc-traversal,
          binary-trees (depth 16), alloc-churn, word-count, recursion (s); startup:
          \`pymm -c pass\` vs \`python3 -c pass\` (ms). pymm and python3: wall time of the
          whole spawned process per run, start-up included, nothing subtracted; Pyodide:
          time around runPython only (its load time is reported apart, as pyodide.load_s).
          Runs interleaved, median of --rounds; every run's stdout must equal python3's,
          or the case is an error row. Lower is better; targets: pymm/python3 ≤ 1.0
          (binary-trees ≤ 0.7), startup ≤ 150 ms
  micro   one small loop per construct (bench/py/micro.py: local/global reads, int and
          float ops, attributes, calls, containers, str methods, exceptions, classes, …)
          under pymm and python3, timed inside the program (time.perf_counter around each
          loop after a warm-up of a tenth of it; start-up not counted), ns per iteration;
          median of --rounds whole-program runs, interleaved; every loop's result must
          equal python3's; lower is better
  startup \`pymm -c CODE\` vs \`python3 -c CODE\` (ms, whole process, interleaved, median
          of --rounds, outputs checked): pass, and import-M for collections, typing,
          dataclasses, unittest, enum, json, re; target: pass ≤ 150 ms
options:
  --json         print one JSON document ({"suite":…,"results":[…]}, or {"suites":[…]} for all)
  --smoke        tiny sizes: checks that the benchmark runs, not how fast (programs: no Pyodide)
  --seed=N       seed of the random streams (default 42)
  --rounds=N     programs, startup, micro: timed runs per contender and case (default 5,
                 11 and 3; smoke 1)
  --no-pyodide   programs: leave Pyodide out
  --pyodide      programs: include Pyodide in smoke mode too
  --case=A,B     alloc, programs, startup, micro: only these cases (programs: startup is a case too)`;

/** Environment facts recorded with the results. */
function env() {
  return { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
}

/** A human table: case, unit, pymm, each anchor, and pymm / anchor. */
export function formatTable(s: SuiteResult): string {
  const rows = [['case', 'unit', 'pymm', 'anchor', 'value', 'pymm/anchor']];
  for (const r of s.results) {
    if (r.error) rows.push([r.case, r.unit, 'ERROR', '', '', '']);
    for (const [name, v] of Object.entries(r.anchors)) {
      rows.push([r.case, r.unit, r.pymm.toFixed(2), name, v.toFixed(3), `${(r.pymm / v).toFixed(2)}×`]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return [
    `suite ${s.suite} (higher is better for Mops/s, lower for times and bytes)`,
    ...rows.map((row) => row.map((c, i) => c.padStart(widths[i])).join('  ')),
    ...(s.notes ?? []),
  ].join('\n');
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (e) {
    process.stderr.write(`bench: error: ${(e as Error).message}\n${HELP}\n`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const names = positionals[0] === 'all' ? Object.keys(SUITES) : positionals;
  for (const n of names) {
    if (!(n in SUITES)) {
      process.stderr.write(
        `bench: error: unknown suite '${n}' (suites: ${Object.keys(SUITES).join(', ')}, all)\n`,
      );
      process.exit(2);
    }
  }
  const seed = Number(values.seed ?? '42');
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0)) {
    process.stderr.write(`bench: error: --rounds must be a positive integer\n`);
    process.exit(2);
  }
  const opts: SuiteOptions = { smoke: values.smoke ?? false, seed, rounds };
  if (values.pyodide) opts.pyodide = true;
  if (values['no-pyodide']) opts.pyodide = false;
  if (values.case !== undefined) opts.cases = values.case.split(',');
  const results: SuiteResult[] = [];
  try {
    for (const n of names) results.push(await SUITES[n](opts));
  } catch (e) {
    process.stderr.write(`bench: error: ${(e as Error).message}\n`);
    process.exit(1);
  }
  if (values.json) {
    const doc = results.length === 1 ? { ...results[0], env: env() } : { suites: results, env: env() };
    process.stdout.write(`${JSON.stringify(doc)}\n`);
  } else {
    process.stdout.write(
      `${results.map(formatTable).join('\n\n')}\n(seed ${seed}; ${env().node}, ${env().cpu})\n`,
    );
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      smoke: { type: 'boolean' },
      seed: { type: 'string' },
      rounds: { type: 'string' },
      pyodide: { type: 'boolean' },
      'no-pyodide': { type: 'boolean' },
      case: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

if (process.argv[1]?.endsWith('main.js')) await main();
