import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';

// Runs `source` on a checked heap of `capacity` bytes; returns what it printed and its status.
function run(source: string, capacity = 32 << 20): { out: string; status: number } {
  let out = '';
  const interp = createInterpreter({
    capacity,
    checked: true,
    checkedRefs: true,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  const status = runMain(interp, source, '<string>');
  interp.space.rt.heap.checkHeap();
  interp.space.rt.checker?.validateGcLists();
  return { out, status };
}

test('pymm.collect_on and signal: an event collects its generation and is counted as an event', () => {
  const { out, status } = run(
    [
      'import gc, pymm',
      'gc.collect()',
      'class Node: pass',
      "pymm.collect_on('batch done', 0)",
      "print(pymm.signal('unheard'))",
      'for i in range(50):',
      '    n = Node(); n.me = n',
      'del n',
      'gc.disable()  # the threshold rule is off; events still collect',
      "print(pymm.signal('batch done'), gc.get_count()[0] == 0)",
      "print(pymm.gc_stats()['by_trigger']['event'], pymm.policy()['events'])",
      "pymm.collect_on('batch done', None)",
      "print(pymm.signal('batch done'), pymm.policy()['events'])",
      '',
    ].join('\n'),
  );
  assert.equal(out, "None\n50 True\n1 {'batch done': 0}\nNone {}\n");
  assert.equal(status, 0);
});

test('pymm.auto_collect(False) stops the threshold rule; gc.collect() still works', () => {
  const { out } = run(
    [
      'import gc, pymm',
      'print(pymm.auto_collect(False))',
      'start = gc.get_stats()[0]["collections"]',
      'for i in range(5000):',
      '    a = []; a.append(a)',
      'print(gc.get_stats()[0]["collections"] - start, gc.get_count()[0] > 4000)',
      'print(gc.collect() >= 4999, pymm.auto_collect(True))',
      '',
    ].join('\n'),
  );
  assert.equal(out, 'True\n0 True\nTrue False\n');
});

test('pymm.retry_on_memory_error: a full heap of cyclic garbage is collected instead of MemoryError', () => {
  const program = (retry: boolean) =>
    [
      'import gc, pymm',
      'gc.disable()',
      `pymm.retry_on_memory_error(${retry ? 'True' : 'False'})`,
      'made = 0',
      'try:',
      '    for i in range(400):',
      '        b = [bytes(64 * 1024)]',
      '        b.append(b)  # a cycle: only the collector frees it',
      '        made += 1',
      '    print("no MemoryError", made)',
      'except MemoryError:',
      '    print("MemoryError")',
      "print(pymm.gc_stats()['by_trigger']['memory'] > 0)",
      '',
    ].join('\n');
  assert.equal(run(program(false), 16 << 20).out, 'MemoryError\nFalse\n');
  assert.equal(run(program(true), 16 << 20).out, 'no MemoryError 400\nTrue\n');
});

test('pymm.heap_stats and gc_stats describe the heap and the collections so far', () => {
  const { out } = run(
    [
      'import gc, pymm',
      'pymm.reset_gc_stats()',
      'gc.collect(); gc.collect(1)',
      's = pymm.gc_stats()',
      "print(s['collections'], s['by_trigger']['manual'], 0 <= s['pause_share'] <= 1)",
      'h = pymm.heap_stats()',
      "print(h['capacity'], h['bytes_in_use'] <= h['bytes_reserved'] <= h['peak_bytes_reserved'], h['arenas'] >= 1)",
      'big = bytearray(4 << 20)',
      "peak = pymm.heap_stats()['peak_bytes_reserved']",
      'del big',
      "print(pymm.heap_stats()['peak_bytes_reserved'] == peak, pymm.heap_stats()['bytes_reserved'] < peak)",
      '',
    ].join('\n'),
  );
  assert.equal(out, '[0, 1, 1] 2 True\n33554432 True True\nTrue True\n');
});

test('pymm rejects bad arguments with Python errors', () => {
  const { out } = run(
    [
      'import pymm',
      'for f in (lambda: pymm.collect_every(-1), lambda: pymm.collect_every(True), lambda: pymm.collect_on(b"x"),',
      '          lambda: pymm.collect_on("x", 5), lambda: pymm.collect_every(10, "2"), lambda: pymm.signal(3)):',
      '    try:',
      '        f()',
      '    except (TypeError, ValueError) as e:',
      '        print(type(e).__name__, e)',
      '',
    ].join('\n'),
  );
  assert.equal(
    out,
    [
      'ValueError ms must be a positive, finite number of milliseconds',
      "TypeError ms must be a number or None, not 'bool'",
      "TypeError event must be a str, not 'bytes'",
      'ValueError invalid generation',
      "TypeError generation must be an int, not 'str'",
      "TypeError event must be a str, not 'int'",
      '',
    ].join('\n'),
  );
});
