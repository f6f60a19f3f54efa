import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL, type Ptr } from '../../src/heap/index.js';
import {
  isMemoryError,
  list_append,
  list_assSubscript,
  list_clear,
  list_concat,
  list_count,
  list_delItem,
  list_extend,
  list_extendIter,
  list_fromArray,
  list_indexOf,
  list_inplaceRepeat,
  list_insert,
  list_item,
  list_items,
  list_new,
  list_pop,
  list_remove,
  list_repeat,
  list_reverse,
  list_setItem,
  list_slice,
  list_sort,
  type ObjectSpace,
  PyErr,
  tuple_fromArray,
} from '../../src/objects/index.js';
import { bigSpace, key, keySpace, keyValue, python, rng, seeded } from './keys.js';
import { audit } from './support.js';

function keyList(s: ObjectSpace, vs: number[]): Ptr {
  const items = vs.map((v) => key(s, v));
  const l = list_fromArray(s, items);
  for (const k of items) s.rt.decref(k);
  return l;
}

function values(s: ObjectSpace, l: Ptr): number[] {
  return list_items(s, l).map((k) => keyValue(s, k));
}

test('list sizes after appends, pops and every exact-size creator match sys.getsizeof', () => {
  const s = keySpace();
  const expected = python(`
import sys, json
out = {}
l = []; a = [sys.getsizeof(l)]
for i in range(70): l.append(i); a.append(sys.getsizeof(l))
p = []
while l: l.pop(); p.append(sys.getsizeof(l))
out['append'] = a; out['pop'] = p
out['new'] = [sys.getsizeof([None] * n) for n in range(20)]
out['fromlen'] = [sys.getsizeof(list(range(n))) for n in range(20)]
out['fromtuple'] = [sys.getsizeof(list(tuple(range(n)))) for n in range(20)]
out['extend'] = []
for n in range(20):
    l = list((0, 1, 2)); l.extend(list(range(n))); out['extend'].append(sys.getsizeof(l))
out['extenditer'] = []
for n in range(20):
    l = list((0, 1, 2)); l.extend(iter(range(n))); out['extenditer'].append(sys.getsizeof(l))
out['concat'] = [sys.getsizeof(list(range(n)) + [7]) for n in range(20)]
out['slice'] = [sys.getsizeof(list(range(30))[::n]) for n in range(1, 20)]
out['insert'] = []
l = []
for i in range(30): l.insert(0, i); out['insert'].append(sys.getsizeof(l))
out['delslice'] = []
for n in range(20):
    l = list(range(40)); del l[n:]; out['delslice'].append(sys.getsizeof(l))
out['imul'] = []
for n in range(6):
    l = list((1, 2, 3)); l *= n; out['imul'].append(sys.getsizeof(l))
print(json.dumps(out))`) as Record<string, number[]>;
  const got: Record<string, number[]> = {};
  const l = list_new(s);
  got.append = [s.getsizeof(l)];
  for (let i = 0; i < 70; i++) {
    const k = key(s, i);
    list_append(s, l, k);
    s.rt.decref(k);
    got.append.push(s.getsizeof(l));
  }
  got.pop = [];
  while (values(s, l).length > 0) {
    s.rt.decref(list_pop(s, l));
    got.pop.push(s.getsizeof(l));
  }
  s.rt.decref(l);
  const measure = (make: (n: number) => Ptr, ns: number[]) =>
    ns.map((n) => {
      const x = make(n);
      const size = s.getsizeof(x);
      s.rt.decref(x);
      return size;
    });
  const range = (n: number) => [...Array(n).keys()];
  const upTo20 = range(20);
  got.new = measure((n) => {
    const l1 = keyList(s, [0]);
    const r = list_repeat(s, l1, n);
    s.rt.decref(l1);
    return r;
  }, upTo20);
  const iterOf = (vs: number[]) => {
    let i = 0;
    return () => (i < vs.length ? key(s, vs[i++]) : NULL);
  };
  got.fromlen = measure((n) => {
    const r = list_new(s);
    list_extendIter(s, r, iterOf(range(n)), n);
    return r;
  }, upTo20);
  got.fromtuple = measure((n) => {
    const items = range(n).map((v) => key(s, v));
    const t = tuple_fromArray(s, items);
    for (const k of items) s.rt.decref(k);
    const r = list_new(s);
    list_extend(s, r, t);
    s.rt.decref(t);
    return r;
  }, upTo20);
  // list((0, 1, 2)): an empty list extended from a tuple (exact, rounded up to even).
  const base = (vs = [0, 1, 2]) => {
    const items = vs.map((v) => key(s, v));
    const t = tuple_fromArray(s, items);
    for (const k of items) s.rt.decref(k);
    const r = list_new(s);
    list_extend(s, r, t);
    s.rt.decref(t);
    return r;
  };
  got.extend = measure((n) => {
    const r = base();
    const o = keyList(s, range(n));
    list_extend(s, r, o);
    s.rt.decref(o);
    return r;
  }, upTo20);
  got.extenditer = measure((n) => {
    const r = base();
    list_extendIter(s, r, iterOf(range(n)), n);
    return r;
  }, upTo20);
  got.concat = measure((n) => {
    const a = keyList(s, range(n));
    const b = keyList(s, [7]);
    const r = list_concat(s, a, b);
    s.rt.decref(a);
    s.rt.decref(b);
    return r;
  }, upTo20);
  got.slice = measure(
    (n) => {
      const a = keyList(s, range(30));
      const r = list_slice(s, a, { start: null, stop: null, step: n });
      s.rt.decref(a);
      return r;
    },
    range(19).map((n) => n + 1),
  );
  got.insert = [];
  const ins = list_new(s);
  for (let i = 0; i < 30; i++) {
    const k = key(s, i);
    list_insert(s, ins, 0, k);
    s.rt.decref(k);
    got.insert.push(s.getsizeof(ins));
  }
  s.rt.decref(ins);
  got.delslice = measure((n) => {
    const a = keyList(s, range(40));
    list_assSubscript(s, a, { start: n, stop: null, step: null }, NULL);
    return a;
  }, upTo20);
  got.imul = measure((n) => {
    const a = base([1, 2, 3]);
    list_inplaceRepeat(s, a, n);
    return a;
  }, range(6));
  for (const k of Object.keys(expected)) assert.deepEqual(got[k], expected[k], `${k}: ${got[k]}`);
  audit(s);
});

