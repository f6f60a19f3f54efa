import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';

// Runs `source` on pymm in-process (checked heap and refcounts) and under python3.
function both(source: string): { pymm: string; python: string; status: number } {
  let out = '';
  const interp = createInterpreter({
    capacity: 64 << 20,
    checked: true,
    checkedRefs: true,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  const status = runMain(interp, source, '<string>');
  interp.space.rt.heap.checkHeap();
  interp.space.rt.checker?.validateGcLists();
  const py = spawnSync('python3', ['-c', source], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  return { pymm: out, python: py.stdout + py.stderr, status };
}

const PROGRAMS: [string, string][] = [
  ['arithmetic and big ints', 'print(2**100 // 7, -7 // 2, 7 % -3, 1/3, 10**20 + 1.5)'],
  [
    'functions, defaults, *args, **kwargs',
    'def f(a, b=2, *c, d, **e):\n    return (a, b, c, d, sorted(e))\nprint(f(1, d=4), f(1, 2, 3, d=4, z=5))',
  ],
  [
    'closures and nonlocal',
    'def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = mk(); i(); print(i(), i.__closure__[0].cell_contents)',
  ],
  [
    'classes, inheritance, super, properties',
    'class A:\n    def __init__(self, x): self._x = x\n    @property\n    def x(self): return self._x\nclass B(A):\n    def __init__(self): super().__init__(5)\n    def __repr__(self): return f"B({self.x})"\nprint(B(), B.__mro__[1].__name__)',
  ],
  [
    'generators and comprehensions',
    'def g(n):\n    for i in range(n):\n        yield i * i\nprint(list(g(5)), {k: v for k, v in zip("abc", g(3))}, sum(x for x in range(10) if x % 2))',
  ],
  [
    'exceptions, finally, chaining',
    'try:\n    try:\n        {}["k"]\n    except KeyError as e:\n        raise ValueError("bad") from e\nexcept ValueError as e:\n    print(repr(e), repr(e.__cause__))\nfinally:\n    print("done")',
  ],
  [
    'gc: a three-object cycle',
    'import gc\ngc.collect()\nclass N: pass\na, b, c = N(), N(), N()\na.n = b; b.n = c; c.n = a\ndel a, b, c\nprint(gc.collect())',
  ],
  [
    'gc: __del__ order and resurrection',
    'import gc\ngc.collect()\nkeep = []\nclass R:\n    def __del__(self):\n        print("del"); keep.append(self)\nr = R(); r.me = r; del r\nprint(gc.collect(), gc.is_finalized(keep[0]))\nkeep.clear()\nprint(gc.collect())',
  ],
  [
    'sys.getsizeof and getrefcount',
    'import sys\nx = []\nprint(sys.getsizeof(x), sys.getsizeof({}), sys.getsizeof("ab"), sys.getrefcount(x))',
  ],
  [
    'weakref callbacks',
    'import weakref, gc\nclass C: pass\nc = C()\nr = weakref.ref(c, lambda w: print("gone", w() is None))\ndel c\nprint(r())',
  ],
  ['an uncaught exception', 'def f():\n    return 1 / 0\nf()'],
  ['SystemExit', 'import sys\nprint("bye")\nsys.exit(3)'],
];

for (const [name, source] of PROGRAMS) {
  test(`pymm prints what python3 prints: ${name}`, () => {
    const r = both(source);
    assert.equal(r.pymm, r.python);
  });
}

test('deep recursion raises RecursionError, and the program can go on', () => {
  const r = both(
    'def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\nprint("after")',
  );
  assert.equal(r.pymm, r.python);
});

test('a 100,000-deep nested list is freed without overflowing the JS stack', () => {
  const r = both('x = []\nfor i in range(100000):\n    x = [x]\ndel x\nprint("ok")');
  assert.equal(r.pymm, 'ok\n');
});

test('MemoryError is catchable when the heap is full, and the heap stays usable', () => {
  let out = '';
  const interp = createInterpreter({
    capacity: 8 << 20,
    checked: true,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  const status = runMain(
    interp,
    'b = []\ntry:\n    while True:\n        b.append(bytes(100000))\nexcept MemoryError:\n    n = len(b)\n    b.clear()\nprint(n > 10, sum(range(100)))',
    '<test>',
  );
  assert.equal(status, 0);
  assert.equal(out, 'True 4950\n');
  interp.space.rt.heap.checkHeap();
});

test('reference counts stay right across heap growth (generated code counts through the interpreter view)', () => {
  const source =
    'import sys\nx = [str(i) * 3 for i in range(100000)]\ny = {s: i for i, s in enumerate(x)}\nprint(len(x), len(y), sys.getrefcount(x[5]))\ndel x, y\nprint(sum(t[0] for t in [(i,) for i in range(1000)]))\n';
  for (const checkedRefs of [false, true]) {
    let out = '';
    const interp = createInterpreter({
      capacity: 128 << 20,
      initialSize: 1 << 20,
      checkedRefs,
      io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
    });
    const before = interp.space.rt.mem.size;
    assert.equal(runMain(interp, source, '<test>'), 0);
    assert.ok(interp.space.rt.mem.size > before, 'the heap grew');
    assert.equal(out, '100000 100000 3\n499500\n');
    interp.space.rt.heap.checkHeap();
  }
});
