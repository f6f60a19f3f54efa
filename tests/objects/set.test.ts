import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TPFLAGS_HAVE_GC } from '../../src/gc/index.js';
import { NULL, type Ptr } from '../../src/heap/index.js';
import {
  DEFAULT_PY_SLOTS,
  foldHashBig,
  frozenset_hash64,
  list_append,
  list_fromArray,
  list_new,
  type ObjectSpace,
  PyErr,
  pointerHash,
  set_add,
  set_clear,
  set_contains,
  set_copy,
  set_difference,
  set_differenceUpdate,
  set_discard,
  set_fromArray,
  set_intersection,
  set_intersectionUpdate,
  set_isdisjoint,
  set_issubset,
  set_issuperset,
  set_items,
  set_new,
  set_pop,
  set_remove,
  set_symmetricDifference,
  set_symmetricDifferenceUpdate,
  set_union,
  set_update,
} from '../../src/objects/index.js';
import { key, keySpace, keyValue, python, rng, seeded } from './keys.js';
import { audit } from './support.js';

function keySet(s: ObjectSpace, vs: number[], frozen = false): Ptr {
  const items = vs.map((v) => key(s, v));
  const r = set_fromArray(s, items, frozen);
  for (const k of items) s.rt.decref(k);
  return r;
}

function vals(s: ObjectSpace, op: Ptr): number[] {
  return set_items(s, op).map((k) => keyValue(s, k));
}

test('set sizes and iteration order match python3 while growing (216 / 728 / 2264 …), with spread-out hashes', () => {
  const s = keySpace();
  const vs = Array.from({ length: 300 }, (_, i) => (i * 2654435761) % 2 ** 45);
  const expected = python(`
import sys, json
vs = ${JSON.stringify(vs)}
s = set(); out = [[sys.getsizeof(s), list(s)]]
for v in vs: s.add(v); out.append([sys.getsizeof(s), list(s)])
print(json.dumps(out))`) as [number, number[]][];
  const set = set_new(s);
  const got: [number, number[]][] = [[s.getsizeof(set), vals(s, set)]];
  for (const v of vs) {
    const k = key(s, v);
    set_add(s, set, k);
    s.rt.decref(k);
    got.push([s.getsizeof(set), vals(s, set)]);
  }
  got.forEach((g, i) => {
    assert.deepEqual(g, expected[i], `after ${i} adds`);
  });
  s.rt.decref(set);
  audit(s);
});

test('frozenset hashes, reprs and empty sets match python3', () => {
  const s = keySpace();
  const cases = [[], [1], [1, 2, 3], [-1, 0, 5], Array.from({ length: 40 }, (_, i) => i * 977)];
  const expected = python(`
import json
cases = ${JSON.stringify(cases)}
print(json.dumps([[str(hash(frozenset(c))), repr(set(c)), repr(frozenset(c))] for c in cases]))`) as string[][];
  cases.forEach((c, i) => {
    const fs = keySet(s, c, true);
    const st = keySet(s, c);
    assert.deepEqual(
      [BigInt.asIntN(64, frozenset_hash64(s, fs)).toString(), s.repr(st), s.repr(fs)],
      expected[i],
    );
    assert.equal(
      s.hash(fs),
      foldHashBig(BigInt(expected[i][0])),
      'the slot returns the hash folded to 53 bits',
    );
    assert.equal(s.gc.is_tracked(st) && s.gc.is_tracked(fs), true, 'sets are tracked even when empty');
    s.rt.decref(fs);
    s.rt.decref(st);
  });
  audit(s);
});

test('set errors carry CPython messages; unhashable keys are refused', () => {
  const s = keySpace();
  const expected = python(`
import json
def msg(f):
    try: f()
    except Exception as e: return [type(e).__name__, str(e)]
print(json.dumps([msg(lambda: set().pop()), msg(lambda: {1}.remove(2)), msg(lambda: {1}.add([]))]))`);
  const msg = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof PyErr) return [e.excType, e.message];
      throw e;
    }
    return null;
  };
  const empty = set_new(s);
  const one = keySet(s, [1]);
  const two = key(s, 2);
  const l = list_new(s);
  assert.deepEqual(
    [msg(() => set_pop(s, empty)), msg(() => set_remove(s, one, two)), msg(() => set_add(s, one, l))],
    expected,
  );
  for (const x of [empty, one, two, l]) s.rt.decref(x);
  audit(s);
});

