import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  type CompareOp,
  foldHashBig,
  isMemoryError,
  isTrue,
  type ObjectSpace,
  PyErr,
  richCompare,
  tuple_concat,
  tuple_contains,
  tuple_count,
  tuple_fromArray,
  tuple_hash64,
  tuple_index,
  tuple_item,
  tuple_items,
  tuple_new,
  tuple_repeat,
  tuple_size,
  tuple_slice,
} from '../../src/objects/index.js';
import {
  bigSpace,
  keySpace as checkedSpace,
  key,
  keyValue,
  plainObject,
  python,
  rng,
  seeded,
} from './keys.js';
import { audit } from './support.js';

/** A tuple of Keys for the ints `vs` (new reference). */
function keys(s: ObjectSpace, vs: number[]): Ptr {
  const items = vs.map((v) => key(s, v));
  const t = tuple_fromArray(s, items);
  for (const k of items) s.rt.decref(k);
  return t;
}

test('tuple sizes match sys.getsizeof for 0..25 items; () is a static, untracked singleton', () => {
  const s = checkedSpace();
  const expected = python(
    'import sys,json;print(json.dumps([sys.getsizeof(tuple(range(n))) for n in range(26)]))',
  );
  const got: number[] = [];
  for (let n = 0; n < 26; n++) {
    const t = keys(s, [...Array(n).keys()]);
    got.push(s.getsizeof(t));
    s.rt.decref(t);
  }
  assert.deepEqual(got, expected);
  const e = tuple_new(s, 0);
  assert.equal(e, s.tuples.empty);
  assert.equal(s.gc.is_tracked(e), false);
  assert.equal(s.repr(e), '()');
  s.rt.decref(e);
  audit(s);
});

test('tuple hashes equal python3 (xxHash-based tuplehash), for flat, nested and negative items', () => {
  const s = checkedSpace();
  const cases: unknown[] = [
    [],
    [0],
    [1, 2],
    [-1],
    [-2, -1, 0, 1, 2],
    [
      [1, 2],
      [3, [4]],
    ],
    [[]],
    [12345678901],
  ];
  const expected = python(`import json
def tup(c): return c if isinstance(c, int) else tuple(tup(x) for x in c)
print(json.dumps([str(hash(tup(c))) for c in json.loads(${JSON.stringify(JSON.stringify(cases))})]))`) as string[];
  const build = (c: unknown): Ptr => {
    if (typeof c === 'number') return key(s, c);
    const items = (c as unknown[]).map(build);
    const t = tuple_fromArray(s, items);
    for (const k of items) s.rt.decref(k);
    return t;
  };
  cases.forEach((c, i) => {
    const t = build(c);
    assert.equal(
      BigInt.asIntN(64, tuple_hash64(s, t)).toString(),
      expected[i],
      `hash of ${JSON.stringify(c)}`,
    );
    assert.equal(s.hash(t), foldHashBig(BigInt(expected[i])), 'the slot returns the hash folded to 53 bits');
    s.rt.decref(t);
  });
  audit(s);
});

test('tuple repr prints (x,) for one item, nested tuples, True/None, and (...) for a cycle guard', () => {
  const s = checkedSpace();
  const one = keys(s, [1]);
  const t = tuple_fromArray(s, [one, s.true, s.none, s.tuples.empty]);
  assert.equal(s.repr(one), '(1,)');
  assert.equal(s.repr(t), '((1,), True, None, ())');
  s.rt.decref(one);
  s.rt.decref(t);
  audit(s);
});

