// Modules: the module type, the built-in module registry and the import statements.
//
// PyModuleObject (56 bytes, GC; getsizeof = 72):
//   +16 md_dict  +24 md_def  +32 md_state  +40 md_weaklist  +48 md_name
// Built-in modules (gc, sys, time, weakref, unittest, …) are made by their init functions;
// modules from source files come through the host's loader (file-modules.ts).

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, PyErr, pointerHash } from '../../objects/index.js';
import { parseArgs } from './args.js';
import { PyException } from './exceptions.js';
import { importError } from './file-modules.js';
import { Interpreter } from './interp.js';

const MD_DICT = 16;
const MD_NAME = 48;
const MODULE_SIZE = 56;

/** Makes a built-in module's contents: fills the module dict. */
export type ModuleInit = (interp: Interpreter, module: Ptr, dict: Ptr) => void;

declare module './interp.js' {
  interface Interpreter {
    moduleType: Ptr;
    /** sys.modules as a JS map (the Python dict mirrors it). */
    modules: Map<string, Ptr>;
    moduleInits: Map<string, ModuleInit>;
    moduleRepr(op: Ptr): string;
    initModules(): void;
    newModule(name: string): Ptr;
    importModule(name: Ptr, globals: Ptr, wantSubmodule: boolean, level?: number): Ptr;
    importFrom(module: Ptr, name: Ptr): Ptr;
    importStar(module: Ptr, ns: Ptr): void;
    /** Adds a native function to a module dict. */
    defNative(dict: Ptr, name: string, impl: import('./calls.js').NativeImpl): void;
  }
}

const I = Interpreter.prototype;

I.initModules = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  this.modules = new Map();
  this.moduleInits = new Map();
  this.moduleType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: 'module',
    flags: TPFLAGS_HAVE_GC,
    basicsize: MODULE_SIZE,
    weaklistoffset: 40,
    traverse: (op, visit) => {
      const d = rt.mem.u32[(op + MD_DICT) >>> 2] as Ptr;
      if (d !== NULL) visit(d);
    },
    clear: (op) => {
      const d = rt.mem.u32[(op + MD_DICT) >>> 2] as Ptr;
      rt.mem.u32[(op + MD_DICT) >>> 2] = 0;
      if (d !== NULL) rt.decref(d);
    },
    dealloc: (op) => {
      rt.untrack(op);
      if (rt.mem.u32[(op + 40) >>> 2] !== 0) clearWeakrefs(rt, op);
      const d = rt.mem.u32[(op + MD_DICT) >>> 2] as Ptr;
      const nm = rt.mem.u32[(op + MD_NAME) >>> 2] as Ptr;
      rt.gcDel(op);
      if (d !== NULL) rt.decref(d);
      if (nm !== NULL) rt.decref(nm);
    },
    hash: (op) => pointerHash(op),
    repr: (op) => this.moduleRepr(op),
  });
  this.moduleLoader = null;
  this.initializing = new Set();
  this.sysModules = NULL;
};

// module_repr: `<module 'a' from '/p/a.py'>`, `<module 'sys' (built-in)>`, `<module 'ns' (namespace)>`.
I.moduleRepr = function (this: Interpreter, op: Ptr): string {
  const n = this.n;
  const d = this.moduleDict(op);
  const get = (k: string) => {
    const v = d === NULL ? NULL : n.dictGet(d, n.intern(k));
    return v !== NULL && n.isStr(v) ? n.jsStr(v) : null;
  };
  const name = get('__name__') ?? '?';
  const file = get('__file__');
  if (file !== null)
    return `<module ${n.repr(n.dictGet(d, n.intern('__name__')))} from ${n.repr(n.dictGet(d, n.intern('__file__')))}>`;
  if (this.moduleInits.has(name)) return `<module '${name}' (built-in)>`;
  if (d !== NULL && n.dictGet(d, n.intern('__path__')) !== NULL) return `<module '${name}' (namespace)>`;
  return `<module '${name}'>`;
};

