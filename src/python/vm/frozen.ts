// Frozen code: the standard modules that pymm writes in Python (runPythonInto's sources),
// compiled ahead of time, as CPython freezes importlib and friends into its executable.
//
// scripts/freeze.mjs (run by `npm run build`) compiles every such source with pymm's own
// compiler and writes a module of FrozenModule records whose factories are real JS
// functions, so that importing `typing` neither parses nor compiles Python, and the JS engine
// compiles each function only when it first runs (and caches it with the bundle). A record is
// used only for the very source it was made from (same length and hash, unless whoever
// registers it knows that it was made from the sources it will run with), so a frozen table
// older than a source is never run: that source is compiled as before.

import type { CodeUnit } from '../compiler/index.js';

/** The JS function made from a CodeUnit's `js` (what `new Function('$', 'K', 'N', 'C', 'CODE', js)` returns). */
export type CodeFactory = (...args: unknown[]) => (...args: number[]) => unknown;

/** A CodeUnit compiled ahead of time: its JS source already made into a factory. */
export interface FrozenUnit extends Omit<CodeUnit, 'js'> {
  factory: CodeFactory;
}

/** One frozen source: its fingerprint and its scopes (made on first use). */
export interface FrozenModule {
  /** Length of the source in UTF-16 units. */
  length: number;
  /** sourceHash() of the source, or null when the caller vouches that it matches. */
  hash: number | null;
  units: () => FrozenUnit[];
}

const frozen = new Map<string, FrozenModule>();

/** Frozen sources seen missing or stale (a test checks that the build froze every one). */
export const frozenMisses: string[] = [];

/** Makes `table` (filename → record, as scripts/freeze.mjs writes it) available to every interpreter. */
export function registerFrozenModules(table: Record<string, FrozenModule>): void {
  for (const [filename, module] of Object.entries(table)) frozen.set(filename, module);
}

/** The frozen scopes of `source` run as `filename`, or null when none match it exactly. */
export function frozenUnits(filename: string, source: string): FrozenUnit[] | null {
  const m = frozen.get(filename);
  if (m !== undefined && m.length === source.length && (m.hash === null || m.hash === sourceHash(source)))
    return m.units();
  if (frozen.size > 0) frozenMisses.push(filename);
  return null;
}

/** FNV-1a over the UTF-16 units of `s`: the fingerprint of a frozen source. */
export function sourceHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Observer of every source run by runPythonInto (scripts/freeze.mjs collects them with it). */
export let frozenSourceObserver: ((filename: string, source: string) => void) | null = null;

/** Sets (or clears, with null) the observer of frozen sources. */
export function observeFrozenSources(f: ((filename: string, source: string) => void) | null): void {
  frozenSourceObserver = f;
}
