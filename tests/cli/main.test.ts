import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseSize } from '../../src/cli/size.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.cjs', import.meta.url));
const pymm = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });

test('parseSize reads 64M, 1G, 512k and plain bytes, and rejects nonsense', () => {
  assert.equal(parseSize('64M'), 64 * 2 ** 20);
  assert.equal(parseSize('1G'), 2 ** 30);
  assert.equal(parseSize('512k'), 512 * 1024);
  assert.equal(parseSize('1048576'), 2 ** 20);
  assert.equal(parseSize('2MiB'), 2 * 2 ** 20);
  assert.throws(() => parseSize('lots'), /invalid size 'lots'/);
});

test('pymm heap-demo prints the allocator statistics in sys._debugmallocstats() shape', () => {
  const r = pymm('heap-demo', '--count=20000', '--heap-size=64M');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /checkHeap\(\) passed/);
  assert.match(r.stdout, /^Small block threshold = 512, in 32 size classes\.$/m);
  assert.match(r.stdout, /^# arenas allocated current {9}= +\d+$/m);
});

test('pymm heap-demo --json prints one JSON document with the stats', () => {
  const r = pymm('heap-demo', '--count=1000', '--json');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.allocated, 1000);
  assert.equal(doc.stats.classes.length, 32);
});

test('a heap too small for the demo ends in MemoryError, not a crash', () => {
  const r = pymm('heap-demo', '--heap-size=2M');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /heap exhausted: MemoryError/);
});

test('usage errors exit with status 2 and no stack trace', () => {
  for (const args of [
    ['frob'],
    ['heap-demo', '--heap-size=abc'],
    ['heap-demo', '--bogus'],
    ['heap-demo', '--count=-1'],
  ]) {
    const r = pymm(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^usage: pymm/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('pymm --help and --version answer', () => {
  assert.match(pymm('--help').stdout, /heap-demo/);
  assert.match(pymm('-V').stdout, /^pymm \d+\.\d+\.\d+/);
});
