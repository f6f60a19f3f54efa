#!/usr/bin/env node
// `npm run external [-- --programs DIR] [-- --module=NAME ...] [-- TEST ...]`: runs CPython's
// own memory test suites — test_gc.py, test_finalization.py, test_weakref.py, test_weakset.py,
// test_sys.py, test_dict.py and test_tuple.py for their tracking tests, test_tracemalloc.py,
// test_list.py, test_set.py, test_scope.py, test_class.py, test_raise.py and test_richcmp.py, and the
// language suites test_with, test_keywordonlyarg, test_augassign, test_opcodes, test_sort,
// test_userdict, test_textwrap, test_dictviews, test_property, test_userlist, test_isinstance
// and test_fractions (the copies that ship with the local python3, unmodified; --module picks
// some of them, TEST names pick tests of the picked modules, of test_gc.py without
// --module) with python3 and with pymm, and reports
// per test: passed on both, skipped on pymm (with the reason), or failed on pymm. With
// --programs DIR it also runs every DIR/*.py (pyperformance's gc_collect and gc_traversal,
// the Benchmarks Game's binary-trees: their code is not committed) with both and compares
// stdout. pymm's stand-ins for test.support, pyperf, threading, … are tests/external/harness.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const harness = join(root, 'tests', 'external', 'harness');
const pymm = join(root, 'dist', 'src', 'cli', 'main.cjs');

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    cwd: '/',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
    timeout: 900_000,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Parses unittest -v output: test id → { status, detail }. */
export function parseVerbose(text) {
  const results = new Map();
  const re =
    /^(\w+) \(([\w.]+)\)(?:\n[^\n]*)? \.\.\. (?:[\s\S]*?)(ok|ERROR|FAIL|skipped .*|expected failure|unexpected success)$/gm;
  for (const m of text.matchAll(re)) results.set(m[2].replace(/^__main__\./, ''), { status: m[3] });
  for (const block of text.split(/^={70}\n/m).slice(1)) {
    const head = /^(ERROR|FAIL): \w+ \(([\w.]+)\)/.exec(block);
    if (head === null) continue;
    const lines = block.split('\n').filter((l) => l !== '' && !l.startsWith('-'.repeat(70)));
    const r = results.get(head[2].replace(/^__main__\./, ''));
    if (r !== undefined) r.detail = lines.at(-1);
  }
  return results;
}

/** The language's own suites that pass whole (tenth and eleventh sessions); npm test asserts them. */
export const WHOLE_PASSING = [
  'test_with',
  'test_keywordonlyarg',
  'test_augassign',
  'test_opcodes',
  'test_sort',
  'test_userdict',
  'test_textwrap',
  'test_dictviews',
  'test_property',
  'test_zlib',
  'test_userlist',
  'test_isinstance',
  'test_fractions',
];

/** CPython test modules `npm run external` runs. */
export const TEST_MODULES = [
  'test_gc',
  'test_finalization',
  'test_weakref',
  'test_weakset',
  'test_sys',
  'test_dict',
  'test_tuple',
  'test_tracemalloc',
  'test_list',
  'test_set',
  'test_scope',
  'test_class',
  'test_raise',
  'test_richcmp',
  ...WHOLE_PASSING,
];

/** Runs test_gc.py with both; returns the per-test comparison. */
export function runTestGc(tests = []) {
  return runTestModule('test_gc', tests);
}

/** Runs CPython's test module `name` (e.g. test_finalization) with both; returns the per-test comparison. */
export function runTestModule(name, tests = []) {
  const located = run('python3', ['-c', `import test.${name} as t; print(t.__file__)`]);
  if (located.status !== 0) throw new Error(`python3 has no test.${name}: ${located.stderr}`);
  const file = located.stdout.trim();
  const cp = run('python3', [file, '-v', ...tests]);
  const pm = run('node', [pymm, 'run', '--timeout=600', file, '-v', ...tests], { PYTHONPATH: harness });
  const want = parseVerbose(cp.stderr);
  const got = parseVerbose(pm.stderr);
  const rows = [];
  for (const [id, w] of want) {
    const g = got.get(id);
    let outcome;
    if (g === undefined) outcome = 'failed';
    else if (g.status === w.status)
      outcome = w.status.startsWith('skipped') ? 'skipped on both' : 'passed on both';
    else if (g.status.startsWith('skipped')) outcome = 'skipped on pymm';
    else outcome = 'failed on pymm';
    rows.push({
      id,
      python3: w.status,
      pymm: g?.status ?? '(no result)',
      detail: g?.detail ?? g?.status,
      outcome,
    });
  }
  return { file, rows, pymmStatus: pm.status, pymmTail: pm.stderr.split('\n').slice(-4).join('\n') };
}

/** Runs each program of `dir` with both; compares stdout and exit status. */
export function runPrograms(dir) {
  const rows = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()) {
    const file = resolve(dir, name);
    const cp = run('python3', [file], { PYTHONPATH: harness });
    const pm = run('node', [pymm, 'run', file], { PYTHONPATH: harness });
    const same = cp.stdout === pm.stdout && cp.status === pm.status;
    rows.push({
      name,
      same,
      python3: cp.status,
      pymm: pm.status,
      pymmErr: same ? '' : pm.stderr.slice(-400),
    });
  }
  return rows;
}

function main(argv) {
  let programs = null;
  const tests = [];
  const modules = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--programs') programs = argv[++i];
    else if (argv[i].startsWith('--programs=')) programs = argv[i].slice(11);
    else if (argv[i].startsWith('--module=')) modules.push(argv[i].slice(9));
    else tests.push(argv[i]);
  }
  let bad = 0;
  for (const name of TEST_MODULES) {
    // --module picks modules; test names without it pick tests of test_gc.py only.
    if (modules.length > 0 ? !modules.includes(name) : tests.length > 0 && name !== 'test_gc') continue;
    const { file, rows, pymmTail } = runTestModule(name, tests);
    console.log(`${name}.py: ${file}`);
    for (const r of rows) {
      const note = r.outcome === 'passed on both' ? '' : `  [python3: ${r.python3}; pymm: ${r.detail}]`;
      console.log(`  ${r.outcome.padEnd(16)} ${r.id}${note}`);
    }
    const count = (o) => rows.filter((r) => r.outcome === o).length;
    console.log(
      `${name}: ${rows.length} tests: ${count('passed on both')} passed on both, ${count('skipped on both')} skipped on both, ${count('skipped on pymm')} skipped on pymm, ${count('failed on pymm') + count('failed')} failed on pymm`,
    );
    if (rows.length === 0) console.log(pymmTail);
  }
  if (programs !== null) {
    for (const r of runPrograms(programs)) {
      console.log(`  ${r.same ? 'same output' : 'DIFFERENT  '} ${r.name}${r.same ? '' : `\n${r.pymmErr}`}`);
      if (!r.same) bad++;
    }
  }
  return bad;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
