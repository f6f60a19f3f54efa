import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEBUG_SAVEALL, GcModule } from '../../src/gc/index.js';
import { NULL } from '../../src/heap/index.js';
import { World } from './support/nodes.js';

function setup() {
  const w = new World();
  return { w, rt: w.rt, gc: new GcModule(w.rt) };
}

test('a self-loop, a 2-cycle and a 3-cycle are collected and counted per object', () => {
  const { w, rt, gc } = setup();
  const a = w.newNode();
  w.set(a, 0, a);
  rt.decref(a);
  assert.equal(gc.collect(), 1);
  const b = w.newNode();
  const c = w.newNode();
  w.set(b, 0, c);
  w.set(c, 0, b);
  rt.decref(b);
  rt.decref(c);
  assert.equal(gc.collect(), 2);
  const [x, y, z] = [w.newNode(), w.newNode(), w.newNode()];
  w.set(x, 0, y);
  w.set(y, 0, z);
  w.set(z, 0, x);
  for (const o of [x, y, z]) rt.decref(o);
  assert.equal(gc.collect(), 3);
  rt.checker?.validateGcLists();
  assert.equal(rt.checker?.leaks().length, 0);
});

test('a cycle reachable from a live object survives and is promoted', () => {
  const { w, rt, gc } = setup();
  const root = w.newNode();
  const a = w.newNode();
  const b = w.newNode();
  w.set(a, 0, b);
  w.set(b, 0, a);
  w.set(root, 0, a);
  rt.decref(a);
  rt.decref(b);
  assert.equal(gc.collect(0), 0);
  assert.deepEqual(gc.get_count(), [0, 1, 0]);
  assert.deepEqual(gc.get_objects(1), [root, a, b]);
  assert.equal(gc.collect(1), 0);
  assert.deepEqual(gc.get_objects(2), [root, a, b]);
  w.set(root, 0, NULL);
  assert.equal(gc.collect(), 2);
  rt.decref(root);
  assert.equal(rt.checker?.leaks().length, 0);
});

test('finalizers run once, in list order, and a resurrected object is not counted', () => {
  const { w, rt, gc } = setup();
  const [a, b, c] = ['A', 'B', 'C'].map((n) => w.newNode(1, n, w.finalNodeType));
  w.set(a, 0, b);
  w.set(b, 0, c);
  w.set(c, 0, a);
  for (const o of [a, b, c]) rt.decref(o);
  assert.equal(gc.collect(), 3);
  assert.deepEqual(
    w.log.filter((l) => l.startsWith('del')),
    ['del A', 'del B', 'del C'],
  );

  w.log.length = 0;
  const r = w.newNode(1, 'R', w.finalNodeType);
  w.set(r, 0, r);
  w.resurrect.add(r);
  rt.decref(r);
  assert.equal(gc.collect(), 0);
  assert.deepEqual(w.log, ['del R']);
  assert.equal(gc.is_finalized(r), true);
  w.resurrect.clear();
  rt.decref(w.resurrected.pop() ?? NULL);
  assert.equal(gc.collect(), 1);
  assert.deepEqual(w.log, ['del R', 'free R']);
});

test('weakref callbacks run for live weakrefs to garbage, not for weakrefs in the garbage', () => {
  const { w, rt, gc } = setup();
  const cb = w.newNode(0, 'cb');
  const t = w.newNode(1, 't');
  w.set(t, 0, t);
  const wr = w.newWeakref(t, cb);
  rt.decref(t);
  assert.equal(gc.collect(), 1);
  assert.deepEqual(
    w.log.filter((l) => l.startsWith('callback')),
    ['callback cb dead=true'],
  );
  assert.equal(w.referent(wr), w.none);
  rt.decref(wr);

  w.log.length = 0;
  const t2 = w.newNode(2, 't2');
  w.set(t2, 0, t2);
  const inner = w.newWeakref(t2, cb);
  w.set(t2, 1, inner);
  rt.decref(inner);
  rt.decref(t2);
  assert.equal(gc.collect(), 2);
  assert.equal(w.log.filter((l) => l.startsWith('callback')).length, 0);
  rt.decref(cb);
  assert.equal(rt.checker?.leaks().length, 0);
});

test('a legacy finalizer keeps its cycle out of reach: it goes to gc.garbage as uncollectable', () => {
  const { w, rt, gc } = setup();
  const a = w.newNode(1, 'a', w.legacyNodeType);
  const b = w.newNode(1, 'b');
  w.set(a, 0, b);
  w.set(b, 0, a);
  rt.decref(a);
  rt.decref(b);
  assert.equal(gc.collect(), 2);
  assert.deepEqual(gc.garbage, [a]);
  assert.deepEqual(gc.get_stats()[2], { collections: 1, collected: 0, uncollectable: 2 });
});

test('DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it', () => {
  const { w, rt, gc } = setup();
  gc.set_debug(DEBUG_SAVEALL);
  const l = w.newNode(1);
  w.set(l, 0, l);
  rt.decref(l);
  assert.equal(gc.collect(), 1);
  assert.deepEqual(gc.garbage, [l]);
  assert.equal(rt.isTracked(l), true);
});

test('the 701st allocation triggers a generation-0 collection, once, with callbacks', () => {
  const { w, rt, gc } = setup();
  const seen: string[] = [];
  gc.callbacks.push((phase, info) => seen.push(`${phase} ${info.generation} ${gc.get_count()}`));
  const keep = [];
  for (let i = 0; i < 700; i++) keep.push(w.newNode(0));
  assert.deepEqual(seen, []);
  keep.push(w.newNode(0));
  assert.deepEqual(seen, ['start 0 701,0,0', 'stop 0 0,1,0']);
  for (const o of keep) rt.decref(o);
});
