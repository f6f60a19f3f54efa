import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runStartup, STARTUP_CASES, startupNotes } from '../../bench/startup.js';

test('the startup benchmark runs in smoke mode: every case is timed beside python3 and agrees with it', () => {
  const s = runStartup({ smoke: true });
  assert.equal(s.suite, 'startup');
  assert.deepEqual(
    s.results.map((r) => r.case),
    STARTUP_CASES.map((c) => c.case),
  );
  for (const r of s.results) {
    assert.equal(r.error, undefined, `${r.case}: ${r.error}`);
    assert.equal(r.unit, 'ms');
    assert.ok(Number.isFinite(r.pymm) && r.pymm > 0, `${r.case}: pymm ${r.pymm}`);
    assert.ok(r.anchors.python3 > 0, `${r.case}: python3 ${r.anchors.python3}`);
  }
  assert.match(s.python3.version, /^3\.11\./);
});

test('startupNotes gives each ratio and whether `pass` meets its target', () => {
  const notes = startupNotes([
    { case: 'pass', unit: 'ms', pymm: 120, anchors: { python3: 20 } },
    { case: 'import-typing', unit: 'ms', pymm: 300, anchors: { python3: 40 } },
    { case: 'import-re', unit: 'ms', pymm: Number.NaN, anchors: {}, error: 'pymm exited with status 1: X' },
  ]);
  assert.deepEqual(notes, [
    'pass: pymm 120 ms, python3 20 ms, pymm/python3 6.00 (target ≤ 150 ms: met)',
    'import-typing: pymm 300 ms, python3 40 ms, pymm/python3 7.50',
    'import-re: ERROR pymm exited with status 1: X',
  ]);
});
