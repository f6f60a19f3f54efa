import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  CompareOp,
  exactHash,
  type ObjectSpace,
  printableFlips,
  str_concat,
  str_contains,
  str_fromChar,
  str_fromCodePoints,
  str_fromJs,
  str_getitem,
  str_intern,
  str_internFromJs,
  str_len,
  str_repeat,
  str_richcompare,
  str_slice,
  str_toJs,
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

// Python strings travel as lists of code points.
const FROM_CPS = "def st(cps): return ''.join(map(chr, cps))\n";

// A random string of one of the four kinds (ASCII, latin-1, UCS-2, UCS-4), any length up to `max`.
function randomCps(rng: (n: number) => number, max = 40): number[] {
  const n = rng(max + 1);
  const kind = rng(4);
  const top = [128, 256, 0x10000, 0x110000][kind];
  const cps: number[] = [];
  for (let i = 0; i < n; i++) cps.push(rng(3) === 0 ? rng(top) : 32 + rng(95));
  if (n > 0 && kind > 0) cps[rng(n)] = top / 2 + rng(top / 2);
  return cps;
}

test('str sizes follow PEP 393 exactly as python3 reports them', () => {
  const s = checkedSpace();
  const table = [
    [],
    [97],
    [97, 98, 99],
    Array(10).fill(97),
    [0xe9],
    [0xe9, 97],
    [0x20ac],
    [0x20ac, 0x20ac],
    [0x1f600],
    [0x1f600, 0x1f600],
    [97, 0x1f600],
    [0xd800],
    [0xff, 0x100],
    Array(1000).fill(0x3b1),
    [0],
  ];
  const expected = python<number[]>(
    `${FROM_CPS}print(json.dumps([sys.getsizeof(st(c)) for c in data]))`,
    table,
  );
  const got = table.map((cps) => {
    const op = str_fromCodePoints(s, cps);
    const n = s.getsizeof(op);
    s.rt.decref(op);
    return n;
  });
  assert.deepEqual(got, expected);
  audit(s);
});

test('str hashes equal PYTHONHASHSEED=0 python3 for every kind and every tail length', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const table: number[][] = [[], [97, 98, 99], [0xe9], [0x20ac, 0x41], [0x1f600]];
    for (let n = 0; n < 24; n++) for (let k = 0; k < 4; k++) table.push(randomCps(rng, n).slice(0, n));
    for (let i = 0; i < 300; i++) table.push(randomCps(rng, 100));
    const expected = python<string[]>(
      `${FROM_CPS}print(json.dumps([repr(hash(st(c))) for c in data]))`,
      table,
    );
    const got = table.map((cps) => {
      const op = str_fromCodePoints(s, cps);
      const h = String(exactHash(s, op));
      assert.equal(String(exactHash(s, op)), h, 'the cached hash is the computed one');
      s.rt.decref(op);
      return h;
    });
    assert.deepEqual(got, expected);
    audit(s);
  });
});

test('str repr quotes and escapes as python3 does', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const table: number[][] = [
      [],
      [39],
      [34],
      [39, 34],
      [97, 39, 98],
      [97, 34, 98],
      [92],
      [9, 10, 13, 0, 7, 27, 127],
      [0x80, 0x9f, 0xa0, 0xad, 0xff],
      [0x2028, 0x2029, 0x200b, 0x3000, 0xfeff, 0xfffe],
      [0xd800, 0xdfff],
      [0x1f600, 0xe0001, 0x10ffff, 0xf0000],
      [0x378, 0x0e01, 0x0a0a, 0x1d400],
      [0x20ac, 0x00e9],
      [32],
    ];
    for (let i = 0; i < 500; i++) table.push(randomCps(rng, 12));
    const expected = python<string[]>(`${FROM_CPS}print(json.dumps([repr(st(c)) for c in data]))`, table);
    const got = table.map((cps) => take(s, str_fromCodePoints(s, cps)));
    assert.deepEqual(got, expected);
    audit(s);
  });
});

test('the printable table is python3 3.11 str.isprintable() for every code point', () => {
  const expected = python<number[]>(`flips = []
prev = False
for cp in range(0x110000):
    p = chr(cp).isprintable()
    if p != prev:
        flips.append(cp)
        prev = p
print(json.dumps(flips))`);
  assert.deepEqual(printableFlips(), expected);
});

