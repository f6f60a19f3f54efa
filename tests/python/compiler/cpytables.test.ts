import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { type CodeConst, compileModule, cpythonCodeTables } from '../../../src/python/compiler/index.js';
import { parse } from '../../../src/python/syntax/index.js';

const SNIPPETS = [
  'def f(a):\n    """doc"""\n    x = "hello world"\n    return a.attr + len((1, 2, x)) + 3.5\n',
  'import os.path\nz = [i for i in range(3)]\nprint(z.count(1))\n',
  'class C:\n    def m(self):\n        return super().m()\nlam = lambda q: q.real\n',
];

const DUMP = `
import json, sys
def show(c):
    t = type(c).__name__
    if t == 'code': return 'code'
    if t in ('tuple', 'frozenset'): return [show(x) for x in c]
    return repr(c)
def walk(co, out):
    out.append([co.co_name, [show(c) for c in co.co_consts], list(co.co_names)])
    for c in co.co_consts:
        if type(c).__name__ == 'code': walk(c, out)
res = []
for src in json.load(sys.stdin):
    out = []
    walk(compile(src, '<test>', 'exec'), out)
    res.append(sorted(out))
print(json.dumps(res))
`;

function show(c: CodeConst): unknown {
  switch (c.tag) {
    case 'code':
      return 'code';
    case 'None':
      return 'None';
    case 'str':
      return `'${c.value}'`;
    case 'int':
      return String(c.value);
    case 'float':
      return String(c.value);
    case 'tuple':
      return c.items.map(show);
    default:
      return c.tag;
  }
}

test('co_consts and co_names are the ones python3 compiles', () => {
  const r = spawnSync('python3', ['-c', DUMP], { input: JSON.stringify(SNIPPETS), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const expected = JSON.parse(r.stdout) as unknown[][];
  SNIPPETS.forEach((src, i) => {
    const units = compileModule(parse(src, '<test>'), '<test>');
    const got = units
      .map((u) => {
        const t = cpythonCodeTables(u);
        assert.ok(t !== null);
        return [u.kind === 'module' ? '<module>' : u.name, t.consts.map(show), t.names];
      })
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const want = (expected[i] as unknown[]).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    assert.deepEqual(got, want, src);
  });
});