test('cycles through sets are collected, get_referents lists keys in table order, clear empties', () => {
  const s = keySpace();
  // A hashable GC object with one slot: enough to close a cycle through a set.
  const holderType = s.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'Holder',
    flags: TPFLAGS_HAVE_GC,
    basicsize: 24,
    hash: (op) => pointerHash(op),
    traverse: (op, visit) => {
      const c = s.rt.mem.u32[(op + 16) >>> 2] as Ptr;
      if (c !== NULL) visit(c);
    },
    clear: (op) => {
      const c = s.rt.mem.u32[(op + 16) >>> 2] as Ptr;
      s.rt.mem.u32[(op + 16) >>> 2] = 0;
      if (c !== NULL) s.rt.decref(c);
    },
    dealloc: (op) => {
      s.rt.untrack(op);
      const c = s.rt.mem.u32[(op + 16) >>> 2] as Ptr;
      s.rt.gcDel(op);
      if (c !== NULL) s.rt.decref(c);
    },
  });
  s.rt.checker?.markBaseline();
  s.gc.collect();
  const h = s.rt.gcNew(holderType, 24);
  s.rt.mem.u32.fill(0, (h + 16) >>> 2, (h + 24) >>> 2);
  s.rt.track(h);
  const st = set_new(s);
  set_add(s, st, h);
  s.rt.incref(st);
  s.rt.mem.u32[(h + 16) >>> 2] = st;
  assert.deepEqual(s.gc.get_referents(st), [h]);
  assert.equal(s.repr(st).startsWith('{<Holder object at 0x'), true);
  s.rt.decref(st);
  s.rt.decref(h);
  assert.equal(s.gc.collect(), 2);
  const k = keySet(s, [3, 1, 2]);
  assert.deepEqual(
    s.gc.get_referents(k).map((x) => keyValue(s, x)),
    [1, 2, 3],
  );
  set_clear(s, k);
  assert.deepEqual([s.repr(k), s.getsizeof(k)], ['set()', 216]);
  s.rt.decref(k);
  audit(s);
});

