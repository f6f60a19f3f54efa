import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstDifference, PROGRAMS, runPrograms, targetNotes } from '../../bench/programs.js';

test('the programs benchmark runs in smoke mode: every program agrees with python3', async () => {
  const s = await runPrograms({ smoke: true });
  assert.equal(s.suite, 'programs');
  assert.deepEqual(
    s.results.map((r) => r.case),
    ['startup', ...PROGRAMS.map((p) => p.case)],
  );
  for (const r of s.results) {
    assert.equal(r.error, undefined, `${r.case}: ${r.error}`);
    assert.equal(r.unit, r.case === 'startup' ? 'ms' : 's');
    assert.ok(Number.isFinite(r.pymm) && r.pymm > 0, `${r.case}: pymm ${r.pymm}`);
    assert.deepEqual(Object.keys(r.anchors), ['python3'], 'smoke mode leaves Pyodide out');
    assert.ok(r.anchors.python3 > 0, `${r.case}: python3 ${r.anchors.python3}`);
  }
  assert.equal(s.pyodide, undefined);
  assert.match(s.python3.version, /^3\.11\./);
});

test('firstDifference names the first line that differs, or null when outputs agree', () => {
  assert.equal(firstDifference('a\nb\n', 'a\nb\n'), null);
  assert.equal(firstDifference('a\nb\n', 'a\nc\n'), 'line 2: expected "b", got "c"');
  assert.equal(firstDifference('a\n', 'a\nextra\n'), 'line 2: expected "", got "extra"');
  assert.equal(firstDifference('a\nb', 'a'), 'line 2: expected "b", got "<end>"');
});

test('targetNotes reports met and missed targets, and error rows as errors', () => {
  const notes = targetNotes([
    { case: 'startup', unit: 'ms', pymm: 120, anchors: { python3: 20 } },
    { case: 'binary-trees', unit: 's', pymm: 0.8, anchors: { python3: 1 } },
    { case: 'recursion', unit: 's', pymm: 0.9, anchors: { python3: 1 } },
    { case: 'word-count', unit: 's', pymm: Number.NaN, anchors: {}, error: 'pymm exited with status 1: X' },
  ]);
  assert.deepEqual(notes, [
    'startup: 120 ms (target ≤ 150 ms): met',
    'binary-trees: pymm/python3 0.80 (target ≤ 0.7): MISSED',
    'recursion: pymm/python3 0.90 (target ≤ 1.0): met',
    'word-count: ERROR pymm exited with status 1: X',
  ]);
});

test('an unknown case name is an error', async () => {
  await assert.rejects(runPrograms({ smoke: true, cases: ['nope'] }), /unknown case 'nope'/);
});
