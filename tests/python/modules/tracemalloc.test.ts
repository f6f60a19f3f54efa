import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';
import { fnmatchcase } from '../../../src/python/modules/fnmatch-pattern.js';
import { tracemallocOf } from '../../../src/python/modules/tracemalloc.js';
import {
  EMPTY_TRACEBACK,
  HashtableShape,
  TraceTable,
  UNKNOWN_FILENAME,
} from '../../../src/python/modules/tracemalloc-traces.js';

// Runs `source` on a checked interpreter; returns what it printed and the interpreter.
function run(source: string, options: { checked?: boolean } = {}) {
  let out = '';
  const interp = createInterpreter({
    capacity: 64 << 20,
    checked: options.checked ?? false,
    checkedRefs: options.checked ?? false,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  const status = runMain(interp, source, '/virtual/prog.py');
  return { out, status, interp };
}

test('a trace table records, updates and forgets blocks, with the traced memory and its peak', () => {
  const t = new TraceTable();
  const f = t.internFrame('a.py', 3);
  const tb = t.internTraceback([f], 1, 1);
  t.add(0x100, 40, tb);
  t.add(0x200, 60, tb);
  assert.equal(t.traced, 100);
  assert.equal(t.peak, 100);
  t.add(0x100, 10, tb); // a realloc in place updates the trace
  assert.equal(t.traced, 70);
  t.remove(0x200);
  t.remove(0x999); // untraced: nothing happens
  assert.equal(t.traced, 10);
  assert.equal(t.peak, 100);
  assert.equal(t.count, 1);
  assert.equal(t.tracebackOf(0x100), tb);
  assert.equal(t.tracebackOf(0x200), -1);
  assert.deepEqual(t.copy(), { sizes: [10], tracebacks: [tb] });
  t.clear();
  assert.equal(t.count, 0);
  assert.equal(t.traced, 0);
  assert.equal(t.peak, 0);
  assert.equal(t.tracebackOf(0x100), -1);
});

test('frames and tracebacks are interned; total_nframe is part of a traceback', () => {
  const t = new TraceTable();
  const a = t.internFrame('a.py', 1);
  const b = t.internFrame('b.py', 2);
  assert.equal(t.internFrame('a.py', 1), a);
  assert.equal(t.internFrame('a.py', -5), t.internFrame('a.py', 0)); // negative lines are 0
  const ab = t.internTraceback([a, b], 2, 2);
  assert.equal(t.internTraceback([a, b], 2, 2), ab);
  assert.notEqual(t.internTraceback([a, b], 2, 7), ab);
  assert.notEqual(t.internTraceback([a], 1, 2), ab);
  assert.deepEqual(t.tracebackFrames(ab), [a, b]);
  assert.equal(t.tracebackTotal(ab), 2);
  assert.equal(t.filenames[t.frameFilename(b)], 'b.py');
  assert.equal(t.frameLineno(b), 2);
  const empty = t.tracebackFrames(EMPTY_TRACEBACK);
  assert.equal(t.filenames[t.frameFilename(empty[0])], UNKNOWN_FILENAME);
  assert.equal(t.tracebackTotal(EMPTY_TRACEBACK), 1);
});

test("get_tracemalloc_memory follows CPython's three hash tables", () => {
  const t = new TraceTable();
  assert.equal(t.memoryUsage(), 3 * (80 + 16 * 8)); // 624, as python3 reports before any trace
  const tb = t.internTraceback([t.internFrame('x.py', 1)], 1, 1);
  for (let i = 0; i < 1000; i++) t.add(16 * (i + 1), 32, tb);
  assert.ok(t.memoryUsage() > 1000 * 32);
  t.clear();
  assert.equal(t.memoryUsage(), 624);
  const shape = new HashtableShape();
  for (let i = 0; i < 9; i++) shape.added();
  assert.equal(shape.buckets, 32); // grown past half full: round_size(9 × 2 / 0.6)
  for (let i = 0; i < 7; i++) shape.removed();
  assert.equal(shape.buckets, 16); // shrunk under a tenth full
});

test('fnmatchcase matches shell patterns as python3 fnmatch does', (t) => {
  const patterns = [
    '*.py',
    'a?c',
    '[abc]*',
    '[!abc]*',
    '[a-c]x',
    '[z-a]',
    '[!z-a]',
    '*[]]',
    '[]a]',
    'a[',
    '[a-]',
    '*a*b*',
    '\\*',
    'x.y',
    '(*)',
    '[^a]',
    '*/prog.py',
    '[--0]',
    '',
    '*',
  ];
  const names = [
    'a.py',
    'abc',
    'bx',
    'zz',
    'a]',
    ']',
    'a[',
    '-',
    'ab',
    'axxb',
    '\\x',
    'x.y',
    'xzy',
    '(q)',
    '^',
    '/virtual/prog.py',
    '.',
    '',
    'a\nb',
    'é.py',
  ];
  const py = spawnSync(
    'python3',
    [
      '-c',
      'import sys, json, fnmatch\np, n = json.load(sys.stdin)\nprint(json.dumps([[fnmatch.fnmatchcase(x, q) for x in n] for q in p]))',
    ],
    { input: JSON.stringify([patterns, names]), encoding: 'utf8' },
  );
  if (py.status !== 0) {
    t.skip('python3 is not available');
    return;
  }
  const expected = JSON.parse(py.stdout) as boolean[][];
  patterns.forEach((p, i) => {
    names.forEach((n, j) => {
      assert.equal(
        fnmatchcase(n, p),
        expected[i][j],
        `fnmatchcase(${JSON.stringify(n)}, ${JSON.stringify(p)})`,
      );
    });
  });
});

test('no heap hook is installed unless tracing, so allocation keeps its fast path', () => {
  const { interp, out } = run(
    'import tracemalloc\nprint(tracemalloc.is_tracing())\ntracemalloc.start()\nx = bytes(1000)\nprint(tracemalloc.is_tracing())\ntracemalloc.stop()\n',
  );
  assert.equal(out, 'False\nTrue\n');
  assert.equal(interp.space.rt.heap.getHooks(), null);
  const { interp: plain } = run('x = [1, 2, 3]\n');
  assert.equal(plain.space.rt.heap.getHooks(), null);
});

test('tracing changes no id, gc count or refcount', () => {
  const body = [
    'import gc, sys',
    'class Node:',
    '    def __init__(self, n): self.n = n; self.next = self',
    'out = []',
    'for i in range(300):',
    '    x = [Node(i), str(i) * 3, {i: (i, i)}, bytearray(i)]',
    '    out.append(id(x[0]) - id(out))',
    '    if i % 50 == 0: gc.collect()',
    'print(out[-5:], gc.get_count(), sys.getrefcount(out), len(gc.get_objects()) > 0)',
  ].join('\n');
  const off = run(`import tracemalloc\n${body}\n`);
  const on = run(`import tracemalloc\ntracemalloc.start(25)\n${body}\n`);
  assert.equal(off.status, 0, off.out);
  assert.equal(on.out, off.out);
});

test('the traceback of an allocation is the running frames, most recent first', () => {
  const { interp, out } = run(
    [
      'import tracemalloc',
      'tracemalloc.start(3)',
      'def f():',
      '    return bytes(500)',
      'def g():',
      '    return f()',
      'x = g()',
      'print(tracemalloc.get_object_traceback(x))',
    ].join('\n'),
  );
  assert.equal(out, '/virtual/prog.py:7\n');
  const tm = tracemallocOf(interp);
  assert.equal(tm.tracing, true);
  assert.equal(tm.maxNframe, 3);
  // Allocations made with no Python frame running get the empty traceback.
  assert.equal(tm.traceback(), EMPTY_TRACEBACK);
});

test('hooks installed before start() keep seeing events, and come back after stop()', () => {
  let out = '';
  const interp = createInterpreter({
    capacity: 64 << 20,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  const heap = interp.space.rt.heap;
  let allocs = 0;
  const mine = { alloc: () => void allocs++ };
  heap.setHooks(mine);
  runMain(
    interp,
    'import tracemalloc\ntracemalloc.start()\nx = [bytes(100) for _ in range(10)]\nprint(tracemalloc.get_traced_memory()[0] > 1000)\ntracemalloc.stop()\n',
    '<t>',
  );
  assert.equal(out, 'True\n');
  assert.ok(allocs > 10);
  assert.equal(heap.getHooks(), mine);
  heap.setHooks(null);
});

test('a tracemalloc program runs clean in checked mode (heap and refcounts)', () => {
  const { out, status, interp } = run(
    [
      'import tracemalloc',
      'tracemalloc.start(5)',
      'a = [bytes(64) for _ in range(100)]',
      's1 = tracemalloc.take_snapshot()',
      'b = {i: str(i) for i in range(100)}',
      'del a',
      's2 = tracemalloc.take_snapshot()',
      'print(len(s2.compare_to(s1, "lineno")) > 0, len(s2.statistics("traceback")) > 0)',
      'print(str(s2.statistics("lineno")[0]).split(":")[0])',
      'tracemalloc.stop()',
    ].join('\n'),
    { checked: true },
  );
  assert.equal(status, 0, out);
  assert.equal(out, 'True True\n/virtual/prog.py\n');
  interp.space.rt.heap.checkHeap();
  interp.space.rt.checker?.validateGcLists();
});
