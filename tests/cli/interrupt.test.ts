import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/cli/main.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pymm-interrupt-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

interface Ended {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Starts `command`, sends SIGINT `signals` times once it printed "start", and collects the result. */
function interrupt(command: string, args: string[], signals = 1): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (!sent && stdout.includes('start')) {
        sent = true;
        // Let the program reach its loop, then press Ctrl-C (twice, 300 ms apart, if asked).
        for (let i = 0; i < signals; i++) setTimeout(() => child.kill('SIGINT'), 200 + 300 * i);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      // Let the pipes drain.
      setTimeout(() => resolve({ stdout, stderr, code, signal }), 50);
    });
  });
}

const normalise = (s: string, path: string) => s.split(path).join('PROGRAM');

test('Ctrl-C in a loop prints the KeyboardInterrupt traceback and ends pymm by SIGINT, as python3', async () => {
  const p = file('loop.py', "print('start', flush=True)\ni = 0\nwhile i < 10**15:\n    i += 1\n");
  const [py, mm] = await Promise.all([
    interrupt('python3', [p]),
    interrupt(process.execPath, [main, 'run', p]),
  ]);
  assert.equal(mm.stdout, 'start\n');
  assert.equal(normalise(mm.stderr, p), normalise(py.stderr, p));
  assert.match(mm.stderr, /KeyboardInterrupt\n$/);
  assert.equal(mm.signal, 'SIGINT');
  assert.equal(mm.signal, py.signal);
});

test('a program can catch KeyboardInterrupt, in a loop and in time.sleep(), and go on', async () => {
  const p = file(
    'catch.py',
    [
      'import time',
      "print('start', flush=True)",
      'try:',
      '    while True:',
      '        pass',
      'except KeyboardInterrupt:',
      "    print('caught loop', flush=True)",
      'try:',
      '    time.sleep(30)',
      'except KeyboardInterrupt:',
      "    print('caught sleep')",
      "print('done')",
      '',
    ].join('\n'),
  );
  const mm = await interrupt(process.execPath, [main, 'run', p], 2);
  assert.equal(mm.stdout, 'start\ncaught loop\ncaught sleep\ndone\n');
  assert.equal(mm.stderr, '');
  assert.equal(mm.code, 0);
});

test('a second Ctrl-C while the first is still pending stops pymm at once', async () => {
  // One long big-int power: no safe point runs until it is done.
  const mm = await interrupt(
    process.execPath,
    [main, '-c', "print('start', flush=True)\nx = 7 ** (10**8)"],
    2,
  );
  assert.equal(mm.signal, 'SIGINT');
  assert.equal(mm.stdout, 'start\n');
});
