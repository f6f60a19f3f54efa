import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAlloc } from '../../bench/alloc.js';

test('the alloc benchmark runs in smoke mode and reports every case with its anchor', () => {
  const s = runAlloc({ smoke: true, seed: 1 });
  assert.equal(s.suite, 'alloc');
  const cases = s.results.map((r) => r.case);
  assert.deepEqual(cases, [
    'pairs',
    'random-live-16',
    'random-live-256',
    'random-live-4096',
    'random-live-65536',
    'batch-1M',
    'mixed-large',
  ]);
  for (const r of s.results) {
    assert.equal(r.unit, 'Mops/s');
    assert.ok(Number.isFinite(r.pymm) && r.pymm > 0, `${r.case}: pymm ${r.pymm}`);
    const anchor = r.anchors['@thi.ng/malloc'];
    assert.ok(Number.isFinite(anchor) && anchor > 0, `${r.case}: anchor ${anchor}`);
  }
});
