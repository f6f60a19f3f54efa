import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';
import { sha512 } from '../../../src/python/modules/sha512.js';

// Runs `source` on pymm in checked mode (heap and refcount checks) and under python3.
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
  [
    'math functions in checked mode',
    'import math\nprint(math.sqrt(2), math.factorial(25), math.gcd(12, 18), math.fsum([0.1] * 10), math.prod(range(1, 8)))\n' +
      'print(math.hypot(3, 4), math.isqrt(10**30), math.comb(40, 20), math.floor(-2.5), math.log(10**400))\n' +
      'try:\n    math.sqrt(-1)\nexcept ValueError as e:\n    print(e)',
  ],
  [
    'random with seeds of every kind in checked mode',
    'import random\nfor s in (1, 2**70, "abc", b"xyz", 2.5):\n    random.seed(s)\n    print(random.random(), random.getrandbits(77))\n' +
      'r = random.Random(3)\nprint(r.sample(range(50), 5), r.choices("abc", k=4), r.shuffle([1, 2, 3]), r.gauss())\n' +
      'st = r.getstate()\nx = r.random()\nr.setstate(st)\nprint(x == r.random())',
  ],
  [
    'itertools and functools in checked mode',
    'import itertools as it, functools as ft, operator as op\n' +
      'print(list(it.islice(it.count(3, 2), 4)), list(it.permutations("abc", 2))[:3], [(k, list(g)) for k, g in it.groupby("aab")])\n' +
      'print(ft.reduce(op.add, range(10)), ft.partial(op.mul, 3)(4), sorted([(2, "b"), (1, "a")], key=op.itemgetter(0)))\n' +
      '@ft.lru_cache(maxsize=2)\ndef f(x):\n    return x * 2\nprint(f(1), f(1), f(2), f(3), f.cache_info())',
  ],
];

for (const [name, source] of PROGRAMS) {
  test(`pymm prints what python3 prints: ${name}`, () => {
    const { pymm, python } = both(source);
    assert.equal(pymm, python);
  });
}

test('sha512 gives node:crypto digests for lengths around the block boundaries', () => {
  for (const len of [0, 1, 3, 111, 112, 127, 128, 129, 300]) {
    const data = new Uint8Array(len).map((_, i) => (i * 31 + 7) & 0xff);
    const want = createHash('sha512').update(data).digest('hex');
    assert.equal(Buffer.from(sha512(data)).toString('hex'), want, `length ${len}`);
  }
});
