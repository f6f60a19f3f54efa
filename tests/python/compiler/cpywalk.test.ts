import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  CPYTHON_COMPILE_START,
  compileModule,
  cpythonCompileAllocs,
} from '../../../src/python/compiler/index.js';
import { parse } from '../../../src/python/syntax/index.js';

// states.json: python3's count and free lists when it starts running each program, read with
// gdb by scripts/cpython-compile-state.mjs (regenerate it there, never by hand).
const root = new URL('../../../../', import.meta.url);
const folder = 'tests/python/compiler/cpython-compile/';
interface State {
  count: number;
  dicts: number;
  lists: number;
  tuples: number[];
}
const states = JSON.parse(readFileSync(new URL(`${folder}states.json`, root), 'utf8')) as Record<
  string,
  State
>;

/** The model's state after compiling `path` as runMain does (the tree is compiled first). */
function model(path: string): State {
  const source = readFileSync(new URL(path, root), 'utf8');
  const tree = parse(source, path) as never;
  compileModule(tree, path);
  const m = cpythonCompileAllocs(tree, CPYTHON_COMPILE_START);
  return { count: m.count, dicts: m.dicts, lists: m.lists, tuples: m.tuples.slice(1) };
}

test("programs written for the model leave python3's exact count and free lists", () => {
  const names = readdirSync(new URL(folder, root)).filter((n) => n.endsWith('.py'));
  assert.ok(names.length >= 6);
  for (const name of names) {
    const path = folder + name;
    assert.ok(states[path], `${path}: no state recorded`);
    assert.deepEqual(model(path), states[path], path);
  }
});

test("the conformance corpus: most programs leave python3's exact count", () => {
  let exact = 0;
  let total = 0;
  const misses: string[] = [];
  for (const [path, want] of Object.entries(states)) {
    if (!path.startsWith('tests/conformance/') || !existsSync(new URL(path, root))) continue;
    let got: State;
    try {
      got = model(path);
    } catch {
      continue; // pymm rejects it (a program about syntax errors)
    }
    total++;
    if (got.count === want.count) exact++;
    else misses.push(`${path}: ${got.count - want.count}`);
  }
  const share = exact / total;
  console.log(`exact count for ${exact} of ${total} programs (${(share * 100).toFixed(1)} %)`);
  if (misses.length > 0) console.log(`off: ${misses.join(', ')}`);
  assert.ok(total > 400, `${total} programs`);
  assert.ok(share >= 0.8, `only ${exact} of ${total} exact`);
});