test('100 lists: gen-0 count +100, del −20 (80 go to the free list), again +20/−20; ids are reused', () => {
  const s = keySpace();
  s.gc.disable();
  const count = () => s.gc.get_count()[0];
  const c0 = count();
  let ls = Array.from({ length: 100 }, () => list_new(s));
  assert.equal(count() - c0, 100);
  for (const l of ls) s.rt.decref(l);
  assert.equal(count() - c0, 80);
  ls = Array.from({ length: 100 }, () => list_new(s));
  assert.equal(count() - c0, 100);
  for (const l of ls) s.rt.decref(l);
  assert.equal(count() - c0, 80);
  const a = list_new(s);
  s.rt.decref(a);
  const b = list_new(s);
  assert.equal(b, a, 'id([]) is reused');
  assert.equal(s.gc.is_tracked(b), true, 'an empty list is tracked');
  s.rt.decref(b);
  s.gc.collect();
  assert.equal(s.lists.freeList.length, 0);
  audit(s);
});

test('get_referents of a list is its items last to first; clear drops them', () => {
  const s = keySpace();
  const a = keyList(s, [1]);
  const b = key(s, 2);
  const l = list_fromArray(s, [a, b, s.none]);
  assert.deepEqual(s.gc.get_referents(l), [s.none, b, a]);
  list_clear(s, l);
  assert.deepEqual(s.gc.get_referents(l), []);
  for (const x of [a, b, l]) s.rt.decref(x);
  audit(s);
});

test('cycles through lists are collected: P2 (l.append(l)) is 1, P4 (x=[]; y=[x]; x.append((y,1))) is 3', () => {
  const s = keySpace();
  s.gc.collect();
  const l = list_new(s);
  list_append(s, l, l);
  assert.equal(s.repr(l), '[[...]]');
  s.rt.decref(l);
  assert.equal(s.gc.collect(), 1);
  const x = list_new(s);
  const y = list_fromArray(s, [x]);
  const one = key(s, 1);
  const t = tuple_fromArray(s, [y, one]);
  list_append(s, x, t);
  s.rt.decref(t);
  s.rt.decref(one);
  assert.equal(s.repr(x), '[([[...]], 1)]');
  s.rt.decref(x);
  s.rt.decref(y);
  assert.equal(s.gc.collect(), 3);
  audit(s);
});