I.newModule = function (this: Interpreter, name: string): Ptr {
  const rt = this.space.rt;
  const n = this.n;
  const op = rt.gcNew(this.moduleType, MODULE_SIZE);
  const u32 = rt.mem.u32;
  for (let i = 16; i < MODULE_SIZE; i += 4) u32[(op + i) >>> 2] = 0;
  const dict = n.dict();
  const nameObj = n.str(name);
  rt.mem.u32[(op + MD_DICT) >>> 2] = dict;
  rt.mem.u32[(op + MD_NAME) >>> 2] = nameObj;
  n.dictSet(dict, n.intern('__name__'), nameObj);
  n.dictSet(dict, n.intern('__doc__'), this.none);
  rt.track(op);
  return op;
};

/** types.ModuleType(name, doc=None): module_init's namespace. */
export function installModuleConstructor(interp: Interpreter): void {
  const n = interp.n;
  interp.constructors.set(interp.moduleType, (_t, args, kw) => {
    const [name, doc] = parseArgs(interp, 'module', args, kw, ['name', 'doc'], 1);
    if (!n.isStr(name))
      throw new PyErr(
        'TypeError',
        `module.__init__() argument 'name' must be str, not ${interp.space.typeName(name)}`,
      );
    const m = interp.newModule(n.jsStr(name));
    const d = interp.moduleDict(m);
    if (doc !== NULL) n.dictSet(d, n.intern('__doc__'), doc);
    for (const key of ['__package__', '__loader__', '__spec__']) n.dictSet(d, n.intern(key), interp.none);
    return m;
  });
}

I.moduleDict = function (this: Interpreter, module: Ptr): Ptr {
  return this.space.rt.mem.u32[(module + MD_DICT) >>> 2] as Ptr;
};

/** Makes `dict` (a new reference, stolen) the namespace of `module`, releasing the one it had. */
export function module_setDict(interp: Interpreter, module: Ptr, dict: Ptr): void {
  const at = (module + MD_DICT) >>> 2;
  const old = interp.space.rt.mem.u32[at] as Ptr;
  interp.space.rt.mem.u32[at] = dict;
  if (old !== NULL) interp.decref(old);
}

I.moduleName = function (this: Interpreter, module: Ptr): string {
  const nm = this.space.rt.mem.u32[(module + MD_NAME) >>> 2] as Ptr;
  return nm === NULL ? '?' : this.n.jsStr(nm);
};

// Modules whose __spec__ python3's startup made without `_initializing` (importlib's _setup
// fixes them up without _load_unlocked).
const SPEC_WITHOUT_INITIALIZING = new Set(['sys', 'builtins']);

// import_ensure_initialized on a module found in sys.modules: python3 reads
// `__spec__._initializing`, and where that is missing the AttributeError is made and cleared
// (an exception object and its args 1-tuple, which gc.get_count() sees). pymm's own modules
// have no __spec__; python3's ModuleSpec for them has `_initializing` but for the two above.
function ensureInitialized(interp: Interpreter, module: Ptr, name: string): void {
  const spec = interp.getAttrOrNull(module, interp.n.intern('__spec__'));
  if (spec === NULL) {
    if (SPEC_WITHOUT_INITIALIZING.has(name)) {
      const args = [interp.n.str('_initializing')];
      interp.decref(interp.exc.create(interp.exc.type('AttributeError'), args));
    }
    return;
  }
  const v = interp.getAttrCleared(spec, interp.n.intern('_initializing'));
  if (v !== NULL) interp.decref(v);
  interp.decref(spec);
}

/** IMPORT_NAME: `import a.b` (the top package), `from a.b import c` / `from .x import c` (a.b itself). */
I.importModule = function (
  this: Interpreter,
  name: Ptr,
  globals: Ptr,
  wantSubmodule: boolean,
  level = 0,
): Ptr {
  let s = this.n.jsStr(name);
  if (level > 0) s = this.resolveName(s, globals, level);
  else if (s === '') throw new PyErr('ValueError', 'Empty module name');
  const found = this.lookupModule(s);
  const m = this.gcdImport(s);
  if (found !== NULL && found !== this.none) ensureInitialized(this, found, s);
  if (wantSubmodule || !s.includes('.')) return this.ref(m);
  return this.ref(this.gcdImport(s.slice(0, s.indexOf('.'))));
};

