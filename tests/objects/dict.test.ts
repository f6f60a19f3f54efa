import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL, type Ptr } from '../../src/heap/index.js';
import {
  dict_clear,
  dict_copy,
  dict_delItem,
  dict_get,
  dict_getItem,
  dict_items,
  dict_merge,
  dict_new,
  dict_pop,
  dict_popitem,
  dict_setdefault,
  dict_setItem,
  dict_size,
  dict_subscript,
  dict_version,
  dict_watch,
  list_new,
  type ObjectSpace,
  PyErr,
  tuple_fromArray,
  tuple_getItem,
} from '../../src/objects/index.js';
import { bigSpace, isStrKey, key, keySpace, keyValue, python, rng, seeded, strKey } from './keys.js';
import { audit } from './support.js';

/** d[k] = v for Keys k, v (the dict takes its own references). */
function put(s: ObjectSpace, d: Ptr, k: number, v: number, mk = key): void {
  const vv = key(s, v);
  putObj(s, d, k, vv, mk);
  s.rt.decref(vv);
}

/** d[k] = obj for a Key k. */
function putObj(s: ObjectSpace, d: Ptr, k: number, obj: Ptr, mk = key): void {
  const kk = mk(s, k);
  dict_setItem(s, d, kk, obj);
  s.rt.decref(kk);
}

function del(s: ObjectSpace, d: Ptr, k: number): void {
  const kk = key(s, k);
  try {
    dict_delItem(s, d, kk);
  } finally {
    s.rt.decref(kk);
  }
}

function pairs(s: ObjectSpace, d: Ptr): number[][] {
  return dict_items(s, d).map(([k, v]) => [keyValue(s, k), keyValue(s, v)]);
}

test('dict sizes match sys.getsizeof after inserts, deletes, copies, updates and popitem (int keys)', () => {
  const s = keySpace();
  const expected = python(`
import sys, json
out = {}
d = {}; a = [sys.getsizeof(d)]
for i in range(100): d[i * 7] = i; a.append(sys.getsizeof(d))
out['insert'] = a
out['delete'] = []
for i in range(100): del d[i * 7]; out['delete'].append(sys.getsizeof(d))
out['churn'] = []
d = {}
for i in range(60): d[i] = i; del d[i]; out['churn'].append(sys.getsizeof(d))
out['copy'] = []
for n in range(30):
    d = {i: i for i in range(n)}
    for i in range(0, n, 2): del d[i]
    out['copy'].append([sys.getsizeof(d.copy()), sys.getsizeof(d)])
out['update'] = []
for n in range(30):
    e = {}; e.update({i: i for i in range(n)}); f = {-1: 0}; f.update({i: i for i in range(n)})
    out['update'].append([sys.getsizeof(e), sys.getsizeof(f)])
out['popitem'] = []
d = {i: i for i in range(30)}
while d: d.popitem(); out['popitem'].append(sys.getsizeof(d))
print(json.dumps(out))`) as Record<string, unknown[]>;
  const got: Record<string, unknown[]> = {};
  let d = dict_new(s);
  got.insert = [s.getsizeof(d)];
  for (let i = 0; i < 100; i++) {
    put(s, d, i * 7, i);
    got.insert.push(s.getsizeof(d));
  }
  got.delete = [];
  for (let i = 0; i < 100; i++) {
    del(s, d, i * 7);
    got.delete.push(s.getsizeof(d));
  }
  s.rt.decref(d);
  got.churn = [];
  d = dict_new(s);
  for (let i = 0; i < 60; i++) {
    put(s, d, i, i);
    del(s, d, i);
    got.churn.push(s.getsizeof(d));
  }
  s.rt.decref(d);
  const comp = (n: number) => {
    const x = dict_new(s);
    for (let i = 0; i < n; i++) put(s, x, i, i);
    return x;
  };
  got.copy = [];
  for (let n = 0; n < 30; n++) {
    d = comp(n);
    for (let i = 0; i < n; i += 2) del(s, d, i);
    const c = dict_copy(s, d);
    got.copy.push([s.getsizeof(c), s.getsizeof(d)]);
    assert.deepEqual(pairs(s, c), pairs(s, d));
    s.rt.decref(c);
    s.rt.decref(d);
  }
  got.update = [];
  for (let n = 0; n < 30; n++) {
    const src = comp(n);
    const e = dict_new(s);
    dict_merge(s, e, src);
    const f = dict_new(s);
    put(s, f, -1, 0);
    const src2 = comp(n);
    dict_merge(s, f, src2);
    got.update.push([s.getsizeof(e), s.getsizeof(f)]);
    for (const x of [src, e, f, src2]) s.rt.decref(x);
  }
  got.popitem = [];
  d = comp(30);
  while (dict_size(s, d) > 0) {
    s.rt.decref(dict_popitem(s, d));
    got.popitem.push(s.getsizeof(d));
  }
  s.rt.decref(d);
  for (const k of Object.keys(expected)) {
    assert.deepEqual(
      got[k],
      expected[k],
      `${k}: ${JSON.stringify(got[k])} vs ${JSON.stringify(expected[k])}`,
    );
  }
  audit(s);
});

