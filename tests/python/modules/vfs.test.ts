import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { createInterpreter, runMain } from '../../../src/index.js';

// Runs `source` as the file `filename` with current directory `cwd`, in checked mode.
function run(source: string, filename: string, cwd?: string): string {
  let out = '';
  const interp = createInterpreter({
    capacity: 64 << 20,
    checked: true,
    checkedRefs: true,
    cwd,
    io: { stdout: (s) => (out += s), stderr: (s) => (out += s) },
  });
  runMain(interp, source, filename);
  interp.space.rt.heap.checkHeap();
  interp.space.rt.checker?.validateGcLists();
  return out;
}

test('the starting tree: cwd as given, /tmp, the program file holding its source', () => {
  const source = [
    'import os',
    'print(os.getcwd(), sorted(os.listdir("/")), os.listdir("/nowhere/real"))',
    'print(open(__file__).read().count("\\n"), os.path.getsize(__file__))',
  ].join('\n');
  const out = run(`${source}\n`, '/nowhere/real/prog.py', '/nowhere/real');
  assert.equal(
    out,
    `/nowhere/real ['home', 'nowhere', 'tmp'] ['prog.py']\n3 ${Buffer.byteLength(source) + 1}\n`,
  );
});

test('without a host directory the program starts in / ; -c programs have no file', () => {
  assert.equal(run('import os\nprint(os.getcwd(), os.path.exists("<string>"))\n', '<string>'), '/ False\n');
});

test("files a program writes stay in its run: the host's file system is untouched", () => {
  const name = `/tmp/pymm-vfs-unit-${process.pid}.txt`;
  const out = run(
    `with open(${JSON.stringify(name)}, 'w') as f:\n    f.write('kept in memory')\nprint(open(${JSON.stringify(name)}).read())\n`,
    '/prog.py',
  );
  assert.equal(out, 'kept in memory\n');
  assert.equal(existsSync(name), false);
  // A new run starts from a fresh tree.
  assert.match(run(`open(${JSON.stringify(name)})\n`, '/prog.py'), /FileNotFoundError: \[Errno 2\]/);
});

// Freed by refcount, a file is flushed at once. Freed by gc.collect() with the rest of a
// cycle, python3 finalizes in gc-list order: the FileIO (made first) closes before the text
// layer's flush, so unflushed text is lost — pymm's finalizers run in the same order.
test('file objects are finalized as in python3 and the heap stays consistent', () => {
  const out = run(
    [
      'import gc',
      "open('a.txt', 'w').write('refcount')",
      "print(open('a.txt').read())",
      'class C: pass',
      "c = C(); c.me = c; c.f = open('b.txt', 'w'); c.f.write('cycle')",
      "del c; print(repr(open('b.txt').read())); gc.collect(); print(open('b.txt').read())",
    ].join('\n'),
    '/prog.py',
  );
  assert.equal(out, "refcount\n''\n\n");
});
