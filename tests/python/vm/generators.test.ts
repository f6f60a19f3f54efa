import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import type { Ptr } from '../../../src/heap/index.js';
import { createInterpreter, runMain } from '../../../src/index.js';

// A checked interpreter (heap and refcount sanitizer) with its output collected.
function checked() {
  const out: string[] = [];
  const interp = createInterpreter({
    capacity: 64 << 20,
    checked: true,
    checkedRefs: true,
    io: { stdout: (s) => out.push(s), stderr: (s) => out.push(s) },
  });
  return { interp, out };
}

function python3(source: string): string {
  const py = spawnSync('python3', ['-c', source], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  return py.stdout + py.stderr;
}

// Generators in every state the collector and close() meet: suspended in try/finally,
// in `with`, in an except block, in a finally entered by an exception, delegating with
// `yield from`, never started, exhausted, raising, and in cycles with their owners.
const WORKLOAD = `
def workload():
    import gc

    class Owner:
        def __init__(self):
            self.g = self.run()
            next(self.g)

        def run(self):
            try:
                yield self
            finally:
                self.done = True

    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    def in_with(x):
        with CM():
            yield x

    def in_except():
        try:
            raise KeyError('k')
        except KeyError as e:
            yield e

    def in_finally():
        try:
            raise ValueError('v')
        finally:
            yield 'pending'

    def sub():
        yield 1
        yield 2
        return 'r'

    def outer():
        r = yield from sub()
        yield r

    def raises():
        items = [1]
        yield items
        raise IndexError('i')

    for _ in range(3):
        Owner()
        lst = []; g = in_with(lst); next(g); lst.append(g)
        g = in_except(); next(g)
        g = in_finally(); next(g)
        g = outer(); next(g); g.close()
        g = outer(); list(g)
        g = outer(); next(g)
        try:
            g.throw(KeyError)
        except KeyError:
            pass
        g = raises(); next(g)
        try:
            next(g)
        except IndexError as e:
            kept = e
        g = in_with(None)
        del g
        lst = []; g = in_finally(); next(g); lst.append(g); lst.append(lst)
    return gc.collect()

workload()
import sys
sys._workload = workload  # outlives __main__'s teardown (it uses no globals)
`;

test('generators in cycles, closed, thrown into or finished leak nothing and keep the heap valid', () => {
  const { interp, out } = checked();
  assert.equal(runMain(interp, WORKLOAD, '<string>'), 0, out.join(''));
  const sys = interp.moduleDict(interp.modules.get('sys') as Ptr);
  const workload = interp.n.dictGet(sys, interp.n.intern('_workload'));
  const checker = interp.space.rt.checker;
  assert.ok(checker);
  interp.space.gc.collect();
  const before = checker.liveCount;
  for (let i = 0; i < 3; i++) interp.decref(interp.callBorrowed(workload, []));
  interp.space.gc.collect();
  assert.equal(checker.liveCount, before, 'objects alive after the workload ran again');
  interp.space.rt.heap.checkHeap();
  checker.validateGcLists();
  assert.equal(out.join(''), '');
});

test('a generator cycle is collected and finalized as in python3', () => {
  const source = `
import gc, sys
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.g = self.run()
        next(self.g)
    def run(self):
        try:
            yield self
        finally:
            print('finally', self.name)
n = Node('a')
print(sys.getrefcount(n))
del n
print('collected', gc.collect())
def me():
    x = yield
    yield [type(r).__name__ for r in gc.get_referents(x)]
g = me(); next(g); print(g.send(g))
del g
print('collected', gc.collect())
`;
  const { interp, out } = checked();
  runMain(interp, source, '<string>');
  interp.space.rt.heap.checkHeap();
  interp.space.rt.checker?.validateGcLists();
  assert.equal(out.join(''), python3(source));
});
