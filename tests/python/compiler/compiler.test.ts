import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompileError, compileModule } from '../../../src/python/compiler/index.js';
import { pyParse } from '../support/pyast.js';

const PROGRAMS = [
  'x = 1\nprint(x + 2)',
  'def f(a, b=2, *args, c, d=4, **kw):\n    return a + b\nf(1, c=3)',
  'def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc',
  'class A:\n    """doc"""\n    x = 1\n    def m(self):\n        return super().m()\n',
  'for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\nelse:\n    pass',
  'while True:\n    try:\n        x = 1 / 0\n    except ZeroDivisionError as e:\n        print(e)\n    except (TypeError, ValueError):\n        raise\n    else:\n        pass\n    finally:\n        break',
  'with open_() as f, g() as (a, b):\n    pass',
  'a, *b, c = [1, 2, 3, 4]\nx = [i * j for i in range(3) for j in range(i) if j]\ny = {k: v for k, v in z}\nw = (i for i in q)',
  'def gen():\n    x = yield 1\n    yield from range(3)\n    return x',
  'f"{a!r:>{w}} and {b}"\nz = 1 if a else 2\nq = a < b <= c\nr = not a or b and c',
  'import gc, sys as s\nfrom weakref import ref, WeakSet as WS\ndel x, y[0], z.a',
  'lambda x, *, y=1: x + y\nt = (1, 2, (3, 4))\nl = [1, 2, 3]\ns = {1, 2}\nd = {"a": 1, **e}',
  'global_x = 0\ndef f():\n    global global_x\n    global_x += 1\n    assert global_x, "msg"',
  'class C(B, metaclass=M):\n    def __init__(self):\n        self.x = [a for a in self.y]',
  'x[1:2, ::3] = y\nx.y += 1\nx[0] **= 2\nprint(*a, **k)\nobj.method(1, 2)',
];

test('the compiler turns python3 ast of varied programs into JS that parses', () => {
  const trees = pyParse(PROGRAMS);
  trees.forEach((tree, i) => {
    const units = compileModule(tree, '<test>');
    for (const u of units) {
      try {
        new Function('$', 'K', 'N', 'C', 'CODE', u.js);
      } catch (e) {
        assert.fail(`program ${i}, unit ${u.qualname}: ${(e as Error).message}\n${u.js}`);
      }
    }
  });
});

test('scopes: qualnames, cells and free variables follow CPython', () => {
  const [tree] = pyParse([
    'def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    class K:\n        def m(self):\n            return __class__\n    return inc',
  ]);
  const units = compileModule(tree, '<test>');
  const byName = new Map(units.map((u) => [u.qualname, u]));
  assert.deepEqual(byName.get('outer')?.cellvars, ['n']);
  assert.deepEqual(byName.get('outer.<locals>.inc')?.freevars, ['n']);
  assert.deepEqual(byName.get('outer.<locals>.K')?.cellvars, ['__class__']);
  assert.deepEqual(byName.get('outer.<locals>.K.m')?.freevars, ['__class__']);
});

test("misplaced statements are SyntaxErrors with python3's message and line", () => {
  const sources = [
    'x = 1\nreturn x',
    'break',
    'def f(a):\n    global a',
    'def f():\n    nonlocal q',
    'def f():\n    x = 1\n    global x',
    'def f(a, a):\n    pass',
  ];
  pyParse(sources).forEach((tree, i) => {
    const [, msg, line] = tree.compileError as [string, string, number, number];
    assert.throws(
      () => compileModule(tree, '<test>'),
      (e: unknown) => e instanceof CompileError && e.message === msg && e.lineno === line,
      `${sources[i]} should fail with ${msg} at line ${line}`,
    );
  });
});
