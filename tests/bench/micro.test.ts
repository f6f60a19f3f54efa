import assert from 'node:assert/strict';
import { test } from 'node:test';
import { microNotes, parseMicroOutput, runMicro } from '../../bench/micro.js';

test('the micro benchmark runs in smoke mode: every loop agrees with python3', () => {
  const s = runMicro({ smoke: true });
  assert.equal(s.suite, 'micro');
  assert.ok(s.results.length >= 35, `${s.results.length} cases`);
  for (const r of s.results) {
    assert.equal(r.error, undefined, `${r.case}: ${r.error}`);
    assert.equal(r.unit, 'ns/iter');
    assert.ok(Number.isFinite(r.pymm) && r.pymm > 0, `${r.case}: pymm ${r.pymm}`);
    assert.ok(r.anchors.python3 > 0, `${r.case}: python3 ${r.anchors.python3}`);
  }
  assert.match(s.python3.version, /^3\.11\./);
});

test('parseMicroOutput reads name, ns per iteration and the loop value of each line', () => {
  assert.deepEqual(parseMicroOutput("len\t21.5\t7\nstr-split\t9\t['a', 'b']\n"), [
    { case: 'len', ns: 21.5, value: '7' },
    { case: 'str-split', ns: 9, value: "['a', 'b']" },
  ]);
});

test('microNotes gives the geometric mean, the worst ratios and error rows', () => {
  const notes = microNotes([
    { case: 'a', unit: 'ns/iter', pymm: 40, anchors: { python3: 10 } },
    { case: 'b', unit: 'ns/iter', pymm: 10, anchors: { python3: 10 } },
    { case: 'c', unit: 'ns/iter', pymm: Number.NaN, anchors: {}, error: 'pymm computed 1, python3 2' },
  ]);
  assert.deepEqual(notes, [
    'c: ERROR pymm computed 1, python3 2',
    'pymm/python3 geometric mean over 2 cases: 2.00×',
    'worst: a 4.0×, b 1.0×',
  ]);
});

test('an unknown case name is an error', () => {
  assert.throws(() => runMicro({ smoke: true, cases: ['nope'] }), /unknown case/);
});