test('a 1,000,000-deep nested list is freed without JS recursion', () => {
  const { space: s, done } = bigSpace();
  let l = list_new(s);
  for (let i = 0; i < 1_000_000; i++) {
    const outer = list_new(s);
    list_append(s, outer, l);
    s.rt.decref(l);
    l = outer;
  }
  s.rt.decref(l);
  done();
});

test('list errors carry CPython messages; [0] * 2**61 is a MemoryError and the heap stays usable', () => {
  const s = keySpace();
  const expected = python(`
import json
def msg(f):
    try: f()
    except Exception as e: return [type(e).__name__, str(e)]
l = [1, 2]
print(json.dumps([msg(lambda: [].pop()), msg(lambda: l.pop(5)), msg(lambda: l[5]), msg(lambda: l.__setitem__(5, 0)),
  msg(lambda: l.__delitem__(-3)), msg(lambda: l.remove(9)), msg(lambda: l.index(9)), msg(lambda: l + (1,)),
  msg(lambda: l.__setitem__(slice(None, None, 2), [1, 2])), msg(lambda: l[::0])]))`) as string[][];
  const l = keyList(s, [1, 2]);
  const nine = key(s, 9);
  const empty = list_new(s);
  const pair = keyList(s, [1, 2]);
  const msg = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof PyErr) return [e.excType, e.message];
      throw e;
    }
    return null;
  };
  const got = [
    msg(() => list_pop(s, empty)),
    msg(() => list_pop(s, l, 5)),
    msg(() => list_item(s, l, 5)),
    msg(() => list_setItem(s, l, 5, nine)),
    msg(() => list_delItem(s, l, -3)),
    msg(() => list_remove(s, l, nine)),
    msg(() => list_indexOf(s, l, nine)),
    msg(() => list_concat(s, l, s.tuples.empty)),
    msg(() => list_assSubscript(s, l, { start: null, stop: null, step: 2 }, pair)),
    msg(() => list_slice(s, l, { start: null, stop: null, step: 0 })),
  ];
  assert.deepEqual(got, expected);
  const zero = keyList(s, [0]);
  assert.throws(
    () => list_repeat(s, zero, 2 ** 61),
    (e) => isMemoryError(e),
  );
  const ok = list_repeat(s, zero, 3);
  assert.deepEqual(values(s, ok), [0, 0, 0]);
  for (const x of [l, nine, empty, pair, zero, ok]) s.rt.decref(x);
  audit(s);
});

test('sort is stable, honours key and reverse, and reports changes made during the sort', () => {
  const s = keySpace();
  const vs = [5, 3, 8, 1, 9, 2, 7, 3, 5, 0, 6, 4, 11, 10, 12];
  const expected = python(`
import json
vs = ${JSON.stringify(vs)}
print(json.dumps([sorted(vs), sorted(vs, reverse=True), sorted(vs, key=lambda v: v % 3), sorted(vs, key=lambda v: v % 3, reverse=True)]))`);
  const run = (opts: Parameters<typeof list_sort>[2]) => {
    const l = keyList(s, vs);
    list_sort(s, l, opts);
    const r = values(s, l);
    s.rt.decref(l);
    return r;
  };
  const mod3 = (item: Ptr) => key(s, keyValue(s, item) % 3);
  assert.deepEqual(
    [run({}), run({ reverse: true }), run({ key: mod3 }), run({ key: mod3, reverse: true })],
    expected,
  );
  const l = keyList(s, [3, 1, 2]);
  assert.throws(
    () =>
      list_sort(s, l, {
        key: (item) => {
          list_append(s, l, item);
          return space(item);
        },
      }),
    /list modified during sort/,
  );
  function space(item: Ptr): Ptr {
    return s.newRef(item);
  }
  assert.deepEqual(values(s, l), [1, 2, 3]);
  s.rt.decref(l);
  audit(s);
});