/** IMPORT_FROM: an attribute, else a submodule of a package, else CPython's ImportError. */
I.importFrom = function (this: Interpreter, module: Ptr, name: Ptr): Ptr {
  const v = this.getAttrOrNull(module, name);
  if (v !== NULL) return v;
  const attr = this.n.jsStr(name);
  const pkg = this.moduleStrAttr(module, '__name__');
  if (pkg !== null) {
    const full = `${pkg}.${attr}`;
    let sub = this.lookupModule(full);
    // A package's submodule: from its files, or built in (`from unittest import mock`).
    const loadable = this.moduleStrAttr(module, '__file__') !== null || this.moduleInits.has(full);
    if (sub === NULL && this.isModule(module) && loadable) {
      const path = this.getAttrOrNull(module, this.n.intern('__path__'));
      if (path !== NULL) {
        this.decref(path);
        try {
          sub = this.gcdImport(full);
        } catch (e) {
          if (!isNotFound(this, e, full)) throw e;
        }
      }
    }
    if (sub !== NULL && sub !== this.none) return this.ref(sub);
  }
  const file = this.isModule(module) ? this.moduleStrAttr(module, '__file__') : null;
  const shown = pkg ?? '<unknown module name>';
  const msg =
    file === null
      ? `cannot import name '${attr}' from '${shown}' (unknown location)`
      : pkg !== null && this.initializing.has(pkg)
        ? `cannot import name '${attr}' from partially initialized module '${shown}' (most likely due to a circular import) (${file})`
        : `cannot import name '${attr}' from '${shown}' (${file})`;
  throw importError(this, 'ImportError', msg, pkg, file);
};

// True if `e` is the ModuleNotFoundError for `name` itself (not for something it imports).
function isNotFound(interp: Interpreter, e: unknown, name: string): boolean {
  if (!(e instanceof PyException)) return false;
  const type = interp.space.rt.typeObject(e.exc);
  if (!interp.exc.isSubtype(type, interp.exc.type('ModuleNotFoundError'))) return false;
  const nm = interp.exc.get(e.exc, interp.exc.fieldOffset(type, 'name'));
  if (nm === NULL || !interp.n.isStr(nm) || interp.n.jsStr(nm) !== name) return false;
  interp.decref(e.exc);
  return true;
}

/** `from m import *`: the names in m.__all__ (importing submodules), else the public names. */
I.importStar = function (this: Interpreter, module: Ptr, ns: Ptr): void {
  const n = this.n;
  const all = this.getAttrOrNull(module, n.intern('__all__'));
  if (all === NULL) {
    const d = this.getAttrOrNull(module, n.intern('__dict__'));
    if (d === NULL) throw new PyErr('ImportError', 'from-import-* object has no __dict__ and no __all__');
    try {
      for (const [k, v] of n.dictItems(d)) if (!n.jsStr(k).startsWith('_')) n.dictSet(ns, k, v);
    } finally {
      this.decref(d);
    }
    return;
  }
  try {
    const names = n.isList(all) ? n.listItems(all) : n.isTuple(all) ? n.tupleItems(all) : [];
    for (const k of names.slice()) {
      if (!n.isStr(k)) {
        const what = this.moduleStrAttr(module, '__name__') ?? '';
        throw new PyErr('TypeError', `Item in ${what}.__all__ must be str, not ${this.space.typeName(k)}`);
      }
      const v = this.importFrom(module, k);
      n.dictSet(ns, k, v);
      this.decref(v);
    }
  } finally {
    this.decref(all);
  }
};

I.defNative = function (this: Interpreter, dict: Ptr, name: string, impl): void {
  const f = this.newBuiltin(name, impl);
  this.n.dictSet(dict, this.n.intern(name), f);
  this.decref(f);
};