test('str-only tables use 16-byte entries (sizes as python3 str keys) and turn general on a non-str key', () => {
  const s = keySpace();
  s.dicts.isExactStr = (op) => isStrKey(s, op);
  const expected = python(`
import sys, json
d = {}; a = [sys.getsizeof(d)]
for i in range(30): d['k%d' % i] = i; a.append(sys.getsizeof(d))
d[1] = 1; a.append(sys.getsizeof(d))
e = {'a': 1}; e[2] = 2; a.append(sys.getsizeof(e))
print(json.dumps([a, [repr({'k1': 1}), repr(d)[-20:]]]))`) as [number[], string[]];
  const d = dict_new(s);
  const got = [s.getsizeof(d)];
  for (let i = 0; i < 30; i++) {
    put(s, d, i, i, strKey);
    got.push(s.getsizeof(d));
  }
  const k = key(s, 1);
  const sk = strKey(s, 1);
  const e = dict_new(s);
  dict_setItem(s, e, sk, k);
  assert.equal(s.repr(e), expected[1][0]);
  assert.deepEqual(s.gc.get_referents(e), [k], 'a str-keyed table visits values only');
  put(s, d, 1, 1);
  got.push(s.getsizeof(d));
  put(s, e, 2, 2);
  got.push(s.getsizeof(e));
  assert.deepEqual(got, expected[0]);
  assert.equal(s.repr(d).slice(-20), expected[1][1]);
  const sk29 = strKey(s, 29);
  assert.equal(keyValue(s, dict_getItem(s, d, sk29)), 29, 'lookups work after the kind change');
  for (const x of [d, k, sk, e, sk29]) s.rt.decref(x);
  audit(s);
});

test('a watched dict reports every change (set, replace, delete, clear) and keeps its version tags', () => {
  const s = keySpace();
  const seen: Ptr[] = [];
  s.dicts.onWatchedChange = (op) => seen.push(op);
  const d = dict_new(s);
  const other = dict_new(s);
  const k = key(s, 1);
  const v = key(s, 2);
  dict_setItem(s, d, k, v);
  assert.equal(seen.length, 0, 'an unwatched dict reports nothing');
  dict_watch(s, d, true);
  const before = dict_version(s, d);
  dict_setItem(s, d, k, k); // replace
  assert.ok(dict_version(s, d) > before, 'the version still moves and reads without the watch bit');
  assert.ok(dict_version(s, d) < 2 ** 32, 'the watch bit is not part of the version');
  dict_setItem(s, d, v, v); // insert
  dict_setItem(s, other, v, v);
  dict_delItem(s, d, v);
  dict_clear(s, d);
  assert.ok(seen.length >= 4 && seen.every((op) => op === d), `changes of the watched dict only: ${seen}`);
  dict_watch(s, d, false);
  const n = seen.length;
  dict_setItem(s, d, k, v);
  assert.equal(seen.length, n, 'unwatched again');
  s.dicts.onWatchedChange = null;
  for (const x of [k, v, d, other]) s.rt.decref(x);
  // A dict reused from the free list is never watched.
  const reused = dict_new(s);
  const k3 = key(s, 3);
  dict_setItem(s, reused, k3, s.none);
  assert.equal(seen.length, n);
  s.rt.decref(k3);
  s.rt.decref(reused);
  audit(s);
});

