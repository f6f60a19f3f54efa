import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GcModule } from '../../src/gc/index.js';
import { NULL, type Ptr } from '../../src/heap/index.js';
import { testSeed, withSeed, xorshift } from '../support/rng.js';
import { World } from './support/nodes.js';

// Builds random graphs, drops random roots, collects, and checks against a JS model that
// exactly the objects unreachable from the remaining roots were freed.
test('random graphs: a collection frees exactly the unreachable objects', (t) => {
  const seed = testSeed();
  t.diagnostic(`seed ${seed} (rerun with SEED=${seed})`);
  withSeed(seed, () => {
    const rand = xorshift(seed);
    const w = new World({ capacity: 64 << 20 });
    const rt = w.rt;
    const gc = new GcModule(rt);
    const baseline = rt.heap.allocatedBlocks();
    for (let round = 0; round < 30; round++) {
      const n = 50 + rand(400);
      const slots = 3;
      const nodes: Ptr[] = [];
      const edges: number[][] = [];
      for (let i = 0; i < n; i++) {
        const type = rand(10) === 0 ? w.finalNodeType : w.nodeType;
        nodes.push(w.newNode(slots, `n${i}`, type));
        edges.push([]);
      }
      for (let i = 0; i < n; i++) {
        for (let s = 0; s < slots; s++) {
          if (rand(3) === 0) continue;
          const j = rand(n);
          w.set(nodes[i], s, nodes[j]);
          edges[i].push(j);
        }
      }
      // Keep a random subset as roots; drop the JS references to the others.
      const roots = new Set<number>();
      for (let i = 0; i < n; i++) if (rand(8) === 0) roots.add(i);
      const alive = new Set<number>();
      const stack = [...roots];
      while (stack.length > 0) {
        const i = stack.pop() as number;
        if (alive.has(i)) continue;
        alive.add(i);
        stack.push(...edges[i]);
      }
      w.log.length = 0;
      for (let i = 0; i < n; i++) if (!roots.has(i)) rt.decref(nodes[i]);
      // Refcounting alone frees the acyclic garbage; the collector must free the rest.
      gc.collect(rand(3));
      gc.collect();
      const freed = new Set(w.log.filter((l) => l.startsWith('free n')).map((l) => Number(l.slice(6))));
      for (let i = 0; i < n; i++) {
        if (alive.has(i)) assert.ok(!freed.has(i), `n${i} is reachable but was freed (round ${round})`);
        else assert.ok(freed.has(i), `n${i} is unreachable but was not freed (round ${round})`);
      }
      // Finalizers ran once for every unreachable FinalNode.
      const dels = w.log.filter((l) => l.startsWith('del n')).map((l) => Number(l.slice(5)));
      assert.equal(new Set(dels).size, dels.length, 'a finalizer ran twice');
      rt.checker?.validateGcLists();
      for (const i of roots) {
        for (let s = 0; s < slots; s++) w.set(nodes[i], s, NULL);
        rt.decref(nodes[i]);
      }
      gc.collect();
      w.names.clear();
    }
    assert.equal(rt.heap.allocatedBlocks(), baseline, 'the heap returns to its baseline');
    assert.equal(rt.checker?.leaks().length, 0);
    rt.heap.checkHeap();
  });
});