test('random set operations and algebra match python3 step by step (order, sizes, results)', () => {
  seeded((seed) => {
    const s = keySpace();
    const r = rng(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const val = () => (r() < 0.5 ? int(-3, 40) : int(0, 30) * 1024 + int(0, 2));
    const ops: [string, number, number[]][] = [];
    const kinds = [
      'add',
      'add',
      'add',
      'discard',
      'remove',
      'pop',
      'clear',
      'union',
      'inter',
      'diff',
      'symdiff',
      'update',
      'iupdate',
      'dupdate',
      'supdate',
      'cmp',
      'copy',
      'contains',
      'frozen',
    ];
    for (let i = 0; i < 1200; i++) {
      let kind = kinds[int(0, kinds.length - 1)];
      if (kind === 'clear' && r() < 0.8) kind = 'add';
      ops.push([kind, val(), Array.from({ length: int(0, i % 300 < 150 ? 8 : 60) }, val)]);
    }
    const expected = python(`
import json, sys
ops = json.loads(${JSON.stringify(JSON.stringify(ops))})
s = set()
out = []
for kind, v, vs in ops:
    res = None
    o = set(vs)
    try:
        if kind == 'add': s.add(v)
        elif kind == 'discard': s.discard(v)
        elif kind == 'remove': s.remove(v)
        elif kind == 'pop': res = s.pop()
        elif kind == 'clear': s.clear()
        elif kind == 'union': r = s | o; res = [list(r), sys.getsizeof(r)]
        elif kind == 'inter': r = s & o; res = [list(r), sys.getsizeof(r), list(s.intersection(vs))]
        elif kind == 'diff': r = s - o; res = [list(r), sys.getsizeof(r), list(s.difference(vs))]
        elif kind == 'symdiff': r = s ^ o; res = [list(r), sys.getsizeof(r)]
        elif kind == 'update': s.update(vs)
        elif kind == 'iupdate': s.intersection_update(o)
        elif kind == 'dupdate': s.difference_update(o)
        elif kind == 'supdate': s.symmetric_difference_update(o)
        elif kind == 'cmp': res = [s == o, s != o, s < o, s <= o, s > o, s >= o, s.issubset(vs), s.issuperset(vs), s.isdisjoint(o)]
        elif kind == 'copy': s = s.copy()
        elif kind == 'contains': res = v in s
        elif kind == 'frozen': f = frozenset(s); res = [list(f), sys.getsizeof(f), f == s]
    except KeyError:
        res = 'KeyError'
    out.append([list(s), sys.getsizeof(s), res])
print(json.dumps(out))`) as unknown[][];
    let st = set_new(s);
    ops.forEach(([kind, v, vs], step) => {
      const kv = key(s, v);
      const o = keySet(s, vs);
      const lst = (() => {
        const items = vs.map((x) => key(s, x));
        const l = list_fromArray(s, items);
        for (const k of items) s.rt.decref(k);
        return l;
      })();
      const show = (x: Ptr, extra: unknown[] = []) => {
        const res = [vals(s, x), s.getsizeof(x), ...extra];
        s.rt.decref(x);
        return res;
      };
      let res: unknown = null;
      try {
        switch (kind) {
          case 'add':
            set_add(s, st, kv);
            break;
          case 'discard':
            set_discard(s, st, kv);
            break;
          case 'remove':
            set_remove(s, st, kv);
            break;
          case 'pop': {
            const x = set_pop(s, st);
            res = keyValue(s, x);
            s.rt.decref(x);
            break;
          }
          case 'clear':
            set_clear(s, st);
            break;
          case 'union':
            res = show(set_union(s, st, o));
            break;
          case 'inter': {
            const viaList = set_intersection(s, st, lst);
            const l2 = vals(s, viaList);
            s.rt.decref(viaList);
            res = show(set_intersection(s, st, o), [l2]);
            break;
          }
          case 'diff': {
            const viaList = set_difference(s, st, lst);
            const l2 = vals(s, viaList);
            s.rt.decref(viaList);
            res = show(set_difference(s, st, o), [l2]);
            break;
          }
          case 'symdiff':
            res = show(set_symmetricDifference(s, st, o));
            break;
          case 'update':
            set_update(s, st, lst);
            break;
          case 'iupdate':
            set_intersectionUpdate(s, st, o);
            break;
          case 'dupdate':
            set_differenceUpdate(s, st, o);
            break;
          case 'supdate':
            set_symmetricDifferenceUpdate(s, st, o);
            break;
          case 'cmp': {
            const c = [2, 3, 0, 1, 4, 5].map((op) => {
              const x = s.slotsOf(st).richcompare?.(st, o, op) as Ptr;
              s.rt.decref(x);
              return x === s.true;
            });
            res = [...c, set_issubset(s, st, lst), set_issuperset(s, st, lst), set_isdisjoint(s, st, o)];
            break;
          }
          case 'copy': {
            const c = set_copy(s, st);
            s.rt.decref(st);
            st = c;
            break;
          }
          case 'contains':
            res = set_contains(s, st, kv);
            break;
          case 'frozen': {
            const f = set_new(s, st, true);
            const x = s.slotsOf(f).richcompare?.(f, st, 2) as Ptr;
            s.rt.decref(x);
            res = show(f, [x === s.true]);
            break;
          }
        }
      } catch (e) {
        if (!(e instanceof PyErr) || e.excType !== 'KeyError') throw e;
        res = 'KeyError';
      }
      for (const x of [kv, o, lst]) s.rt.decref(x);
      assert.deepEqual(
        [vals(s, st), s.getsizeof(st), res],
        expected[step],
        `step ${step}: ${kind} ${v} ${JSON.stringify(vs)}`,
      );
    });
    s.rt.decref(st);
    audit(s);
  });
});

test('a list of 1,000 one-key sets and a set of 20,000 keys (size as python3) free cleanly', () => {
  const s = keySpace(256 << 20);
  const l = list_new(s);
  for (let i = 0; i < 1000; i++) {
    const st = keySet(s, [i]);
    list_append(s, l, st);
    s.rt.decref(st);
  }
  const big = keySet(
    s,
    Array.from({ length: 20000 }, (_, i) => i * 7),
  );
  assert.equal(
    s.getsizeof(big),
    python('import sys; print(sys.getsizeof(set(i * 7 for i in range(20000))))'),
  );
  s.rt.decref(big);
  s.rt.decref(l);
  audit(s);
});
