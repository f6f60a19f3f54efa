import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCachedScript, writeCodeCaches } from '../../src/cli/code-cache.cjs';
import { registerFrozenFiles } from '../../src/cli/frozen-files.js';
import { createInterpreter, NULL } from '../../src/index.js';
import { frozenMisses } from '../../src/python/index.js';
import '../../src/python/vm/modules.js'; // Interpreter.moduleInits and importModule

const FROZEN_DIR = fileURLToPath(new URL('../../src/python/frozen/', import.meta.url));

test('a script runs through its code cache once the cache is written, and not after it changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pymm-cache-'));
  const file = join(dir, 'answer.js');
  writeFileSync(file, '(function answer() { return 6 * 7; })');
  assert.equal((runCachedScript(file) as () => number)(), 42);
  assert.ok(!existsSync(`${file}.cache`));
  writeCodeCaches();
  assert.ok(existsSync(`${file}.cache`), 'a missing cache is written at the end of the run');
  const cache = readFileSync(`${file}.cache`);
  assert.equal((runCachedScript(file) as () => number)(), 42);
  writeCodeCaches();
  assert.deepEqual(readFileSync(`${file}.cache`), cache, 'a valid cache is left as it is');
  // Same length, new text: V8 would take the old cache; the stamp (size, mtime) refuses it.
  writeFileSync(file, '(function answer() { return 6 * 9; })');
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  assert.equal((runCachedScript(file) as () => number)(), 54);
  writeCodeCaches();
  assert.notDeepEqual(readFileSync(`${file}.cache`), cache, 'a stale cache is replaced');
});

// After the cache test: the frozen scripts loaded here may leave caches pending (V8 refuses
// a cache made under other flags, and this process's differ from the CLI worker's), which
// must not be written over the CLI's.
test('the build froze every Python source the built-in modules run (none is compiled at import)', () => {
  assert.ok(existsSync(join(FROZEN_DIR, 'index.json')), 'npm run build writes dist/src/python/frozen/');
  registerFrozenFiles(FROZEN_DIR, null);
  const interp = createInterpreter({ capacity: 256 << 20, io: { stdout() {}, stderr() {} } });
  for (const name of interp.moduleInits.keys()) {
    interp.decref(interp.importModule(interp.n.intern(name), NULL, true));
  }
  assert.deepEqual(frozenMisses, []);
});
