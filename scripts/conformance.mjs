#!/usr/bin/env node
// The differential conformance corpus: tests/conformance/<area>/<name>.py, with golden
// stdout / stderr / exit status produced by python3 (CPython 3.11) and compared against pymm.
//
//   node scripts/conformance.mjs --update [PATTERN]   regenerate golden files from python3
//   node scripts/conformance.mjs --check-golden        fail if a golden file is missing or stale
//   node scripts/conformance.mjs [-v] [PATTERN]        run pymm, compare with the golden files
//   node scripts/conformance.mjs --list-failing        print the programs pymm fails
//   --allow-missing-interpreter                        exit 0 when `pymm run` is not built yet
//   --jobs=N                                           worker pool size (default 4, at most 4)
//   A case `<name>.py` with a `<name>.stdin` file beside it gets that file as its standard input.
//   --hashseed=N                                       PYTHONHASHSEED for the runs (default 0); with
//                                                      --check-golden, proves outputs do not depend on it
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(root, 'tests', 'conformance');
// PYMM_CLI may name another build of the CLI (used to test this script with a stand-in).
const pymmMain = process.env.PYMM_CLI
  ? resolve(process.env.PYMM_CLI)
  : join(root, 'dist', 'src', 'cli', 'main.cjs');
const expectedFailuresFile = join(casesDir, 'expected-failures.txt');
const TIMEOUT_MS = 30_000;
const PYTHON = process.env.PYTHON3 ?? 'python3';

/** The str hash seed given to every run; `--hashseed=N` changes it to check that no output depends on it. */
let hashSeed = '0';

/** Environment shared by python3 and pymm runs: fixed str hashing, no .pyc files. */
function childEnv() {
  return { ...process.env, PYTHONHASHSEED: hashSeed, PYTHONDONTWRITEBYTECODE: '1' };
}

/**
 * CPython 3.9+ makes the main script's path absolute, so its tracebacks name
 * `/where/the/checkout/is/tests/conformance/gc/x.py`. Golden files must not depend on the
 * checkout's location, so the absolute prefix of tests/conformance is dropped from both
 * python3's and pymm's output: tracebacks then read `File "gc/x.py", line 3`.
 */
function relativise(text) {
  return text.split(`${casesDir}/`).join('');
}

/** Every case, as a path relative to tests/conformance with forward slashes, sorted. */
function listCases(pattern) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.py')) out.push(relative(casesDir, full).split('\\').join('/'));
    }
  };
  walk(casesDir);
  return pattern ? out.filter((p) => p.includes(pattern)) : out;
}

/** Runs one program to completion and collects stdout, stderr and the exit status. */
function runProgram(command, args) {
  return new Promise((resolvePromise) => {
    // The case's `.stdin` file, if any, is its standard input (else none).
    const stdinFile = join(casesDir, args[args.length - 1].replace(/\.py$/, '.stdin'));
    const input = existsSync(stdinFile) ? readFileSync(stdinFile) : null;
    const child = spawn(command, args, {
      cwd: casesDir,
      env: childEnv(),
      stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== null) child.stdin.end(input);
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolvePromise({
        stdout: '',
        stderr: `cannot start ${command}: ${e.message}\n`,
        status: 127,
        timedOut,
      });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        stdout: relativise(Buffer.concat(out).toString('utf8')),
        stderr: relativise(Buffer.concat(err).toString('utf8')),
        status: code ?? (signal ? 128 : 1),
        timedOut,
      });
    });
  });
}

/** Maps `fn` over `items` with at most `jobs` running at once, keeping result order. */
async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

/** Golden files (.out/.err/.status) whose program no longer exists, relative to tests/conformance. */
function listOrphanGoldens() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (
        /\.(out|err|status|stdin)$/.test(name) &&
        !existsSync(full.replace(/\.(out|err|status|stdin)$/, '.py'))
      ) {
        out.push(relative(casesDir, full).split('\\').join('/'));
      }
    }
  };
  walk(casesDir);
  return out;
}

/** The golden file paths of a case (absolute). */
function goldenPaths(rel) {
  const base = join(casesDir, rel.slice(0, -'.py'.length));
  return { out: `${base}.out`, err: `${base}.err`, status: `${base}.status` };
}

/** The golden expectation of a case; missing .err means empty stderr, missing .status means 0. */
function readGolden(rel) {
  const p = goldenPaths(rel);
  if (!existsSync(p.out)) return null;
  return {
    stdout: readFileSync(p.out, 'utf8'),
    stderr: existsSync(p.err) ? readFileSync(p.err, 'utf8') : '',
    status: existsSync(p.status) ? Number(readFileSync(p.status, 'utf8').trim()) : 0,
  };
}

