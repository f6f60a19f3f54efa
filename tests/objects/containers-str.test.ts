import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  dict_items,
  dict_new,
  dict_setItem,
  exactHash,
  list_assSubscript,
  list_extend,
  list_fromArray,
  long_fromNumber,
  raise,
  set_difference,
  set_discard,
  set_fromArray,
  set_intersection,
  set_isdisjoint,
  set_issuperset,
  set_items,
  set_new,
  set_update,
  str_check,
  str_fromJs,
  str_toJs,
  tuple_fromArray,
} from '../../src/objects/index.js';
import { python } from './oracle.js';
import { audit, checkedSpace } from './support.js';

test('with real strs (PYTHONHASHSEED=0): set order, str-keyed dict sizes and tuple/frozenset hashes match python3', () => {
  const s = checkedSpace();
  const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 1000}-${i % 13}`);
  const expected = python<[string[], string[], number[], string, string]>(
    `
words = data
st = set(words)
for w in words[::3]: st.discard(w)
d = {}
sizes = []
for w in words[:40]:
    d[w] = 1
    sizes.append(sys.getsizeof(d))
print(json.dumps([list(set(words)), list(st), sizes, str(hash(tuple(words[:5]) + (1, 2))), str(hash(frozenset(words[:50])))]))`,
    words,
  );
  const strs = words.map((w) => str_fromJs(s, w));
  const all = set_fromArray(s, strs);
  const st = set_fromArray(s, strs);
  for (const w of strs.filter((_, i) => i % 3 === 0)) set_discard(s, st, w);
  const d = dict_new(s);
  const sizes: number[] = [];
  const one = long_fromNumber(s, 1);
  const two = long_fromNumber(s, 2);
  for (const w of strs.slice(0, 40)) {
    dict_setItem(s, d, w, one);
    sizes.push(s.getsizeof(d));
  }
  const t = tuple_fromArray(s, [...strs.slice(0, 5), one, two]);
  const fs = set_fromArray(s, strs.slice(0, 50), true);
  const js = (op: Ptr) => str_toJs(s, op);
  assert.deepEqual(
    [
      set_items(s, all).map(js),
      set_items(s, st).map(js),
      sizes,
      String(exactHash(s, t)),
      String(exactHash(s, fs)),
    ],
    expected,
  );
  assert.deepEqual(
    dict_items(s, d).map(([k]) => js(k)),
    words.slice(0, 40).filter((w, i, a) => a.indexOf(w) === i),
  );
  const l = list_fromArray(s, strs);
  for (const x of [...strs, all, st, d, one, two, t, fs, l]) s.rt.decref(x);
  audit(s);
});

test('with a sequenceFast hook, any iterable (here a str) can be assigned to slices, extended and added to sets', () => {
  const s = checkedSpace();
  // The interpreter's PySequence_Fast: a str becomes a list of its characters.
  s.lists.sequenceFast = (op) => {
    if (!str_check(s, op)) raise('TypeError', `'${s.typeName(op)}' object is not iterable`);
    const chars = [...str_toJs(s, op)].map((c) => str_fromJs(s, c));
    const l = list_fromArray(s, chars);
    for (const c of chars) s.rt.decref(c);
    return l;
  };
  const expected = python<unknown[]>(`
l = list(range(6)); l[2:4] = 'xyz'; a = repr(l)
l[::2] = 'abcd'; b = repr(l)
l.extend('pq'); c = [repr(l), sys.getsizeof(l)]
st = set('hello'); st.update('world'); d = sorted(st)
print(json.dumps([a, b, c, d, st.issuperset('low'), st.isdisjoint('zzz'), sorted(st.intersection('lox')), sorted(st.difference('hello'))]))`);
  const nums = Array.from({ length: 6 }, (_, i) => long_fromNumber(s, i));
  const l = list_fromArray(s, nums);
  const str = (js: string) => str_fromJs(s, js);
  const temps: Ptr[] = [...nums];
  const t = (op: Ptr) => {
    temps.push(op);
    return op;
  };
  list_assSubscript(s, l, { start: 2, stop: 4, step: null }, t(str('xyz')));
  const a = s.repr(l);
  list_assSubscript(s, l, { start: null, stop: null, step: 2 }, t(str('abcd')));
  const b = s.repr(l);
  list_extend(s, l, t(str('pq')));
  const c = [s.repr(l), s.getsizeof(l)];
  const st = set_new(s, t(str('hello')));
  set_update(s, st, t(str('world')));
  const sortedKeys = (op: Ptr) =>
    set_items(s, op)
      .map((k) => str_toJs(s, k))
      .sort();
  const inter = t(set_intersection(s, st, t(str('lox'))));
  const diff = t(set_difference(s, st, t(str('hello'))));
  const got = [
    a,
    b,
    c,
    sortedKeys(st),
    set_issuperset(s, st, t(str('low'))),
    set_isdisjoint(s, st, t(str('zzz'))),
    sortedKeys(inter),
    sortedKeys(diff),
  ];
  assert.deepEqual(got, expected);
  assert.throws(() => set_update(s, st, t(long_fromNumber(s, 3))), /'int' object is not iterable/);
  for (const x of [...temps, l, st]) s.rt.decref(x);
  audit(s);
});