test('colliding hashes probe correctly: lookups, deletes and re-inserts over one hash chain', () => {
  const s = keySpace();
  const d = dict_new(s);
  const ks = Array.from({ length: 40 }, (_, i) => key(s, i, 12345));
  ks.forEach((k, i) => {
    const v = key(s, i * 10);
    dict_setItem(s, d, k, v);
    s.rt.decref(v);
  });
  for (let i = 0; i < 40; i += 3) dict_delItem(s, d, ks[i]);
  ks.forEach((k, i) => {
    const v = dict_getItem(s, d, k);
    assert.equal(v === NULL ? null : keyValue(s, v), i % 3 === 0 ? null : i * 10);
  });
  const neg = key(s, -1);
  const neg2 = key(s, -2);
  dict_setItem(s, d, neg, neg);
  dict_setItem(s, d, neg2, neg2);
  assert.equal(keyValue(s, dict_getItem(s, d, neg)), -1, '-1 and -2 share hash -2 but stay distinct');
  for (const k of [...ks, neg, neg2, d]) s.rt.decref(k);
  audit(s);
});

test('dicts are created untracked and follow MAINTAIN_TRACKING and full-collection untracking', () => {
  const s = keySpace();
  const expected = python(`
import gc, json
out = []
d = {}; out.append(gc.is_tracked(d))
d[1] = 2; out.append(gc.is_tracked(d))
d[2] = []; out.append(gc.is_tracked(d))
del d[2]; gc.collect(0); out.append(gc.is_tracked(d))
gc.collect(); out.append(gc.is_tracked(d))
t = tuple([1, 2]); e = {1: t}; out.append(gc.is_tracked(e))
gc.collect(0); out.append([gc.is_tracked(t), gc.is_tracked(e)])
gc.collect(); out.append(gc.is_tracked(e))
f = {1: []}; out.append(gc.is_tracked(f.copy()))
g = {}; g.update(f); out.append(gc.is_tracked(g))
h = {(1, 2): 1}; out.append(gc.is_tracked(h))
print(json.dumps(out))`);
  const got: unknown[] = [];
  const d = dict_new(s);
  got.push(s.gc.is_tracked(d));
  put(s, d, 1, 2);
  got.push(s.gc.is_tracked(d));
  const l = list_new(s);
  putObj(s, d, 2, l);
  got.push(s.gc.is_tracked(d));
  del(s, d, 2);
  s.gc.collect(0);
  got.push(s.gc.is_tracked(d));
  s.gc.collect();
  got.push(s.gc.is_tracked(d));
  const one = key(s, 1);
  const two = key(s, 2);
  const t = tuple_fromArray(s, [one, two]);
  const e = dict_new(s);
  dict_setItem(s, e, one, t);
  got.push(s.gc.is_tracked(e));
  s.gc.collect(0);
  got.push([s.gc.is_tracked(t), s.gc.is_tracked(e)]);
  s.gc.collect();
  got.push(s.gc.is_tracked(e));
  const f = dict_new(s);
  dict_setItem(s, f, one, l);
  const fc = dict_copy(s, f);
  got.push(s.gc.is_tracked(fc));
  const g = dict_new(s);
  dict_merge(s, g, f);
  got.push(s.gc.is_tracked(g));
  // A constant (1, 2) key in python3 is an untracked code constant: use an untracked tuple.
  const h = dict_new(s);
  s.rt.untrack(t);
  dict_setItem(s, h, t, one);
  got.push(s.gc.is_tracked(h));
  assert.deepEqual(got, expected);
  for (const x of [d, l, one, two, t, e, f, fc, g, h]) s.rt.decref(x);
  audit(s);
});

test('100 dicts: gen-0 +100, del −20 (80 to the free list); ids reused; keys free list holds 8-slot str tables', () => {
  const s = keySpace();
  s.dicts.isExactStr = (op) => isStrKey(s, op);
  s.gc.disable();
  const count = () => s.gc.get_count()[0];
  const c0 = count();
  let ds = Array.from({ length: 100 }, () => dict_new(s));
  assert.equal(count() - c0, 100);
  for (const d of ds) s.rt.decref(d);
  assert.equal(count() - c0, 80);
  ds = Array.from({ length: 100 }, () => dict_new(s));
  assert.equal(count() - c0, 100);
  for (const d of ds) s.rt.decref(d);
  const a = dict_new(s);
  put(s, a, 1, 1, strKey);
  const keysA = s.rt.mem.u32[(a + 32) >>> 2];
  s.rt.decref(a);
  assert.equal(s.dicts.keysFreeList.length, 1);
  const b = dict_new(s);
  assert.equal(b, a, 'id({}) is reused');
  put(s, b, 2, 2, strKey);
  assert.equal(s.rt.mem.u32[(b + 32) >>> 2], keysA, 'the 8-slot str keys object is reused');
  s.rt.decref(b);
  s.gc.collect();
  assert.deepEqual([s.dicts.freeList.length, s.dicts.keysFreeList.length], [0, 0]);
  audit(s);
});