test('1-tuples come back from the free list: gen-0 count +0 the second time, and id reuse', () => {
  const s = checkedSpace();
  s.gc.disable();
  const k = key(s, 7);
  const c0 = s.gc.get_count()[0];
  const batch = () => Array.from({ length: 100 }, () => tuple_fromArray(s, [k]));
  let ts = batch();
  assert.equal(s.gc.get_count()[0] - c0, 100);
  for (const t of ts) s.rt.decref(t);
  assert.equal(s.gc.get_count()[0] - c0, 100, 'a pushed tuple keeps its count');
  ts = batch();
  assert.equal(s.gc.get_count()[0] - c0, 100, 'a popped tuple is not a new GC allocation');
  for (const t of ts) s.rt.decref(t);
  const a = tuple_fromArray(s, [k, k, k]);
  s.rt.decref(a);
  const b = tuple_fromArray(s, [k, k, k]);
  assert.equal(b, a, 'id(x, y, z) is reused through the free list');
  s.rt.decref(b);
  assert.equal(s.tuples.numFree[0], 100);
  s.gc.collect();
  assert.equal(s.tuples.numFree[0], 0, 'a full collection empties the free lists');
  s.rt.decref(k);
  audit(s);
});

test('tuples untrack lazily: atoms at once, nested tuples in one pass, never with a list or object inside', () => {
  const s = checkedSpace();
  const flat = keys(s, [1, 2]);
  const inner1 = keys(s, [1, 2]);
  const inner2 = keys(s, [3, 4]);
  const nested = tuple_fromArray(s, [inner1, inner2]);
  const o = plainObject(s);
  const withObj = tuple_fromArray(s, [o]);
  const withNone = tuple_fromArray(s, [s.none, s.true]);
  for (const t of [flat, nested, withObj, withNone]) assert.equal(s.gc.is_tracked(t), true);
  s.gc.collect(0);
  assert.deepEqual(
    [flat, nested, withObj, withNone].map((t) => s.gc.is_tracked(t)),
    [false, false, false, false],
  );
  const holder = tuple_fromArray(s, [withObj]);
  const cellLike = tuple_new(s, 1);
  s.gc.collect(0);
  assert.equal(s.gc.is_tracked(holder), false);
  assert.equal(s.gc.is_tracked(cellLike), true, 'a tuple with a NULL item is not fully built: stays tracked');
  for (const t of [flat, inner1, inner2, nested, o, withObj, withNone, holder, cellLike]) s.rt.decref(t);
  audit(s);
});

test('get_referents of a tuple lists items last to first', () => {
  const s = checkedSpace();
  const a = tuple_new(s, 0);
  const b = keys(s, [5]);
  const t = tuple_fromArray(s, [a, b, s.none]);
  assert.deepEqual(s.gc.get_referents(t), [s.none, b, a]);
  for (const x of [a, b, t]) s.rt.decref(x);
  audit(s);
});

test('a 1,000,000-deep chain of 1-tuples is freed without JS recursion', () => {
  const { space: s, done } = bigSpace();
  let t = tuple_new(s, 0);
  for (let i = 0; i < 1_000_000; i++) {
    const next = tuple_fromArray(s, [t]);
    s.rt.decref(t);
    t = next;
  }
  s.rt.decref(t);
  done();
});

