// The frozen modules as the build leaves them (scripts/freeze.mjs): one script per frozen
// source in dist/src/python/frozen/, listed in its index.json, each loaded on first import
// through its V8 code cache. index.json names the worker bundle made in the same build (its
// size and mtime): the bundle holds the very sources that were frozen, so a worker running
// that bundle skips hashing each source at import (several ms for typing's dependencies).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FrozenModule, type FrozenUnit, registerFrozenModules } from '../index.js';
import { runCachedScript } from './code-cache.cjs';

/** index.json: the bundle built with the frozen files, and each source's fingerprint and script. */
interface FrozenIndex {
  /** `size:mtimeMs` of the worker bundle of the same build, or null. */
  bundle: string | null;
  modules: Record<string, { length: number; hash: number; file: string }>;
}

/**
 * Registers the frozen modules in `dir` (nothing when it has no index.json). `bundle` is
 * `size:mtimeMs` of the bundle the caller runs, or null when it runs anything else.
 */
export function registerFrozenFiles(dir: string, bundle: string | null): void {
  let index: FrozenIndex;
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch {
    return;
  }
  const trusted = bundle !== null && index.bundle === bundle;
  const table: Record<string, FrozenModule> = {};
  for (const [filename, { length, hash, file }] of Object.entries(index.modules)) {
    table[filename] = {
      length,
      hash: trusted ? null : hash,
      units: () => runCachedScript(join(dir, file)) as FrozenUnit[],
    };
  }
  registerFrozenModules(table);
}
