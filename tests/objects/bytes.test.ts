import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  bytes_concat,
  bytes_fromByte,
  bytes_fromU8,
  bytes_getitem,
  bytes_len,
  bytes_repeat,
  bytes_richcompare,
  bytes_toU8,
  CompareOp,
  exactHash,
  type ObjectSpace,
  str_fromJs,
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

function randomBytes(rng: (n: number) => number, max = 40): number[] {
  const n = rng(max + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(rng(2) === 0 ? rng(256) : 32 + rng(95));
  return out;
}

test('bytes sizes, hashes and reprs match python3 (PYTHONHASHSEED=0)', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const table: number[][] = [
      [],
      [97],
      [97, 98, 99],
      [39],
      [34],
      [39, 34],
      [92, 9, 10, 13, 0, 127, 128, 255],
    ];
    for (let n = 0; n < 20; n++) table.push(randomBytes(rng, n).slice(0, n));
    for (let i = 0; i < 200; i++) table.push(randomBytes(rng, 200));
    const expected = python<[number, string, string][]>(
      'print(json.dumps([[sys.getsizeof(bytes(b)), repr(hash(bytes(b))), repr(bytes(b))] for b in data]))',
      table,
    );
    const got = table.map((b) => {
      const op = bytes_fromU8(s, b);
      const r: [number, string, string] = [s.getsizeof(op), String(exactHash(s, op)), s.repr(op)];
      assert.deepEqual([...bytes_toU8(s, op)], b);
      s.rt.decref(op);
      return r;
    });
    assert.deepEqual(got, expected);
    audit(s);
  });
});

test('bytes hash like the str of the same ASCII text, as in CPython', () => {
  const s = checkedSpace();
  const b = bytes_fromU8(s, [104, 101, 108, 108, 111]);
  const t = str_fromJs(s, 'hello');
  assert.equal(s.hash(b), s.hash(t));
  s.rt.decref(b);
  s.rt.decref(t);
  audit(s);
});

test('bytes comparison, concatenation, repetition and indexing match python3', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const cases: { a: number[]; b: number[]; n: number; i: number }[] = [];
    for (let k = 0; k < 200; k++) {
      const a = randomBytes(rng, 10);
      const b = rng(4) === 0 ? a.slice(0, rng(a.length + 1)) : randomBytes(rng, 10);
      cases.push({ a, b, n: rng(5) - 1, i: rng(24) - 12 });
    }
    const expected = python<string[][]>(
      `out = []
for c in data:
    a, b = bytes(c['a']), bytes(c['b'])
    out.append([repr(a < b), repr(a <= b), repr(a == b), repr(a != b), repr(a > b), repr(a >= b),
        attempt(lambda: a + b), attempt(lambda: a * c['n']), attempt(lambda: a[c['i']]), repr(len(a))])
print(json.dumps(out))`,
      cases,
    );
    cases.forEach((c, k) => {
      const a = bytes_fromU8(s, c.a);
      const b = bytes_fromU8(s, c.b);
      const cmp = (op: CompareOp) => take(s, bytes_richcompare(s, a, b, op));
      const got = [
        cmp(CompareOp.LT),
        cmp(CompareOp.LE),
        cmp(CompareOp.EQ),
        cmp(CompareOp.NE),
        cmp(CompareOp.GT),
        cmp(CompareOp.GE),
        attempt(() => take(s, bytes_concat(s, a, b))),
        attempt(() => take(s, bytes_repeat(s, a, c.n))),
        attempt(() => take(s, bytes_getitem(s, a, c.i))),
        String(bytes_len(s, a)),
      ];
      assert.deepEqual(got, expected[k], JSON.stringify(c));
      s.rt.decref(a);
      s.rt.decref(b);
    });
    audit(s);
  });
});

test("b'' and one-byte bytes are singletons; errors carry python3's messages", () => {
  const s = checkedSpace();
  const e1 = bytes_fromU8(s, []);
  const e2 = bytes_fromU8(s, new Uint8Array(0));
  assert.equal(e1, e2);
  assert.equal(e1, s.bytes.empty);
  const x1 = bytes_fromU8(s, [120]);
  const x2 = bytes_fromByte(s, 120);
  const xy = bytes_fromU8(s, [120, 121]);
  const x3 = bytes_repeat(s, x1, 1);
  assert.equal(x1, x2);
  assert.equal(x1, x3);
  const expected = python<string[]>(
    "print(json.dumps([attempt(lambda: b'a' + 'a'), attempt(lambda: b'ab' * 2**62), attempt(lambda: b'a' * 2**62)]))",
  );
  const t = str_fromJs(s, 'a');
  const got = [
    attempt(() => take(s, bytes_concat(s, x1, t))),
    attempt(() => take(s, bytes_repeat(s, xy, 2 ** 62))),
    attempt(() => take(s, bytes_repeat(s, x1, 2 ** 62))),
  ];
  assert.deepEqual(got, expected);
  for (const o of [e1, e2, x1, x2, xy, x3, t]) s.rt.decref(o);
  audit(s);
});
