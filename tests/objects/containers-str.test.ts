import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  dict_items,
  dict_new,
  dict_setItem,
  exactHash,
  list_fromArray,
  long_fromNumber,
  set_discard,
  set_fromArray,
  set_items,
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
