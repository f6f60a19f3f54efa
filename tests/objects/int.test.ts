import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  CompareOp,
  exactHash,
  float_repr,
  long_abs,
  long_add,
  long_and,
  long_bitLength,
  long_divmod,
  long_floordiv,
  long_fromBigInt,
  long_fromNumber,
  long_fromString,
  long_invert,
  long_lshift,
  long_mod,
  long_mul,
  long_neg,
  long_or,
  long_pos,
  long_pow,
  long_richcompare,
  long_rshift,
  long_sub,
  long_toBigInt,
  long_toDouble,
  long_truediv,
  long_xor,
  type ObjectSpace,
  richCompareBool,
} from '../../src/objects/index.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';
import { attempt, python } from './oracle.js';
import { audit, checkedSpace } from './support.js';

// A new reference's repr, releasing it.
function take(s: ObjectSpace, op: Ptr): string {
  try {
    return s.repr(op);
  } finally {
    s.rt.decref(op);
  }
}

function randomBig(rng: (n: number) => number): bigint {
  const kind = rng(6);
  const sign = rng(2) === 0 ? 1n : -1n;
  if (kind === 0) return BigInt(rng(262) - 5);
  const words = kind === 1 ? 1 : kind === 2 ? 2 : kind === 3 ? 3 : 2 + rng(12);
  let v = 0n;
  for (let i = 0; i < words; i++) v = (v << 30n) | BigInt(rng(2 ** 30));
  if (rng(8) === 0) v = (1n << BigInt(30 * words)) - BigInt(rng(3));
  return sign * v;
}

test('int sizes match sys.getsizeof in python3 (24 + 4 per 30-bit digit, at least one)', () => {
  const s = checkedSpace();
  const values = [
    '0',
    '1',
    '-1',
    '2**30-1',
    '2**30',
    '2**60-1',
    '2**60',
    '-2**60',
    '2**100',
    '2**1000',
    '-2**1000',
    '257',
    '10**50',
  ];
  const [expected, texts] = python<[number[], string[]]>(
    'print(json.dumps([[sys.getsizeof(eval(v)) for v in data], [str(eval(v)) for v in data]]))',
    values,
  );
  const got = texts.map((v) => {
    const op = long_fromString(s, v, 10, '');
    const n = s.getsizeof(op);
    s.rt.decref(op);
    return n;
  });
  assert.deepEqual(got, expected);
  assert.equal(s.getsizeof(s.true), 28);
  audit(s);
});

test('the small ints -5..256 are shared static objects; 257 is made afresh each time', () => {
  const s = checkedSpace();
  const a = long_fromString(s, '256', 10, "'256'");
  const b = long_fromNumber(s, 256);
  assert.equal(a, b);
  const c = long_fromNumber(s, -5);
  const d = long_fromBigInt(s, -5n);
  assert.equal(c, d);
  const e = long_fromNumber(s, 257);
  const f = long_fromString(s, '257', 10, "'257'");
  assert.notEqual(e, f);
  const zero = long_mul(s, b, long_fromNumber(s, 0));
  assert.equal(zero, long_fromNumber(s, 0));
  for (const o of [a, b, c, d, e, f, zero, zero, zero]) s.rt.decref(o);
  s.rt.decref(long_fromNumber(s, 0)); // the one passed to long_mul
  audit(s);
});

test('int arithmetic on a seeded random table matches python3', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const pairs: [bigint, bigint][] = [];
    for (let i = 0; i < 400; i++) pairs.push([randomBig(rng), randomBig(rng)]);
    pairs.push(
      [0n, 0n],
      [-7n, 2n],
      [7n, -2n],
      [-(2n ** 90n), 3n],
      [2n ** 53n, 2n ** 53n + 1n],
      [-1n, 2n ** 64n],
    );
    const expected = python<string[][]>(
      `out = []
for a, b in data:
    a, b = int(a), int(b)
    out.append([attempt(lambda: a + b), attempt(lambda: a - b), attempt(lambda: a * b),
        attempt(lambda: a // b), attempt(lambda: a % b), attempt(lambda: divmod(a, b)),
        attempt(lambda: a / b), attempt(lambda: a & b), attempt(lambda: a | b), attempt(lambda: a ^ b),
        attempt(lambda: -a), attempt(lambda: ~a), attempt(lambda: abs(a)), attempt(lambda: +a),
        attempt(lambda: a < b), attempt(lambda: a <= b), attempt(lambda: a == b), attempt(lambda: a != b),
        attempt(lambda: a > b), attempt(lambda: a >= b), repr(hash(a)), repr(a.bit_length()), repr(a),
        repr(float(a)) if abs(a) < 2**1000 else ''])
print(json.dumps(out))`,
      pairs.map(([a, b]) => [String(a), String(b)]),
    );
    pairs.forEach(([x, y], k) => {
      const a = long_fromBigInt(s, x);
      const b = long_fromBigInt(s, y);
      const bin = (f: (s: ObjectSpace, a: Ptr, b: Ptr) => Ptr) => attempt(() => take(s, f(s, a, b)));
      const un = (f: (s: ObjectSpace, a: Ptr) => Ptr) => attempt(() => take(s, f(s, a)));
      const cmp = (op: CompareOp) => take(s, long_richcompare(s, a, b, op));
      const dm = attempt(() => {
        const r = long_divmod(s, a, b) as [Ptr, Ptr];
        return `(${take(s, r[0])}, ${take(s, r[1])})`;
      });
      const got = [
        bin(long_add),
        bin(long_sub),
        bin(long_mul),
        bin(long_floordiv),
        bin(long_mod),
        dm,
        bin(long_truediv),
        bin(long_and),
        bin(long_or),
        bin(long_xor),
        un(long_neg),
        un(long_invert),
        un(long_abs),
        un(long_pos),
        cmp(CompareOp.LT),
        cmp(CompareOp.LE),
        cmp(CompareOp.EQ),
        cmp(CompareOp.NE),
        cmp(CompareOp.GT),
        cmp(CompareOp.GE),
        String(exactHash(s, a)),
        String(long_bitLength(s, a)),
        s.repr(a),
        (x < 0n ? -x : x) < 2n ** 1000n ? float_repr(long_toDouble(s, a)) : '',
      ];
      assert.deepEqual(got, expected[k], `a=${x} b=${y}`);
      assert.equal(long_toBigInt(s, a), x);
      s.rt.decref(a);
      s.rt.decref(b);
    });
    audit(s);
  });
});

