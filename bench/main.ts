#!/usr/bin/env node
// `npm run bench -- NAME [--json] [--smoke]`: runs benchmark suites side by side with their anchors.

import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { runAlloc } from './alloc.js';
import { runGc } from './gc.js';
import type { SuiteResult } from './harness.js';

const SUITES: Record<string, (o: { smoke: boolean; seed: number }) => SuiteResult> = {
  alloc: runAlloc,
  gc: runGc,
};

const HELP = `usage: npm run bench -- SUITE [--json] [--smoke] [--seed=N]

suites: ${Object.keys(SUITES).join(', ')}, all
  alloc   pymm's heap vs @thi.ng/malloc: pairs, random-live-{16,256,4096,65536},
          batch-1M, mixed-large; Mops/s, one op = one malloc or one free
  gc      pymm's collector vs python3: collect-live-1M, collect-dead-1M (ns/obj),
          collect-dead-10M (PYMM_FULL=1), gen0-collect (µs), churn (ns/obj),
          bytes-per-container (bytes); lower is better
options:
  --json   print one JSON document ({"suite":…,"results":[…]}, or {"suites":[…]} for all)
  --smoke  tiny sizes: checks that the benchmark runs, not how fast
  --seed=N seed of the random streams (default 42)`;

/** Environment facts recorded with the results. */
function env() {
  return { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
}

/** A human table: case, unit, pymm, each anchor, and pymm / anchor. */
export function formatTable(s: SuiteResult): string {
  const rows = [['case', 'unit', 'pymm', 'anchor', 'value', 'pymm/anchor']];
  for (const r of s.results) {
    for (const [name, v] of Object.entries(r.anchors)) {
      rows.push([r.case, r.unit, r.pymm.toFixed(2), name, v.toFixed(3), `${(r.pymm / v).toFixed(2)}×`]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return [
    `suite ${s.suite} (higher is better for Mops/s, lower for times and bytes)`,
    ...rows.map((row) => row.map((c, i) => c.padStart(widths[i])).join('  ')),
  ].join('\n');
}

function main(): void {
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
  const results = names.map((n) => SUITES[n]({ smoke: values.smoke ?? false, seed }));
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
      help: { type: 'boolean', short: 'h' },
    },
  });
}

if (process.argv[1]?.endsWith('main.js')) main();
