// The external harness: CPython's test_gc.py, test_finalization.py, test_weakref.py, test_weakset.py, test_sys.py, test_dict.py, test_tuple.py, test_tracemalloc.py, test_set.py and test_list.py run on pymm through tests/external/harness.

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

test('test_weakref.py and test_weakset.py: every test that needs no threads or subprocesses passes', {
  skip: !hasPython,
}, async () => {
  const { runTestModule } = await import(join(root, 'scripts', 'external.mjs'));
  for (const name of ['test_weakref', 'test_weakset']) {
    const { rows } = runTestModule(name);
    assert.ok(rows.length > 0, name);
    for (const r of rows as { id: string; outcome: string; pymm: string }[]) {
      if (r.outcome === 'skipped on pymm')
        assert.match(r.pymm, /subprocesses|threading|thread/, `${name} ${r.id}`);
      else assert.equal(r.outcome, 'passed on both', `${name} ${r.id}`);
    }
  }
});

test('test_sys.py: getsizeof, refcount and recursion-limit tests pass as on python3', {
  skip: !hasPython,
}, async () => {
  const { runTestModule } = await import(join(root, 'scripts', 'external.mjs'));
  const picked = [
    'SizeofTest.test_default',
    'SizeofTest.test_errors',
    'SizeofTest.test_gc_head_size',
    'SizeofTest.test_asyncgen_hooks',
    'SysModuleTest.test_getrecursionlimit',
    'SysModuleTest.test_setrecursionlimit',
    'SysModuleTest.test_recursionlimit_recovery',
    'SysModuleTest.test_setrecursionlimit_to_depth',
    'SysModuleTest.test_getallocatedblocks',
    'SysModuleTest.test_getframe',
    'SysModuleTest.test_switchinterval',
  ];
  // (SysModuleTest.test_refcount is left out: pymm passes it, but python3 itself fails it
  // when run with the environment `npm test` sets, so the two cannot be compared here.)
  const { rows } = runTestModule('test_sys', picked);
  const by = new Map(rows.map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
  for (const id of picked) assert.equal(by.get(id), 'passed on both', id);
});

test('test_dict.py and test_tuple.py: the gc tracking and use-after-free tests pass as on python3', {
  skip: !hasPython,
}, async () => {
  const { runTestModule } = await import(join(root, 'scripts', 'external.mjs'));
  const picks: [string, string[]][] = [
    [
      'test_dict',
      [
        'DictTest.test_track_literals',
        'DictTest.test_track_dynamic',
        'DictTest.test_track_subtypes',
        'DictTest.test_copy_maintains_tracking',
        'DictTest.test_container_iterator',
        'DictTest.test_free_after_iterating',
        'DictTest.test_dict_items_result_gc',
        'DictTest.test_dict_items_result_gc_reversed',
        'DictTest.test_dictitems_contains_use_after_free',
        'DictTest.test_dict_contain_use_after_free',
        'DictTest.test_init_use_after_free',
      ],
    ],
    [
      'test_tuple',
      [
        'TupleTest.test_track_literals',
        'TupleTest.test_track_dynamic',
        'TupleTest.test_track_subtypes',
        'TupleTest.test_free_after_iterating',
      ],
    ],
  ];
  for (const [name, picked] of picks) {
    const { rows } = runTestModule(name, picked);
    const by = new Map(rows.map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
    for (const id of picked) assert.equal(by.get(id), 'passed on both', `${name} ${id}`);
  }
});

test('test_tracemalloc.py, test_set.py and test_list.py: the API, mutating-set and list tests pass as on python3', {
  skip: !hasPython,
}, async () => {
  const { runTestModule } = await import(join(root, 'scripts', 'external.mjs'));
  // The whole of test_set.py takes over a minute on pymm: CI runs a pick, `npm run external` all.
  const picks: [string, string[]][] = [
    [
      'test_tracemalloc',
      [
        'TestTracemallocEnabled.test_get_traces',
        'TestTracemallocEnabled.test_set_traceback_limit',
        'TestSnapshot.test_format_traceback',
        'TestFilters.test_filter_match',
        'TestFilters.test_filter_match_trace',
      ],
    ],
    [
      'test_set',
      [
        'TestBinaryOpsMutating_Set_Set.test_and_with_mutation',
        'TestBinaryOpsMutating_Set_Set.test_le_with_mutation',
        'TestMethodsMutating_Set_Dict.test_isdisjoint_with_mutation',
        'TestMethodsMutating_Set_Dict.test_union_with_mutation',
        'TestMethodsMutating_Set_List.test_symmetric_difference_update_with_mutation',
        'TestSet.test_contains',
        'TestFrozenSet.test_intersection',
        'TestFrozenSetSubclass.test_keywords_in_subclass',
        'TestSet.test_do_not_rehash_dict_keys',
      ],
    ],
    ['test_list', ['ListTest.test_basic', 'ListTest.test_free_after_iterating', 'ListTest.test_sort']],
  ];
  for (const [name, picked] of picks) {
    const { rows } = runTestModule(name, picked);
    const by = new Map(rows.map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
    for (const id of picked) assert.equal(by.get(id), 'passed on both', `${name} ${id}`);
  }
});

test('test_class.py, test_raise.py, test_richcmp.py and test_scope.py pass as on python3 (test_scope but for its two sys.settrace tests)', {
  skip: !hasPython,
}, async () => {
  const { runTestModule } = await import(join(root, 'scripts', 'external.mjs'));
  const tracing = new Set([
    'ScopeTests.testInteractionWithTraceFunc',
    'ScopeTests.testLocalsClass_WithTrace',
  ]);
  for (const name of ['test_class', 'test_raise', 'test_richcmp', 'test_scope']) {
    const { rows } = runTestModule(name);
    assert.ok(rows.length > 10, `${name} ran`);
    for (const r of rows as { id: string; outcome: string }[]) {
      if (!tracing.has(r.id)) assert.equal(r.outcome, 'passed on both', `${name} ${r.id}`);
    }
  }
});

test('test_with, test_keywordonlyarg, test_augassign, test_opcodes, test_sort, test_userdict, test_textwrap, test_dictviews, test_property and test_zlib pass whole as on python3', {
  skip: !hasPython,
}, async () => {
  const { runTestModule, WHOLE_PASSING } = await import(join(root, 'scripts', 'external.mjs'));
  for (const name of WHOLE_PASSING as string[]) {
    const { rows } = runTestModule(name);
    assert.ok(rows.length >= 7, `${name} ran`);
    for (const r of rows as { id: string; outcome: string }[])
      assert.ok(
        r.outcome === 'passed on both' || r.outcome === 'skipped on both',
        `${name} ${r.id}: ${r.outcome}`,
      );
  }
});
