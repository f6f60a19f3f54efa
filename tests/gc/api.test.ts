import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEBUG_COLLECTABLE, DEBUG_STATS, GcModule } from '../../src/gc/index.js';
import { World } from './support/nodes.js';

function setup() {
  const w = new World();
  return { w, rt: w.rt, gc: new GcModule(w.rt) };
}

test('collect() moves counts as CPython does: (0,1,0), (0,0,1), (0,2,1), (0,0,0)', () => {
  const { gc } = setup();
  gc.collect(0);
  assert.deepEqual(gc.get_count(), [0, 1, 0]);
  gc.collect(1);
  assert.deepEqual(gc.get_count(), [0, 0, 1]);
  gc.collect(0);
  gc.collect(0);
  assert.deepEqual(gc.get_count(), [0, 2, 1]);
  gc.collect(2);
  assert.deepEqual(gc.get_count(), [0, 0, 0]);
  assert.throws(() => gc.collect(3), /invalid generation/);
  assert.throws(() => gc.collect(-1), /invalid generation/);
});

test('get_stats counts collections per generation', () => {
  const { gc } = setup();
  gc.collect(0);
  gc.collect(2);
  const s = gc.get_stats();
  assert.deepEqual(
    s.map((x) => x.collections),
    [1, 0, 1],
  );
});

test('set_threshold keeps unspecified values, accepts negatives, checks its argument count', () => {
  const { gc } = setup();
  gc.set_threshold(-5);
  assert.deepEqual(gc.get_threshold(), [-5, 10, 10]);
  gc.set_threshold(100, 2);
  assert.deepEqual(gc.get_threshold(), [100, 2, 10]);
  assert.throws(() => gc.set_threshold(), /at least 1 argument \(0 given\)/);
  assert.throws(() => gc.set_threshold(1, 2, 3, 4), /at most 3 arguments \(4 given\)/);
});

test('threshold 0 or gc.disable() stop automatic collection, not explicit collect()', () => {
  const { w, rt, gc } = setup();
  gc.set_threshold(0);
  const keep = [];
  for (let i = 0; i < 2000; i++) keep.push(w.newNode(0));
  assert.equal(gc.get_count()[0], 2000);
  gc.set_threshold(700);
  gc.disable();
  keep.push(w.newNode(0));
  assert.equal(gc.get_count()[0], 2001);
  const loop = w.newNode(1);
  w.set(loop, 0, loop);
  rt.decref(loop);
  assert.equal(gc.collect(), 1);
  for (const o of keep) rt.decref(o);
});

test('get_objects lists generations in order and checks its argument', () => {
  const { w, gc } = setup();
  const a = w.newNode(0);
  assert.deepEqual(gc.get_objects(0), [a]);
  gc.collect(0);
  assert.deepEqual(gc.get_objects(1), [a]);
  gc.collect(1);
  assert.deepEqual(gc.get_objects(2), [a]);
  const b = w.newNode(0);
  assert.deepEqual(gc.get_objects(), [b, a]);
  assert.throws(() => gc.get_objects(3), /must be less than the number of available generations \(3\)/);
  assert.throws(() => gc.get_objects(-2), /cannot be negative/);
});

test('get_referents follows traverse order; get_referrers finds containers', () => {
  const { w, gc } = setup();
  const a = w.newNode(0);
  const b = w.newNode(0);
  const l = w.newNode(2);
  w.set(l, 0, a);
  w.set(l, 1, b);
  assert.deepEqual(gc.get_referents(l), [b, a]);
  assert.deepEqual(gc.get_referents(w.newAtom()), []);
  assert.deepEqual(gc.get_referrers(a), [l]);
});

test('freeze moves everything to the permanent generation, where no collection looks', () => {
  const { w, rt, gc } = setup();
  const a = w.newNode(1);
  w.set(a, 0, a);
  rt.decref(a);
  gc.freeze();
  assert.equal(gc.get_freeze_count(), 1);
  assert.equal(gc.get_count()[0], 0);
  assert.equal(gc.collect(), 0);
  const b = w.newNode(1);
  w.set(b, 0, b);
  rt.decref(b);
  assert.equal(gc.collect(), 1);
  gc.unfreeze();
  assert.equal(gc.get_freeze_count(), 0);
  assert.equal(gc.collect(), 1);
});

test('a collection started during a collection returns 0 at once', () => {
  const { w, rt, gc } = setup();
  const inner: number[] = [];
  const f = w.newNode(1, 'f', w.finalNodeType);
  w.set(f, 0, f);
  gc.callbacks.push((phase) => {
    if (phase === 'start') inner.push(gc.collect());
  });
  rt.decref(f);
  assert.equal(gc.collect(), 1);
  assert.deepEqual(inner, [0]);
});

test("DEBUG_STATS and DEBUG_COLLECTABLE print lines shaped like CPython's", () => {
  const { w, rt, gc } = setup();
  const lines: string[] = [];
  rt.hooks.debugLine = (l) => lines.push(l);
  gc.set_debug(DEBUG_STATS | DEBUG_COLLECTABLE);
  const a = w.newNode(1);
  w.set(a, 0, a);
  rt.decref(a);
  gc.collect();
  assert.equal(lines[0], 'gc: collecting generation 2...');
  assert.equal(lines[1], 'gc: objects in each generation: 1 0 0');
  assert.equal(lines[2], 'gc: objects in permanent generation: 0');
  assert.equal(lines[3], `gc: collectable <Node 0x${a.toString(16)}>`);
  assert.match(lines[4], /^gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$/);
});

test('the 25 % rule: a full collection waits until long-lived pending objects reach a quarter', () => {
  const { w, rt, gc } = setup();
  const keep = [];
  for (let i = 0; i < 4000; i++) keep.push(w.newNode(0));
  gc.collect();
  assert.equal(rt.gc.longLivedTotal, 4000);
  const gens: number[] = [];
  gc.callbacks.push((phase, info) => {
    if (phase === 'start') gens.push(info.generation);
  });
  // 11 gen-1 collections would normally trigger a full one; pending (≈ 0) < 4000 / 4 blocks it.
  for (let i = 0; i < 12 * 11 * 701; i++) {
    const a = w.newNode(1);
    w.set(a, 0, a);
    rt.decref(a);
  }
  assert.ok(!gens.includes(2), 'no full collection while pending < total / 4');
  assert.ok(gens.includes(1));
  for (const o of keep) rt.decref(o);
});
