import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HeapExhausted } from '../../src/heap/index.js';
import { World } from './support/nodes.js';

test('an event policy collects when its event is signalled, and records the trigger', () => {
  const w = new World();
  const rt = w.rt;
  rt.policy.events.set('connection lost', 2);
  const a = w.newNode(1);
  w.set(a, 0, a);
  rt.decref(a);
  assert.equal(rt.policy.signal('unknown'), -1);
  assert.equal(rt.policy.signal('connection lost'), 1);
  const s = rt.policy.stats();
  assert.equal(s.byTrigger.event, 1);
  assert.deepEqual(s.collections, [0, 0, 1]);
  assert.ok(s.totalPauseMs >= 0 && s.maxPauseMs <= s.totalPauseMs + 1e-9);
});

test('a timer policy collects at safe points once its interval has passed', async () => {
  const w = new World();
  const rt = w.rt;
  // An interval long enough that a loaded machine does not pass it within the first loop.
  rt.policy.setTimer({ generation: 0, intervalMs: 200 });
  for (let i = 0; i < 1000; i++) rt.policy.safePoint();
  assert.equal(rt.policy.stats().byTrigger.timer, 0);
  await new Promise((r) => setTimeout(r, 250));
  for (let i = 0; i < 1000; i++) rt.policy.safePoint();
  assert.equal(rt.policy.stats().byTrigger.timer, 1);
  assert.throws(() => rt.policy.setTimer({ generation: 3, intervalMs: 5 }), /invalid generation/);
  assert.throws(() => rt.policy.setTimer({ generation: 0, intervalMs: 0 }), /positive/);
});

test('auto off: the threshold no longer triggers collections', () => {
  const w = new World();
  const rt = w.rt;
  rt.policy.auto = false;
  const garbage = () => {
    for (let i = 0; i < 3000; i++) {
      const a = w.newNode(1);
      w.set(a, 0, a);
      rt.decref(a);
    }
  };
  garbage();
  assert.equal(rt.policy.stats().byTrigger.threshold, 0);
  rt.policy.auto = true;
  garbage();
  assert.ok(rt.policy.stats().byTrigger.threshold >= 1);
});

test('MemoryError: by default no collection; opt-in collects once and retries', () => {
  const w = new World({ capacity: 2 << 20 });
  const rt = w.rt;
  rt.gc.enabled = false;
  const cycles: number[] = [];
  // Fill the heap with unreachable cycles.
  try {
    for (;;) {
      const a = w.newNode(60);
      w.set(a, 0, a);
      rt.decref(a);
      cycles.push(a);
    }
  } catch (e) {
    assert.ok(e instanceof HeapExhausted);
  }
  assert.throws(() => w.newNode(60), HeapExhausted);
  rt.policy.collectOnMemoryError = true;
  const n = w.newNode(60);
  assert.equal(rt.policy.stats().byTrigger.memory, 1);
  rt.decref(n);
  rt.heap.checkHeap();
});
