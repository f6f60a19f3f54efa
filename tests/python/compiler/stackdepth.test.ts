import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { compileModule } from '../../../src/python/compiler/index.js';
import { parse } from '../../../src/python/syntax/index.js';

// Each snippet's code objects, compared with python3's co_stacksize (name, first line, size).
const SNIPPETS = [
  'def f():\n    pass',
  'def f(a, b=2, *args, c, d=[1], **kw):\n    return a + b * c\n',
  'def g():\n    yield 1\n',
  'def g(n):\n    for i in range(n):\n        with ctx() as c:\n            yield [i, c, {i: (c, i)}]\n',
  'def f(x):\n    try:\n        return x()\n    except (TypeError, ValueError) as e:\n        return e\n    finally:\n        print("done")\n',
  'class A(B, metaclass=M):\n    x: int = 1\n    def m(self) -> int:\n        return super().m()\n',
  'x = {"a": 1, "b": [2, 3], **other}\ny = [i * j for i in range(3) for j in range(i) if j]\nz = (k for k in q if k is not None)',
  'def f(a):\n    a.b.c[1:2] += g(*a, **a)\n    x, (y, *z) = a\n    return f"{x!r:>{y}} {z}"\n',
  'def f():\n    while True:\n        for i in x:\n            if i:\n                break\n            continue\n    return 1 if a < b < c else 2.0 % 3',
  `d = {${Array.from({ length: 20 }, (_, i) => `"k${i}": ${i}`).join(', ')}}\nprint(${Array.from({ length: 12 }, (_, i) => `v${i}`).join(', ')})`,
  'def f(v):\n    match v:\n        case [1, [2, *rest], {"a": x, **kw}] if x:\n            return rest\n        case Point(1, y=[a, *c]) | Point(2, y=[a, *c]):\n            return a\n        case _:\n            return 0\n',
  'def f():\n    try:\n        g()\n    except* ValueError as e:\n        print(e)\n',
  'def onerror(*args):\n    raise\nt = dict(' +
    Array.from({ length: 16 }, (_, i) => `k${i}=${i}`).join(', ') +
    ')',
  'def outer():\n    v = 1\n    def inner(p=lambda q: q + v):\n        return v\n    return inner\n',
];

const WALK = `
import json, sys
def walk(co, out):
    out.append([co.co_name, co.co_firstlineno, co.co_stacksize])
    for c in co.co_consts:
        if type(c).__name__ == 'code':
            walk(c, out)
res = []
for src in json.load(sys.stdin):
    out = []
    walk(compile(src, '<test>', 'exec'), out)
    res.append(sorted(out))
print(json.dumps(res))
`;

test('co_stacksize of each code object is the one python3 compiles', () => {
  const r = spawnSync('python3', ['-c', WALK], { input: JSON.stringify(SNIPPETS), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const expected = JSON.parse(r.stdout) as [string, number, number][][];
  SNIPPETS.forEach((src, i) => {
    const units = compileModule(parse(src, '<test>'), '<test>');
    const got = units
      .map(
        (u) =>
          [u.kind === 'module' ? '<module>' : u.name, u.firstlineno, u.stacksize] as [string, number, number],
      )
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(got, expected[i], src);
  });
});
