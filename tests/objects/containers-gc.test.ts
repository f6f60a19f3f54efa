import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL, type Ptr } from '../../src/heap/index.js';
import {
  dict_new,
  dict_setItem,
  list_append,
  list_fromArray,
  list_new,
  PyErr,
  set_fromArray,
  set_new,
  tuple_fromArray,
  tuple_new,
} from '../../src/objects/index.js';
import { key, keySpace, python } from './keys.js';
import { audit } from './support.js';

test('is_tracked of each container kind, before and after collections, matches python3 (spec §6.1)', () => {
  const s = keySpace();
  // Each row builds the same shape in python3 (with runtime-made tuples, not constants).
  const expected = python(`
import gc, json
rows = []
def row(o):
    a = gc.is_tracked(o); gc.collect(0); b = gc.is_tracked(o); gc.collect(); c = gc.is_tracked(o)
    rows.append([a, b, c])
one = int('1')
row(())
row(tuple([one, 2]))
row(tuple([one, []]))
row(tuple([tuple([one]), tuple([2])]))
row([])
row([one])
row({})
row({one: 2})
row({one: []})
row({tuple([one]): one})
row(set())
row({one})
row(frozenset())
row(frozenset([one]))
print(json.dumps(rows))`);
  const rows: boolean[][] = [];
  const row = (o: Ptr) => {
    const a = s.gc.is_tracked(o);
    s.gc.collect(0);
    const b = s.gc.is_tracked(o);
    s.gc.collect();
    rows.push([a, b, s.gc.is_tracked(o)]);
    s.rt.decref(o);
  };
  const one = key(s, 1);
  const two = key(s, 2);
  const t = (items: Ptr[]) => tuple_fromArray(s, items);
  row(tuple_new(s, 0));
  row(t([one, two]));
  const l0 = list_new(s);
  row(t([one, l0]));
  // The inner tuples are held by the outer one only, as in python3: a collection then
  // re-appends them behind the outer tuple, so only a second pass untracks it.
  const t1 = t([one]);
  const t2 = t([two]);
  const nested = t([t1, t2]);
  s.rt.decref(t1);
  s.rt.decref(t2);
  row(nested);
  row(list_new(s));
  row(list_fromArray(s, [one]));
  row(dict_new(s));
  const d1 = dict_new(s);
  dict_setItem(s, d1, one, two);
  row(d1);
  const d2 = dict_new(s);
  dict_setItem(s, d2, one, l0);
  row(d2);
  const d3 = dict_new(s);
  const t3 = t([one]);
  dict_setItem(s, d3, t3, one);
  row(d3);
  row(set_new(s));
  row(set_fromArray(s, [one]));
  row(set_new(s, NULL, true));
  row(set_fromArray(s, [one], true));
  assert.deepEqual(rows, expected, JSON.stringify(rows));
  for (const x of [one, two, l0, t3]) s.rt.decref(x);
  audit(s);
});

test('a tuple ↔ list cycle is 2 collectable objects (test_gc.test_tuple); counts reset after a collection', () => {
  const s = keySpace();
  s.gc.collect();
  const l = list_new(s);
  const t = tuple_fromArray(s, [l]);
  list_append(s, l, t);
  s.rt.decref(t);
  s.rt.decref(l);
  assert.equal(s.gc.collect(), 2);
  assert.deepEqual(s.gc.get_count(), [0, 0, 0]);
  audit(s);
});

test('lists a young collection freed come back from the free list without COLLECTING; a full collection then counts them', () => {
  const s = keySpace();
  s.gc.collect();
  const selfCycle = (): Ptr => {
    const l = list_new(s);
    list_append(s, l, l);
    return l;
  };
  for (let i = 0; i < 5; i++) s.rt.decref(selfCycle());
  assert.equal(s.gc.collect(0), 5); // freed through list_dealloc onto the free list
  assert.equal(s.lists.freeList.length, 5);
  const kept = [selfCycle(), selfCycle()]; // both from the free list
  s.rt.checker?.validateGcLists(); // no COLLECTING left on them
  const a = list_new(s);
  const b = list_new(s);
  list_append(s, a, b);
  list_append(s, b, a);
  s.rt.decref(a);
  s.rt.decref(b);
  // The fused refs walk of a full collection (fullrefs.ts) sees the recycled lists as new.
  assert.equal(s.gc.collect(), 2);
  for (const l of kept) s.rt.decref(l);
  assert.equal(s.gc.collect(), 2);
  audit(s);
});

test('a full collection empties the tuple, list, dict and keys free lists', () => {
  const s = keySpace();
  const k = key(s, 1);
  for (const o of [tuple_fromArray(s, [k]), list_new(s), dict_new(s)]) s.rt.decref(o);
  assert.deepEqual([s.tuples.numFree[0], s.lists.freeList.length, s.dicts.freeList.length], [1, 1, 1]);
  s.gc.collect(1);
  assert.deepEqual([s.tuples.numFree[0], s.lists.freeList.length, s.dicts.freeList.length], [1, 1, 1]);
  s.gc.collect();
  assert.deepEqual([s.tuples.numFree[0], s.lists.freeList.length, s.dicts.freeList.length], [0, 0, 0]);
  s.rt.decref(k);
  audit(s);
});

test('repr and == of 5,000-deep nested lists, tuples and dicts raise RecursionError with CPython messages', () => {
  const s = keySpace(64 << 20);
  const expected = python(`
import json
def nest(n, mk):
    x = mk(None)
    for i in range(n): x = mk(x)
    return x
out = []
for mk in (lambda x: [x], lambda x: (x,), lambda x: {1: x}):
    for f in (lambda: repr(nest(5000, mk)), lambda: nest(5000, mk) == nest(5000, mk)):
        try: f(); out.append(None)
        except RecursionError as e: out.append(str(e))
print(json.dumps(out))`);
  const one = key(s, 1);
  const makers: ((x: Ptr) => Ptr)[] = [
    (x) => list_fromArray(s, [x]),
    (x) => tuple_fromArray(s, [x]),
    (x) => {
      const d = dict_new(s);
      dict_setItem(s, d, one, x);
      return d;
    },
  ];
  const nest = (mk: (x: Ptr) => Ptr) => {
    let x = s.newRef(s.none);
    for (let i = 0; i <= 5000; i++) {
      const y = mk(x);
      s.rt.decref(x);
      x = y;
    }
    return x;
  };
  const got: (string | null)[] = [];
  for (const mk of makers) {
    const a = nest(mk);
    const b = nest(mk);
    for (const f of [() => s.repr(a), () => s.rt.decref(s.slotsOf(a).richcompare?.(a, b, 2) as Ptr)]) {
      try {
        f();
        got.push(null);
      } catch (e) {
        got.push(e instanceof PyErr ? e.message : String(e));
      }
    }
    s.rt.decref(a);
    s.rt.decref(b);
  }
  assert.deepEqual(got, expected);
  s.rt.decref(one);
  audit(s);
});
