import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TP_BASICSIZE, TP_ITEMSIZE } from '../../src/gc/index.js';
import {
  bytes_fromU8,
  exactHash,
  float_fromDouble,
  long_fromBigInt,
  long_fromNumber,
  str_fromJs,
} from '../../src/objects/index.js';
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
