import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runGc } from '../../bench/gc.js';

test('the gc benchmark runs in smoke mode with python3 as the anchor of every case', () => {
  const s = runGc({ smoke: true, full: false });
  assert.equal(s.suite, 'gc');
  assert.deepEqual(
    s.results.map((r) => r.case),
    ['collect-live-1M', 'collect-dead-1M', 'gen0-collect', 'churn', 'bytes-per-container'],
  );
  for (const r of s.results) {
    assert.ok(Number.isFinite(r.pymm) && r.pymm > 0, `${r.case}: pymm ${r.pymm}`);
    assert.ok(
      Number.isFinite(r.anchors.python3) && r.anchors.python3 > 0,
      `${r.case}: python3 ${r.anchors.python3}`,
    );
  }
  const bytes = s.results.find((r) => r.case === 'bytes-per-container');
  assert.equal(bytes?.pymm, bytes?.anchors.python3, 'an empty list takes as many bytes as in CPython');
});
