import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RefcountError } from '../../src/gc/index.js';
import { NULL } from '../../src/heap/index.js';
import { World } from './support/nodes.js';

test('freeing a 1,000,000-long chain does not recurse on the JS stack (trashcan)', () => {
  const w = new World({ capacity: 256 << 20, checked: false, checkedRefs: false });
  const rt = w.rt;
  const head = w.newNode(1);
  let tail = head;
  for (let i = 0; i < 1_000_000; i++) {
    const n = w.newNode(1);
    w.set(tail, 0, n);
    rt.decref(n);
    tail = n;
  }
  const before = rt.heap.allocatedBlocks();
  assert.ok(before > 1_000_000);
  rt.decref(head);
  assert.equal(rt.gc.count[0], 0);
  assert.ok(rt.heap.allocatedBlocks() < 10);
  rt.heap.checkHeap();
});

test('a leaf type is freed at once under a deep chain (setLeafDealloc), the chain still by the trashcan', () => {
  const w = new World({ capacity: 64 << 20, checked: false, checkedRefs: false });
  const rt = w.rt;
  const freed: number[] = [];
  rt.setLeafDealloc(0, w.atomType, (op) => {
    freed.push(op);
    rt.objectFree(op);
  });
  // A chain of 200 nodes whose last node holds an atom: the atom dies 200 deallocs deep.
  const head = w.newNode(1);
  let tail = head;
  for (let i = 0; i < 200; i++) {
    const n = w.newNode(1);
    w.set(tail, 0, n);
    rt.decref(n);
    tail = n;
  }
  const atom = w.newAtom();
  w.set(tail, 0, atom);
  rt.decref(atom);
  rt.decref(head);
  assert.deepEqual(freed, [atom]);
  assert.ok(rt.heap.allocatedBlocks() < 10);
  rt.heap.checkHeap();
});

test('checked mode names a decref past zero, and a use after free', () => {
  const w = new World();
  const rt = w.rt;
  const a = w.newAtom();
  rt.decref(a);
  assert.throws(() => rt.decref(a), RefcountError);
  assert.throws(() => rt.incref(a), /use after free/);
  const n = w.newNode(0);
  rt.setRefcnt(n, 0);
  assert.throws(() => rt.decref(n), /count is already 0/);
  rt.setRefcnt(n, 1);
  rt.decref(n);
});

test('checked mode counts increfs and decrefs and reports leaks with their site', () => {
  const w = new World();
  const rt = w.rt;
  const checker = rt.checker;
  assert.ok(checker);
  const inc0 = checker.increfs;
  const a = w.newNode(1, 'a');
  const b = w.newNode(0, 'b');
  w.set(a, 0, b);
  assert.equal(checker.increfs - inc0, 1);
  rt.decref(a);
  assert.equal(checker.leaks().length, 1);
  assert.match(
    checker.leakReport(),
    /1 object\(s\) still alive:\n {2}Node at \d+ \(48 bytes\), made at .*(nodes|refcount)\.(test\.)?[jt]s/,
  );
  rt.decref(b);
  assert.equal(checker.leakReport(), 'no leaks');
});

test('validateGcLists catches a broken link', () => {
  const w = new World();
  const rt = w.rt;
  const a = w.newNode(0);
  const b = w.newNode(0);
  rt.checker?.validateGcLists();
  const saved = rt.mem.u32[(b - 8) >>> 2];
  rt.mem.u32[(b - 8) >>> 2] = b - 16;
  assert.throws(() => rt.checker?.validateGcLists(), /prev link does not match/);
  rt.mem.u32[(b - 8) >>> 2] = saved;
  rt.decref(a);
  rt.decref(b);
});

test('a finalizer run by refcounting runs once; resurrection stops the deallocation', () => {
  const w = new World();
  const rt = w.rt;
  const r = w.newNode(0, 'r', w.finalNodeType);
  w.resurrect.add(r);
  rt.decref(r);
  assert.deepEqual(w.log, ['del r']);
  assert.equal(rt.refcnt(r), 1);
  assert.equal(rt.isTracked(r), true);
  w.resurrect.clear();
  rt.decref(w.resurrected.pop() ?? NULL);
  assert.deepEqual(w.log, ['del r', 'free r']);
});
