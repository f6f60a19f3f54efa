import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  BLOCKLEN,
  DQ_LEFTINDEX,
  DQ_RIGHTINDEX,
  deque_appendleftTakeRef,
  deque_appendTakeRef,
  deque_assItem,
  deque_clear,
  deque_count,
  deque_delItem,
  deque_index,
  deque_inplaceRepeat,
  deque_insert,
  deque_item,
  deque_items,
  deque_len,
  deque_new,
  deque_pop,
  deque_popleft,
  deque_repr,
  deque_reverse,
  deque_rotate,
  deque_setMaxlen,
  deque_startFilling,
  dequeiter_new,
  dequeiter_next,
  dq_get,
  type ObjectSpace,
  PyErr,
} from '../../src/objects/index.js';
import { key, keySpace, keyValue, python, rng, seeded } from './keys.js';
import { audit } from './support.js';

function values(s: ObjectSpace, d: Ptr): number[] {
  return deque_items(s, d).map((k) => keyValue(s, k));
}

function push(s: ObjectSpace, d: Ptr, v: number, left = false): void {
  if (left) deque_appendleftTakeRef(s, d, key(s, v));
  else deque_appendTakeRef(s, d, key(s, v));
}

// (leftindex + size − 1) % 64 == rightindex, both within a block.
function checkInvariants(s: ObjectSpace, d: Ptr): void {
  const n = deque_len(s, d);
  const left = dq_get(s, d, DQ_LEFTINDEX);
  const right = dq_get(s, d, DQ_RIGHTINDEX);
  assert.ok(left >= 0 && left < BLOCKLEN && right >= 0 && right < BLOCKLEN, `indices ${left} ${right}`);
  // (An empty deque is re-centred only when an index leaves its block, as in CPython.)
  if (n === 0) assert.equal(left, right + 1, 'an empty deque has leftindex == rightindex + 1');
  else assert.equal((left + n - 1) % BLOCKLEN, right);
}

test('deque sizes after appends at either end, pops and extends match sys.getsizeof', () => {
  const s = keySpace();
  const expected = python(`
import sys, json
from collections import deque
out = []
d = deque()
for i in range(200):
    d.append(i); out.append(sys.getsizeof(d))
for i in range(150):
    d.popleft(); out.append(sys.getsizeof(d))
for i in range(150):
    d.appendleft(i); out.append(sys.getsizeof(d))
e = deque(); e.extend(range(70)); out.append(sys.getsizeof(e))
f = deque(); f.extendleft(range(70)); out.append(sys.getsizeof(f))
print(json.dumps(out))`) as number[];
  const got: number[] = [];
  const d = deque_new(s);
  for (let i = 0; i < 200; i++) {
    push(s, d, i);
    got.push(s.getsizeof(d));
  }
  for (let i = 0; i < 150; i++) {
    s.rt.decref(deque_popleft(s, d));
    got.push(s.getsizeof(d));
  }
  for (let i = 0; i < 150; i++) {
    push(s, d, i, true);
    got.push(s.getsizeof(d));
  }
  for (const left of [false, true]) {
    const e = deque_new(s);
    deque_startFilling(s, e, !left);
    for (let i = 0; i < 70; i++) push(s, e, i, left);
    got.push(s.getsizeof(e));
    s.rt.decref(e);
  }
  assert.deepEqual(got, expected);
  s.rt.decref(d);
  audit(s);
});

