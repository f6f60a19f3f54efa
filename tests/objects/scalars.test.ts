import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TP_BASICSIZE, TP_ITEMSIZE } from '../../src/gc/index.js';
import type { Ptr } from '../../src/heap/index.js';
import {
  bytes_fromU8,
  DEEPFROZEN_CHARS,
  exactHash,
  FLOAT_MAXFREELIST,
  float_fromDouble,
  long_fromBigInt,
  long_fromNumber,
  str_fromJs,
  str_internFromJs,
} from '../../src/objects/index.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';
import { python } from './oracle.js';
import { audit, checkedSpace } from './support.js';

test('int, bool, float, str and bytes have python3 type sizes (__basicsize__, __itemsize__)', () => {
  const s = checkedSpace();
  const names = ['int', 'bool', 'float', 'str', 'bytes'];
  const expected = python<number[][]>(
    'print(json.dumps([[eval(n).__basicsize__, eval(n).__itemsize__] for n in data]))',
    names,
  );
  const got = names.map((n) => {
    const t = s.builtinTypes.get(n);
    assert.ok(t !== undefined, `${n} is registered`);
    const u32 = s.rt.mem.u32;
    return [u32[(t + TP_BASICSIZE) >>> 2], u32[(t + TP_ITEMSIZE) >>> 2]];
  });
  assert.deepEqual(got, expected);
  audit(s);
});

test('scalars are not GC objects: making and freeing them never moves gc.get_count() nor tracks them', () => {
  const s = checkedSpace();
  const before = s.gc.get_count();
  const made = [
    long_fromNumber(s, 10 ** 12),
    long_fromBigInt(s, 2n ** 300n),
    float_fromDouble(s, 0.5),
    str_fromJs(s, 'not tracked'),
    bytes_fromU8(s, [1, 2, 3]),
  ];
  assert.deepEqual(s.gc.get_count(), before);
  for (const o of made) assert.equal(s.gc.is_tracked(o), false);
  for (const o of made) s.rt.decref(o);
  assert.deepEqual(s.gc.get_count(), before);
  audit(s);
});

test('hash(True), hash(False), hash(-1) and hash(-1.0) are python3 values', () => {
  const s = checkedSpace();
  const expected = python<string[]>(
    'print(json.dumps([repr(hash(v)) for v in [True, False, -1, -1.0, -2**61, 2**61 - 1]]))',
  );
  const ops = [
    s.newRef(s.true),
    s.newRef(s.false),
    long_fromNumber(s, -1),
    float_fromDouble(s, -1),
    long_fromBigInt(s, -(2n ** 61n)),
    long_fromBigInt(s, 2n ** 61n - 1n),
  ];
  assert.deepEqual(
    ops.map((o) => String(exactHash(s, o))),
    expected,
  );
  for (const o of ops) s.rt.decref(o);
  audit(s);
});

test('a seeded random mix of scalar work keeps counts, free lists, interning and the heap consistent', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const live: Ptr[] = [];
    const words = ['alpha', 'beta', 'gamma', 'δέλτα', '😀smile', 'x'];
    for (let step = 0; step < 20000; step++) {
      const r = rng(10);
      if (r < 6 || live.length === 0) {
        switch (rng(6)) {
          case 0:
            live.push(long_fromBigInt(s, BigInt(rng(2 ** 30)) ** BigInt(1 + rng(12)) - BigInt(rng(1000))));
            break;
          case 1:
            live.push(float_fromDouble(s, rng(1 << 20) / (1 + rng(100))));
            break;
          case 2:
            live.push(str_internFromJs(s, words[rng(words.length)]));
            break;
          case 3:
            live.push(str_fromJs(s, `${words[rng(words.length)]}${rng(100)}`));
            break;
          case 4:
            live.push(bytes_fromU8(s, [rng(256), rng(256)].slice(0, rng(3))));
            break;
          default: {
            const a = live[rng(live.length)] ?? s.true;
            s.hash(a);
            live.push(s.newRef(a));
          }
        }
      } else {
        const i = rng(live.length);
        s.rt.decref(live[i]);
        live[i] = live[live.length - 1];
        live.pop();
      }
      if (step % 5000 === 0) {
        s.gc.collect();
        s.rt.heap.checkHeap();
      }
    }
    assert.ok(s.floats.numfree <= FLOAT_MAXFREELIST);
    for (const op of live) s.rt.decref(op);
    // 'x' is the static chr(120): interned, it stays (as in CPython), and so do the static
    // one-letter names interned from the start; every other one died.
    assert.deepEqual(
      [...s.strs.interned.keys()].filter((k) => k !== 'x' && !DEEPFROZEN_CHARS.includes(k)),
      [],
      'interned strs died with their last reference',
    );
    s.gc.collect();
    audit(s);
  });
});
