// Attribute access: PyObject_GenericGetAttr/SetAttr with descriptors, instance attributes
// (inline values or dict), modules, types, and the calls that follow from them
// (LOAD_METHOD, special methods, calling a class or an object with __call__).

import { MANAGED_DICT, MANAGED_VALUES, TPFLAGS_MANAGED_DICT } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  cell_set,
  dict_markSplit,
  func_set,
  method_func,
  method_new,
  PyErr,
  PyThrowable,
  sharedKeys_insert,
  str_isInterned,
} from '../../objects/index.js';
import { builtinDoc } from './builtindocs.js';
import type { NativeImpl } from './calls.js';
import { type ClassInfo, HT, updateDelSlot } from './classes.js';
import { superMroAttr } from './descriptors.js';
import { PyException } from './exceptions.js';
import { GEN } from './generators.js';
import { Interpreter } from './interp.js';
import { isSlotWrapper } from './slotwrappers.js';
import { managedDictCorrection } from './subclassing.js';
import { inheritsHashNone } from './typedicts.js';
import {
  instance_values,
  values_capacity,
  values_delete,
  values_free,
  values_get,
  values_order,
  values_set,
} from './values.js';

declare module './interp.js' {
  interface Interpreter {
    /** A type's __qualname__ as a JS string. */
    typeQualname(type: Ptr): string;
    /** Native methods of built-in types: type → name → implementation (called with self). */
    nativeMethods: Map<number, Map<string, import('./calls.js').NativeImpl>>;
    /** Native class methods of built-in types (dict.fromkeys): called with the type as self. */
    nativeClassMethods: Map<number, Map<string, import('./calls.js').NativeImpl>>;
    /** Native attribute getters of built-in types (`__class__`, `__name__`, …). */
    nativeGetters: Map<number, Map<string, (self: Ptr) => Ptr>>;
    /** Writable native attributes of built-in types (exact type): value borrowed, NULL deletes. */
    nativeSetters: Map<number, Map<string, (self: Ptr, value: Ptr) => void>>;
    initAttrs(): void;
    bindDescriptor(descr: Ptr, obj: Ptr, type: Ptr): Ptr;
  }
}

const I = Interpreter.prototype;

I.initAttrs = function (this: Interpreter): void {
  this.nativeMethods = new Map();
  this.nativeClassMethods = new Map();
  this.nativeGetters = new Map();
  this.nativeSetters = new Map();
  // cell.cell_contents is a getset with a setter (cell_set_contents); NULL deletes.
  const space = this.space;
  this.nativeSetters.set(
    space.cells.type,
    new Map([['cell_contents', (cell, v) => cell_set(space, cell, v)]]),
  );
};