test('pow, shifts and their errors match python3 (negative exponents give floats, 3-argument pow)', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const cases: [string, string, string | null][] = [
      ['2', '10', null],
      ['-3', '33', null],
      ['10', '-2', null],
      ['-2', '-2', null],
      ['0', '-1', null],
      ['2', '3', '0'],
      ['2', '-1', '5'],
      ['2', '-1', '4'],
      ['3', '-2', '7'],
      ['-2', '3', '5'],
      ['2', '3', '1'],
      ['2', '3', '-5'],
      ['7', '100', '13'],
      ['1', '-1', null],
      ['-1', String(2n ** 80n + 1n), null],
      ['2', '1075', null],
      ['2', '-1075', null],
      ['12345678901', '3', null],
      ['0', '0', null],
    ];
    for (let i = 0; i < 80; i++) {
      const base = randomBig(rng) % 100000n;
      const exp = BigInt(rng(60) - 8);
      const mod = rng(3) === 0 ? String(randomBig(rng)) : null;
      cases.push([String(base), String(exp), mod === '0' ? '1' : mod]);
    }
    const shifts: [string, string][] = [
      ['1', '-1'],
      ['5', '0'],
      ['-5', '1'],
      ['-1', '1000'],
      ['12345', '77'],
      ['-12345', '3'],
      ['0', '100000'],
    ];
    for (let i = 0; i < 60; i++) shifts.push([String(randomBig(rng)), String(rng(200) - 3)]);
    const expected = python<[string[], string[][]]>(
      `p = [attempt(lambda: pow(int(a), int(b)) if m is None else pow(int(a), int(b), int(m))) for a, b, m in data[0]]
sh = [[attempt(lambda: int(a) << int(b)), attempt(lambda: int(a) >> int(b))] for a, b in data[1]]
print(json.dumps([p, sh]))`,
      [cases, shifts],
    );
    const num = (t: string) => long_fromBigInt(s, BigInt(t));
    const got = cases.map(([a, b, m]) => {
      const [x, y] = [num(a), num(b)];
      const z = m === null ? undefined : num(m);
      const r = attempt(() => take(s, long_pow(s, x, y, z)));
      for (const o of z === undefined ? [x, y] : [x, y, z]) s.rt.decref(o);
      return r;
    });
    // A negative exponent gives float(a) ** float(b): pymm rounds it correctly, glibc's pow
    // (CPython's) is one unit in the last place off for about 1 base in 1,000 (42911 ** -1).
    // Such a float is accepted when it is the neighbour of python3's (docs/design/deviations.md).
    for (let i = 0; i < got.length; i++) {
      if (got[i] !== expected[0][i] && adjacentDoubles(got[i], expected[0][i])) got[i] = expected[0][i];
    }
    assert.deepEqual(got, expected[0]);
    const gotShifts = shifts.map(([a, b]) => {
      const [x, y] = [num(a), num(b)];
      const r = [attempt(() => take(s, long_lshift(s, x, y))), attempt(() => take(s, long_rshift(s, x, y)))];
      s.rt.decref(x);
      s.rt.decref(y);
      return r;
    });
    assert.deepEqual(gotShifts, expected[1]);
    const big = num(String(2n ** 40n));
    const one = num('1');
    assert.equal(
      attempt(() => take(s, long_lshift(s, one, big))),
      'MemoryError: ',
    );
    s.rt.decref(big);
    s.rt.decref(one);
    audit(s);
  });
});