/** Writes the golden files of a case from a python3 result; returns true if anything changed. */
function writeGolden(rel, result) {
  const p = goldenPaths(rel);
  let changed = false;
  const put = (file, text) => {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      writeFileSync(file, text);
      changed = true;
    }
  };
  const drop = (file) => {
    if (existsSync(file)) {
      rmSync(file);
      changed = true;
    }
  };
  put(p.out, result.stdout);
  if (result.stderr !== '') put(p.err, result.stderr);
  else drop(p.err);
  if (result.status !== 0) put(p.status, `${result.status}\n`);
  else drop(p.status);
  return changed;
}

/** Which of stdout / stderr / status differ between an expectation and a result. */
function differences(expected, actual) {
  const diffs = [];
  if (expected.stdout !== actual.stdout) diffs.push('stdout');
  if (expected.stderr !== actual.stderr) diffs.push('stderr');
  if (expected.status !== actual.status) diffs.push('status');
  return diffs;
}

/** A small line diff (expected vs actual) good enough to read a failure. */
function lineDiff(label, expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let first = 0;
  while (first < e.length && first < a.length && e[first] === a[first]) first++;
  const lines = [`  --- ${label}: first difference at line ${first + 1}`];
  for (let i = Math.max(0, first - 2); i < Math.min(Math.max(e.length, a.length), first + 6); i++) {
    if (i < first) lines.push(`    ${e[i]}`);
    else {
      if (i < e.length) lines.push(`  - ${e[i]}`);
      if (i < a.length) lines.push(`  + ${a[i]}`);
    }
  }
  return lines.join('\n');
}

/** The relative paths listed in expected-failures.txt. */
function readExpectedFailures() {
  if (!existsSync(expectedFailuresFile)) return new Set();
  const set = new Set();
  for (const raw of readFileSync(expectedFailuresFile, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) set.add(line);
  }
  return set;
}

/** Runs every case under python3 (the oracle), keeping the results in case order. */
async function runPython(cases, jobs) {
  return pool(cases, jobs, (rel) => runProgram(PYTHON, [rel]));
}

/** Whether `pymm run` exists and runs a trivial program; returns a reason when it does not. */
async function probeInterpreter() {
  if (!existsSync(pymmMain)) return `${relative(root, pymmMain)} does not exist (run \`npx tsc -b\` first)`;
  const dir = mkdtempSync(join(tmpdir(), 'pymm-conf-'));
  const probe = join(dir, 'probe.py');
  writeFileSync(probe, "print('pymm-probe', 6 * 7)\n");
  const r = await runProgram(process.execPath, [pymmMain, 'run', probe]);
  rmSync(dir, { recursive: true, force: true });
  if (r.status === 0 && r.stdout === 'pymm-probe 42\n') return null;
  const said = (r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' / ');
  return `\`pymm run\` did not run a trivial program (status ${r.status}${said ? `: ${said}` : ''})`;
}