test('random operation sequences match python3 step by step (contents and getsizeof)', () => {
  seeded((seed) => {
    const s = keySpace();
    const r = rng(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const ops: unknown[][] = [];
    for (let i = 0; i < 600; i++) {
      const pick = () => (r() < 0.3 ? null : int(-12, 12));
      const vs = () => Array.from({ length: int(0, 6) }, () => int(0, 9));
      const kinds = [
        'append',
        'insert',
        'pop',
        'remove',
        'delslice',
        'setslice',
        'extend',
        'extendt',
        'sort',
        'rsort',
        'reverse',
        'setitem',
        'delitem',
        'clear',
        'imul',
        'index',
        'count',
        'contains',
        'cmp',
      ];
      const kind = kinds[Math.floor(r() * (i % 97 === 0 ? kinds.length : kinds.length - 1))];
      const step = r() < 0.5 ? null : [1, 2, -1, -2, 3, -3][int(0, 5)];
      ops.push([kind, int(-15, 15), int(0, 9), [pick(), pick(), step], vs(), int(0, 3)]);
    }
    const expected = python(`
import json, sys
ops = json.loads(${JSON.stringify(JSON.stringify(ops))})
l = []
out = []
for kind, i, v, sl, vs, n in ops:
    res = None
    try:
        if kind == 'append': l.append(v)
        elif kind == 'insert': l.insert(i, v)
        elif kind == 'pop': res = l.pop(i) if n else l.pop()
        elif kind == 'remove': l.remove(v)
        elif kind == 'delslice': del l[slice(*sl)]
        elif kind == 'setslice': l[slice(*sl)] = vs
        elif kind == 'extend': l.extend(vs)
        elif kind == 'extendt': l.extend(tuple(vs))
        elif kind == 'sort': l.sort()
        elif kind == 'rsort': l.sort(reverse=True)
        elif kind == 'reverse': l.reverse()
        elif kind == 'setitem': l[i] = v
        elif kind == 'delitem': del l[i]
        elif kind == 'clear': l.clear()
        elif kind == 'imul': l *= n
        elif kind == 'index': res = l.index(v)
        elif kind == 'count': res = l.count(v)
        elif kind == 'contains': res = v in l
        elif kind == 'cmp': res = [l < vs, l == vs, l >= vs]
    except Exception as e:
        res = type(e).__name__
    out.append([list(l), sys.getsizeof(l), res])
print(json.dumps(out))`) as unknown[][];
    const l = list_new(s);
    ops.forEach((op, step) => {
      const [kind, i, v, sl, vs, n] = op as [string, number, number, (number | null)[], number[], number];
      const kv = key(s, v);
      const other = keyList(s, vs);
      let res: unknown = null;
      try {
        switch (kind) {
          case 'append':
            list_append(s, l, kv);
            break;
          case 'insert':
            list_insert(s, l, i, kv);
            break;
          case 'pop': {
            const x = n ? list_pop(s, l, i) : list_pop(s, l);
            res = keyValue(s, x);
            s.rt.decref(x);
            break;
          }
          case 'remove':
            list_remove(s, l, kv);
            break;
          case 'delslice':
            list_assSubscript(s, l, { start: sl[0], stop: sl[1], step: sl[2] }, NULL);
            break;
          case 'setslice':
            list_assSubscript(s, l, { start: sl[0], stop: sl[1], step: sl[2] }, other);
            break;
          case 'extend':
            list_extend(s, l, other);
            break;
          case 'extendt': {
            const t = tuple_fromArray(s, list_items(s, other));
            list_extend(s, l, t);
            s.rt.decref(t);
            break;
          }
          case 'sort':
            list_sort(s, l);
            break;
          case 'rsort':
            list_sort(s, l, { reverse: true });
            break;
          case 'reverse':
            list_reverse(s, l);
            break;
          case 'setitem':
            list_setItem(s, l, i, kv);
            break;
          case 'delitem':
            list_delItem(s, l, i);
            break;
          case 'clear':
            list_clear(s, l);
            break;
          case 'imul':
            list_inplaceRepeat(s, l, n);
            break;
          case 'index':
            res = list_indexOf(s, l, kv);
            break;
          case 'count':
            res = list_count(s, l, kv);
            break;
          case 'contains':
            res = values(s, l).includes(v);
            break;
          case 'cmp':
            res = [0, 2, 5].map((c) => {
              const x = s.slotsOf(l).richcompare?.(l, other, c) as Ptr;
              const b = x === s.true;
              s.rt.decref(x);
              return b;
            });
            break;
        }
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        res = e.excType;
      }
      s.rt.decref(kv);
      s.rt.decref(other);
      assert.deepEqual(
        [values(s, l), s.getsizeof(l), res],
        expected[step],
        `step ${step}: ${JSON.stringify(op)} after ${JSON.stringify(ops.slice(Math.max(0, step - 4), step))}`,
      );
    });
    s.rt.decref(l);
    audit(s);
  });
});
