import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ptr } from '../../src/heap/index.js';
import {
  list_items,
  ObjectSpace,
  str_count,
  str_find,
  str_fromCodePoints,
  str_fromJs,
  str_isAscii,
  str_partition,
  str_replace,
  str_rsplit,
  str_split,
  str_splitlines,
  str_strip,
  str_toJs,
  tuple_items,
} from '../../src/objects/index.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';
import { attempt, python } from './oracle.js';
import { audit, checkedSpace } from './support.js';

// Python strings travel as lists of code points.
const FROM_CPS = "def st(cps): return ''.join(map(chr, cps))\ndef cp(s): return [ord(c) for c in s]\n";
const ALPHABET = [32, 9, 10, 13, 0x1c, 0x85, 0xa0, 97, 98, 44, 0xe9, 0x100, 0x2028, 0x3000, 0x1f600, 0xd800];

function randomCps(rng: (n: number) => number, max: number): number[] {
  const n = rng(max + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(ALPHABET[rng(ALPHABET.length)]);
  return out;
}

test('split, rsplit, splitlines, strip, partition, find, count and replace match python3', () => {
  const seed = testSeed();
  withSeed(seed, () => {
    const rng = xorshift(seed);
    const s = checkedSpace();
    const cases: [number[], number[] | null, number][] = [];
    for (let k = 0; k < 300; k++) {
      const sep = rng(3) === 0 ? null : randomCps(rng, 2);
      cases.push([randomCps(rng, 12), sep, rng(5) - 1]);
    }
    const expected = python<unknown[]>(
      `${FROM_CPS}out = []
for t, sep, m in data:
    t = st(t); sp = None if sep is None else st(sep)
    r = []
    for f in (lambda: t.split(sp, m), lambda: t.rsplit(sp, m), lambda: t.splitlines(m == 1),
              lambda: [t.strip(sp), t.lstrip(sp), t.rstrip(sp)],
              lambda: list(t.partition(sp)) + list(t.rpartition(sp)),
              lambda: [t.replace(sp, 'xy', m), t.replace(sp, '', m)]):
        try:
            r.append([[cp(x), x.isascii()] for x in f()])
        except Exception as e:
            r.append(type(e).__name__ + ': ' + str(e))
    try:
        r.append([t.find(sp), t.find(sp, 1, m), t.rfind(sp, m), t.count(sp), t.count(sp, -3, m)])
    except Exception as e:
        r.append(type(e).__name__ + ': ' + str(e))
    out.append(r)
print(json.dumps(out))`,
      cases,
    );
    const show = (op: Ptr): [number[], boolean] => {
      const n = s.rt.mem.u32[(op + 16) >>> 2];
      const cps: number[] = [];
      const ascii = str_isAscii(s.rt.mem, op);
      const kind = (s.rt.mem.u32[(op + 32) >>> 2] >>> 2) & 7;
      const data = op + (ascii ? 48 : 72);
      for (let i = 0; i < n; i++) {
        const u8 = s.rt.mem.u8;
        cps.push(
          kind === 1
            ? u8[data + i]
            : kind === 2
              ? u8[data + 2 * i] | (u8[data + 2 * i + 1] << 8)
              : s.rt.mem.u32[(data >>> 2) + i],
        );
      }
      return [cps, ascii];
    };
    const take = (f: () => Ptr, items: (op: Ptr) => Ptr[]) => {
      let r: unknown;
      const msg = attempt(() => {
        const out = f();
        r = items(out).map(show);
        s.rt.decref(out);
        return '';
      });
      return msg === '' ? r : msg;
    };
    const list = (op: Ptr) => list_items(s, op);
    const tuple = (op: Ptr) => tuple_items(s, op);
    cases.forEach(([t, sep, m], k) => {
      const op = str_fromCodePoints(s, t);
      const sp = sep === null ? null : str_fromCodePoints(s, sep);
      const got: unknown[] = [
        take(() => str_split(s, op, sp, m), list),
        take(() => str_rsplit(s, op, sp, m), list),
        take(() => str_splitlines(s, op, m === 1), list),
      ];
      const three = (fs: (() => Ptr)[]) => {
        const outs: Ptr[] = [];
        const msg = attempt(() => {
          for (const f of fs) outs.push(f());
          return '';
        });
        const r = msg === '' ? outs.map(show) : msg;
        for (const o of outs) s.rt.decref(o);
        return r;
      };
      got.push(
        three([() => str_strip(s, op, 2, sp), () => str_strip(s, op, 0, sp), () => str_strip(s, op, 1, sp)]),
      );
      if (sp === null) {
        got.push('TypeError: must be str, not NoneType');
        got.push('TypeError: replace() argument 1 must be str, not None');
        got.push('TypeError: must be str, not NoneType');
      } else {
        const parts: unknown[] = [];
        const msg = attempt(() => {
          for (const rev of [false, true]) {
            const tup = str_partition(s, op, sp, rev);
            parts.push(...tuple(tup).map(show));
            s.rt.decref(tup);
          }
          return '';
        });
        got.push(msg === '' ? parts : msg);
        const xy = str_fromCodePoints(s, [120, 121]);
        const empty = str_fromCodePoints(s, []);
        got.push(three([() => str_replace(s, op, sp, xy, m), () => str_replace(s, op, sp, empty, m)]));
        s.rt.decref(xy);
        s.rt.decref(empty);
        got.push([
          str_find(s, op, sp, null, null, false),
          str_find(s, op, sp, 1, m, false),
          str_find(s, op, sp, m, null, true),
          str_count(s, op, sp, null, null),
          str_count(s, op, sp, -3, m),
        ]);
      }
      const want = expected[k] as unknown[];
      // python's messages for a None separator come from argument parsing, not checked here.
      if (sp === null) for (const i of [4, 5, 6]) got[i] = want[i];
      assert.deepEqual(got, want, `case ${k}: ${JSON.stringify([t, sep, m])}`);
      s.rt.decref(op);
      if (sp !== null) s.rt.decref(sp);
    });
    audit(s);
  });
});

test('a split that exhausts the heap raises MemoryError and leaks nothing', () => {
  const s = new ObjectSpace({ capacity: 2 << 20, checked: true, checkedRefs: true });
  s.rt.checker?.markBaseline();
  const cps: number[] = [];
  for (let i = 0; i < 60000; i++) cps.push(97, 98, 32);
  const op = str_fromCodePoints(s, cps);
  const sep = str_fromCodePoints(s, [32]);
  const results: string[] = [];
  for (const f of [
    () => str_split(s, op, null, -1),
    () => str_split(s, op, sep, -1),
    () => str_rsplit(s, op, null, -1),
    () => str_splitlines(s, op, false),
  ]) {
    const r = attempt(() => {
      s.rt.decref(f());
      return 'ok';
    });
    assert.ok(r === 'MemoryError: ' || r === 'ok', r);
    results.push(r);
  }
  assert.ok(results.includes('MemoryError: '), results.join());
  s.rt.decref(op);
  s.rt.decref(sep);
  audit(s);
});

test('parts made while the heap grows (views replaced mid-split) are right', () => {
  const s = new ObjectSpace({ capacity: 64 << 20, initialSize: 1 << 20, checked: true, checkedRefs: true });
  s.rt.checker?.markBaseline();
  const text = 'ab cd\u00e9\nxy, z\n'.repeat(20000);
  const wide = 'ab \u4e00\n'.repeat(20000);
  const toJs = (op: Ptr) => list_items(s, op).map((x) => str_toJs(s, x));
  for (const [t, sepText] of [
    [text, null],
    [text, ' '],
    [text, ', '],
    [wide, null],
    [wide, '\u4e00\n'],
  ] as const) {
    const op = str_fromJs(s, t);
    const sep = sepText === null ? null : str_fromJs(s, sepText);
    const before = s.rt.mem.size;
    const parts = str_split(s, op, sep, -1);
    const want = sepText === null ? t.split(/[\s]+/).filter((w) => w !== '') : t.split(sepText);
    assert.deepEqual(toJs(parts), want);
    s.rt.decref(parts);
    const rparts = str_rsplit(s, op, sep, -1);
    assert.deepEqual(toJs(rparts), want);
    s.rt.decref(rparts);
    const lines = str_splitlines(s, op, true);
    assert.deepEqual(toJs(lines), t.split(/(?<=\n)/));
    s.rt.decref(lines);
    if (sep !== null) {
      const x = str_fromJs(s, '<>');
      const r = str_replace(s, op, sep, x, -1);
      assert.equal(str_toJs(s, r), t.split(sepText as string).join('<>'));
      s.rt.decref(r);
      s.rt.decref(x);
      s.rt.decref(sep);
    }
    s.rt.decref(op);
    assert.ok(s.rt.mem.size >= before);
  }
  assert.ok(s.rt.mem.size > 1 << 20, 'the heap grew');
  audit(s);
});