// A native method of a built-in type along the MRO, if any.
/** A native method `name` of `type` or a base along its MRO. */
export function nativeMethod(interp: Interpreter, type: Ptr, name: string) {
  for (const t of interp.mroOf(type)) {
    const m = interp.nativeMethods.get(t)?.get(name);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** The type along the MRO whose native method `name` is (the descriptor's __objclass__). */
export function nativeOwner(interp: Interpreter, type: Ptr, name: string): Ptr {
  for (const t of interp.mroOf(type)) if (interp.nativeMethods.get(t)?.has(name)) return t;
  return type;
}

// CPython's READONLY member descriptors of built-in types (PyMemberDef), whose assignment
// and deletion say "readonly attribute"; their other native attributes are getsets.
const READONLY_MEMBERS: Record<string, readonly string[]> = {
  property: ['fget', 'fset', 'fdel'],
  staticmethod: ['__func__', '__wrapped__'],
  classmethod: ['__func__', '__wrapped__'],
  function: ['__closure__', '__globals__', '__builtins__'],
  method: ['__func__', '__self__'],
  slice: ['start', 'stop', 'step'],
  range: ['start', 'stop', 'step'],
  complex: ['real', 'imag'],
  generator: ['gi_code'],
  coroutine: ['cr_code', 'cr_origin'],
  async_generator: ['ag_running', 'ag_code'],
  code: [
    'co_argcount',
    'co_posonlyargcount',
    'co_kwonlyargcount',
    'co_stacksize',
    'co_flags',
    'co_nlocals',
    'co_consts',
    'co_names',
    'co_filename',
    'co_name',
    'co_qualname',
    'co_firstlineno',
    'co_linetable',
    'co_exceptiontable',
  ],
  super: ['__thisclass__', '__self__', '__self_class__'],
  BaseExceptionGroup: ['message', 'exceptions'],
  ExceptionGroup: ['message', 'exceptions'],
};

// The error of assigning or deleting a native attribute of a built-in type along `type`'s
// MRO (a read-only member or a getset without a setter), or null if `name` is none.
function notWritable(interp: Interpreter, type: Ptr, name: string): PyErr | null {
  for (const t of interp.mroOf(type)) {
    // A class earlier in the MRO with the name in its dict hides the built-in's getset.
    if (classDictHas(interp, t, name)) return null;
    if (!interp.nativeGetters.get(t)?.has(name)) continue;
    const tn = interp.typeName(t);
    if (READONLY_MEMBERS[tn]?.includes(name)) return new PyErr('AttributeError', 'readonly attribute');
    return new PyErr('AttributeError', `attribute '${name}' of '${tn}' objects is not writable`);
  }
  return null;
}

// The getset of a built-in type along `type`'s MRO, unless a class before it there has the
// name in its dict (as _PyType_Lookup finds that first: a property subclass's own __doc__).
function nativeGetter(interp: Interpreter, type: Ptr, name: string) {
  const mro = interp.mroOf(type);
  for (let i = 0; i < mro.length; i++) {
    const g = interp.nativeGetters.get(mro[i])?.get(name);
    if (g === undefined) continue;
    for (let j = 0; j < i; j++) if (classDictHas(interp, mro[j], name)) return undefined;
    return g;
  }
  return undefined;
}

// Whether `t` is a class with `name` in its own dict.
function classDictHas(interp: Interpreter, t: Ptr, name: string): boolean {
  if (!interp.classes.has(t)) return false;
  const d = interp.space.rt.mem.u32[(t + 48) >>> 2] as Ptr;
  return d !== NULL && interp.n.dictGet(d, interp.n.intern(name)) !== NULL;
}

// An unbound method descriptor (`str.lower`): the first argument is self. One wrapper per
// native, so the interpreter's native table does not grow with every attribute access.
// The first argument must be an instance of the type (method_check_args / descr_check).
const unboundWrappers = new WeakMap<NativeImpl, Map<Ptr, NativeImpl>>();
// The builtin objects for unbound methods, by interpreter and `owner:name`.
const unboundObjects = new WeakMap<Interpreter, Map<string, Ptr>>();
function unboundMethod(interp: Interpreter, type: Ptr, m: NativeImpl, name: string): NativeImpl {
  let byType = unboundWrappers.get(m);
  if (byType === undefined) {
    byType = new Map();
    unboundWrappers.set(m, byType);
  }
  let w = byType.get(type);
  if (w === undefined) {
    const tn = interp.typeName(type);
    const slot = isSlotWrapper(tn, name);
    w = (_self, args, kw) => {
      if (args.length === 0)
        throw new PyErr(
          'TypeError',
          slot
            ? `descriptor '${name}' of '${tn}' object needs an argument`
            : `unbound method ${tn.slice(tn.lastIndexOf('.') + 1)}.${name}() needs an argument`,
        );
      if (!interp.isSubtype(interp.space.rt.typeObject(args[0]), type)) {
        const other = interp.space.typeName(args[0]);
        throw new PyErr(
          'TypeError',
          slot
            ? `descriptor '${name}' requires a '${tn}' object but received a '${other}'`
            : `descriptor '${name}' for '${tn}' objects doesn't apply to a '${other}' object`,
        );
      }
      return m(args[0], args.slice(1), kw);
    };
    byType.set(type, w);
    unboundImpls.add(w);
  }
  return w;
}

// The method descriptors of C-like classes (ClassInfo.cType), by function: a builtin that
// checks its first argument as method_check_args does, then calls the function. Each
// holds its function, so an entry's key is never reused while the entry lives.
const cTypeMethods = new WeakMap<Interpreter, Map<Ptr, Ptr>>();
function cTypeMethod(interp: Interpreter, info: ClassInfo, name: Ptr, s: string, fn: Ptr): Ptr {
  const u32 = interp.space.rt.mem.u32;
  // The owner is the C-like class defining the function, or the nearest C-like class
  // before a (private) base that defines it: io.StringIO.getvalue comes from _Memory.
  let owner = NULL as Ptr;
  for (const t of info.mro) {
    const tinfo = interp.classes.get(t);
    if (tinfo?.cType === true && owner === NULL) owner = t;
    const dict = tinfo !== undefined ? (u32[(t + 48) >>> 2] as Ptr) : NULL;
    if (dict !== NULL && interp.n.dictGet(dict, name) === fn) break;
  }
  if (owner === NULL || s === '__new__') return NULL;
  let byFn = cTypeMethods.get(interp);
  if (byFn === undefined) {
    byFn = new Map();
    cTypeMethods.set(interp, byFn);
  }
  let op = byFn.get(fn);
  if (op === undefined) {
    const call: NativeImpl = (self, args, kw) =>
      interp.callKw(interp.ref(fn), [interp.ref(self), ...args.map((a) => interp.ref(a))], kw);
    const impl = unboundMethod(interp, owner, call, s);
    op = interp.newMethodDescriptor(s, impl, `${interp.typeName(owner)}.${s}`, owner);
    interp.incref(fn);
    byFn.set(fn, op);
  }
  return op;
}

/** The natives of unbound methods of built-in types (they bind to an instance, as method descriptors). */
export const unboundImpls = new WeakSet<NativeImpl>();

/**
 * Index of `name` among the class's shared keys, or -1. The keys are interned strs, and
 * one text has one interned str, so an interned name that matches no key by address
 * matches none by text.
 */
function sharedKeyIndex(interp: Interpreter, info: ClassInfo, name: Ptr): number {
  const objs = info.shared.objs;
  for (let i = 0; i < objs.length; i++) if (objs[i] === name) return i;
  if (objs.length === 0 || str_isInterned(interp.space, name)) return -1;
  return info.shared.names.indexOf(interp.n.jsStr(name));
}

/** Looks an attribute up on an instance's own storage (borrowed) or 0. */
function instanceGet(interp: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const type = interp.space.rt.typeObject(obj);
  const info = interp.classes.get(type);
  if (info === undefined) return NULL;
  const rt = interp.space.rt;
  // Slots are descriptors (handled by the caller).
  if (info.slotOffsets.size !== 0 && info.slotOffsets.has(interp.n.jsStr(name))) return NULL;
  if (!info.managedDict) return NULL;
  const dict = rt.mem.u32[(obj + MANAGED_DICT) >>> 2] as Ptr;
  if (dict !== NULL) return interp.n.dictGet(dict, name);
  const vp = instance_values(interp, obj);
  if (vp === 0) return NULL;
  const i = sharedKeyIndex(interp, info, name);
  return i < 0 ? NULL : values_get(interp, vp, i);
}

I.getAttr = function (this: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const info = this.classes.get(this.space.rt.typeObject(obj));
  let r: Ptr;
  try {
    if (info !== undefined && usesGetattrHook(this, info)) return slotGetattrHook(this, obj, name);
    r = this.genericGetAttrOrNull(obj, name);
  } catch (e) {
    throw attributeErrorContext(this, e, obj, name);
  }
  if (r !== NULL) return r;
  // proxy_getattr: the referent's lookup, with its own AttributeError.
  const referent = this.proxyTarget(obj);
  if (referent !== NULL) return this.getAttr(referent, name);
  return this.getAttrMissing(obj, name);
};

/**
 * set_attribute_error_context: an AttributeError escaping `obj.name` (from __getattr__, a
 * descriptor, an empty slot) that has neither `name` nor `obj` gets them.
 */
function attributeErrorContext(interp: Interpreter, e: unknown, obj: Ptr, name: Ptr): unknown {
  if (e instanceof PyErr) {
    const extra = e as PyErr & { attrName?: Ptr; attrObj?: Ptr };
    if (e.excType === 'AttributeError' && extra.attrName === undefined)
      Object.assign(e, { attrName: name, attrObj: obj });
    return e;
  }
  const exc = (e as { exc?: Ptr })?.exc;
  if (typeof exc !== 'number') return e;
  const type = interp.space.rt.typeObject(exc);
  if (!interp.exc.isSubtype(type, interp.exc.type('AttributeError'))) return e;
  const nameOff = interp.exc.fieldOffset(type, 'name');
  const objOff = interp.exc.fieldOffset(type, 'obj');
  if (nameOff < 0 || objOff < 0) return e;
  const none = interp.space.none;
  const isUnset = (p: Ptr) => p === NULL || p === none;
  if (isUnset(interp.exc.get(exc, nameOff)) && isUnset(interp.exc.get(exc, objOff))) {
    interp.exc.set(exc, nameOff, name);
    interp.exc.set(exc, objOff, obj);
  }
  return e;
}

/** Raises the AttributeError for `obj.name`. */
I.getAttrMissing = function (this: Interpreter, obj: Ptr, name: Ptr): never {
  throw this.attributeError(obj, name);
};

I.attributeError = function (this: Interpreter, obj: Ptr, name: Ptr): PyErr {
  const s = this.n.jsStr(name);
  // The exception's name and obj (set_attribute_error_context); unwind() makes the
  // exception object while both are still alive.
  const context = { attrName: name, attrObj: obj };
  if (this.isModule(obj)) {
    // module_getattro: a module still running its body says so (a circular import).
    const mod = this.moduleName(obj);
    const message = this.initializing?.has(mod)
      ? `partially initialized module '${mod}' has no attribute '${s}' (most likely due to a circular import)`
      : `module '${mod}' has no attribute '${s}'`;
    return Object.assign(new PyErr('AttributeError', message), context);
  }
  if (this.isType(obj))
    return Object.assign(
      new PyErr('AttributeError', `type object '${this.typeName(obj)}' has no attribute '${s}'`),
      context,
    );
  // A bound method's lookup ended in its function (method_getattro), which raised.
  if (this.space.rt.typeObject(obj) === this.space.methods.type)
    return this.attributeError(method_func(this.space, obj), name);
  return Object.assign(
    new PyErr('AttributeError', `'${this.space.typeName(obj)}' object has no attribute '${s}'`),
    context,
  );
};

/** getattr without the AttributeError: a new reference, or 0. */
I.getAttrOrNull = function (this: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const info = this.classes.get(this.space.rt.typeObject(obj));
  try {
    if (info !== undefined && usesGetattrHook(this, info)) return slotGetattrHook(this, obj, name);
    return this.genericGetAttrOrNull(obj, name);
  } catch (e) {
    if (e instanceof PyErr && e.excType === 'AttributeError') return NULL;
    if (this.isAttributeErrorException(e)) return NULL;
    throw e;
  }
};

/**
 * PyObject_GetAttr followed by PyErr_Clear on AttributeError (functools_wraps and other C
 * code that does not use _PyObject_LookupAttr): set_attribute_error_context normalises the
 * error, so the exception object (and its args tuple) is made and freed, as the gc count shows.
 */
I.getAttrCleared = function (this: Interpreter, obj: Ptr, name: Ptr): Ptr {
  try {
    return this.getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyErr && e.excType === 'AttributeError') {
      this.decref(this.toException(e));
      return NULL;
    }
    if (this.isAttributeErrorException(e)) return NULL; // (it released the exception)
    throw e;
  }
};

/** object.__getattribute__(obj, name): the generic lookup, with no __getattr__ fallback. */
I.genericGetAttr = function (this: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const r = this.genericGetAttrOrNull(obj, name);
  if (r !== NULL) return r;
  // proxy_getattr: the referent's lookup, with its own AttributeError.
  const referent = this.proxyTarget(obj);
  if (referent !== NULL) return this.getAttr(referent, name);
  return this.getAttrMissing(obj, name);
};

// Refreshes the class's hook flags when its version tag changed.
function refreshHooks(interp: Interpreter, info: ClassInfo): void {
  const version = interp.space.rt.mem.u32[(info.type + HT.version) >>> 2];
  if (info.getattributeVersion === version) return;
  info.getattributeVersion = version;
  info.hasGetattribute = interp.typeLookup(info.type, interp.n.intern('__getattribute__')) !== NULL;
  info.hasGetattr = interp.typeLookup(info.type, interp.n.intern('__getattr__')) !== NULL;
}

/** Whether the class (or a Python base) defines __getattribute__; remembered per version tag. */
export function hasGetattribute(interp: Interpreter, info: ClassInfo): boolean {
  refreshHooks(interp, info);
  return info.hasGetattribute === true;
}

// tp_getattro is slot_tp_getattr_hook: the class defines __getattribute__ or __getattr__.
function usesGetattrHook(interp: Interpreter, info: ClassInfo): boolean {
  refreshHooks(interp, info);
  return info.hasGetattribute === true || info.hasGetattr === true;
}

// A class along the MRO defines its own __class__ (a property, say), not object's descriptor.
function overridesClassAttr(interp: Interpreter, type: Ptr, name: Ptr): boolean {
  const found = interp.typeLookup(type, name);
  return found !== NULL && found !== interp.typeLookup(interp.space.objectType, name);
}

/** PyObject_GenericGetAttr (and the built-in types' getattro) without __getattr__: a new reference, or 0. */
I.genericGetAttrOrNull = function (this: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const space = this.space;
  const n = this.n;
  const type = space.rt.typeObject(obj);
  const s = n.jsStr(name);
  if (this.isModule(obj)) {
    const d = this.moduleDict(obj);
    const v = n.dictGet(d, name);
    if (v !== NULL) return this.ref(v);
    if (s === '__dict__') return this.ref(d);
    if (d === this.builtinsDict) {
      const lazy = this.lazyBuiltin(name);
      if (lazy !== NULL) return this.ref(lazy);
    }
    // The module type's own methods (`m.__repr__()`, `m.__dir__()`), as generic getattr finds them.
    if (s === '__class__') return this.ref(type);
    const tm = nativeMethod(this, type, s);
    if (tm !== undefined) return this.newBuiltin(s, tm, obj, `${this.typeName(type)}.${s}`);
    // A frozen module's lazy attributes (sys's structseqs): NotImplemented for a missing name.
    const lazy = n.dictGet(d, n.intern('__pymm_lazy__'));
    if (lazy !== NULL) {
      const v = this.callBorrowed(lazy, [name]);
      if (v !== this.space.notImplemented) return v;
      this.decref(v);
    }
    // PEP 562: the module's own __getattr__.
    const hook = n.dictGet(d, n.intern('__getattr__'));
    if (hook !== NULL) return this.callBorrowed(hook, [name]);
    return NULL;
  }
  if (this.isType(obj)) return this.typeGetAttr(obj, name);
  if (type === this.superType) return this.superGetAttr(obj, name);
  const target = this.proxyTarget(obj);
  if (target !== NULL) return this.getAttrOrNull(target, name);
  // Special attributes every object has (unless a class overrides __class__: mock specs).
  const info = this.classes.get(type);
  if (s === '__class__' && (info === undefined || !overridesClassAttr(this, type, name)))
    return this.ref(type);
  if (info !== undefined) {
    if (info.superBased === true) {
      // super_getattro, inherited: the MRO after the super object's type first.
      const found = superMroAttr(this, obj, name);
      if (found !== NULL) return found;
    }
    const off = info.slotOffsets.get(s);
    if (off !== undefined) {
      const v = space.rt.mem.u32[(obj + off) >>> 2] as Ptr;
      if (v === NULL) throw new PyErr('AttributeError', `'${info.name}' object has no attribute '${s}'`);
      return this.ref(v);
    }
    if (s === '__dict__' && info.managedDict) return this.ref(this.instanceDict(obj, true));
  }
  const getter = nativeGetter(this, type, s);
  if (getter !== undefined) return getter(obj);
  const descr = this.typeLookup(type, name);
  if (descr !== NULL && this.isDataDescriptor(descr)) return this.bindDescriptor(descr, obj, type);
  if (descr !== NULL) {
    // The instance dict's lookup can run a key's __eq__, which may delete the class
    // attribute: hold it meanwhile (Py_INCREF(descr) in _PyObject_GenericGetAttrWithDict).
    this.incref(descr);
    try {
      const v = instanceAttr(this, obj, name);
      return v !== NULL ? this.ref(v) : this.bindDescriptor(descr, obj, type);
    } finally {
      this.decref(descr);
    }
  }
  const v = instanceAttr(this, obj, name);
  if (v !== NULL) return this.ref(v);
  if (s === '__hash__' && inheritsHashNone(this, type)) return this.newNone();
  const m = nativeMethod(this, type, s);
  if (m !== undefined) return this.newBuiltin(s, m, obj, `${this.typeName(type)}.${s}`);
  // A built-in type's instance shows its type's docstring.
  if (s === '__doc__' && !this.classes.has(type)) return this.typeGetAttr(type, name);
  // A built-in type's class method read from an instance (`{}.fromkeys`) binds to its type
  // (only static types have them: a class along the MRO is passed over without a Map look-up).
  for (const t of this.mroOf(type)) {
    if (this.classes.get(t) !== undefined) continue;
    const cm = this.nativeClassMethods.get(t)?.get(s);
    if (cm !== undefined) return this.newBuiltin(s, cm, type, `${this.typeName(t)}.${s}`);
  }
  // method_getattro: what the method type does not have, the function has (m.__isabstractmethod__).
  if (type === space.methods.type) return this.getAttrOrNull(method_func(space, obj), name);
  return NULL;
};

// The attribute in the instance's own values or dict (borrowed), or NULL.
function instanceAttr(interp: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const own = instanceGet(interp, obj, name);
  if (own !== NULL) return own;
  const dslot = interp.dictSlotOf(obj);
  if (dslot === 0) return NULL;
  const d = slotDict(interp, obj, dslot, false);
  return d === NULL ? NULL : interp.n.dictGet(d, name);
}

// A class's __getattr__ (not consulted for __getattr__ itself), or NULL.
function getattrHook(interp: Interpreter, type: Ptr, name: Ptr): Ptr {
  const n = interp.n;
  if (n.jsStr(name) === '__getattr__') return NULL;
  return interp.typeLookup(type, n.intern('__getattr__'));
}

// slot_tp_getattr_hook: the class's __getattribute__ (or the generic lookup), then
// __getattr__ if that raised AttributeError. Errors propagate (a custom message included).
function slotGetattrHook(interp: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const type = interp.space.rt.typeObject(obj);
  const getattr = getattrHook(interp, type, name);
  if (getattr === NULL) return callGetattribute(interp, obj, name);
  // The lookup may delete __getattr__ from the class: hold it (Py_INCREF(getattr)).
  interp.incref(getattr);
  try {
    const info = interp.classes.get(type);
    if (info === undefined || !hasGetattribute(interp, info)) {
      // The generic __getattribute__ with `suppress` (_PyObject_GenericGetAttrWithDict): a
      // plain miss goes to __getattr__ without an AttributeError made (or thrown) first.
      let r = NULL as Ptr;
      try {
        r = interp.genericGetAttrOrNull(obj, name);
      } catch (e) {
        if (!(e instanceof PyErr && e.excType === 'AttributeError') && !interp.isAttributeErrorException(e))
          throw e;
      }
      return r !== NULL ? r : interp.callLookedUp(getattr, obj, [name]);
    }
    try {
      return callGetattribute(interp, obj, name);
    } catch (e) {
      if (!(e instanceof PyErr && e.excType === 'AttributeError') && !interp.isAttributeErrorException(e))
        throw e;
    }
    return interp.callLookedUp(getattr, obj, [name]);
  } finally {
    interp.decref(getattr);
  }
}

// The class's __getattribute__, or the generic lookup when only __getattr__ is defined.
function callGetattribute(interp: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const info = interp.classes.get(interp.space.rt.typeObject(obj));
  const r =
    info !== undefined && hasGetattribute(interp, info)
      ? interp.callSpecial(obj, '__getattribute__', [name])
      : interp.genericGetAttrOrNull(obj, name);
  if (r === NULL) return interp.getAttrMissing(obj, name);
  return r;
}

declare module './interp.js' {
  interface Interpreter {
    /** Offset of the word holding an object's attribute dict (functions, exceptions), or 0. */
    dictSlotOf(obj: Ptr): number;
    typeGetAttr(type: Ptr, name: Ptr): Ptr;
    /** PyObject_GenericGetAttr without __getattr__ (object.__getattribute__): a new reference, or 0. */
    genericGetAttrOrNull(obj: Ptr, name: Ptr): Ptr;
    /** The AttributeError getattr raises for `obj.name` (with its name and obj). */
    attributeError(obj: Ptr, name: Ptr): PyErr;
    isDataDescriptor(descr: Ptr): boolean;
    isAttributeErrorException(e: unknown): boolean;
    moduleDict(module: Ptr): Ptr;
    moduleName(module: Ptr): string;
  }
}

/** Offset of an exception's `dict` word (EXC.dict). */
const EXCEPTION_DICT_SLOT = 16;

I.dictSlotOf = function (this: Interpreter, obj: Ptr): number {
  const type = this.space.rt.typeObject(obj);
  if (type === this.space.functions.type) return 88;
  const info = this.classes.get(type);
  if (info?.managedDict) return 0;
  if (this.isExceptionInstance(obj)) return EXCEPTION_DICT_SLOT;
  return 0;
};

/**
 * `obj.__dict__ = value` (NULL: `del obj.__dict__`) for an object with an attribute dict:
 * subtype_setdict for a class's instances (the inline values are given up),
 * PyObject_GenericSetDict for functions and exceptions. False when `obj` has none.
 */
function setDictAttr(interp: Interpreter, obj: Ptr, value: Ptr): boolean {
  const rt = interp.space.rt;
  const type = rt.typeObject(obj);
  const managed = interp.classes.get(type)?.managedDict === true;
  const dslot = managed ? 0 : interp.dictSlotOf(obj);
  if (!managed && dslot === 0) return false;
  // PyObject_GenericSetDict for functions and exceptions: their dict cannot be deleted.
  if (value === NULL && !managed) throw new PyErr('TypeError', 'cannot delete __dict__');
  if (value !== NULL && !interp.n.isDict(value)) {
    throw new PyErr(
      'TypeError',
      `__dict__ must be set to a dictionary, not a '${interp.space.typeName(value)}'`,
    );
  }
  // _PyObject_GetDictPtr: a managed dict is materialised from the inline values first.
  if (managed) interp.instanceDict(obj, true);
  const at = (obj + (managed ? MANAGED_DICT : dslot)) >>> 2;
  const old = rt.mem.u32[at] as Ptr;
  rt.mem.u32[at] = value === NULL ? NULL : interp.ref(value);
  if (old !== NULL) interp.decref(old);
  return true;
}

/** The attribute dict in a dict slot (borrowed), made on demand when `create`. */
function slotDict(interp: Interpreter, obj: Ptr, off: number, create: boolean): Ptr {
  const rt = interp.space.rt;
  let d = rt.mem.u32[(obj + off) >>> 2] as Ptr;
  if (d === NULL && create) {
    d = interp.n.dict();
    rt.mem.u32[(obj + off) >>> 2] = d;
  }
  return d;
}

I.isAttributeErrorException = function (this: Interpreter, e: unknown): boolean {
  const pe = e as { exc?: Ptr };
  if (typeof pe?.exc !== 'number') return false;
  const matches = this.exc.isSubtype(this.space.rt.typeObject(pe.exc), this.exc.type('AttributeError'));
  if (matches) this.decref(pe.exc);
  return matches;
};

// A static type's tp_name may carry its module ("weakref.ReferenceType"); __name__ drops it.
function staticShortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

I.typeGetAttr = function (this: Interpreter, type: Ptr, name: Ptr): Ptr {
  const n = this.n;
  const s = n.jsStr(name);
  const u32 = this.space.rt.mem.u32;
  const heap = this.classes.get(type);
  switch (s) {
    case '__name__':
      return heap ? this.ref(u32[(type + 72) >>> 2] as Ptr) : n.str(staticShortName(this.typeName(type)));
    case '__qualname__':
      return heap ? this.ref(u32[(type + 80) >>> 2] as Ptr) : n.str(staticShortName(this.typeName(type)));
    case '__mro__':
      return heap
        ? this.ref(u32[(type + 64) >>> 2] as Ptr)
        : n.tuple(this.mroOf(type).map((t) => this.ref(t)));
    case '__bases__': {
      if (heap) return this.ref(u32[(type + 56) >>> 2] as Ptr);
      const base = this.space.slots(type).base;
      return n.tuple(base === NULL ? [] : [this.ref(base)]);
    }
    case '__base__': {
      const base = this.space.slots(type).base;
      return base === NULL ? this.newNone() : this.ref(base);
    }
    case '__dict__':
      // type_dict: a new read-only proxy of the class's namespace on every access (a
      // built-in type's is made from its native tables on first use: typedicts.ts).
      return this.newMappingProxy(heap ? (u32[(type + 48) >>> 2] as Ptr) : this.staticTypeDict(type));
    case '__class__':
      return this.ref(this.space.rt.typeObject(type));
    case '__doc__':
      // A built-in type's tp_doc (builtindocs.ts, or the type's own), else None.
      if (!heap) {
        const own = this.staticAttrs.get(type)?.get(s);
        if (own !== undefined) return this.ref(own);
        const doc = builtinDoc(staticShortName(this.typeName(type)));
        return doc === undefined ? this.newNone() : n.str(doc);
      }
      break;
    case '__module__':
      // type_module: a static type's tp_name carries its module before the last dot
      // (interned, so that every read gives the same str, as pickle's memo relies on).
      if (!heap) {
        const full = this.typeName(type);
        return this.ref(n.intern(full.includes('.') ? full.slice(0, full.lastIndexOf('.')) : 'builtins'));
      }
      break;
    case '__flags__': {
      // A class over int, tuple or bytes has no Py_TPFLAGS_MANAGED_DICT in 3.11 (pymm's does).
      const info = this.classes.get(type);
      const unmanaged = info !== undefined && managedDictCorrection(this, info) !== 0;
      return n.int((this.space.slots(type).flags & ~(unmanaged ? TPFLAGS_MANAGED_DICT : 0)) >>> 0);
    }
    case '__basicsize__':
      return n.int(this.space.slots(type).basicsize);
    case '__itemsize__': {
      // A class inherits its solid base's item size; type's own is that of its member slots.
      let t = type;
      while (t !== NULL && t !== this.space.typeType && this.space.slots(t).itemsize === 0)
        t = this.space.slots(t).base;
      if (t === NULL) return n.int(0);
      return n.int(t === this.space.typeType ? 40 : this.space.slots(t).itemsize);
    }
    case '__weakrefoffset__':
      return n.int(this.space.slots(type).weaklistoffset);
  }
  if (!heap) {
    const own = this.staticAttrs.get(type)?.get(s);
    if (own !== undefined) return this.ref(own);
  }
  const metaData = this.metaclassGetAttr(type, name, true);
  if (metaData !== NULL) return metaData;
  if (heap && s === '__annotations__') return typeGetAnnotations(this, type, name);
  const descr = this.typeLookup(type, name);
  if (descr !== NULL) {
    if (heap && this.space.rt.typeObject(descr) === this.space.functions.type) {
      const wrapped = cTypeMethod(this, heap, name, s, descr);
      if (wrapped !== NULL) return this.ref(wrapped);
    }
    return this.bindDescriptor(descr, NULL, type);
  }
  if (s === '__new__') {
    // A built-in type's __new__ is one builtin function in its dict (tp_new_wrapper),
    // found in the MRO before any non-data attribute of the metatype (ABCMeta.__new__).
    for (const t of this.mroOf(type)) {
      const impl = this.nativeMethods.get(t)?.get(s);
      if (impl !== undefined) return this.ref(this.staticNew(t, impl));
    }
  }
  const metaAttr = this.metaclassGetAttr(type, name, false);
  if (metaAttr !== NULL) return metaAttr;
  for (const t of this.mroOf(type)) {
    const cm = this.nativeClassMethods.get(t)?.get(s);
    if (cm !== undefined) return this.newBuiltin(s, cm, type, `${this.typeName(t)}.${s}`);
  }
  if (s === '__hash__' && inheritsHashNone(this, type)) return this.newNone();
  const m = nativeMethod(this, type, s);
  if (m !== undefined) {
    // One object per (defining type, name), kept for the program's life as the descriptor
    // in a built-in type's dict is: `dict.__repr__ is dict.__repr__`, and it can key a dict.
    const owner = nativeOwner(this, type, s);
    let byName = unboundObjects.get(this);
    if (byName === undefined) {
      byName = new Map();
      unboundObjects.set(this, byName);
    }
    const key = `${owner}:${s}`;
    let op = byName.get(key);
    if (op === undefined) {
      const impl = unboundMethod(this, owner, m, s);
      // The descriptor's repr names the type that defines it (its __objclass__).
      op = this.newMethodDescriptor(s, impl, `${this.typeName(type)}.${s}`, owner);
      byName.set(key, op);
    }
    return this.ref(op);
  }
  // A built-in type's getset and member descriptors (`int.real`, `BaseException.args`).
  for (const t of this.mroOf(type)) {
    if (this.classes.has(t) || !this.nativeGetters.get(t)?.has(s)) continue;
    const d = this.getsetDescriptor(t, s);
    if (d !== NULL) return d;
  }
  // Attributes of the metatype (type.mro, …).
  const meta = this.space.rt.typeObject(type);
  const mm = nativeMethod(this, meta, s);
  if (mm !== undefined) return this.newBuiltin(s, mm, type, `type.${s}`);
  return NULL;
};

// type_get_annotations: the class's own __annotations__, or a new empty dict stored in
// its namespace (never a base's: each class gets its own).
function typeGetAnnotations(interp: Interpreter, type: Ptr, name: Ptr): Ptr {
  const ns = interp.space.rt.mem.u32[(type + 48) >>> 2] as Ptr;
  const own = interp.n.dictGet(ns, name);
  if (own !== NULL) return interp.bindDescriptor(own, NULL, type);
  const d = interp.n.dict();
  interp.n.dictSet(ns, name, d);
  interp.typeModified(type);
  return d;
}

I.setAttr = function (this: Interpreter, obj: Ptr, name: Ptr, value: Ptr): void {
  // A class's own __setattr__ (tp_setattro = slot_tp_setattro) takes every assignment.
  const hooked = this.classes.get(this.space.rt.typeObject(obj));
  if (hooked?.hasSetattr) {
    const r = this.callSpecial(obj, '__setattr__', [name, value]);
    if (r !== NULL) {
      this.decref(r);
      return;
    }
  }
  this.genericSetAttr(obj, name, value);
};

I.genericSetAttr = function (this: Interpreter, obj: Ptr, name: Ptr, value: Ptr): void {
  const space = this.space;
  const n = this.n;
  const type = space.rt.typeObject(obj);
  const s = n.jsStr(name);
  if (this.isModule(obj)) {
    n.dictSet(this.moduleDict(obj), name, value);
    return;
  }
  if (this.classes.has(obj)) {
    if (s === '__name__' || s === '__qualname__') {
      // type_set_name / type_set_qualname: ht_name / ht_qualname (and tp_name), not the dict.
      if (!n.isStr(value))
        throw new PyErr(
          'TypeError',
          `can only assign string to ${this.typeName(obj)}.${s}, not '${space.typeName(value)}'`,
        );
      if (s === '__name__' && n.jsStr(value).includes('\0'))
        throw new PyErr('ValueError', 'type name must not contain null characters');
      const at = (obj + (s === '__name__' ? 72 : 80)) >>> 2;
      const old = space.rt.mem.u32[at] as Ptr;
      space.rt.mem.u32[at] = this.ref(value);
      if (s === '__name__') {
        // tp_name follows: error messages name the class as it is now called.
        space.slots(obj).name = n.jsStr(value);
        (this.classes.get(obj) as { name: string }).name = n.jsStr(value);
      }
      if (old !== NULL) this.decref(old);
      return;
    }
    n.dictSet(space.rt.mem.u32[(obj + 48) >>> 2] as Ptr, name, value);
    if (s === '__del__') updateDelSlot(this, obj);
    if (s === '__abstractmethods__') this.setAbstract(obj, value);
    if (s === '__setattr__' || s === '__delattr__') (this.classes.get(obj) as ClassInfo).hasSetattr = true;
    if (s === '__new__') markSlotNew(this, obj);
    return;
  }
  const target = this.proxyTarget(obj);
  if (target !== NULL) {
    this.setAttr(target, name, value);
    return;
  }
  if (this.isType(obj))
    throw new PyErr('TypeError', `cannot set '${s}' attribute of immutable type '${this.typeName(obj)}'`);
  const descr = this.typeLookup(type, name);
  if (descr !== NULL && this.isDataDescriptor(descr)) {
    this.descriptorSet(descr, obj, value);
    return;
  }
  if (s === '__class__') {
    this.setClassOf(obj, value);
    return;
  }
  if (type === this.generatorType && (s === '__name__' || s === '__qualname__')) {
    // gen_set_name / gen_set_qualname
    if (value === NULL || !n.isStr(value))
      throw new PyErr('TypeError', `${s} must be set to a string object`);
    const at = (obj + (s === '__name__' ? GEN.name : GEN.qualname)) >>> 2;
    const old = space.rt.mem.u32[at] as Ptr;
    space.rt.mem.u32[at] = this.ref(value);
    this.decref(old);
    return;
  }
  if (type === space.functions.type) {
    const fields: Record<
      string,
      'name' | 'qualname' | 'doc' | 'defaults' | 'kwdefaults' | 'module' | 'annotations'
    > = {
      __name__: 'name',
      __qualname__: 'qualname',
      __doc__: 'doc',
      __defaults__: 'defaults',
      __kwdefaults__: 'kwdefaults',
      __annotations__: 'annotations',
      __module__: 'module',
    };
    const f = fields[s];
    if (f !== undefined) {
      if ((f === 'name' || f === 'qualname') && !n.isStr(value)) {
        throw new PyErr('TypeError', `${s} must be set to a string object`);
      }
      // func_set_defaults / func_set_kwdefaults / func_set_annotations.
      if (f === 'defaults' && value !== this.none && !n.isTuple(value))
        throw new PyErr('TypeError', '__defaults__ must be set to a tuple object');
      if (f === 'kwdefaults' && value !== this.none && !n.isDict(value))
        throw new PyErr('TypeError', '__kwdefaults__ must be set to a dict object');
      if (f === 'annotations' && value !== this.none && !n.isDict(value))
        throw new PyErr('TypeError', '__annotations__ must be set to a dict object');
      const nullable = f === 'defaults' || f === 'kwdefaults' || f === 'annotations';
      func_set(space, obj, f, value === this.none && nullable ? NULL : value);
      return;
    }
  }
  const nativeSet = this.nativeSetters.get(type)?.get(s);
  if (nativeSet !== undefined) {
    nativeSet(obj, value);
    return;
  }
  const info = this.classes.get(type);
  if (s === '__dict__' && setDictAttr(this, obj, value)) return;
  const dslot = this.dictSlotOf(obj);
  // An exception's own attributes (args, __cause__, OSError.errno, …) are getsets and members.
  if (dslot === EXCEPTION_DICT_SLOT && this.setExceptionAttr(obj, s, value)) return;
  // A getset descriptor of a built-in type without a setter (deque.maxlen, int.real, …).
  const readonly = notWritable(this, type, s);
  if (readonly !== null) throw readonly;
  if (dslot !== 0 && (info === undefined || !info.slotOffsets.has(s))) {
    n.dictSet(slotDict(this, obj, dslot, true), name, value);
    return;
  }
  if (info === undefined) {
    if (descr !== NULL || nativeMethod(this, type, s)) {
      throw new PyErr('AttributeError', `'${space.typeName(obj)}' object attribute '${s}' is read-only`);
    }
    throw new PyErr('AttributeError', `'${space.typeName(obj)}' object has no attribute '${s}'`);
  }
  const off = info.slotOffsets.get(s);
  if (off !== undefined) {
    const at = (obj + off) >>> 2;
    const old = space.rt.mem.u32[at] as Ptr;
    this.incref(value);
    space.rt.mem.u32[at] = value;
    if (old !== NULL) this.decref(old);
    return;
  }
  if (!info.managedDict) {
    // _PyObject_GenericSetAttrWithDict without a dict: a class attribute makes it read-only.
    if (descr !== NULL)
      throw new PyErr('AttributeError', `'${info.name}' object attribute '${s}' is read-only`);
    throw new PyErr('AttributeError', `'${info.name}' object has no attribute '${s}'`);
  }
  const dict = space.rt.mem.u32[(obj + MANAGED_DICT) >>> 2] as Ptr;
  if (dict !== NULL) {
    n.dictSet(dict, name, value);
    return;
  }
  const vp = instance_values(this, obj);
  let i = sharedKeyIndex(this, info, name);
  if (i < 0 && info.shared.usable > 0) i = sharedKeys_insert(space, info.shared, s);
  if (vp !== 0 && i >= 0 && i < values_capacity(this, vp)) {
    this.incref(value);
    values_set(this, vp, i, value);
    return;
  }
  // No room inline: the attributes move to a real dict.
  n.dictSet(this.instanceDict(obj, true), name, value);
};

I.delAttr = function (this: Interpreter, obj: Ptr, name: Ptr): void {
  const hooked = this.classes.get(this.space.rt.typeObject(obj));
  if (hooked?.hasSetattr) {
    const r = this.callSpecial(obj, '__delattr__', [name]);
    if (r !== NULL) {
      this.decref(r);
      return;
    }
  }
  this.genericDelAttr(obj, name);
};

I.genericDelAttr = function (this: Interpreter, obj: Ptr, name: Ptr): void {
  const target = this.proxyTarget(obj); // proxy_setattr with a NULL value
  if (target !== NULL) {
    this.delAttr(target, name);
    return;
  }
  const space = this.space;
  const n = this.n;
  const type = space.rt.typeObject(obj);
  const s = n.jsStr(name);
  const missing = () =>
    new PyErr('AttributeError', `'${space.typeName(obj)}' object has no attribute '${s}'`);
  if (this.isModule(obj)) {
    if (!n.dictDel(this.moduleDict(obj), name))
      throw new PyErr('AttributeError', `module '${this.moduleName(obj)}' has no attribute '${s}'`);
    return;
  }
  if (this.classes.has(obj)) {
    if (!n.dictDel(space.rt.mem.u32[(obj + 48) >>> 2] as Ptr, name))
      throw new PyErr('AttributeError', `type object '${this.typeName(obj)}' has no attribute '${s}'`);
    if (s === '__del__') updateDelSlot(this, obj);
    return;
  }
  if (this.isType(obj))
    throw new PyErr('TypeError', `cannot set '${s}' attribute of immutable type '${this.typeName(obj)}'`);
  const descr = this.typeLookup(type, name);
  if (descr !== NULL && this.isDataDescriptor(descr)) {
    this.descriptorDelete(descr, obj);
    return;
  }
  const nativeDel = this.nativeSetters.get(type)?.get(s);
  if (nativeDel !== undefined) {
    nativeDel(obj, NULL);
    return;
  }
  const info = this.classes.get(type);
  if (s === '__dict__' && setDictAttr(this, obj, NULL)) return;
  const dslot = this.dictSlotOf(obj);
  if (dslot !== 0) {
    if (
      dslot !== EXCEPTION_DICT_SLOT &&
      !this.classes.has(type) &&
      READONLY_MEMBERS[this.typeName(type)]?.includes(s)
    )
      throw new PyErr('AttributeError', 'readonly attribute');
    // BaseException's getsets refuse deletion; __suppress_context__ is a T_BOOL member.
    if (dslot === EXCEPTION_DICT_SLOT) {
      if (s === 'args' || s === '__traceback__' || s === '__cause__' || s === '__context__')
        throw new PyErr('TypeError', `${s} may not be deleted`);
      if (s === '__suppress_context__') throw new PyErr('TypeError', "can't delete numeric/char attribute");
    }
    const d = slotDict(this, obj, dslot, false);
    if (d === NULL || !n.dictDel(d, name)) throw missing();
    return;
  }
  if (info === undefined) {
    const readonly = notWritable(this, type, s);
    if (readonly !== null) throw readonly;
    // _PyObject_GenericSetAttrWithDict: a non-data attribute of the type cannot be deleted.
    if (descr !== NULL || nativeMethod(this, type, s))
      throw new PyErr('AttributeError', `'${space.typeName(obj)}' object attribute '${s}' is read-only`);
    throw missing();
  }
  const off = info.slotOffsets.get(s);
  if (off !== undefined) {
    const at = (obj + off) >>> 2;
    const old = space.rt.mem.u32[at] as Ptr;
    // PyMember_SetOne (T_OBJECT_EX): deleting an unset slot names just the slot.
    if (old === NULL) throw new PyErr('AttributeError', s);
    space.rt.mem.u32[at] = 0;
    this.decref(old);
    return;
  }
  // _PyObject_GenericSetAttrWithDict without a dict: a class attribute makes it read-only.
  if (!info.managedDict && descr !== NULL)
    throw new PyErr('AttributeError', `'${info.name}' object attribute '${s}' is read-only`);
  const dict = info.managedDict ? (space.rt.mem.u32[(obj + MANAGED_DICT) >>> 2] as Ptr) : NULL;
  if (dict !== NULL) {
    if (!n.dictDel(dict, name)) throw missing();
    return;
  }
  const vp = instance_values(this, obj);
  const i = sharedKeyIndex(this, info, name);
  if (vp === 0 || i < 0 || !values_delete(this, vp, i)) throw missing();
};

/** The instance's __dict__ (borrowed), materialised from its inline values if needed. */
I.instanceDict = function (this: Interpreter, obj: Ptr, create: boolean): Ptr {
  const rt = this.space.rt;
  const n = this.n;
  let dict = rt.mem.u32[(obj + MANAGED_DICT) >>> 2] as Ptr;
  if (dict !== NULL || !create) return dict;
  const info = this.classes.get(rt.typeObject(obj));
  dict = n.dict();
  const vp = instance_values(this, obj);
  if (vp !== 0 && info !== undefined) {
    // make_dict_from_instance_attributes: a split dict over the class's shared keys.
    for (const i of values_order(this, vp)) {
      const v = values_get(this, vp, i);
      if (v !== NULL) n.dictSet(dict, info.shared.objs[i], v);
    }
    rt.mem.u32[(obj + MANAGED_VALUES) >>> 2] = 0;
    values_free(this, vp);
    dict_markSplit(this.space, dict, info.shared);
  }
  rt.mem.u32[(obj + MANAGED_DICT) >>> 2] = dict;
  return dict;
};

/** LOAD_METHOD: [callable, true] when the attribute is a plain function to call with obj; else [bound attribute, false]. */
I.plainMethod = function (this: Interpreter, obj: Ptr, name: Ptr): Ptr {
  const type = this.space.rt.typeObject(obj);
  // An instance of a class (modules, super objects and proxies have built-in types).
  const info = this.classes.get(type);
  if (info === undefined || this.isType(obj) || hasGetattribute(this, info)) return NULL;
  const descr = this.typeLookup(type, name);
  if (descr === NULL || this.space.rt.typeObject(descr) !== this.space.functions.type) return NULL;
  if (instanceGet(this, obj, name) !== NULL) return NULL;
  // The instance dict's lookup may have run a key's __eq__ that deleted the method: only
  // a function the class still has (a cached look-up while its version is unchanged).
  return this.typeLookup(type, name) === descr ? descr : NULL;
};

I.lookupMethod = function (this: Interpreter, obj: Ptr, name: Ptr): [Ptr, boolean] {
  const info = this.classes.get(this.space.rt.typeObject(obj));
  if (plainInstance(this, obj) && (info === undefined || !hasGetattribute(this, info))) {
    const descr = this.typeLookup(this.space.rt.typeObject(obj), name);
    if (descr !== NULL && this.space.rt.typeObject(descr) === this.space.functions.type) {
      // (As plainMethod: the look-up in the instance dict may have deleted the method.)
      if (
        instanceGet(this, obj, name) === NULL &&
        this.typeLookup(this.space.rt.typeObject(obj), name) === descr
      )
        return [this.ref(descr), true];
    }
  }
  return [this.getAttr(obj, name), false];
};

declare module './interp.js' {
  interface Interpreter {
    /**
     * LOAD_METHOD's common case: the Python function `name` found on the class of `obj`, an
     * instance of a class, and not shadowed by an instance attribute (borrowed), else NULL.
     */
    plainMethod(obj: Ptr, name: Ptr): Ptr;
    /** The native method `name` of a built-in type's instance, called without a bound object (LOAD_METHOD). */
    nativeMethodOf(obj: Ptr, name: Ptr): import('./calls.js').NativeImpl | undefined;
  }
}

I.nativeMethodOf = function (this: Interpreter, obj: Ptr, name: Ptr) {
  const type = this.space.rt.typeObject(obj);
  if (!plainInstance(this, obj) || this.classes.has(type) || this.typeLookup(type, name) !== NULL)
    return undefined;
  const s = this.n.jsStr(name);
  if (s === '__hash__' && inheritsHashNone(this, type)) return undefined;
  return nativeMethod(this, type, s);
};

// Not a module, type, super object or weak proxy: attribute lookup is the generic one.
function plainInstance(interp: Interpreter, obj: Ptr): boolean {
  const type = interp.space.rt.typeObject(obj);
  return (
    !interp.isModule(obj) &&
    !interp.isType(obj) &&
    type !== interp.superType &&
    interp.proxyTarget(obj) === NULL
  );
}

/** Calls type(obj).<name>(obj, *args) if the type defines it in Python or natively; 0 if not. */
I.callSpecial = function (this: Interpreter, obj: Ptr, name: string, args: Ptr[]): Ptr {
  const descr = this.typeLookup(this.space.rt.typeObject(obj), this.n.intern(name));
  return descr === NULL ? NULL : this.callLookedUp(descr, obj, args);
};

I.callSpecialMasked = function (this: Interpreter, obj: Ptr, name: string, args: Ptr[]): Ptr {
  const descr = this.typeLookup(this.space.rt.typeObject(obj), this.n.intern(name));
  return descr === NULL ? NULL : this.callLookedUp(descr, obj, args, true);
};

I.callLookedUp = function (this: Interpreter, descr: Ptr, obj: Ptr, args: Ptr[], masked = false): Ptr {
  if (this.space.rt.typeObject(descr) === this.space.functions.type)
    return this.callBorrowed(descr, [obj, ...args]);
  let bound: Ptr;
  try {
    bound = this.bindDescriptor(descr, obj, this.space.rt.typeObject(obj));
  } catch (e) {
    // (masked: the caller clears a Python error from the binding, as lookup_maybe_method's do.)
    if (!masked || !(e instanceof PyThrowable)) throw e;
    if (e instanceof PyException) this.decref(e.exc);
    return -1 as Ptr;
  }
  for (const a of args) this.incref(a);
  return this.call(bound, args);
};

/** Calling something that is not a function: a class, or an object whose type has __call__. */
I.callObject = function (this: Interpreter, f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  if (this.isType(f)) {
    const metaCall = this.metaclassCall(f);
    if (metaCall === NULL) return this.callType(f, args, kwnames);
    // slot_tp_call of the metaclass: __call__(cls, *args, **kwargs).
    this.incref(metaCall);
    this.incref(f);
    return this.withTpCall(args, kwnames, () => prependCall(this, metaCall, f, args, kwnames));
  }
  const type = this.space.rt.typeObject(f);
  const native = this.space.slots(type).call;
  if (native !== null) {
    try {
      return this.callNativeSlot(f, native, args, kwnames);
    } finally {
      for (const a of args) this.decref(a);
    }
  }
  const call = this.typeLookup(type, this.n.intern('__call__'));
  if (call === NULL) {
    for (const a of args) this.decref(a);
    throw new PyErr('TypeError', `'${this.space.typeName(f)}' object is not callable`);
  }
  if (this.space.rt.typeObject(call) !== this.space.functions.type) {
    // slot_tp_call's lookup_method: any other attribute is bound first (a staticmethod,
    // a property, a callable instance without __get__ is called as it is).
    let bound: Ptr;
    try {
      bound = this.bindDescriptor(call, f, type);
    } catch (e) {
      for (const a of args) this.decref(a);
      throw e;
    }
    return this.withTpCall(args, kwnames, () => this.callKw(bound, args, kwnames));
  }
  // slot_tp_call, reached through _PyObject_MakeTpCall (instances have no vectorcall):
  // __call__(self, *args, **kwargs) through _PyObject_Call_Prepend.
  this.incref(call);
  this.incref(f);
  if (this.classes.get(type)?.vectorcall === true) {
    // A stand-in for a C type with tp_vectorcall: no tuple, no recursion count.
    this.argsGiven = false;
    return prependCall(this, call, f, args, kwnames);
  }
  return this.withTpCall(args, kwnames, () => prependCall(this, call, f, args, kwnames));
};

// _PyObject_Call_Prepend(callable, self, args, kwargs), reached from _PyObject_MakeTpCall:
// the caller's references to the arguments (stolen here) stay while the callee runs, whose
// frame takes its own, and keywords go through _PyStack_UnpackDict, one more reference to
// self and each argument. `callable` and `self` are stolen.
function prependCall(interp: Interpreter, callable: Ptr, self: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  for (const a of args) interp.incref(a);
  try {
    return interp.withUnpackDict(kwnames, () => interp.callKw(callable, [self, ...args], kwnames), [
      self,
      ...args,
    ]);
  } finally {
    for (const a of args) interp.decref(a);
  }
}

declare module './interp.js' {
  interface Interpreter {
    callType(type: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /** PyObject_GenericSetAttr: setattr without the class's __setattr__ (object.__setattr__). */
    genericSetAttr(obj: Ptr, name: Ptr, value: Ptr): void;
    /** PyObject_GenericSetAttr with NULL: delattr without the class's __delattr__. */
    genericDelAttr(obj: Ptr, name: Ptr): void;
    callNativeSlot(f: Ptr, slot: (c: Ptr, a: Ptr, k: Ptr) => Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    descriptorSet(descr: Ptr, obj: Ptr, value: Ptr): void;
    descriptorDelete(descr: Ptr, obj: Ptr): void;
  }
}

I.callNativeSlot = function (this: Interpreter, f, slot, args, kwnames): Ptr {
  // _PyObject_MakeTpCall's tuple and dict (CALL_FUNCTION_EX's own, when it made them).
  this.argsGiven = false;
  const nkw = kwnames?.length ?? 0;
  const pos = this.n.tuple(args.slice(0, args.length - nkw).map((a) => this.ref(a)));
  let kw = NULL;
  if (kwnames !== null && nkw > 0) {
    kw = this.n.dict();
    kwnames.forEach((k, i) => {
      this.n.dictSet(kw, k, args[args.length - nkw + i]);
    });
  }
  try {
    return slot(f, pos, kw);
  } catch (e) {
    throw this.pinError(e);
  } finally {
    this.decref(pos);
    if (kw !== NULL) this.decref(kw);
  }
};

/** A function found on a type, bound for `obj` (NULL when looked up on the type itself). */
I.bindDescriptor = function (this: Interpreter, descr: Ptr, obj: Ptr, type: Ptr): Ptr {
  const space = this.space;
  const dt = space.rt.typeObject(descr);
  if (dt === space.functions.type) return obj === NULL ? this.ref(descr) : method_new(space, descr, obj);
  const getter = this.descriptorGet(descr, obj, type);
  if (getter !== NULL) return getter;
  return this.ref(descr);
};

I.typeQualname = function (this: Interpreter, type: Ptr): string {
  if (this.classes.has(type)) return this.n.jsStr(this.space.rt.mem.u32[(type + 80) >>> 2] as Ptr);
  return staticShortName(this.typeName(type));
};

// update_slot for __new__: the class and its subclasses get slot_tp_new, for good.
function markSlotNew(interp: Interpreter, type: Ptr): void {
  const info = interp.classes.get(type);
  if (info === undefined || info.slotNew === true) return;
  info.slotNew = true;
  for (const sub of info.subclasses) markSlotNew(interp, sub);
}
