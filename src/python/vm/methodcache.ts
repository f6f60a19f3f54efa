// The method-call site cache for instances of classes: CPython 3.11's LOAD_METHOD_WITH_VALUES
// (and LOAD_METHOD_NO_DICT), which skips the class lookup and the instance check of
// `obj.name(...)` when the class has not changed since the site last saw it.
//
// A site owns two entries of its code's `M` array (see Emitter.methodSite): M[k] is the type
// it saw, M[k+1] what it learned. For a static built-in type that is the native method
// (calls.ts); for a class, a MethodEntry:
//
//   version    the class's tp_version_tag (HT.version) when the entry was made
//   fn         the Python function found on the class's MRO (borrowed: the class dict holds it)
//   managed    instances have a managed dict / inline values (else nothing can shadow `fn`)
//   sharedLen  the number of names in the class's shared keys then
//
// Invariant: an entry is made only when the lookup found a plain Python function, the class
// has no __getattribute__ of its own, and the name is not among the class's shared keys, so
// no instance's inline values can hold it. A hit needs the same version tag (any change of
// a class dict along the MRO, a new __getattribute__ included, gives a new one), the same
// number of shared-key names (they only grow: a new one may be `name`), and, for an
// instance with a managed dict, no materialised __dict__ (which may hold `name`); anything
// else takes the generic path.

import { MANAGED_DICT, OB_TYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { type ClassInfo, HT } from './classes.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /**
     * LOAD_METHOD of a call with keywords (`obj.name(…, k=v)`; obj borrowed): the callable
     * (new reference), with `methodUnbound` telling whether obj is to be passed as the first
     * argument (a plain function found on the class) or not (a bound attribute); `M[k]`,
     * `M[k + 1]` are the site's cache.
     */
    loadMethod(obj: Ptr, name: Ptr, M: unknown[], k: number): Ptr;
    /** What the last loadMethod found: true when its callable wants obj as the first argument. */
    methodUnbound: boolean;
    /** CALL after loadMethod and KW_NAMES: f, self (0 when bound) and the arguments stolen, after a 0 left in args[0] for self. */
    callMethodKw(f: Ptr, self: Ptr, args: Ptr[], kwnames: readonly Ptr[]): Ptr;
  }
}

/** What a method-call site remembers about a class (see the file comment). */
export interface MethodEntry {
  info: ClassInfo;
  version: number;
  fn: Ptr;
  managed: boolean;
  sharedLen: number;
}

/** The cached function for `obj` (an instance of entry.info's class), or NULL when the entry no longer holds. */
export function cachedMethod(u32: Uint32Array, obj: Ptr, entry: MethodEntry): Ptr {
  const info = entry.info;
  if (entry.version !== u32[(info.type + HT.version) >>> 2]) return NULL;
  if (entry.managed && (u32[(obj + MANAGED_DICT) >>> 2] !== 0 || info.shared.objs.length !== entry.sharedLen))
    return NULL;
  return entry.fn;
}

/**
 * The entry for a site that just found plain Python function `fn` for `name` (interned, as
 * every name of compiled code is) on `info`'s class, or null when an instance could shadow it.
 */
export function methodEntry(u32: Uint32Array, info: ClassInfo, name: Ptr, fn: Ptr): MethodEntry | null {
  const names = info.shared.objs;
  for (let i = 0; i < names.length; i++) if (names[i] === name) return null;
  return {
    info,
    version: u32[(info.type + HT.version) >>> 2],
    fn,
    managed: info.managedDict,
    sharedLen: names.length,
  };
}

const I = Interpreter.prototype;

I.methodUnbound = false;

I.loadMethod = function (this: Interpreter, obj: Ptr, name: Ptr, M: unknown[], k: number): Ptr {
  const u32 = this.space.rt.mem.u32;
  let fn = NULL as Ptr;
  if (M[k] === u32[(obj + OB_TYPE) >>> 2] && typeof M[k + 1] === 'object')
    fn = cachedMethod(u32, obj, M[k + 1] as MethodEntry);
  if (fn === NULL) {
    fn = this.plainMethod(obj, name);
    if (fn !== NULL) {
      const info = this.classes.get(this.space.rt.typeObject(obj));
      const entry = info === undefined ? null : methodEntry(u32, info, name, fn);
      if (entry !== null) {
        M[k] = info?.type;
        M[k + 1] = entry;
      }
    }
  }
  if (fn !== NULL) {
    this.methodUnbound = true;
    return this.ref(fn);
  }
  const [f, unbound] = this.lookupMethod(obj, name);
  this.methodUnbound = unbound;
  return f;
};

I.callMethodKw = function (this: Interpreter, f: Ptr, self: Ptr, args: Ptr[], kwnames: readonly Ptr[]): Ptr {
  // args[0] is a place left for self (an unshift would move the array).
  if (self !== NULL) args[0] = self;
  else args.shift();
  // callKw (its exception thrown), not callAt's handle path: kw-call measured 5–10 %
  // slower through it in the ninth session (docs/perf-log.md, calls9).
  return this.callKw(f, args, kwnames as Ptr[]);
};