async function main() {
  const argv = process.argv.slice(2);
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const positional = argv.filter((a) => !a.startsWith('-'));
  const pattern = positional[0];
  const jobsFlag = argv.find((a) => a.startsWith('--jobs='));
  const jobs = Math.max(1, Math.min(4, jobsFlag ? Number(jobsFlag.slice('--jobs='.length)) || 4 : 4));
  const verbose = flags.has('-v') || flags.has('--verbose');
  const seedFlag = argv.find((a) => a.startsWith('--hashseed='));
  if (seedFlag) hashSeed = seedFlag.slice('--hashseed='.length);
  const known = new Set([
    '--update',
    '--check-golden',
    '--list-failing',
    '--allow-missing-interpreter',
    '-v',
    '--verbose',
  ]);
  for (const f of flags) {
    if (!known.has(f) && !f.startsWith('--jobs=') && !f.startsWith('--hashseed=')) {
      console.error(`conformance: unknown option ${f}`);
      process.exit(2);
    }
  }

  const cases = listCases(pattern);
  if (cases.length === 0) {
    console.error(`conformance: no programs match ${pattern ?? '(all)'} under ${relative(root, casesDir)}`);
    process.exit(1);
  }

  if (flags.has('--update')) {
    const results = await runPython(cases, jobs);
    let changed = 0;
    let bad = 0;
    cases.forEach((rel, i) => {
      const r = results[i];
      if (r.timedOut) {
        console.error(`conformance: ${rel} timed out under python3; golden files not written`);
        bad++;
        return;
      }
      if (writeGolden(rel, r)) {
        changed++;
        console.log(`updated ${rel}`);
      }
    });
    if (!pattern) {
      for (const orphan of listOrphanGoldens()) {
        rmSync(join(casesDir, orphan));
        console.log(`removed ${orphan} (its program is gone)`);
      }
    }
    console.log(`conformance --update: ${cases.length} programs, ${changed} changed, ${bad} timed out`);
    process.exit(bad ? 1 : 0);
  }

  if (flags.has('--check-golden')) {
    const results = await runPython(cases, jobs);
    const stale = pattern
      ? []
      : listOrphanGoldens().map((o) => `${o} (no program: delete it or run --update)`);
    cases.forEach((rel, i) => {
      const golden = readGolden(rel);
      if (!golden) stale.push(`${rel} (missing .out)`);
      else if (results[i].timedOut) stale.push(`${rel} (timed out under python3)`);
      else {
        const d = differences(golden, results[i]);
        if (d.length) stale.push(`${rel} (${d.join(', ')} out of date)`);
      }
    });
    if (stale.length) {
      console.error(`conformance --check-golden: ${stale.length} golden file(s) missing or out of date:`);
      for (const s of stale) console.error(`  ${s}`);
      console.error(
        'Regenerate with `node scripts/conformance.mjs --update` (never edit golden files by hand).',
      );
      process.exit(1);
    }
    console.log(`conformance --check-golden: ${cases.length} programs, golden files current`);
    process.exit(0);
  }

  // Default and --list-failing: run pymm and compare.
  const missing = await probeInterpreter();
  if (missing) {
    console.error(`conformance: the pymm interpreter is not available: ${missing}.`);
    if (flags.has('--allow-missing-interpreter')) {
      console.error('conformance: skipping the pymm run (--allow-missing-interpreter).');
      process.exit(0);
    }
    process.exit(1);
  }
  const expected = readExpectedFailures();
  const results = await pool(cases, jobs, (rel) => runProgram(process.execPath, [pymmMain, 'run', rel]));
  const failing = [];
  const passed = [];
  const noGolden = [];
  cases.forEach((rel, i) => {
    const golden = readGolden(rel);
    if (!golden) {
      noGolden.push(rel);
      return;
    }
    const r = results[i];
    const d = r.timedOut ? ['timeout'] : differences(golden, r);
    if (d.length) failing.push({ rel, d, golden, r });
    else passed.push(rel);
  });

  if (flags.has('--list-failing')) {
    for (const f of failing) console.log(f.rel);
    process.exit(0);
  }

  const unexpectedFail = failing.filter((f) => !expected.has(f.rel));
  const expectedFail = failing.filter((f) => expected.has(f.rel));
  const unexpectedPass = passed.filter((rel) => expected.has(rel));
  for (const f of unexpectedFail) {
    console.log(`FAIL ${f.rel} (${f.d.join(', ')})`);
    if (verbose) {
      if (f.d.includes('timeout')) console.log('  --- timed out after 30 s');
      if (f.d.includes('stdout')) console.log(lineDiff('stdout', f.golden.stdout, f.r.stdout));
      if (f.d.includes('stderr')) console.log(lineDiff('stderr', f.golden.stderr, f.r.stderr));
      if (f.d.includes('status')) console.log(`  --- status: expected ${f.golden.status}, got ${f.r.status}`);
    }
  }
  for (const rel of unexpectedPass)
    console.log(`PASS ${rel} is listed in expected-failures.txt: remove it from expected-failures.txt`);
  for (const rel of noGolden) console.log(`MISSING ${rel} has no golden .out (run --update)`);
  const allCases = new Set(pattern ? listCases() : cases);
  const staleListed = [...expected].filter((rel) => !allCases.has(rel));
  for (const rel of staleListed)
    console.log(`STALE ${rel} is listed in expected-failures.txt but does not exist`);
  console.log(
    `conformance: ${cases.length} programs, ${passed.length} passed, ${failing.length} failed ` +
      `(${expectedFail.length} expected failures, ${unexpectedFail.length} unexpected), ` +
      `${unexpectedPass.length} unexpectedly passing, ${noGolden.length} without golden files`,
  );
  const bad = unexpectedFail.length + unexpectedPass.length + noGolden.length + staleListed.length;
  process.exit(bad ? 1 : 0);
}

main().catch((e) => {
  console.error(`conformance: ${e?.stack ?? e}`);
  process.exit(1);
});
