// Exception groups in the VM: the lazily loaded BaseExceptionGroup/ExceptionGroup builtins
// (Python classes in the hidden `_exceptiongroup` module) and the run-time half of
// `except*` (compiler/trystar.ts emits the calls).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';

/** The matching state of one `except*` statement. */
export interface StarState {
  /** The caught exception (borrowed: the enclosing handler holds it). */
  orig: Ptr;
  /** What no clause has matched yet (owned), NULL once everything matched. */
  rest: Ptr;
  /** What the clauses' bodies raised (owned), in order. */
  raised: Ptr[];
}

declare module './interp.js' {
  interface Interpreter {
    /** A builtin made on first use (BaseExceptionGroup, ExceptionGroup, site's exit, help …): borrowed, or NULL. */
    lazyBuiltin(name: Ptr): Ptr;
    /** True if `exc` is an instance of BaseExceptionGroup (without loading the classes). */
    isExceptionGroup(exc: Ptr): boolean;
    starBegin(exc: Ptr): StarState;
    /** One clause: the match of `type` (owned, now the exception being handled), or 0. */
    starMatch(st: StarState, type: Ptr): Ptr;
    /** An exception (owned, as `catch` returns it) that left a clause's body. */
    starRaised(st: StarState, exc: Ptr): void;
    /** After the clauses: the exception to raise (raised, re-raised and unhandled parts), or null. */
    starFinish(st: StarState, d: number): PyException | null;
    /** Releases what the state still holds (after an error in the clauses themselves). */
    starRelease(st: StarState): void;
  }
}

const I = Interpreter.prototype;

const MODULE = '_exceptiongroup';
const LAZY = new Set(['BaseExceptionGroup', 'ExceptionGroup']);

/** The `_exceptiongroup` module's function or class `name` (borrowed). */
function helper(interp: Interpreter, name: string): Ptr {
  const module = interp.gcdImport(MODULE);
  const v = interp.n.dictGet(interp.moduleDict(module), interp.n.intern(name));
  if (v === NULL) throw new Error(`${MODULE}.${name} missing`);
  return v;
}

// site's builtins (exit, quit, help, copyright, credits, license): _sitebuiltins installs
// them all on the first lookup of one, rather than at every start-up (its classes cost a
// few ms there); see docs/design/deviations.md.
const SITE_BUILTINS = new Set(['exit', 'quit', 'help', 'copyright', 'credits', 'license']);

/** The interpreters whose site builtins are installed (a program may import `_sitebuiltins` itself first). */
const siteInstalled = new WeakSet<Interpreter>();

function installSiteBuiltins(interp: Interpreter, name: Ptr): Ptr {
  siteInstalled.add(interp);
  const n = interp.n;
  const site = interp.gcdImport('_sitebuiltins');
  const install = n.dictGet(interp.moduleDict(site), n.intern('_install'));
  if (install === NULL) throw new Error('_sitebuiltins._install missing');
  interp.decref(interp.callBorrowed(install, [interp.modules.get('builtins') as Ptr]));
  return n.dictGet(interp.builtinsDict, name);
}

I.lazyBuiltin = function (this: Interpreter, name: Ptr): Ptr {
  const s = this.n.jsStr(name);
  if (SITE_BUILTINS.has(s)) {
    // Once installed, a name deleted from builtins stays deleted.
    if (siteInstalled.has(this)) return NULL;
    return installSiteBuiltins(this, name);
  }
  if (!LAZY.has(s)) return NULL;
  for (const cls of LAZY) this.n.dictSet(this.builtinsDict, this.n.intern(cls), helper(this, cls));
  return this.n.dictGet(this.builtinsDict, name);
};

I.isExceptionGroup = function (this: Interpreter, exc: Ptr): boolean {
  if (this.lookupModule(MODULE) === NULL) return false;
  return this.isSubtype(this.space.rt.typeObject(exc), helper(this, 'BaseExceptionGroup'));
};

I.starBegin = function (this: Interpreter, exc: Ptr): StarState {
  return { orig: exc, rest: this.ref(exc), raised: [] };
};

I.starMatch = function (this: Interpreter, st: StarState, type: Ptr): Ptr {
  const n = this.n;
  const r = this.callBorrowed(helper(this, '_star_match'), [st.rest === NULL ? this.none : st.rest, type]);
  try {
    const [match, rest] = n.tupleItems(r);
    if (match === this.none) return NULL;
    const old = st.rest;
    st.rest = rest === this.none ? NULL : this.ref(rest);
    if (old !== NULL) this.decref(old);
    this.handling.push(this.ref(match));
    return match;
  } finally {
    this.decref(r);
  }
};

I.starRaised = function (this: Interpreter, st: StarState, exc: Ptr): void {
  // `catch` made it the exception being handled; it is collected instead.
  const i = this.handling.lastIndexOf(exc);
  if (i >= 0) this.handling.splice(i, 1);
  st.raised.push(exc);
};

I.starFinish = function (this: Interpreter, st: StarState, d: number): PyException | null {
  const excs = this.n.list([...st.raised, st.rest === NULL ? this.ref(this.none) : st.rest]);
  st.raised = [];
  st.rest = NULL;
  let result: Ptr;
  try {
    result = this.callBorrowed(helper(this, '_prep_reraise_star'), [st.orig, excs]);
  } finally {
    this.decref(excs);
  }
  if (result === this.none) {
    this.decref(result);
    return null;
  }
  // RERAISE: no traceback entry for this frame (the parts carry the original's).
  const pe = new PyException(result);
  pe.tbDepth = d;
  return pe;
};

I.starRelease = function (this: Interpreter, st: StarState): void {
  for (const x of st.raised) this.decref(x);
  st.raised = [];
  if (st.rest !== NULL) this.decref(st.rest);
  st.rest = NULL;
};
