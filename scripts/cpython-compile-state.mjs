#!/usr/bin/env node
// Reads, with gdb, the collector's count and the dict, list and tuple free lists of python3
// at the moment it starts running a program (PyEval_EvalCode of __main__, after parsing and
// compiling it), for the tests of compiler/cpywalk.ts, the model of what CPython 3.11's
// compiler allocates. The states come from python3 itself, never typed by hand.
//
//   node scripts/cpython-compile-state.mjs [--jobs=N]
//
// writes tests/python/compiler/cpython-compile/states.json for the programs in that folder
// and every program of tests/conformance. Needs gdb and a python3 built with symbols
// (pyenv's is); the file is committed, so the tests themselves need neither.

import { execFile } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests/python/compiler/cpython-compile/states.json');
const jobs = Number((process.argv.find((a) => a.startsWith('--jobs=')) ?? '--jobs=2').slice(7));

const GDB = `set pagination off
set breakpoint pending on
break pyrun_file
run
break PyEval_EvalCode
commands
silent
set $i = (PyInterpreterState*)_PyRuntime.interpreters.main
printf "STATE %d %d %d", $i->gc.generations[0].count, $i->dict_state.numfree, $i->list.numfree
set $k = 0
while $k < 20
  printf " %d", $i->tuple.numfree[$k]
  set $k = $k + 1
end
printf "\\n"
kill
quit
end
cont
`;

function programs(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...programs(p));
    else if (name.endsWith('.py')) found.push(p);
  }
  return found;
}

const { stdout: exe } = await run('python3', ['-c', 'import sys; print(sys.executable)']);
const script = join(root, 'dist', 'cpython-compile-state.gdb');
writeFileSync(script, GDB);
const files = [
  ...programs(join(root, 'tests/python/compiler/cpython-compile')),
  ...programs(join(root, 'tests/conformance')),
];
const states = {};
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const { stdout } = await run('gdb', ['-q', '-batch', '-x', script, '--args', exe.trim(), file], {
      cwd: dirname(file),
      timeout: 120_000,
      maxBuffer: 1 << 26,
    }).catch((e) => ({ stdout: e.stdout ?? '' }));
    const line = stdout.split('\n').find((l) => l.startsWith('STATE '));
    if (line === undefined) continue; // a syntax error: python3 never runs it
    const [count, dicts, lists, ...tuples] = line.slice(6).trim().split(/\s+/).map(Number);
    states[relative(root, file)] = { count, dicts, lists, tuples };
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
const sorted = Object.fromEntries(Object.entries(states).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(out, `${JSON.stringify(sorted)}\n`);
// In the project's format (Biome's), as `npm test` checks it.
await run('npx', ['biome', 'format', '--write', out], { cwd: root });
process.stdout.write(`${Object.keys(states).length} states written to ${relative(root, out)}\n`);