test('comparison, slicing, concat, contains and indexing agree with python3 on random tuples', () => {
  seeded((seed) => {
    const s = checkedSpace();
    const r = rng(seed);
    const cases: { a: number[]; b: number[]; sl: (number | null)[] }[] = [];
    for (let i = 0; i < 300; i++) {
      const mk = () => Array.from({ length: Math.floor(r() * 5) }, () => Math.floor(r() * 3));
      const pick = () => (r() < 0.3 ? null : Math.floor(r() * 13) - 6);
      const step = r() < 0.3 ? null : [1, 2, -1, -2, 3][Math.floor(r() * 5)];
      cases.push({ a: mk(), b: mk(), sl: [pick(), pick(), step] });
    }
    const expected = python(`
import json
cases = json.loads(${JSON.stringify(JSON.stringify(cases))})
out = []
for c in cases:
    a, b = tuple(c['a']), tuple(c['b'])
    st, sp, se = c['sl']
    out.append([a < b, a <= b, a == b, a != b, a > b, a >= b, list(a[st:sp:se]), list(a + b), 1 in a, a[-1] if a else None])
print(json.dumps(out))`) as unknown[][];
    cases.forEach((c, i) => {
      const a = keys(s, c.a);
      const b = keys(s, c.b);
      const cmp = [0, 1, 2, 3, 4, 5].map((op) => {
        const res = richCompare(s, a, b, op as CompareOp);
        const v = isTrue(s, res);
        s.rt.decref(res);
        return v;
      });
      const sl = tuple_slice(s, a, { start: c.sl[0], stop: c.sl[1], step: c.sl[2] });
      const cat = tuple_concat(s, a, b);
      const one = key(s, 1);
      const last = c.a.length > 0 ? tuple_item(s, a, -1) : 0;
      const vals = (t: Ptr) =>
        Array.from({ length: tuple_size(s, t) }, (_, j) => {
          const item = tuple_item(s, t, j);
          const v = keyValue(s, item);
          s.rt.decref(item);
          return v;
        });
      const got = [
        ...cmp,
        vals(sl),
        vals(cat),
        tuple_contains(s, a, one),
        last === 0 ? null : keyValue(s, last),
      ];
      assert.deepEqual(got, expected[i], JSON.stringify(c));
      for (const x of [a, b, sl, cat, one]) s.rt.decref(x);
      if (last !== 0) s.rt.decref(last);
    });
    assert.throws(() => tuple_item(s, s.tuples.empty, 0), /tuple index out of range/);
    assert.throws(
      () => tuple_concat(s, s.tuples.empty, s.none),
      /can only concatenate tuple \(not "NoneType"\) to tuple/,
    );
    audit(s);
  });
});

test('repeat, index and count agree with python3; () * n and t * 1 share objects', () => {
  const s = checkedSpace();
  const expected = python(`
import json, sys
t = (1, 2, 1)
def msg(f):
    try: return f()
    except Exception as e: return [type(e).__name__, str(e)]
print(json.dumps([[list(t * n), sys.getsizeof(t * n)] for n in range(-1, 4)] + [t.index(1, 1), t.count(1), msg(lambda: t.index(9)), msg(lambda: t * (2**61))]))`) as unknown[];
  const t = keys(s, [1, 2, 1]);
  const got: unknown[] = [];
  for (let n = -1; n < 4; n++) {
    const r = tuple_repeat(s, t, n);
    got.push([tuple_items(s, r).map((k) => keyValue(s, k)), s.getsizeof(r)]);
    if (n === 1) assert.equal(r, t);
    if (n <= 0) assert.equal(r, s.tuples.empty);
    s.rt.decref(r);
  }
  const one = key(s, 1);
  const nine = key(s, 9);
  got.push(tuple_index(s, t, one, 1), tuple_count(s, t, one));
  for (const f of [() => tuple_index(s, t, nine), () => tuple_repeat(s, t, 2 ** 61)]) {
    try {
      f();
    } catch (e) {
      got.push(
        e instanceof PyErr ? [e.excType, e.message] : isMemoryError(e) ? ['MemoryError', ''] : String(e),
      );
    }
  }
  assert.deepEqual(got, expected);
  for (const x of [t, one, nine]) s.rt.decref(x);
  audit(s);
});

test('each tuple free list holds at most 2000 tuples; the rest are freed and uncounted', () => {
  const s = checkedSpace();
  s.gc.disable();
  const k = key(s, 1);
  const c0 = s.gc.get_count()[0];
  const ts = Array.from({ length: 2100 }, () => tuple_fromArray(s, [k, k]));
  assert.equal(s.gc.get_count()[0] - c0, 2100);
  for (const t of ts) s.rt.decref(t);
  assert.equal(s.tuples.numFree[1], 2000);
  assert.equal(s.gc.get_count()[0] - c0, 2000, '100 tuples beyond the limit were freed (count −100)');
  s.gc.collect();
  s.rt.decref(k);
  audit(s);
});
