import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  CompareOp,
  exactHash,
  FLOAT_MAXFREELIST,
  float_abs,
  float_add,
  float_divmod,
  float_floordiv,
  float_fromDouble,
  float_isInteger,
  float_mod,
  float_mul,
  float_neg,
  float_pow,
  float_repr,
  float_richcompare,
  float_sub,
  float_truediv,
  long_fromBigInt,
  long_fromDouble,
  long_richcompare,
  type ObjectSpace,
  richCompareBool,
} from '../../src/objects/index.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';
import { attempt, python } from './oracle.js';
import { audit, checkedSpace } from './support.js';

function take(s: ObjectSpace, op: Ptr): string {
  try {
    return s.repr(op);
  } finally {
    s.rt.decref(op);
  }
}

// A random double from random bits (any exponent), or a "nice" one, as a JS number.
function randomDouble(rng: (n: number) => number): number {
  const k = rng(5);
  if (k === 0) return (rng(2001) - 1000) / 8;
  if (k === 1) return (rng(2 ** 30) - 2 ** 29) / (1 + rng(1000));
  if (k === 2) return [0, -0, 0.5, -1.5, 1e16, 1e-5, 2 ** 53, 1 / 3, Number.MAX_VALUE, 5e-324][rng(10)];
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, rng(2 ** 32));
  dv.setUint32(4, rng(2 ** 32));
  const v = dv.getFloat64(0);
  return Number.isFinite(v) ? v : 1.25;
}

// Doubles travel to python3 as their bit patterns.
function bits(v: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}

const FROM_BITS = "def fb(h): return struct.unpack('>d', bytes.fromhex(h))[0]\n";

test('float repr matches python3 for tricky and seeded random doubles', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const values = [
      1e16,
      1e15,
      0.1,
      1.0,
      -0.0,
      0.0,
      1e-5,
      1e-4,
      123456789012345678.0,
      1e22,
      5e-324,
      1.5e300,
      Infinity,
      -Infinity,
      NaN,
      2 ** 53,
      2 ** 63,
      0.3,
      2 / 3,
      1e-7,
      9999999999999998,
      1e100,
      12345.678,
    ];
    for (let i = 0; i < 2000; i++) values.push(randomDouble(rng));
    const expected = python<string[]>(
      `${FROM_BITS}print(json.dumps([repr(fb(h)) for h in data]))`,
      values.map(bits),
    );
    assert.deepEqual(
      values.map((v) => float_repr(v)),
      expected,
    );
  });
});

test('float sizes, hashes and is_integer match python3 (integral floats hash like ints)', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const values = [
      0,
      -0,
      1,
      -1,
      0.5,
      -0.5,
      1e300,
      Infinity,
      -Infinity,
      2 ** 61,
      2 ** 62 - 2 ** 10,
      1e-300,
      2.5,
      4e18,
    ];
    for (let i = 0; i < 500; i++) values.push(randomDouble(rng));
    const expected = python<[number, string, boolean][]>(
      `${FROM_BITS}print(json.dumps([[sys.getsizeof(fb(h)), repr(hash(fb(h))), fb(h).is_integer()] for h in data]))`,
      values.map(bits),
    );
    const got = values.map((v) => {
      const f = float_fromDouble(s, v);
      const r: [number, string, boolean] = [s.getsizeof(f), String(exactHash(s, f)), float_isInteger(s, f)];
      if (Number.isInteger(v) && Math.abs(v) < 2 ** 70) {
        const i = long_fromDouble(s, v);
        assert.equal(s.hash(i), s.hash(f), `hash(${v}) must equal hash(int(${v}))`);
        s.rt.decref(i);
      }
      s.rt.decref(f);
      return r;
    });
    assert.deepEqual(got, expected);
    audit(s);
  });
});

