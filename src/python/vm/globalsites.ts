// LOAD_GLOBAL's inline cache, as 3.11's specialised LOAD_GLOBAL: per site of generated code
// `G[at..at+6)` holds the globals dict, the two words of its version tag, the two words of
// the builtins' version tag (GLOBALS_HIT and 0 when the name was found in the globals, which
// shadow the builtins) and the value found (borrowed from the dict that holds it).
// A dict gets a never-used version at every change, so equal words mean the value found then
// is still the one a lookup would find. The words are compared as the heap holds them (the
// high one with dict_watch's bit): a watch starting or ending only costs a refill. Generated
// code tests a hit in the globals itself (names.ts) and calls loadGlobalCached otherwise.

import type { Ptr } from '../../heap/index.js';
import { MA_VERSION_TAG } from '../../objects/index.js';
import { Interpreter } from './interp.js';
import { builtinsOfGlobals } from './ops.js';

declare module './interp.js' {
  interface Interpreter {
    /** What a LOAD_GLOBAL site's inline test reads: the version tag's word offset in a dict, and GLOBALS_HIT. */
    globalSiteLayout(): [number, number];
    /** LOAD_GLOBAL of `name` in `g` (then the builtins) through the site's cache `cache[at..at+6)`. */
    loadGlobalCached(g: Ptr, name: Ptr, cache: Float64Array, at: number): Ptr;
    /** `loadGlobalCached` when the cache entry does not match: the lookup, and the entry refilled. */
    loadGlobalMiss(g: Ptr, name: Ptr, cache: Float64Array, at: number): Ptr;
  }
}

const I = Interpreter.prototype;

// The builtins' low word of an entry whose name the globals hold (no i32 word equals it).
const GLOBALS_HIT = 2 ** 32;
const VERSION_WORD = MA_VERSION_TAG >>> 2;

I.globalSiteLayout = function (this: Interpreter): [number, number] {
  return [VERSION_WORD, GLOBALS_HIT];
};

I.loadGlobalCached = function (this: Interpreter, g: Ptr, name: Ptr, cache: Float64Array, at: number): Ptr {
  const i32 = this.i32;
  const b = this.builtinsDict;
  if (
    cache[at] === g &&
    cache[at + 1] === i32[(g >>> 2) + VERSION_WORD] &&
    cache[at + 2] === i32[(g >>> 2) + VERSION_WORD + 1] &&
    (cache[at + 3] === GLOBALS_HIT ||
      (cache[at + 3] === i32[(b >>> 2) + VERSION_WORD] &&
        cache[at + 4] === i32[(b >>> 2) + VERSION_WORD + 1]))
  ) {
    const v = cache[at + 5] as Ptr;
    this.incref(v);
    return v;
  }
  return this.loadGlobalMiss(g, name, cache, at);
};

I.loadGlobalMiss = function (this: Interpreter, g: Ptr, name: Ptr, cache: Float64Array, at: number): Ptr {
  const space = this.space;
  const b = this.builtinsDict;
  const i32 = this.i32;
  const g0 = i32[(g >>> 2) + VERSION_WORD];
  const g1 = i32[(g >>> 2) + VERSION_WORD + 1];
  const b0 = i32[(b >>> 2) + VERSION_WORD];
  const b1 = i32[(b >>> 2) + VERSION_WORD + 1];
  const v = this.loadGlobal(g, name);
  // Only a lookup that changed nothing (no key's __eq__ ran code that mutated a dict) is
  // kept; the heap may have grown meanwhile (this.i32 is then a new view).
  const unchanged = (): boolean =>
    this.i32[(g >>> 2) + VERSION_WORD] === g0 &&
    this.i32[(g >>> 2) + VERSION_WORD + 1] === g1 &&
    this.i32[(b >>> 2) + VERSION_WORD] === b0 &&
    this.i32[(b >>> 2) + VERSION_WORD + 1] === b1;
  if (space.rt.typeObject(g) === space.dicts.type && unchanged()) {
    const inGlobals = this.n.dictGet(g, name) === v;
    // A name from builtins of the globals' own (exec with {'__builtins__': {...}}) is not kept.
    if (unchanged() && (inGlobals || builtinsOfGlobals(this, g) === b)) {
      cache[at] = g;
      cache[at + 1] = g0;
      cache[at + 2] = g1;
      cache[at + 3] = inGlobals ? GLOBALS_HIT : b0;
      cache[at + 4] = inGlobals ? 0 : b1;
      cache[at + 5] = v;
    }
  }
  return v;
};
