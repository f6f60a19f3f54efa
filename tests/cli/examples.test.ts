import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/cli/main.cjs', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Examples that need a pymm option python3 does not have: run alone, checked by pattern. */
const PYMM_ONLY: Record<string, { args: string[]; stdout: RegExp }> = {
  'policies.py': {
    args: [],
    stdout:
      /^thresholds \(700, 10, 10\) +collections +\d+ +\{'threshold': \d+\}\n.*\n(.*\n){2}one gen-0 collection per request +collections +20 +\{'event': 20\}\n.*\n.*\{'timer': \d+\}\n.*\npeak heap reserved: \d+ KiB\n$/,
  },
  'memory_error.py': {
    args: ['--heap-size=16M'],
    stdout: /^MemoryError after about \d+ MiB; freed them and carried on\n45\n$/,
  },
};

function run(cmd: string, args: string[]) {
  return spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, cwd: examples });
}

for (const name of readdirSync(examples).filter((f) => f.endsWith('.py'))) {
  const path = join(examples, name);
  const special = PYMM_ONLY[name];
  if (special !== undefined) {
    test(`examples/${name} runs under pymm ${special.args.join(' ')}`, () => {
      const r = run(process.execPath, [main, 'run', ...special.args, path]);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, special.stdout);
      assert.equal(r.status, 0);
    });
    continue;
  }
  test(`examples/${name} prints what python3 prints`, () => {
    const py = run('python3', [path]);
    const r = run(process.execPath, [main, 'run', path]);
    assert.equal(r.stdout, py.stdout);
    assert.equal(r.stderr, py.stderr);
    assert.equal(r.status, py.status);
  });
}