test('float arithmetic with float and int operands matches python3, errors included', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    type Operand = { f: number } | { i: string };
    const operand = (): Operand => {
      const k = rng(6);
      if (k === 0) return { i: String(rng(41) - 20) };
      if (k === 1) return { i: String(BigInt(rng(2 ** 30)) ** BigInt(1 + rng(40)) * (rng(2) ? 1n : -1n)) };
      if (k === 2) return { f: [0, -0, 1, -1, 2, 0.5, Infinity, -Infinity, NaN][rng(9)] };
      return { f: randomDouble(rng) };
    };
    const pairs: [Operand, Operand][] = [];
    for (let i = 0; i < 600; i++) {
      const a = operand();
      const b = operand();
      if ('i' in a && 'i' in b) continue;
      pairs.push([a, b]);
    }
    const ops = ['+', '-', '*', '/', '//', '%', 'divmod', '**', '<', '<=', '==', '!=', '>', '>='];
    const expected = python<string[][]>(
      `${FROM_BITS}
def val(o): return fb(o['f']) if 'f' in o else int(o['i'])
out = []
for a, b in data:
    x, y = val(a), val(b)
    row = []
    for op in ${JSON.stringify(ops)}:
        if op == 'divmod': row.append(attempt(lambda: divmod(x, y)))
        else: row.append(attempt(lambda: eval('x ' + op + ' y')))
    out.append(row)
print(json.dumps(out))`,
      pairs.map(([a, b]) => [a, b].map((o) => ('f' in o ? { f: bits(o.f) } : o))),
    );
    const ulpOff: string[] = [];
    const make = (o: Operand): Ptr => ('f' in o ? float_fromDouble(s, o.f) : long_fromBigInt(s, BigInt(o.i)));
    const bin: Record<string, (s: ObjectSpace, a: Ptr, b: Ptr) => Ptr> = {
      '+': float_add,
      '-': float_sub,
      '*': float_mul,
      '/': float_truediv,
      '//': float_floordiv,
      '%': float_mod,
      '**': float_pow,
    };
    const cmp: Record<string, CompareOp> = { '<': 0, '<=': 1, '==': 2, '!=': 3, '>': 4, '>=': 5 };
    pairs.forEach(([oa, ob], k) => {
      const a = make(oa);
      const b = make(ob);
      const row = ops.map((op) =>
        attempt(() => {
          if (op === 'divmod') {
            const r = float_divmod(s, a, b) as [Ptr, Ptr];
            return `(${take(s, r[0])}, ${take(s, r[1])})`;
          }
          if (op in cmp) return richCompareBool(s, a, b, cmp[op]) ? 'True' : 'False';
          // An int on the left: int's slot says NotImplemented, then float's takes it (as binary_op1).
          return take(s, bin[op](s, a, b));
        }),
      );
      // A complex result (negative ** fractional) is out of scope: pymm raises ValueError there.
      const want = expected[k].map((e) =>
        e.endsWith('j)') || e.endsWith('j') || e.includes('complex')
          ? 'ValueError: negative number cannot be raised to a fractional power'
          : e,
      );
      // pymm's pow is correctly rounded; glibc's may differ by one ulp on an exact tie
      // (34.0 ** 13): such a '**' result is counted, not failed.
      const p = ops.indexOf('**');
      if (row[p] !== want[p] && oneUlpApart(row[p], want[p])) {
        ulpOff.push(`${JSON.stringify(oa)} ** ${JSON.stringify(ob)}: ${row[p]} vs ${want[p]}`);
        row[p] = want[p];
      }
      assert.deepEqual(row, want, `${JSON.stringify(oa)} ${JSON.stringify(ob)}`);
      s.rt.decref(a);
      s.rt.decref(b);
    });
    assert.ok(ulpOff.length <= 3, `too many pow results one ulp off python3's:\n${ulpOff.join('\n')}`);
    audit(s);
  });
});

function oneUlpApart(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === y) return false;
  const dv = new DataView(new ArrayBuffer(16));
  dv.setFloat64(0, x);
  dv.setFloat64(8, y);
  const d = dv.getBigInt64(0) - dv.getBigInt64(8);
  return d === 1n || d === -1n;
}

test('floats compare exactly with huge ints and NaN compares unequal to everything', () => {
  const s = checkedSpace();
  const big = long_fromBigInt(s, 2n ** 53n + 1n);
  const f = float_fromDouble(s, 2 ** 53);
  const nan = float_fromDouble(s, Number.NaN);
  assert.equal(richCompareBool(s, f, big, CompareOp.LT), true);
  assert.equal(richCompareBool(s, big, f, CompareOp.GT), true);
  assert.equal(richCompareBool(s, f, big, CompareOp.EQ), false);
  assert.equal(take(s, long_richcompare(s, big, f, CompareOp.EQ)), 'NotImplemented');
  assert.equal(take(s, float_richcompare(s, nan, nan, CompareOp.EQ)), 'False');
  assert.equal(take(s, float_richcompare(s, nan, nan, CompareOp.NE)), 'True');
  assert.equal(take(s, float_richcompare(s, nan, big, CompareOp.GE)), 'False');
  assert.equal(richCompareBool(s, nan, nan, CompareOp.EQ), true, 'identity implies equality in containers');
  assert.equal(take(s, float_neg(s, f)), '-9007199254740992.0');
  assert.equal(take(s, float_abs(s, nan)), 'nan');
  const huge = long_fromBigInt(s, 2n ** 1024n);
  assert.equal(
    attempt(() => take(s, float_add(s, f, huge))),
    'OverflowError: int too large to convert to float',
  );
  assert.equal(richCompareBool(s, f, huge, CompareOp.LT), true);
  for (const o of [big, f, nan, huge]) s.rt.decref(o);
  audit(s);
});

test('the float free list keeps 100 dead floats and hands addresses back LIFO', () => {
  const s = checkedSpace();
  const first = float_fromDouble(s, 1.5);
  s.rt.decref(first);
  const again = float_fromDouble(s, 2.5);
  assert.equal(again, first, 'id(float) is reused at once, as in CPython');
  s.rt.decref(again);
  const many: Ptr[] = [];
  for (let i = 0; i < 150; i++) many.push(float_fromDouble(s, i));
  const count0 = s.rt.gc.count[0];
  for (const f of many) s.rt.decref(f);
  assert.equal(s.floats.numfree, FLOAT_MAXFREELIST);
  assert.equal(s.rt.gc.count[0], count0, 'floats are not GC objects: the gen-0 count never moves');
  // The most recently freed of the first 100 comes back first.
  const back = float_fromDouble(s, 0);
  assert.equal(back, many[FLOAT_MAXFREELIST - 1]);
  assert.equal(s.floats.numfree, FLOAT_MAXFREELIST - 1);
  s.rt.decref(back);
  assert.throws(() => s.rt.incref(many[3]), /not alive/, 'a float on the free list is dead for checked mode');
  s.gc.collect();
  assert.equal(s.floats.numfree, 0, 'a full collection empties the free lists');
  audit(s);
});