test('random deque operations agree with an array model and keep every invariant', () => {
  seeded((seed) => {
    const s = keySpace();
    const r = rng(seed);
    const d = deque_new(s);
    const maxlen = r() < 0.3 ? Math.floor(r() * 100) : -1;
    if (maxlen >= 0) deque_setMaxlen(s, d, BigInt(maxlen));
    const model: number[] = [];
    const trim = (fromLeft: boolean) => {
      while (maxlen >= 0 && model.length > maxlen) fromLeft ? model.shift() : model.pop();
    };
    for (let step = 0; step < 3000; step++) {
      const op = Math.floor(r() * 12);
      const v = Math.floor(r() * 50);
      const n = model.length;
      const i = n === 0 ? 0 : Math.floor(r() * n);
      if (op <= 2) {
        push(s, d, v);
        model.push(v);
        trim(true);
      } else if (op <= 4) {
        push(s, d, v, true);
        model.unshift(v);
        trim(false);
      } else if (op === 5 && n > 0) {
        const x = deque_pop(s, d);
        assert.equal(keyValue(s, x), model.pop());
        s.rt.decref(x);
      } else if (op === 6 && n > 0) {
        const x = deque_popleft(s, d);
        assert.equal(keyValue(s, x), model.shift());
        s.rt.decref(x);
      } else if (op === 7) {
        const k = Math.floor(r() * 400) - 200;
        deque_rotate(s, d, k);
        if (n > 0) {
          const m = ((k % n) + n) % n;
          model.unshift(...model.splice(n - m, m));
        }
      } else if (op === 8 && n > 0) {
        const x = deque_item(s, d, i);
        assert.equal(keyValue(s, x), model[i]);
        s.rt.decref(x);
        const k = key(s, v);
        deque_assItem(s, d, i, k);
        s.rt.decref(k);
        model[i] = v;
      } else if (op === 9 && n > 0) {
        deque_delItem(s, d, i);
        model.splice(i, 1);
      } else if (op === 10 && (maxlen < 0 || n < maxlen)) {
        const at = Math.floor(r() * (2 * n + 3)) - n - 1;
        const k = key(s, v);
        deque_insert(s, d, at, k);
        s.rt.decref(k);
        model.splice(at < 0 ? Math.max(0, n + at) : Math.min(at, n), 0, v);
      } else if (op === 11) {
        deque_reverse(s, d);
        model.reverse();
      }
      checkInvariants(s, d);
      if (step % 500 === 0) s.rt.heap.checkHeap();
    }
    assert.deepEqual(values(s, d), model);
    const k = key(s, 7);
    assert.equal(deque_count(s, d, k), model.filter((x) => x === 7).length);
    assert.equal(deque_index(s, d, k, 0, model.length), model.indexOf(7));
    s.rt.decref(k);
    s.rt.decref(d);
    audit(s);
  });
});

test('iterators see every item once, and a change to the deque stops them with RuntimeError', () => {
  const s = keySpace();
  const d = deque_new(s);
  for (let i = 0; i < 200; i++) push(s, d, i);
  for (const reverse of [false, true]) {
    const it = dequeiter_new(s, d, reverse);
    const seen: number[] = [];
    for (let x = dequeiter_next(s, it); x !== 0; x = dequeiter_next(s, it)) {
      seen.push(keyValue(s, x));
      s.rt.decref(x);
    }
    const want = Array.from({ length: 200 }, (_, i) => i);
    assert.deepEqual(seen, reverse ? want.reverse() : want);
    s.rt.decref(it);
  }
  const it = dequeiter_new(s, d, false);
  push(s, d, 1);
  assert.throws(
    () => dequeiter_next(s, it),
    (e) => e instanceof PyErr && e.message === 'deque mutated during iteration',
  );
  s.rt.decref(it);
  s.rt.decref(d);
  audit(s);
});

test('repetition, clearing and repr follow CPython, a deque that contains itself included', () => {
  const s = keySpace();
  const d = deque_new(s);
  push(s, d, 1);
  deque_inplaceRepeat(s, d, 130);
  assert.equal(deque_len(s, d), 130);
  push(s, d, 2);
  deque_inplaceRepeat(s, d, 3);
  assert.equal(deque_len(s, d), 393);
  deque_clear(s, d);
  assert.equal(deque_repr(s, d), 'deque([])');
  push(s, d, 5);
  s.rt.incref(d);
  deque_appendTakeRef(s, d, d);
  assert.equal(deque_repr(s, d), 'deque([5, [...]])');
  deque_clear(s, d);
  s.rt.decref(d);
  audit(s);
});
