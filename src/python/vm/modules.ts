// Modules: the module type, the built-in module registry and the import statements.
//
// PyModuleObject (56 bytes, GC; getsizeof = 72):
//   +16 md_dict  +24 md_def  +32 md_state  +40 md_weaklist  +48 md_name
// Only built-in modules can be imported (gc, sys, time, weakref, …): pymm programs have no
// file system.

import { clearWeakrefs, TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, PyErr, pointerHash } from '../../objects/index.js';
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
    initModules(): void;
    newModule(name: string): Ptr;
    importModule(name: Ptr, globals: Ptr, wantSubmodule: boolean): Ptr;
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
    repr: (op) => `<module '${this.moduleName(op)}' (built-in)>`,
  });
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

I.moduleDict = function (this: Interpreter, module: Ptr): Ptr {
  return this.space.rt.mem.u32[(module + MD_DICT) >>> 2] as Ptr;
};

I.moduleName = function (this: Interpreter, module: Ptr): string {
  const nm = this.space.rt.mem.u32[(module + MD_NAME) >>> 2] as Ptr;
  return nm === NULL ? '?' : this.n.jsStr(nm);
};

/** IMPORT_NAME for built-in modules (a new reference to the module). */
I.importModule = function (this: Interpreter, name: Ptr, _globals: Ptr, _wantSubmodule: boolean): Ptr {
  const s = this.n.jsStr(name);
  let m = this.modules.get(s);
  if (m === undefined) {
    const init = this.moduleInits.get(s);
    if (init === undefined) {
      const top = s.split('.')[0];
      throw new PyErr('ModuleNotFoundError', `No module named '${this.moduleInits.has(top) ? s : top}'`);
    }
    m = this.newModule(s);
    this.modules.set(s, m);
    init(this, m, this.moduleDict(m));
  }
  return this.ref(m);
};

I.importFrom = function (this: Interpreter, module: Ptr, name: Ptr): Ptr {
  const v = this.getAttrOrNull(module, name);
  if (v !== NULL) return v;
  throw new PyErr(
    'ImportError',
    `cannot import name '${this.n.jsStr(name)}' from '${this.moduleName(module)}' (unknown location)`,
  );
};

I.importStar = function (this: Interpreter, module: Ptr, ns: Ptr): void {
  for (const [k, v] of this.n.dictItems(this.moduleDict(module))) {
    if (!this.n.jsStr(k).startsWith('_')) this.n.dictSet(ns, k, v);
  }
};

I.defNative = function (this: Interpreter, dict: Ptr, name: string, impl): void {
  const f = this.newBuiltin(name, impl);
  this.n.dictSet(dict, this.n.intern(name), f);
  this.decref(f);
};
