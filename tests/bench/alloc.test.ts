import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAlloc } from '../../bench/alloc.js';
import { buildObmallocAnchor, OBMALLOC_ANCHOR } from '../../bench/obmalloc-anchor.js';

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
  // CPython's obmalloc from C: on every row where it can be built, else a note says why.
  const c = buildObmallocAnchor();
  if ('binary' in c) {
    for (const r of s.results) {
      const v = r.anchors[OBMALLOC_ANCHOR];
      assert.ok(Number.isFinite(v) && v > 0, `${r.case}: ${OBMALLOC_ANCHOR} ${v}`);
    }
  } else {
    assert.ok(s.notes?.some((n) => n.includes(c.unavailable)));
  }
  assert.ok(s.notes?.some((n) => n.startsWith('flatness')));
});