test('get_referents of a general dict is value, key per entry; a self-referencing dict is 1 collectable (P3)', () => {
  const s = keySpace();
  const expected = python('import gc, json; print(json.dumps(gc.get_referents({1: 10, 2: 20})))');
  const d = dict_new(s);
  put(s, d, 1, 10);
  put(s, d, 2, 20);
  assert.deepEqual(
    s.gc.get_referents(d).map((o) => keyValue(s, o)),
    expected,
  );
  s.rt.decref(d);
  s.gc.collect();
  const me = dict_new(s);
  putObj(s, me, 0, me);
  assert.equal(s.repr(me), '{0: {...}}');
  s.rt.decref(me);
  assert.equal(s.gc.collect(), 1);
  audit(s);
});

test('dict errors and popitem/pop/get/setdefault match python3', () => {
  const s = keySpace();
  const expected = python(`
import json
def msg(f):
    try: return f()
    except Exception as e: return [type(e).__name__, str(e)]
d = {1: 10, 2: 20, 3: 30}
print(json.dumps([msg(lambda: d[9]), msg(lambda: {}.popitem()), msg(lambda: d.pop(9)), msg(lambda: {[]: 1}),
  msg(lambda: d.pop(9, 5)), msg(lambda: d.get(9, 6)), msg(lambda: d.setdefault(2, 7)), msg(lambda: d.setdefault(4, 8)),
  msg(lambda: list(d.popitem())), msg(lambda: d.pop(1)), msg(lambda: list(d.items()))]))`);
  const d = dict_new(s);
  for (const k of [1, 2, 3]) put(s, d, k, k * 10);
  const msg = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof PyErr) return [e.excType, e.message];
      throw e;
    }
  };
  const val = (op: Ptr) => {
    const v = keyValue(s, op);
    s.rt.decref(op);
    return v;
  };
  const k = (v: number) => key(s, v);
  const temps: Ptr[] = [];
  const t = (p: Ptr) => {
    temps.push(p);
    return p;
  };
  const empty = t(dict_new(s));
  const l = t(list_new(s));
  const got = [
    msg(() => val(dict_subscript(s, d, t(k(9))))),
    msg(() => dict_popitem(s, empty)),
    msg(() => dict_pop(s, d, t(k(9)))),
    msg(() => dict_setItem(s, empty, l, l)),
    msg(() => val(dict_pop(s, d, t(k(9)), t(k(5))))),
    msg(() => val(dict_get(s, d, t(k(9)), t(k(6))))),
    msg(() => val(dict_setdefault(s, d, t(k(2)), t(k(7))))),
    msg(() => val(dict_setdefault(s, d, t(k(4)), t(k(8))))),
    msg(() => {
      const p = dict_popitem(s, d);
      const r = [keyValue(s, tuple_getItem(s, p, 0)), keyValue(s, tuple_getItem(s, p, 1))];
      s.rt.decref(p);
      return r;
    }),
    msg(() => val(dict_pop(s, d, t(k(1))))),
    pairs(s, d),
  ];
  assert.deepEqual(got, expected);
  dict_clear(s, d);
  assert.equal(s.getsizeof(d), 64);
  for (const x of [d, ...temps]) s.rt.decref(x);
  audit(s);
});

test('200,000 nested dicts are freed without JS recursion', () => {
  const { space: s, done } = bigSpace();
  let d = dict_new(s);
  for (let i = 0; i < 200_000; i++) {
    const outer = dict_new(s);
    putObj(s, outer, 0, d);
    s.rt.decref(d);
    d = outer;
  }
  s.rt.decref(d);
  done();
});

for (const strKeys of [false, true]) {
  const what = strKeys ? 'str keys (16-byte entries, turning general on an int key)' : 'int keys';
  test(`random dict operation sequences match python3 step by step with ${what}`, () => {
    randomDictOps(strKeys);
  });
}

