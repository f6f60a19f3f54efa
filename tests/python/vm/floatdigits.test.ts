import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { exponentDigits, exponentText, fixedDigits } from '../../../src/python/vm/floatdigits.js';

function xorshift(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

test('exact ties round half to even, as Python does', () => {
  assert.equal(fixedDigits(2.5, 0), '2');
  assert.equal(fixedDigits(3.5, 0), '4');
  assert.equal(fixedDigits(3.25, 1), '3.2');
  assert.equal(fixedDigits(0.125, 2), '0.12');
  assert.equal(fixedDigits(0.375, 2), '0.38');
  assert.equal(exponentText(1.0625, 3), '1.062e+00');
  assert.equal(exponentText(2.5, 0), '2e+00');
});

test('values that are not ties round to nearest, from the exact binary value', () => {
  assert.equal(fixedDigits(2.675, 2), '2.67'); // 2.67499999…
  assert.equal(fixedDigits(0.045, 2), '0.04'); // 0.04499999…
  assert.equal(fixedDigits(1 / 3, 5), '0.33333');
  assert.equal(fixedDigits(0, 3), '0.000');
});

test('huge values stay in fixed notation and tiny ones keep their digits', () => {
  assert.equal(fixedDigits(1e21, 1), '1000000000000000000000.0');
  assert.equal(fixedDigits(1.5e22, 0), '15000000000000000000000');
  assert.equal(exponentText(5e-324, 2), '4.94e-324');
  assert.equal(exponentText(1.7976931348623157e308, 3), '1.798e+308');
});

test('the exponent follows rounding that carries into a new digit', () => {
  assert.deepEqual(exponentDigits(9.96, 1), { digits: '10', exp: 1 });
  assert.deepEqual(exponentDigits(999.5, 2), { digits: '100', exp: 3 }); // tie, 999 is odd: up
  assert.deepEqual(exponentDigits(1e23, 0), { digits: '1', exp: 23 });
  assert.deepEqual(exponentDigits(0.001, 2), { digits: '100', exp: -3 });
});

test('random values format as python3 formats them', (t) => {
  const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
  const rng = xorshift(seed);
  const values: number[] = [];
  for (let i = 0; i < 300; i++) {
    const v =
      i % 2 === 0
        ? Math.floor(rng() * 2 ** 24) / 2 ** Math.floor(rng() * 14)
        : rng() * 10 ** Math.floor(rng() * 40 - 15);
    values.push(v);
  }
  const precisions = values.map((_, i) => i % 7);
  const script = `import sys, json\nvs, ps = json.loads(sys.stdin.read())\nfor v, p in zip(vs, ps):\n    print('%.*f %.*e' % (p, v, p, v))`;
  const py = spawnSync('python3', ['-c', script], {
    input: JSON.stringify([values, precisions]),
    encoding: 'utf8',
  });
  if (py.status !== 0) {
    t.skip('python3 is not available');
    return;
  }
  const expected = py.stdout.trimEnd().split('\n');
  values.forEach((v, i) => {
    const p = precisions[i];
    const got = `${fixedDigits(v, p)} ${exponentText(v, p)}`;
    assert.equal(got, expected[i], `seed ${seed}: ${v} with precision ${p}`);
  });
});
