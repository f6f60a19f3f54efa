import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';
import { RegexError, translate } from '../../../src/python/modules/re-parse.js';

// Runs `source` on pymm in checked mode (heap and refcount checks) and under python3.
function both(source: string): { pymm: string; python: string } {
  let out = '';
  const interp = createInterpreter({
    capacity: 64 << 20,
    checked: true,
    checkedRefs: true,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  runMain(interp, source, '<string>');
  interp.space.rt.heap.checkHeap();
  interp.space.rt.checker?.validateGcLists();
  const py = spawnSync('python3', ['-c', source], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  return { pymm: out, python: py.stdout + py.stderr };
}

// The conformance programs of re, json and str text methods, run again in checked mode.
const PROGRAMS = [
  'lang/stdlib/re_basics.py',
  'lang/stdlib/re_sub_split.py',
  'lang/stdlib/re_programs.py',
  'lang/stdlib/json_roundtrip.py',
  'lang/strings/str_text_methods.py',
  'lang/strings/str_unicode_codecs.py',
];

for (const path of PROGRAMS) {
  test(`pymm prints what python3 prints in checked mode: ${path}`, () => {
    const source = readFileSync(new URL(`../../../../tests/conformance/${path}`, import.meta.url), 'utf8');
    const { pymm, python } = both(source);
    assert.equal(pymm, python);
  });
}

test('json hooks that raise leave no reference behind', () => {
  const { pymm, python } = both(
    'import json\n' +
      'def hook(d):\n    raise KeyError(len(d))\n' +
      'for s in [\'{"a": [1, {"b": 2}]}\', \'[1, 2, {"x": "y"}, 3\', \'{"k": [1.5, "s", null]}\']:\n' +
      '    try:\n        json.loads(s, object_hook=hook)\n    except (KeyError, ValueError) as e:\n        print(type(e).__name__, e)\n' +
      'class D:\n    pass\n' +
      'try:\n    json.dumps({"a": [1, D()]})\nexcept TypeError as e:\n    print(e)\n',
  );
  assert.equal(pymm, python);
});

test('translate names Python groups p<i> and keeps hidden groups out of the numbering', () => {
  const t = translate('(?P<a>x)(?>y+)(z)', 0, false);
  assert.equal(t.groups, 2);
  assert.deepEqual([...t.groupIndex], [['a', 1]]);
  const m = new RegExp(t.source, 'ud').exec('xyyz') as RegExpExecArray & {
    indices: { groups: Record<string, number[]> };
  };
  assert.deepEqual(m.indices.groups.p2, [3, 4]);
});

test('translate reports sre_parse errors with their positions', () => {
  for (const [pattern, msg, pos] of [
    ['(a', 'missing ), unterminated subpattern', 0],
    ['a)', 'unbalanced parenthesis', 1],
    ['a**', 'multiple repeat', 2],
    ['[b-a]', 'bad character range b-a', 1],
    ['\\', 'bad escape (end of pattern)', 0],
  ] as const) {
    assert.throws(
      () => translate(pattern, 0, false),
      (e: unknown) => e instanceof RegexError && e.msg === msg && e.pos === pos,
      pattern,
    );
  }
});
