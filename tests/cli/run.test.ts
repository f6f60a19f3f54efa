import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/cli/main.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pymm-run-'));

function pymm(args: string[]) {
  return spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 60_000 });
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

test('pymm run passes the arguments after the file as sys.argv[1:]', () => {
  const p = file('argv.py', 'import sys\nprint(sys.argv[1:])\n');
  const r = pymm(['run', '--heap-size=32M', p, 'a', '--b']);
  assert.equal(r.stdout, "['a', '--b']\n");
  assert.equal(r.status, 0);
});

test('pymm -c runs code from the command line', () => {
  const r = pymm(['-c', 'print(6 * 7)']);
  assert.equal(r.stdout, '42\n');
});

test("-c code's compiler errors print no source line, its parser errors do, as python3's", () => {
  for (const code of ['return 1', 'def f():\n    nonlocal q', 'x = (1,', 'f(**x, *y)']) {
    const r = pymm(['-c', code]);
    const py = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
    assert.equal(r.stderr, py.stderr, code);
    assert.equal(r.status, py.status, code);
  }
});

test('a syntax error is reported like python3, with status 1', () => {
  const p = file('bad.py', 'x = (1,\n');
  const r = pymm(['run', p]);
  const py = spawnSync('python3', [p], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, py.stderr);
});

test('an uncaught exception prints a CPython traceback and exits 1', () => {
  const p = file('boom.py', 'def f():\n    return {}["k"]\nf()\n');
  const r = pymm(['run', p]);
  const py = spawnSync('python3', [p], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, py.stderr);
});

test('a missing file and a bad option are errors with python-like messages', () => {
  const r = pymm(['run', join(dir, 'nope.py')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /can't open file .*nope\.py.*No such file or directory/);
  const u = pymm(['run', '--gc=sometimes', 'x.py']);
  assert.equal(u.status, 2);
  assert.match(
    u.stderr,
    /--gc: unknown policy 'sometimes' \(auto, off, every:MS\[:GEN\], on:EVENT\[:GEN\], retry\)/,
  );
  assert.doesNotMatch(u.stderr + r.stderr, /at .*\.js/);
});

test('--timeout stops a runaway loop with status 124 and a clear message', () => {
  const p = file('loop.py', 'while True:\n    pass\n');
  const r = pymm(['run', '--timeout=0.5', p]);
  assert.equal(r.status, 124);
  assert.match(r.stderr, /stopped after --timeout=0.5 seconds/);
});

test('--trace-gc prints DEBUG_STATS lines and --stats --json a summary', () => {
  const p = file('gcs.py', 'import gc\nl = []\nl.append(l)\ndel l\ngc.collect()\n');
  const r = pymm(['run', '--trace-gc', '--stats', '--json', p]);
  assert.match(r.stderr, /gc: collecting generation 2\.\.\.\ngc: objects in each generation: \d+ \d+ \d+\n/);
  assert.match(r.stderr, /gc: done, 1 unreachable, 0 uncollectable, \d\.\d{4}s elapsed/);
  const json = JSON.parse(r.stderr.trim().split('\n').at(-1) as string);
  assert.equal(json.collections[2] >= 1, true);
});

test('--gc=off turns automatic collection off; auto (the default) collects generation 0', () => {
  const p = file('auto.py', 'for i in range(5000):\n    a = []\n    a.append(a)\n');
  const off = pymm(['run', '--gc=off', '--stats', '--json', p]);
  // Only the collections at exit run: Py_FinalizeEx's gc.collect() (gc is still enabled)
  // and the full collection of __main__'s globals.
  assert.equal(JSON.parse(off.stderr.trim()).collections.join(), '0,0,2');
  const on = pymm(['run', '--stats', '--json', p]);
  assert.ok(JSON.parse(on.stderr.trim()).collections[0] > 0);
});

test('--gc combines policies: a timer beside the threshold rule, named events the program signals, retry', () => {
  const p = file(
    'policies.py',
    [
      'import pymm',
      'p = pymm.policy()',
      "print(p['auto'], p['every'], p['events'], p['retry_on_memory_error'])",
      'class N: pass',
      'for i in range(100):',
      '    a = N(); a.me = a',
      "print(pymm.signal('flush'), pymm.signal('other'))",
      '',
    ].join('\n'),
  );
  const r = pymm(['run', '--gc=auto,on:flush:0,retry', '--stats', '--json', p]);
  // 99: the last instance is still bound to `a`.
  assert.equal(r.stdout, "True None {'flush': 0} True\n99 None\n");
  const stats = JSON.parse(r.stderr.trim());
  assert.equal(stats.byTrigger.event, 1);
  assert.ok(stats.heap.peakBytesReserved >= stats.heap.bytesReserved);
  const t = file(
    'timer.py',
    [
      'import pymm, time',
      'end = time.monotonic() + 0.3',
      'while time.monotonic() < end: pass',
      "print(pymm.policy()['every'], pymm.gc_stats()['by_trigger']['timer'] > 0)",
      '',
    ].join('\n'),
  );
  assert.equal(pymm(['run', '--gc=auto,every:20:1', t]).stdout, '(20, 1) True\n');
  // every:MS alone replaces the threshold rule; retry alone keeps it.
  const timerOnly = pymm(['run', '--gc=every:1000', '-c', 'import pymm; print(pymm.policy()["auto"])']);
  assert.equal(timerOnly.stdout, 'False\n');
  const retryOnly = pymm(['run', '--gc=retry', '-c', 'import pymm; print(pymm.policy()["auto"])']);
  assert.equal(retryOnly.stdout, 'True\n');
  for (const [bad, message] of [
    ['off,auto', /'off' cannot be combined/],
    ['every:0', /needs a positive number of milliseconds/],
    ['on:x:3', /generation in 'on:x:3' must be 0, 1 or 2/],
    ['every:5,every:6', /only one every:MS timer/],
  ] as const) {
    const u = pymm(['run', `--gc=${bad}`, 'x.py']);
    assert.equal(u.status, 2, bad);
    assert.match(u.stderr, message);
  }
});
