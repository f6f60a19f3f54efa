import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { ARENA_SIZE } from '../../src/heap/arena.js';
import { Heap } from '../../src/heap/heap.js';
import type { Ptr } from '../../src/heap/memory.js';
import { formatFreeListLine, printone } from '../../src/heap/stats.js';

/** python3's own sys._debugmallocstats() text (it writes to stderr). */
function cpythonStats(): string {
  const r = spawnSync('python3', ['-c', 'import sys; sys._debugmallocstats()'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

/** A line with its numbers masked, so that shapes can be compared. */
const shape = (line: string) => line.replace(/\d[\d,]*/g, (m) => '9'.repeat(m.length));

test('printone pads the label to 35 columns and right-aligns the value with commas in 21', () => {
  assert.equal(
    printone('# arenas allocated total', 4),
    `# arenas allocated total           =${'4'.padStart(21)}\n`,
  );
  assert.equal(
    printone('Total', 4194304),
    `Total                              =${'4,194,304'.padStart(21)}\n`,
  );
});

test('debugMallocStats() has the sections and columns of python3 sys._debugmallocstats()', () => {
  const heap = new Heap({ capacity: 64 << 20 });
  const keep: Ptr[] = [];
  for (let i = 0; i < 30000; i++) keep.push(heap.malloc(1 + ((i * 7) % 512)));
  const ours = heap.debugMallocStats().split('\n');
  const theirs = cpythonStats().split('\n');
  // The header and table columns are the same text.
  assert.deepEqual(ours.slice(0, 4), theirs.slice(0, 4));
  // Every class row has CPython's column widths.
  const rows = (lines: string[]) => lines.filter((l) => /^ {0,4}\d+ +\d+ +\d+ +\d+ +\d+$/.test(l));
  for (const row of rows(ours)) assert.match(row, /^[ \d]{5} [ \d]{6} [ \d]{11} [ \d]{15} [ \d]{13}$/);
  assert.ok(rows(theirs).length > 0);
  // The summary sections: the same labels in the same order, '=' in the same column.
  const labels = (lines: string[]) =>
    lines
      .filter((l) => l.includes('=') && !/ free .*Py\w+s \* /.test(l) && !l.startsWith('Small'))
      .map((l) => shape(l.slice(0, 36)));
  assert.deepEqual(labels(ours), labels(theirs));
  assert.ok(ours.includes('arena map counts'));
});

test('the arena accounting adds up to arenas × 1 MiB, as CPython asserts', () => {
  const heap = new Heap({ capacity: 64 << 20 });
  const ps: Ptr[] = [];
  for (let i = 0; i < 60000; i++) ps.push(heap.malloc(1 + ((i * 31) % 512)));
  for (let i = 0; i < ps.length; i += 3) heap.free(ps[i]);
  const s = heap.stats();
  const b = s.arenaBytes;
  assert.equal(b.total, s.arenas.current * ARENA_SIZE);
  assert.equal(s.allocatedBlocks, ps.length - Math.ceil(ps.length / 3));
  assert.equal(
    s.classes.reduce((n, c) => n + c.blocksInUse * c.size, 0),
    b.inAllocatedBlocks,
  );
  assert.ok(s.heap.bytesInUse <= s.heap.bytesReserved);
  assert.ok(s.heap.arenaFragmentation > 0 && s.heap.arenaFragmentation < 1);
  assert.equal(heap.allocatedBlocks(), s.allocatedBlocks);
});

test('free-list lines have the shape of _PyDebugAllocatorStats', () => {
  const line = formatFreeListLine(8, 'PyDictObject', 48);
  const theirs = cpythonStats()
    .split('\n')
    .find((l) => l.includes('free PyDictObjects'));
  assert.ok(theirs !== undefined);
  assert.equal(shape(line.trimEnd()).length, shape(theirs).length);
  assert.equal(line, `${'8 free PyDictObjects * 48 bytes each'.padStart(48)} =${'384'.padStart(21)}\n`);
});
