// The external harness: CPython's test_gc.py and test_finalization.py run on pymm through tests/external/harness.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const hasPython = spawnSync('python3', ['-c', 'import test.test_gc'], { cwd: '/' }).status === 0;

test('test_gc.py: a few tests pass on pymm as on python3', { skip: !hasPython }, async () => {
  const { runTestGc } = await import(join(root, 'scripts', 'external.mjs'));
  const picked = ['GCTests.test_list', 'GCTests.test_saveall', 'GCTests.test_trashcan_threads'];
  const { rows } = runTestGc(picked);
  const by = new Map(rows.map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
  assert.equal(by.get('GCTests.test_list'), 'passed on both');
  assert.equal(by.get('GCTests.test_saveall'), 'passed on both');
  assert.equal(by.get('GCTests.test_trashcan_threads'), 'skipped on pymm');
});

test('test_finalization.py: PEP 442 and legacy tp_del finalizers behave as on python3', {
  skip: !hasPython,
}, async () => {
  const { runTestModule } = await import(join(root, 'scripts', 'external.mjs'));
  const { rows } = runTestModule('test_finalization');
  const by = new Map(rows.map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
  for (const id of [
    'SelfCycleFinalizationTest.test_simple_resurrect',
    'CycleChainFinalizationTest.test_heterogenous_suicidal_two',
    'LegacyFinalizationTest.test_legacy',
    'LegacyFinalizationTest.test_legacy_resurrect',
    'LegacyFinalizationTest.test_legacy_self_cycle',
  ]) {
    assert.equal(by.get(id), 'passed on both', id);
  }
});
