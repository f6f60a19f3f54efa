// The frozen modules as the build leaves them (scripts/freeze.mjs): one script per frozen
// source in dist/src/python/frozen/, listed in its index.json, each loaded on first import
// through its V8 code cache.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FrozenModule, type FrozenUnit, registerFrozenModules } from '../index.js';
import { runCachedScript } from './code-cache.cjs';

/** An entry of index.json: the source's fingerprint and the script holding its scopes. */
interface FrozenFile {
  length: number;
  hash: number;
  file: string;
}

/** Registers the frozen modules in `dir` (nothing when it has no index.json). */
export function registerFrozenFiles(dir: string): void {
  let index: Record<string, FrozenFile>;
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch {
    return;
  }
  const table: Record<string, FrozenModule> = {};
  for (const [filename, { length, hash, file }] of Object.entries(index)) {
    table[filename] = { length, hash, units: () => runCachedScript(join(dir, file)) as FrozenUnit[] };
  }
  registerFrozenModules(table);
}