function randomDictOps(strKeys: boolean): void {
  seeded((seed) => {
    const s = keySpace();
    if (strKeys) s.dicts.isExactStr = (op) => isStrKey(s, op);
    const mk = strKeys ? strKey : key;
    const r = rng(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const ops: [string, number, number][] = [];
    const kinds = [
      'set',
      'set',
      'set',
      'del',
      'pop',
      'popitem',
      'setdefault',
      'get',
      'clear',
      'copy',
      'update',
      'eq',
    ];
    for (let i = 0; i < 1500; i++) {
      let kind = kinds[int(0, kinds.length - 1)];
      if (kind === 'clear' && r() < 0.8) kind = 'set';
      if (strKeys && r() < 0.01) kind = 'intset';
      ops.push([kind, int(-3, i % 200 < 100 ? 12 : 80), int(0, 99)]);
    }
    const expected = python(`
import json, sys
ops = json.loads(${JSON.stringify(JSON.stringify(ops))})
STR = ${strKeys ? 'True' : 'False'}
def K(k): return 'k%d' % k if STR else k
def num(k): return int(k[1:]) if isinstance(k, str) else k
d = {}
out = []
for kind, k0, v in ops:
    res = None
    k = K(k0)
    try:
        if kind == 'set': d[k] = v
        elif kind == 'intset': d[k0] = v
        elif kind == 'del': del d[k]
        elif kind == 'pop': res = d.pop(k)
        elif kind == 'popitem': res = list(d.popitem()); res[0] = num(res[0])
        elif kind == 'setdefault': res = d.setdefault(k, v)
        elif kind == 'get': res = d.get(k, -100)
        elif kind == 'clear': d.clear()
        elif kind == 'copy': d = d.copy()
        elif kind == 'update': d.update({k: v, K(k0 + 1): v})
        elif kind == 'eq': res = [d == d.copy(), d == {k: v}]
    except KeyError as e:
        res = 'KeyError'
    out.append([[[num(a), b] for a, b in d.items()], sys.getsizeof(d), res])
print(json.dumps(out))`) as unknown[][];
    let d = dict_new(s);
    ops.forEach(([kind, k, v], step) => {
      const kk = mk(s, k);
      const vv = key(s, v);
      let res: unknown = null;
      try {
        switch (kind) {
          case 'set':
            dict_setItem(s, d, kk, vv);
            break;
          case 'intset': {
            const ik = key(s, k);
            dict_setItem(s, d, ik, vv);
            s.rt.decref(ik);
            break;
          }
          case 'del':
            dict_delItem(s, d, kk);
            break;
          case 'pop': {
            const x = dict_pop(s, d, kk);
            res = keyValue(s, x);
            s.rt.decref(x);
            break;
          }
          case 'popitem': {
            const p = dict_popitem(s, d);
            res = [keyValue(s, tuple_getItem(s, p, 0)), keyValue(s, tuple_getItem(s, p, 1))];
            s.rt.decref(p);
            break;
          }
          case 'setdefault': {
            const x = dict_setdefault(s, d, kk, vv);
            res = keyValue(s, x);
            s.rt.decref(x);
            break;
          }
          case 'get': {
            const dflt = key(s, -100);
            const x = dict_get(s, d, kk, dflt);
            res = keyValue(s, x);
            s.rt.decref(x);
            s.rt.decref(dflt);
            break;
          }
          case 'clear':
            dict_clear(s, d);
            break;
          case 'copy': {
            const c = dict_copy(s, d);
            s.rt.decref(d);
            d = c;
            break;
          }
          case 'update': {
            const o = dict_new(s);
            dict_setItem(s, o, kk, vv);
            put(s, o, k + 1, v, mk);
            dict_merge(s, d, o);
            s.rt.decref(o);
            break;
          }
          case 'eq': {
            const c = dict_copy(s, d);
            const o = dict_new(s);
            dict_setItem(s, o, kk, vv);
            const eq = (a: Ptr, b: Ptr) => {
              const x = s.slotsOf(a).richcompare?.(a, b, 2) as Ptr;
              s.rt.decref(x);
              return x === s.true;
            };
            res = [eq(d, c), eq(d, o)];
            s.rt.decref(c);
            s.rt.decref(o);
            break;
          }
        }
      } catch (e) {
        if (!(e instanceof PyErr) || e.excType !== 'KeyError') throw e;
        res = 'KeyError';
      }
      s.rt.decref(kk);
      s.rt.decref(vv);
      assert.deepEqual([pairs(s, d), s.getsizeof(d), res], expected[step], `step ${step}: ${kind} ${k} ${v}`);
    });
    s.rt.decref(d);
    audit(s);
  });
}