test('str comparison, concatenation, repetition, indexing and slicing match python3', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const cases: { a: number[]; b: number[]; n: number; i: number; sl: (number | null)[] }[] = [];
    const idx = () => (rng(4) === 0 ? null : rng(30) - 15);
    for (let k = 0; k < 300; k++) {
      const a = randomCps(rng, 12);
      const b = rng(4) === 0 ? a.slice() : rng(4) === 0 ? a.slice(0, rng(a.length + 1)) : randomCps(rng, 12);
      const step = rng(3) === 0 ? [null, 1, 2, -1, -3, 0][rng(6)] : null;
      cases.push({ a, b, n: rng(6) - 1, i: rng(30) - 15, sl: [idx(), idx(), step] });
    }
    const expected = python<string[][]>(
      `${FROM_CPS}out = []
for c in data:
    a, b = st(c['a']), st(c['b'])
    out.append([repr(a < b), repr(a <= b), repr(a == b), repr(a != b), repr(a > b), repr(a >= b),
        attempt(lambda: a + b), attempt(lambda: a * c['n']), attempt(lambda: a[c['i']]),
        attempt(lambda: a[slice(*c['sl'])]), repr(len(a)), repr(b in a)])
print(json.dumps(out))`,
      cases,
    );
    cases.forEach((c, k) => {
      const a = str_fromCodePoints(s, c.a);
      const b = str_fromCodePoints(s, c.b);
      const cmp = (op: CompareOp) => take(s, str_richcompare(s, a, b, op));
      const [start, stop, step] = c.sl;
      const got = [
        cmp(CompareOp.LT),
        cmp(CompareOp.LE),
        cmp(CompareOp.EQ),
        cmp(CompareOp.NE),
        cmp(CompareOp.GT),
        cmp(CompareOp.GE),
        attempt(() => take(s, str_concat(s, a, b))),
        attempt(() => take(s, str_repeat(s, a, c.n))),
        attempt(() => take(s, str_getitem(s, a, c.i))),
        attempt(() => take(s, str_slice(s, a, start, stop, step))),
        String(str_len(s, a)),
        str_contains(s, a, b) ? 'True' : 'False',
      ];
      assert.deepEqual(got, expected[k], JSON.stringify(c));
      s.rt.decref(a);
      s.rt.decref(b);
    });
    audit(s);
  });
});

test('str errors carry python3 messages: concat with int, in with int, huge repeats', () => {
  const s = checkedSpace();
  const expected = python<string[]>(`print(json.dumps([attempt(lambda: 'a' + 1), attempt(lambda: 1 in 'abc'),
    attempt(lambda: 'ab' * (2**62)), attempt(lambda: 'a' * (2**62)), attempt(lambda: 'abc'[3])]))`);
  const a = str_fromJs(s, 'a');
  const ab = str_fromJs(s, 'ab');
  const abc = str_fromJs(s, 'abc');
  const one = s.newRef(s.true);
  const got = [
    attempt(() => take(s, str_concat(s, a, one))),
    attempt(() => String(str_contains(s, abc, one))),
    attempt(() => take(s, str_repeat(s, ab, 2 ** 62))),
    attempt(() => take(s, str_repeat(s, a, 2 ** 62))),
    attempt(() => take(s, str_getitem(s, abc, 3))),
  ];
  expected[0] = expected[0].replace('"int"', '"bool"');
  expected[1] = expected[1].replace('int', 'bool');
  assert.deepEqual(got, expected);
  for (const o of [a, ab, abc, one]) s.rt.decref(o);
  audit(s);
});

test('chr(i) for i < 256 and the empty string are singletons; longer strs are not', () => {
  const s = checkedSpace();
  const a1 = str_fromChar(s, 97);
  const a2 = str_fromJs(s, 'a');
  const abc = str_fromJs(s, 'abc');
  const a3 = str_getitem(s, abc, 0);
  const a4 = str_slice(s, abc, 0, 1);
  assert.equal(a1, a2);
  assert.equal(a1, a3);
  assert.equal(a1, a4);
  const e1 = str_fromJs(s, '');
  const e2 = str_slice(s, abc, 2, 1);
  const e3 = str_repeat(s, abc, 0);
  assert.equal(e1, s.strs.empty);
  assert.equal(e2, e1);
  assert.equal(e3, e1);
  const big1 = str_fromChar(s, 0x100);
  const big2 = str_fromChar(s, 0x100);
  assert.notEqual(big1, big2, 'chr(256) is made afresh');
  const abc2 = str_fromJs(s, 'abc');
  assert.notEqual(abc, abc2);
  assert.equal(s.hash(abc), s.hash(abc2));
  for (const o of [a1, a2, abc, a3, a4, e1, e2, e3, big1, big2, abc2]) s.rt.decref(o);
  audit(s);
});

test('interned strings are mortal: the table holds no reference and forgets a str when it dies', () => {
  const s = checkedSpace();
  const x = str_internFromJs(s, 'spam_eggs');
  assert.equal(s.rt.refcnt(x), 1, 'the intern table does not count');
  const y = str_internFromJs(s, 'spam_eggs');
  assert.equal(x, y);
  const z = str_intern(s, str_fromJs(s, 'spam_eggs'));
  assert.equal(z, x, 'interning an equal str gives the interned one and releases the argument');
  assert.equal(s.rt.refcnt(x), 3);
  for (const o of [x, y, z]) s.rt.decref(o);
  assert.equal(s.strs.interned.has('spam_eggs'), false, 'dealloc removed it from the table');
  const again = str_internFromJs(s, 'spam_eggs');
  assert.equal(s.rt.refcnt(again), 1);
  s.rt.decref(again);
  audit(s);
});

test('JS text round-trips through the heap in every kind, astral characters included', () => {
  const s = checkedSpace();
  for (const t of [
    '',
    'a',
    'hello',
    'héllo',
    'h€llo',
    'h😀llo',
    '😀',
    'ÿ',
    'Ā',
    '\u0000x',
    `${'x'.repeat(5000)}€`,
  ]) {
    const op = str_fromJs(s, t);
    assert.equal(str_len(s, op), [...t].length);
    s.strs.text.delete(op);
    assert.equal(str_toJs(s, op), t);
    s.rt.decref(op);
  }
  audit(s);
});