test('int(text, base) accepts and refuses what python3 does, with its messages', () => {
  const s = checkedSpace();
  const cases: [string, number][] = [
    ['ff', 16],
    ['0xff', 16],
    ['0xff', 0],
    ['0o17', 0],
    ['0b101', 0],
    ['  -0b101  ', 0],
    ['1_000', 10],
    ['_1', 10],
    ['1_', 10],
    ['1__0', 10],
    ['0x_1f', 0],
    ['0_0', 0],
    ['010', 0],
    ['000', 0],
    ['', 10],
    ['  ', 10],
    ['-', 10],
    ['+12', 10],
    ['1 2', 10],
    ['12a', 10],
    ['z', 36],
    ['Z', 36],
    ['zzzzz', 36],
    ['10', 2],
    ['12', 2],
    ['1', 37],
    ['1', 1],
    ['\u0663\u0664', 10],
    ['\uff11\uff12', 10],
    ['\t\n 42\r\x0b\x0c', 10],
    ['0x', 0],
    ['0b', 0],
    ['9'.repeat(30), 10],
    [`-${'7'.repeat(25)}`, 8],
    ['1'.repeat(4300), 10],
    ['1'.repeat(4301), 10],
    ['f'.repeat(5000), 16],
    ['x'.repeat(300), 10],
    ['0B11', 0],
    ['0X1A', 16],
    ['0o8', 0],
    ['  0  ', 0],
  ];
  const expected = python<string[]>(
    'print(json.dumps([attempt(lambda: int(t, b)) for t, b in data]))',
    cases,
  );
  const reprs = python<string[]>('print(json.dumps([repr(t) for t, b in data]))', cases);
  const got = cases.map(([t, b], i) => attempt(() => take(s, long_fromString(s, t, b, reprs[i]))));
  assert.deepEqual(got, expected);
  audit(s);
});

test('repr of an int past 4300 digits raises ValueError as 3.11.7 does', () => {
  const s = checkedSpace();
  const expected = python<string[]>(
    'print(json.dumps([attempt(lambda: len(repr(eval(e)))) for e in data]))',
    ['10**4299', '-10**4299', '10**4300', '-10**4300', '2**20000'],
  );
  const vals = [10n ** 4299n, -(10n ** 4299n), 10n ** 4300n, -(10n ** 4300n), 2n ** 20000n];
  const got = vals.map((v) => {
    const op = long_fromBigInt(s, v);
    const r = attempt(() => String(s.repr(op).length));
    s.rt.decref(op);
    return r;
  });
  assert.deepEqual(got, expected);
  audit(s);
});

test('bool is an int subclass: True + True is 2, True == 1, hash(True) == 1, True < 2', () => {
  const s = checkedSpace();
  assert.equal(take(s, long_add(s, s.true, s.true)), '2');
  assert.equal(take(s, long_mul(s, s.false, s.true)), '0');
  const one = long_fromNumber(s, 1);
  const two = long_fromNumber(s, 2);
  assert.equal(richCompareBool(s, s.true, one, CompareOp.EQ), true);
  assert.equal(richCompareBool(s, one, s.true, CompareOp.EQ), true);
  assert.equal(richCompareBool(s, s.true, two, CompareOp.LT), true);
  assert.equal(richCompareBool(s, s.false, s.true, CompareOp.LT), true);
  assert.equal(s.hash(s.true), s.hash(one));
  const pos = long_pos(s, s.true);
  assert.equal(s.typeName(pos), 'int');
  assert.equal(pos, one);
  assert.equal(s.typeName(s.true), 'bool');
  assert.equal(s.slots(s.boolType).base, s.ints.type);
  for (const o of [one, two, pos]) s.rt.decref(o);
  audit(s);
});

test('ints of every size round-trip between BigInt and digits, across the conversion thresholds', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const values: bigint[] = [];
    for (let k = 1; k < 80; k++) {
      const p = 1n << BigInt(30 * k);
      values.push(p, p - 1n, p + 1n, -p, -(p - 1n));
    }
    for (let i = 0; i < 50; i++) {
      let v = 0n;
      const words = 1 + rng(200);
      for (let w = 0; w < words; w++) v = (v << 30n) | BigInt(rng(2 ** 30));
      values.push(rng(2) ? v : -v);
    }
    const expected = python<number[]>(
      'print(json.dumps([sys.getsizeof(int(v)) for v in data]))',
      values.map(String),
    );
    values.forEach((v, i) => {
      const op = long_fromBigInt(s, v);
      assert.equal(long_toBigInt(s, op), v);
      assert.equal(s.getsizeof(op), expected[i], `getsizeof(${v})`);
      s.rt.decref(op);
    });
    audit(s);
  });
});

/** True if the texts are two finite doubles one unit in the last place apart. */
function adjacentDoubles(a: string, b: string): boolean {
  if (!/[.e]/.test(a) || !/[.e]/.test(b)) return false;
  const [x, y] = [Number(a), Number(b)];
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.sign(x) !== Math.sign(y)) return false;
  const bits = new BigInt64Array(new Float64Array([x, y]).buffer);
  const d = bits[0] - bits[1];
  return d === 1n || d === -1n;
}
