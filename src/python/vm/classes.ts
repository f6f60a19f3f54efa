// Classes: heap types made by `class` statements, their instances, and attribute lookup.
//
// A heap type is a GC object (PyHeapTypeObject, 904 bytes + GC head) whose dict, bases,
// mro, name and qualname live in the heap; its slots are JS functions that dispatch to the
// Python-level dunder methods found along the MRO. Instances keep attributes as CPython
// 3.11 does: a values array in front of the object (managed dict) indexed by the class's
// shared keys, until something asks for `__dict__`, which makes a real dict.
//
// Heap type fields beyond the gc layer's (pymm's layout):
//   +48 tp_dict  +56 tp_bases  +64 tp_mro  +72 ht_name  +80 ht_qualname  +88 tp_base
//   +96 tp_weaklist

import {
  clearWeakrefs,
  HEAP_TYPE_SIZE,
  MANAGED_DICT,
  MANAGED_VALUES,
  OB_TYPE,
  type RefsLayout,
  STATIC_TYPE_SIZE,
  TP_BASICSIZE,
  TP_FLAGS,
  TP_ID,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAS_IS_GC,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_MANAGED_DICT,
} from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  DEFAULT_PY_SLOTS,
  dict_watch,
  foldHashBig,
  long_hashExact,
  PyErr,
  type PyTypeSlots,
  pointerHash,
  type SharedKeys,
  sharedKeys_new,
  str_isInterned,
  subtype_baseIsVariable,
  subtype_releaseBase,
  withRecursionGuard,
} from '../../objects/index.js';
import { mangle } from '../compiler/mangle.js';
import { ClassTable } from './classtable.js';
import { Interpreter } from './interp.js';
import { lenResult } from './protocols.js';
import { ReprResultError } from './strings.js';
import { builtinSizeof, subclassableBase } from './subclassing.js';
import {
  instance_values,
  values_all,
  values_capacity,
  values_clear,
  values_free,
  values_new,
} from './values.js';

/** Offsets of a heap type's own fields. */
export const HT = {
  dict: 48,
  bases: 56,
  mro: 64,
  name: 72,
  qualname: 80,
  base: 88,
  weaklist: 96,
  version: 104,
  /** ht_slots: the sorted __slots__ names (a tuple), or NULL. */
  slots: 112,
};

/** What the VM knows of a class beyond its bytes. */
export interface ClassInfo {
  type: Ptr;
  /**
   * _PyType_Lookup's method cache for this class, by interned name: an entry holds while its
   * version is the class's tp_version_tag.
   */
  lookupCache: Map<Ptr, LookupEntry>;
  /** Classes that name this one among their bases (tp_subclasses): PyType_Modified reaches them. */
  subclasses: Ptr[];
  /** The class derives from BaseException (worked out on first use). */
  exceptionClass?: boolean;
  /**
   * Instances are made by object.__new__ itself (not an exception class, no built-in base
   * with its own tp_new): worked out by the first instantiation; bases never change.
   */
  plainNew?: boolean;
  /**
   * The class's tp_new is slot_tp_new: it (or its base when it was made) had a __new__ in its
   * dict at some time. Deleting the __new__ leaves the slot (update_one_slot keeps the type's
   * own tp_new for tp_new_wrapper), so object.__new__ then refuses arguments.
   */
  slotNew?: boolean;
  /** The class derives from super: attribute lookup searches as super_getattro does first. */
  superBased?: boolean;
  /**
   * What a call of the class found along its MRO (typecall.ts): the `__init__` when there is
   * no `__new__` and it is not an exception class (else NULL), valid while the class's
   * version tag and the interned strs' deaths are those it was found at.
   */
  initCache?: { version: number; deaths: number; init: Ptr };
  /**
   * A class a standard module writes in Python for one of CPython's C types (given its
   * tp_name by _set_tp_name): its functions, read from the class, are method descriptors.
   */
  cType?: boolean;
  /**
   * Calling an instance goes through the C type's tp_vectorcall in CPython (set by
   * `_set_tp_name(cls, name, True)`): no argument tuple, no recursion-limit count.
   */
  vectorcall?: boolean;
  name: string;
  /** MRO as type pointers (borrowed: the mro tuple owns them). */
  mro: Ptr[];
  /** Names of __slots__ members with their offsets (a derived class's own member wins). */
  slotOffsets: Map<string, number>;
  /** Every member's offset in subtype_traverse's order: the class's own, then its bases'. */
  slotTraverse: number[];
  /** Instances have a managed dict (no __slots__ without __dict__). */
  managedDict: boolean;
  /**
   * Shared keys (ht_cached_keys): attribute names in key order, the same as interned str
   * objects (owned, as CPython's shared keys object owns them) and dk_usable. Split
   * instance dicts share the object and may add names (dictsplit.ts).
   */
  shared: SharedKeys;
  /** Offset of the weakref list in instances, or 0. */
  weaklistoffset: number;
  /**
   * The class (or a base) defines __del__: its tp_finalize is slot_tp_finalize (`finalizer`),
   * else NULL; update_slot follows a __del__ set on or deleted from a class (updateDelSlot).
   */
  hasDel: boolean;
  /** slot_tp_finalize of the class (its tp_finalize while hasDel). */
  finalizer: ((op: Ptr) => void) | null;
  /** The built-in type (list, dict, int, …) whose layout instances extend (subtype.ts), or NULL. */
  builtinBase: Ptr;
  /** Py_TPFLAGS_IS_ABSTRACT: a non-empty __abstractmethods__ was set on the class. */
  abstract?: boolean;
  /** The class (or a Python base) defines __setattr__ or __delattr__. */
  hasSetattr?: boolean;
  /** The class (or a Python base) defines __getattribute__, as of version tag getattributeVersion. */
  hasGetattribute?: boolean;
  getattributeVersion?: number;
  /** The class (or a Python base) defines __getattr__, as of the same version tag. */
  hasGetattr?: boolean;
}

declare module './interp.js' {
  interface Interpreter {
    classes: ClassTable<ClassInfo>;
    /** getset_descriptor: the __dict__ / __weakref__ attributes a class adds. */
    getsetType: Ptr;
    /** member_descriptor: a __slots__ member in its class's dict. */
    memberType: Ptr;
    /** Attribute tables of static (built-in) types: name → object (owned). */
    staticAttrs: Map<number, Map<string, Ptr>>;
    initClasses(): void;
    buildClass(body: Ptr, globals: Ptr, closure: Ptr, name: Ptr, bases: Ptr[], keywords: [Ptr, Ptr][]): Ptr;
    mroOf(type: Ptr): Ptr[];
    /** _PyType_Lookup: the attribute `name` along type's MRO (borrowed) or 0. */
    typeLookup(type: Ptr, name: Ptr): Ptr;
    /** PyType_Modified: retires the caches of `type` and its subclasses. */
    typeModified(type: Ptr): void;
    /** The last tp_version_tag handed out. */
    typeVersions: number;
    /** Class __dict__ → its class, for the dicts that report their changes (dict_watch). */
    classDicts: Map<Ptr, Ptr>;
    getAttr(obj: Ptr, name: Ptr): Ptr;
    getAttrOrNull(obj: Ptr, name: Ptr): Ptr;
    /** PyObject_GetAttr then PyErr_Clear of an AttributeError: a new reference or 0; the exception object CPython normalises is made and dropped. */
    getAttrCleared(obj: Ptr, name: Ptr): Ptr;
    /** object.__getattribute__: the generic lookup without __getattr__ (new reference; raises). */
    genericGetAttr(obj: Ptr, name: Ptr): Ptr;
    /** Raises AttributeError for `obj.name`. */
    getAttrMissing(obj: Ptr, name: Ptr): never;
    setAttr(obj: Ptr, name: Ptr, value: Ptr): void;
    delAttr(obj: Ptr, name: Ptr): void;
    lookupMethod(obj: Ptr, name: Ptr): [Ptr, boolean];
    callObject(f: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    isModule(op: Ptr): boolean;
    instanceDict(obj: Ptr, create: boolean): Ptr;
    /** Calls the special method `name` of type(obj) with obj and args (borrowed); 0 if absent. */
    callSpecial(obj: Ptr, name: string, args: Ptr[]): Ptr;
    /** callSpecial, but -1 when binding the attribute raised (the error cleared, as lookup_maybe_method's callers do). */
    callSpecialMasked(obj: Ptr, name: string, args: Ptr[]): Ptr;
    /** Calls `descr` (borrowed), found on type(obj), as a method of obj: a function unbound with obj first, anything else bound by its __get__ (lookup_maybe_method; `masked`: -1 when the binding raised, the error cleared). */
    callLookedUp(descr: Ptr, obj: Ptr, args: Ptr[], masked?: boolean): Ptr;
    typeName(type: Ptr): string;
    isSubtype(type: Ptr, base: Ptr): boolean;
    /** object.__new__ for a class (its ClassInfo, when the caller has it). */
    newInstance(type: Ptr, info?: ClassInfo): Ptr;
  }
}

const I = Interpreter.prototype;

I.initClasses = function (this: Interpreter): void {
  this.classes = new ClassTable(this.space.rt.mem);
  this.staticAttrs = new Map();
  this.typeVersions = 0;
  this.classDicts = new Map();
  this.space.dicts.onWatchedChange = (dict) => {
    const owner = this.classDicts.get(dict);
    if (owner !== undefined) this.typeModified(owner);
  };
  // `type` becomes a GC type whose instances are collectable only when they are heap
  // types (tp_is_gc): classes hold their dict, bases and mro, and the mro holds the class.
  const space = this.space;
  const rt = space.rt;
  this.getsetType = this.newRefsType('getset_descriptor', 48);
  this.memberType = this.newRefsType('member_descriptor', 48);
  // PyDescr_COMMON: d_type at +16, d_name at +24.
  const descrRepr = (kind: string) => (op: Ptr) =>
    `<${kind} '${this.n.jsStr(rt.mem.u32[(op + 24) >>> 2] as Ptr)}' of '${this.typeName(rt.mem.u32[(op + 16) >>> 2] as Ptr)}' objects>`;
  space.slots(this.getsetType).repr = descrRepr('attribute');
  space.slots(this.memberType).repr = descrRepr('member');
  const typeSlots = space.slots(space.typeType);
  typeSlots.flags |= TPFLAGS_HAVE_GC | TPFLAGS_HAS_IS_GC;
  rt.mem.u32[(space.typeType + TP_FLAGS) >>> 2] = typeSlots.flags;
  typeSlots.isGc = (op) => this.classes.has(op);
  const fields = [HT.dict, HT.bases, HT.mro, HT.base];
  typeSlots.traverse = (op, visit) => {
    // subtype_traverse visits a heap metatype before type_traverse's fields; `type` is static.
    const meta = rt.typeObject(op);
    if (meta !== space.typeType) visit(meta);
    for (const f of fields) {
      const v = rt.mem.u32[(op + f) >>> 2] as Ptr;
      if (v !== NULL) visit(v);
    }
  };
  // type_clear: the dict and the mro go (the mro holds the class itself); the bases stay
  // for type_dealloc, which removes the class from their tp_subclasses.
  typeSlots.clear = (op) => {
    forgetClassDict(this, op);
    this.typeModified(op);
    for (const f of [HT.dict, HT.mro]) {
      const v = rt.mem.u32[(op + f) >>> 2] as Ptr;
      rt.mem.u32[(op + f) >>> 2] = 0;
      if (v !== NULL) rt.decref(v);
    }
  };
  typeSlots.dealloc = (op) => {
    if (!this.classes.has(op))
      throw new Error(`deallocating the static type at ${op}: its count was decremented too often`);
    rt.untrack(op);
    const bases = rt.mem.u32[(op + HT.bases) >>> 2] as Ptr;
    if (bases !== NULL) this.removeSubclass(op, this.n.tupleItems(bases));
    if (rt.mem.u32[(op + HT.weaklist) >>> 2] !== 0) clearWeakrefs(rt, op);
    const refs = [HT.base, HT.dict, HT.bases, HT.mro, HT.name, HT.qualname, HT.slots].map(
      (f) => rt.mem.u32[(op + f) >>> 2] as Ptr,
    );
    this.dropSubclassDict(op);
    const meta = rt.typeObject(op);
    const keys = this.classes.get(op)?.shared.objs ?? [];
    forgetClassDict(this, op);
    forgetSubclass(this, op);
    this.classes.delete(op);
    const id = rt.mem.u32[(op + TP_ID) >>> 2];
    rt.gcDel(op);
    rt.types.remove(id);
    for (const k of keys) rt.decref(k);
    for (const v of refs) if (v !== NULL) rt.decref(v);
    rt.decref(meta);
  };
  rt.types.syncDealloc(rt.mem.u32[(space.typeType + TP_ID) >>> 2]);
  typeSlots.weaklistoffset = HT.weaklist;
  // type.__sizeof__: PyHeapTypeObject plus its cached shared keys, or a static PyTypeObject.
  typeSlots.sizeof = (op) => {
    const info = this.classes.get(op);
    if (info === undefined) return STATIC_TYPE_SIZE;
    return HEAP_TYPE_SIZE + (info.managedDict ? SHARED_KEYS_SIZE : 0);
  };
};

// _PyDict_KeysSize of a class's cached shared keys: 3.11 makes them at 2**6 slots
// (NEXT_LOG2_SHARED_KEYS_MAX_SIZE) and never resizes them: 32-byte header, 64 one-byte
// indices, USABLE_FRACTION(64) = 42 unicode entries of 16 bytes.
const SHARED_KEYS_SIZE = 32 + 64 + 42 * 16;

I.typeName = function (this: Interpreter, type: Ptr): string {
  return this.space.slots(type).name;
};

I.mroOf = function (this: Interpreter, type: Ptr): Ptr[] {
  const info = this.classes.get(type);
  if (info) return info.mro;
  const out: Ptr[] = [];
  for (let t = type; t !== NULL; t = this.space.slots(t).base) out.push(t);
  return out;
};

I.isSubtype = function (this: Interpreter, type: Ptr, base: Ptr): boolean {
  if (type === base) return true;
  const info = this.classes.get(type);
  if (info !== undefined) return info.mro.includes(base);
  // A static type: its tp_base chain is its MRO (no array made, as mroOf would).
  return this.space.isSubtypeOf(type, base);
};

/** One remembered _PyType_Lookup result, valid while the class's version tag is `version`. */
interface LookupEntry {
  version: number;
  /** The count of dead interned strs when the entry was made (see StrState.internedDeaths). */
  deaths: number;
  /** The attribute found (borrowed from its dict), or NULL. */
  value: Ptr;
}

I.typeLookup = function (this: Interpreter, type: Ptr, name: Ptr): Ptr {
  const info = this.classes.get(type);
  if (info === undefined) return NULL; // static types keep their attributes in JS tables
  const space = this.space;
  const u32 = space.rt.mem.u32;
  const version = u32[(type + HT.version) >>> 2];
  // As CPython's MCACHE_CACHEABLE_NAME: only interned names are cached, and an entry is
  // keyed by the name's address, so it dies with any interned str (whose address a new
  // name may take).
  const cacheable = str_isInterned(space, name);
  const deaths = space.strs.internedDeaths;
  if (cacheable) {
    const hit = info.lookupCache.get(name);
    if (hit !== undefined && hit.version === version && hit.deaths === deaths) return hit.value;
  }
  let value = NULL as Ptr;
  for (const t of info.mro) {
    if (!this.classes.has(t)) continue; // a static base: its attributes are not in a dict
    const dict = u32[(t + HT.dict) >>> 2] as Ptr;
    if (dict === NULL) continue; // cleared by the collector (tp_clear)
    value = this.n.dictGet(dict, name);
    if (value !== NULL) break;
  }
  // A key's __eq__ that changed a class dict on the way bumped the version: the entry is stale at once.
  if (cacheable) info.lookupCache.set(name, { version, value, deaths });
  return value;
};

/**
 * PyType_Modified: the class's dict (or one along its MRO) changed, so everything cached
 * about it and its subclasses is retired by giving each a new version tag.
 */
I.typeModified = function (this: Interpreter, type: Ptr): void {
  const info = this.classes.get(type);
  if (info === undefined) return;
  this.space.rt.mem.u32[(type + HT.version) >>> 2] = nextTypeVersion(this);
  for (const sub of info.subclasses) this.typeModified(sub);
};

/** A version tag no class has had (0 is never given: a cache slot of 0 means empty). */
function nextTypeVersion(interp: Interpreter): number {
  interp.typeVersions = (interp.typeVersions + 1) >>> 0 || 1;
  return interp.typeVersions;
}

/** The class's dict no longer reports its changes (the class dies or is cleared). */
function forgetClassDict(interp: Interpreter, type: Ptr): void {
  const dict = interp.space.rt.mem.u32[(type + HT.dict) >>> 2] as Ptr;
  if (dict === NULL || interp.classDicts.get(dict) !== type) return;
  interp.classDicts.delete(dict);
  dict_watch(interp.space, dict, false);
}

/** Takes a dying class off its bases' subclass lists. */
function forgetSubclass(interp: Interpreter, type: Ptr): void {
  for (const t of interp.classes.get(type)?.mro ?? []) {
    const subs = interp.classes.get(t)?.subclasses;
    const i = subs === undefined ? -1 : subs.indexOf(type);
    if (i >= 0) subs?.splice(i, 1);
  }
}

I.isModule = function (this: Interpreter, op: Ptr): boolean {
  return this.space.rt.typeObject(op) === this.moduleType;
};

/**
 * The class statement, as 3.11's MAKE_FUNCTION + __build_class__: the body's function, the
 * tuple of the bases, the namespace from __prepare__, the body run in it, then the
 * metaclass called with (name, bases, namespace) and the keywords.
 */
I.buildClass = function (this: Interpreter, body, globals, closure, name, origBases, keywords): Ptr {
  const n = this.n;
  let ns = NULL as Ptr;
  let bases = origBases;
  // The function object MAKE_FUNCTION makes for the body lives until __build_class__ returns
  // (pymm runs the body's code directly; the object is made for the count it moves).
  const func = this.makeFunction(body, globals, NULL, NULL, NULL);
  // _PyTuple_FromArray(bases): the tuple the metaclass receives (the empty singleton for none).
  const origTuple = origBases.length === 0 ? n.tuple([]) : this.argsTuple(origBases, 0, origBases.length);
  let basesTuple = origTuple;
  let mkw = NULL as Ptr;
  try {
    bases = this.resolveMroEntries(origBases);
    if (bases !== origBases) basesTuple = n.tuple(bases.map((b) => this.ref(b)));
    // __build_class__: the explicit metaclass, or the most derived of the bases' (a type).
    let metaclass = NULL as Ptr;
    const kwnames: Ptr[] = [];
    const kwvalues: Ptr[] = [];
    if (keywords.length > 0) {
      // _PyStack_AsDict of the class keywords (without metaclass=), alive until the end.
      mkw = n.dict();
      for (const [k, v] of keywords) n.dictSet(mkw, k, v);
    }
    for (const [k, v] of keywords) {
      if (n.jsStr(k) === 'metaclass') {
        metaclass = v;
        n.dictDel(mkw, k);
      } else {
        kwnames.push(k);
        kwvalues.push(v);
      }
    }
    if (metaclass === NULL)
      metaclass = bases.length > 0 ? this.space.rt.typeObject(bases[0]) : this.space.typeType;
    if (this.isType(metaclass)) metaclass = this.calculateMetaclass(metaclass, bases);
    ns = this.prepareNamespace(metaclass, name, basesTuple, kwnames, kwvalues);
    const code = this.codeOf(body);
    let cl = closure;
    if (cl === 0) cl = NULL;
    // The class body's own cells (like __class__) are made by its prologue.
    code.fn(globals, ns, cl);
    if (bases !== origBases) this.storeName(ns, n.intern('__orig_bases__'), this.ref(origTuple));
    const args = [name, basesTuple, ns, ...kwvalues];
    const kw = kwnames.length > 0 ? kwnames : null;
    if (metaclass === this.space.typeType) {
      // type's vectorcall takes only type(x): (name, bases, ns) go through _PyObject_MakeTpCall.
      return this.withTpCall(args, kw, () => this.typeNew(metaclass, args, kw));
    }
    for (const a of args) this.incref(a);
    this.incref(metaclass);
    return this.callKw(metaclass, args, kw);
  } finally {
    if (ns !== NULL) this.decref(ns);
    if (mkw !== NULL) this.decref(mkw);
    if (basesTuple !== origTuple) this.decref(basesTuple);
    if (origTuple !== NULL) this.decref(origTuple);
    if (bases !== origBases) for (const b of bases) this.decref(b);
    for (const b of origBases) this.decref(b);
    for (const [, v] of keywords) this.decref(v);
    if (closure !== 0) this.decref(closure);
    this.decref(func);
  }
};

declare module './interp.js' {
  interface Interpreter {
    /**
     * type_new: makes a heap type (bases and ns borrowed). `basesTuple`, the tuple the bases
     * came in, becomes the class's __bases__ (type_new keeps it) when there are any.
     */
    newClass(metatype: Ptr, name: string, bases: Ptr[], ns: Ptr, basesTuple?: Ptr): Ptr;
  }
}

I.newClass = function (this: Interpreter, metatype, name, bases, ns, givenBases = NULL): Ptr {
  const space = this.space;
  const rt = space.rt;
  const n = this.n;
  if (bases.length === 0) bases = [space.objectType];
  for (const b of bases) {
    if (!this.isType(b)) throw new PyErr('TypeError', 'bases must be types');
    if (!(space.slots(b).flags & TPFLAGS_BASETYPE) && !this.classes.has(b)) {
      throw new PyErr('TypeError', `type '${this.typeName(b)}' is not an acceptable base type`);
    }
  }
  // check_duplicates (mro_implementation): a class named twice among the bases.
  for (let i = 1; i < bases.length; i++)
    if (bases.indexOf(bases[i]) < i)
      throw new PyErr('TypeError', `duplicate base class ${this.typeName(bases[i])}`);
  const mro = c3(this, bases);
  const base = bestBase(this, bases);
  const baseSlots = space.slots(base);
  const baseInfo = this.classes.get(base);
  // __slots__
  const slotsDecl = n.dictGet(ns, n.intern('__slots__'));
  let slotNames: string[] | null = null;
  if (slotsDecl !== NULL) {
    slotNames = n.isStr(slotsDecl)
      ? [n.jsStr(slotsDecl)]
      : this.iterToArray(slotsDecl).map((s) => {
          const str = n.jsStr(s);
          this.decref(s);
          return str;
        });
  }
  const wantsDict = slotNames === null || slotNames.includes('__dict__');
  // A secondary base with a weakref list gives one too (type_new_slots_impl).
  const wantsWeak =
    slotNames === null ||
    slotNames.includes('__weakref__') ||
    bases.some((b) => space.slots(b).weaklistoffset !== 0);
  const builtinBase = subclassableBase(this, base);
  const variableBase = builtinBase !== NULL && subtype_baseIsVariable(space, builtinBase);
  if (variableBase && (slotNames ?? []).some((x) => x !== '__dict__' && x !== '__weakref__'))
    throw new PyErr(
      'TypeError',
      `nonempty __slots__ not supported for subtype of '${this.typeName(builtinBase)}'`,
    );
  const members = slotNames === null ? [] : slotMembers(this, name, ns, slotNames);
  let basicsize = baseSlots.basicsize;
  const slotOffsets = new Map<string, number>(baseInfo?.slotOffsets ?? []);
  const slotTraverse: number[] = [];
  for (const s of members) {
    slotOffsets.set(s, basicsize);
    slotTraverse.push(basicsize);
    basicsize += 8;
  }
  slotTraverse.push(...(baseInfo?.slotTraverse ?? []));
  let weaklistoffset = baseSlots.weaklistoffset;
  if (variableBase) {
    // Variable-size layouts end with their items: the dict goes in the pre-header and the
    // __basicsize__ CPython reports counts its dict pointer (str: its weakref list), but
    // pymm's instances have no weakref list (docs/design/deviations.md).
    if (builtinBase === space.strs.type) basicsize += wantsWeak ? 8 : 0;
    else basicsize += wantsDict ? 8 : 0;
  } else if (wantsWeak && weaklistoffset === 0) {
    weaklistoffset = basicsize;
    basicsize += 8;
  }
  const baseIsPlain = builtinBase === NULL && (baseInfo !== undefined || base === space.objectType);
  // Py_TPFLAGS_MANAGED_DICT: a __dict__ is wanted and the base has no dict of its own.
  // (Exceptions keep their dict in the object; variable-size bases cannot have one.)
  const exceptionBase = this.exc.isSubtype(base, this.exc.type('BaseException'));
  // A metaclass's instances are classes: their attributes live in tp_dict.
  const metaBase = this.isSubtype(base, space.typeType);
  // A base's managed dict is inherited (inherit_special; a secondary base's too), __slots__ or not.
  const inheritsDict = bases.some((b) => (space.slots(b).flags & TPFLAGS_MANAGED_DICT) !== 0);
  const managedDict =
    inheritsDict || (wantsDict && !exceptionBase && !metaBase && (baseSlots.itemsize === 0 || variableBase));
  let flags =
    TPFLAGS_HAVE_GC |
    TPFLAGS_HEAPTYPE |
    TPFLAGS_BASETYPE |
    (baseSlots.flags & ~(TPFLAGS_HAS_IS_GC | TPFLAGS_MANAGED_DICT));
  flags &= ~TPFLAGS_HEAPTYPE;
  flags |= TPFLAGS_HEAPTYPE;
  if (managedDict) flags |= TPFLAGS_MANAGED_DICT;
  // In type_new's order, which decides where each object sits in generation 0 (and so the
  // order gc.garbage shows a dead class in): the bases tuple and the namespace copy exist
  // before the type; the type is tracked at once; then its mro tuple; then the __dict__ and
  // __weakref__ descriptors (the first of which makes a plain namespace copy tracked).
  // type_new_get_bases: no bases means (object,), a new tuple; else the given tuple.
  const basesTuple =
    givenBases !== NULL && n.isTuple(givenBases) && n.size(givenBases) > 0
      ? this.ref(givenBases)
      : n.tuple(bases.map((b) => this.ref(b)));
  const dict = n.dict();
  for (const [k, v] of n.dictItems(ns)) n.dictSet(dict, k, v);
  const htSlots = slotNames === null ? NULL : copySlots(this, slotsDecl, members);
  const t = rt.gcNew(metatype, HEAP_TYPE_SIZE);
  const u32 = rt.mem.u32;
  u32.fill(0, (t + 16) >>> 2, (t + HEAP_TYPE_SIZE) >>> 2); // 222 words: one fill beats the loop
  this.incref(metatype);
  const info: ClassInfo = {
    type: t,
    lookupCache: new Map(),
    subclasses: [],
    name,
    mro: [],
    slotOffsets,
    slotTraverse,
    managedDict,
    shared: sharedKeys_new(),
    weaklistoffset,
    hasDel: false,
    finalizer: null,
    builtinBase,
  };
  const slots = classSlots(
    this,
    info,
    baseSlots,
    name,
    flags,
    basicsize,
    weaklistoffset,
    baseIsPlain,
    metaBase,
  );
  u32[(t + TP_ID) >>> 2] = rt.types.add(t, slots);
  u32[(t + TP_FLAGS) >>> 2] = flags;
  u32[(t + TP_BASICSIZE) >>> 2] = basicsize;
  u32[(t + HT.dict) >>> 2] = dict;
  u32[(t + HT.bases) >>> 2] = basesTuple;
  this.incref(base);
  u32[(t + HT.base) >>> 2] = base;
  u32[(t + HT.slots) >>> 2] = htSlots;
  if (n.dictGet(dict, n.intern('__new__')) !== NULL || this.classes.get(base)?.slotNew === true)
    info.slotNew = true;
  if (bases.some((b) => b === this.superType || this.classes.get(b)?.superBased === true))
    info.superBased = true;
  this.classes.set(t, info);
  rt.track(t);
  // type_new_set_attrs: a plain __new__ becomes a staticmethod, __init_subclass__ and
  // __class_getitem__ classmethods.
  implicitClassmethods(this, dict);
  info.mro = [t, ...mro];
  u32[(t + HT.version) >>> 2] = nextTypeVersion(this);
  dict_watch(space, dict, true);
  this.classDicts.set(dict, t);
  for (const b of bases) this.classes.get(b)?.subclasses.push(t);
  slots.base = base;
  u32[(t + HT.mro) >>> 2] = n.tuple(info.mro.map((b) => this.ref(b)));
  // The mro tuple holds the type itself: that is the cycle CPython has too.
  // The __dict__ and __weakref__ attributes this class adds are getset descriptors in its
  // dict, as in CPython (they make the dict tracked, and a class a 6-object cycle).
  const addsDict = managedDict && !(baseInfo?.managedDict ?? false);
  // CPython's str is not var-sized (pymm's is), so its subclasses list __weakref__; those of
  // int, bytes and tuple (tp_itemsize != 0) have none.
  const strLike = variableBase && builtinBase === space.strs.type;
  const addsWeak = (weaklistoffset !== 0 || strLike) && wantsWeak && baseSlots.weaklistoffset === 0;
  // type_ready_fill_dict: the members (__slots__) first, then the getsets.
  for (const slot of members) {
    const d = this.newRefsObject(this.memberType, 48, [t, n.intern(slot)]);
    n.dictSet(dict, n.intern(slot), d);
    this.decref(d);
  }
  for (const [want, attr] of [
    [addsDict, '__dict__'],
    [addsWeak, '__weakref__'],
  ] as const) {
    if (!want) continue;
    const d = this.newRefsObject(this.getsetType, 48, [t, n.intern(attr)]);
    n.dictSet(dict, n.intern(attr), d);
    this.decref(d);
  }
  if (n.dictGet(dict, n.intern('__doc__')) === NULL) n.dictSet(dict, n.intern('__doc__'), space.none);
  // type_ready_add_subclasses: each base keeps a weak reference to the new class.
  for (const b of n.tupleItems(basesTuple)) this.addSubclass(b, t);
  // A class that defines __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
  if (n.dictGet(dict, n.intern('__eq__')) !== NULL && n.dictGet(dict, n.intern('__hash__')) === NULL) {
    n.dictSet(dict, n.intern('__hash__'), space.none);
  }
  u32[(t + HT.name) >>> 2] = n.str(name);
  const qual = n.dictGet(ns, n.intern('__qualname__'));
  u32[(t + HT.qualname) >>> 2] = qual !== NULL ? this.ref(qual) : n.str(name);
  if (qual !== NULL) n.dictDel(dict, n.intern('__qualname__'));
  info.finalizer = slots.finalize;
  info.hasDel = this.typeLookup(t, n.intern('__del__')) !== NULL;
  if (!info.hasDel) slots.finalize = null;
  info.hasSetattr =
    this.typeLookup(t, n.intern('__setattr__')) !== NULL ||
    this.typeLookup(t, n.intern('__delattr__')) !== NULL;
  // __classcell__: fill the cell super() uses.
  const cellName = n.intern('__classcell__');
  const cell = n.dictGet(dict, cellName);
  if (cell !== NULL) {
    // type_new_set_classcell: only a cell may be filled (anything else would be overwritten).
    if (rt.typeObject(cell) !== space.cells.type) {
      const tr = this.reprOf(rt.typeObject(cell));
      this.decref(t);
      throw new PyErr('TypeError', `__classcell__ must be a nonlocal cell, not ${tr}`);
    }
    this.cellStore(cell, this.ref(t));
    n.dictDel(dict, cellName);
  }
  return t;
};

// type_new_set_classcell's neighbours: __init_subclass__ and __class_getitem__ written as
// plain functions become classmethods.
function implicitClassmethods(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  for (const name of ['__new__', '__init_subclass__', '__class_getitem__']) {
    const f = n.dictGet(dict, n.intern(name));
    if (f === NULL || interp.space.rt.typeObject(f) !== interp.space.functions.type) continue;
    const wrapper = name === '__new__' ? interp.staticmethodType : interp.classmethodType;
    const cm = interp.newRefsObject(wrapper, 32, [f, NULL]);
    n.dictSet(dict, n.intern(name), cm);
    interp.decref(cm);
  }
}

// type_new_copy_slots: the member names of `__slots__` (without __dict__ and __weakref__),
// mangled as private names of the class, checked against the class variables, sorted.
function slotMembers(interp: Interpreter, name: string, ns: Ptr, slotNames: string[]): string[] {
  const out: string[] = [];
  for (const raw of slotNames) {
    if (raw === '__dict__' || raw === '__weakref__') continue;
    const slot = mangle(name, raw);
    if (
      slot !== '__qualname__' &&
      slot !== '__classcell__' &&
      interp.n.dictGet(ns, interp.n.intern(slot)) !== NULL
    )
      throw new PyErr('ValueError', `'${slot}' in __slots__ conflicts with class variable`);
    out.push(slot);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// type_new_get_slots + type_new_copy_slots: __slots__ as a tuple (a str is packed in a new
// one; another sequence goes through PySequence_Tuple), copied into a list that is sorted,
// then into the tuple the class keeps (ht_slots). Returns that tuple.
function copySlots(interp: Interpreter, decl: Ptr, sorted: string[]): Ptr {
  const n = interp.n;
  const first = n.isTuple(decl)
    ? interp.ref(decl)
    : n.isStr(decl)
      ? n.tuple([interp.ref(decl)])
      : n.tuple(interp.iterToArray(decl));
  const list = n.list(sorted.map((x) => n.str(x)));
  const tuple = n.tuple(n.listItems(list).map((x) => interp.ref(x)));
  interp.decref(list);
  interp.decref(first);
  return tuple;
}

// TypeSlots.refs of a class whose instances hold only a managed dict or inline values.
const MANAGED_REFS: RefsLayout = { sizeAt: 0, itemsAt: 0, pointer: false, managed: true };

// The slots of a new class: instance layout from the base, dunders dispatched to Python.
function classSlots(
  interp: Interpreter,
  info: ClassInfo,
  base: PyTypeSlots,
  name: string,
  flags: number,
  basicsize: number,
  weaklistoffset: number,
  plain: boolean,
  metaBase: boolean,
): PyTypeSlots {
  const space = interp.space;
  const rt = space.rt;
  const special = (op: Ptr, dunder: string, args: Ptr[]) => interp.callSpecial(op, dunder, args);
  const slotOffsetList = info.slotTraverse; // fixed once the class exists
  // A built-in base's own traverse and clear (not a heap base's, which would visit twice).
  // (A metaclass's instances are classes: type's traverse visits their metatype too.)
  const layout = metaBase
    ? space.slots(space.typeType)
    : info.builtinBase !== NULL
      ? space.slots(info.builtinBase)
      : base;
  // Every field written out in DEFAULT_PY_SLOTS' order: a spread of it followed by these
  // closures costs V8 ~6 µs per class (a slow clone), a plain literal ~0.2 µs.
  const slots: PyTypeSlots = {
    flags,
    basicsize,
    itemsize: 0,
    weaklistoffset,
    // subtype_traverse: the slots, the dict, the type, then the built-in base's tp_traverse.
    traverse: (op, visit) => {
      const u32 = rt.mem.u32;
      // Runs several times per object per collection: no JS allocation in here.
      for (let i = 0; i < slotOffsetList.length; i++) {
        const v = u32[(op + slotOffsetList[i]) >>> 2] as Ptr;
        if (v !== NULL) visit(v);
      }
      if (info.managedDict) {
        const dict = u32[(op + MANAGED_DICT) >>> 2] as Ptr;
        if (dict !== NULL) visit(dict);
        else {
          const vp = instance_values(interp, op);
          if (vp !== 0) {
            const cap = values_capacity(interp, vp);
            for (let i = 0; i < cap; i++) {
              const v = u32[(vp + 8 * i) >>> 2] as Ptr;
              if (v !== NULL) visit(v);
            }
          }
        }
      }
      if (!metaBase) visit(rt.typeObject(op));
      if (!plain && layout.traverse) layout.traverse(op, visit);
    },
    clear: (op) => {
      if (!plain && layout.clear) layout.clear(op);
      clearInstance(interp, info, op);
    },
    finalize: null,
    del: DEFAULT_PY_SLOTS.del,
    isGc: DEFAULT_PY_SLOTS.isGc,
    maybeUntrack: DEFAULT_PY_SLOTS.maybeUntrack,
    untrackInFullOnly: DEFAULT_PY_SLOTS.untrackInFullOnly,
    // The collector walks a plain instance's dict or values and its type inline (as this
    // traverse does) when there is nothing else to visit.
    refs: slotOffsetList.length === 0 && info.managedDict && !metaBase && plain ? MANAGED_REFS : null,
    base: info.mro[1] ?? NULL,
    hash: (op) => {
      const h = interp.typeLookup(info.type, interp.n.intern('__hash__'));
      if (h === space.none) throw new PyErr('TypeError', `unhashable type: '${info.name}'`);
      const r = interp.callSpecialMasked(op, '__hash__', []);
      // slot_tp_hash: a lookup that fails makes the object unhashable.
      if (r === -1) throw new PyErr('TypeError', `unhashable type: '${info.name}'`);
      if (r === NULL) {
        if (base.hash) return base.hash(op);
        // An unhashable built-in base (list, dict, set, deque): its __hash__ is None.
        if (info.builtinBase !== NULL) throw new PyErr('TypeError', `unhashable type: '${info.name}'`);
        return pointerHash(op);
      }
      try {
        if (!interp.n.isInt(r)) throw new PyErr('TypeError', '__hash__ method should return an integer');
        // A result outside Py_hash_t is hashed again as an int (slot_tp_hash).
        const big = interp.n.intBig(r);
        const h = big === BigInt.asIntN(64, big) ? big : long_hashExact(space, r);
        return h === -1n ? -2 : foldHashBig(h);
      } finally {
        interp.decref(r);
      }
    },
    richcompare: null,
    repr: (op) => {
      // PyObject_Repr's Py_EnterRecursiveCall around a Python __repr__ (a built-in base's
      // repr has its own guard).
      const own = interp.typeLookup(space.rt.typeObject(op), interp.n.intern('__repr__'));
      const r =
        own !== NULL && space.rt.typeObject(own) === space.functions.type
          ? withRecursionGuard(space, ' while getting the repr of an object', () =>
              special(op, '__repr__', []),
            )
          : interp.callSpecialMasked(op, '__repr__', []);
      // slot_tp_repr: a lookup that fails gives the default text with tp_name.
      if (r === -1) return `<${info.name} object at 0x${op.toString(16)}>`;
      if (r === NULL)
        return base.repr
          ? base.repr(op)
          : `<${interp.qualifiedTypeName(space.rt.typeObject(op))} object at 0x${op.toString(16)}>`;
      try {
        if (!interp.n.isStr(r)) throw new ReprResultError(op, space.typeName(r));
        return interp.n.jsStr(r);
      } finally {
        interp.decref(r);
      }
    },
    bool: null,
    call: DEFAULT_PY_SLOTS.call,
    sizeof: (op) => {
      const r = special(op, '__sizeof__', []);
      if (r === NULL) {
        if (info.builtinBase !== NULL) return builtinSizeof(interp, info, op);
        // A metaclass's instances are classes: type.__sizeof__ (with their cached keys).
        if (metaBase) return space.slots(space.typeType).sizeof?.(op) ?? basicsize;
        return basicsize;
      }
      try {
        return interp.n.intSafe(r);
      } finally {
        interp.decref(r);
      }
    },
    name,
    dealloc: (op) => subtypeDealloc(interp, info, base, plain, op),
  };
  // A built-in base's tp_call (weakref.ref) serves until a class in the MRO defines __call__.
  const baseCall = base.call;
  if (!plain && baseCall !== null) {
    slots.call = (callable, args, kwargs) => {
      const f = interp.typeLookup(info.type, interp.n.intern('__call__'));
      if (f === NULL) return baseCall(callable, args, kwargs);
      const all = interp.n.tuple([callable, ...interp.n.tupleItems(args)].map((a) => interp.ref(a)));
      return interp.callEx(interp.ref(f), all, kwargs === NULL ? NULL : interp.ref(kwargs));
    };
  }
  // __del__ makes a finalizer; __eq__/__lt__… a richcompare; __bool__/__len__ truth; __call__.
  slots.finalize = (op) => {
    let r: Ptr;
    try {
      r = special(op, '__del__', []);
    } catch (e) {
      // slot_tp_finalize: PyErr_WriteUnraisable(del), the __del__ that failed.
      const del = interp.typeLookup(space.rt.typeObject(op), interp.n.intern('__del__'));
      interp.writeUnraisable(e, del === NULL ? op : del);
      return;
    }
    if (r !== NULL) interp.decref(r);
  };
  const richcompare = (a: Ptr, b: Ptr, op: number): Ptr => {
    const names = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
    const r = interp.callSpecialMasked(a, names[op], [b]);
    // slot_tp_richcompare: a lookup that fails (a raising descriptor) is NotImplemented.
    if (r === -1) return space.newRef(space.notImplemented);
    if (r !== NULL) return r;
    if (base.richcompare) return base.richcompare(a, b, op);
    // object_richcompare: == is identity, else NotImplemented (so b's reflected __eq__ runs).
    if (op === 2) return a === b ? interp.bool(true) : space.newRef(space.notImplemented);
    if (op === 3) {
      // object.__ne__: the inverse of __eq__, unless that is NotImplemented.
      const eq = richcompare(a, b, 2);
      if (eq === space.notImplemented) return eq;
      try {
        return interp.bool(!interp.truthy(eq));
      } finally {
        interp.decref(eq);
      }
    }
    return space.newRef(space.notImplemented);
  };
  slots.richcompare = richcompare;
  slots.bool = (op) => {
    let r = special(op, '__bool__', []);
    if (r !== NULL) {
      try {
        if (r !== space.true && r !== space.false) {
          throw new PyErr('TypeError', `__bool__ should return bool, returned ${space.typeName(r)}`);
        }
        return r === space.true;
      } finally {
        interp.decref(r);
      }
    }
    r = special(op, '__len__', []);
    if (r !== NULL) {
      try {
        // No nb_bool: PyObject_IsTrue takes the length through slot_mp_length's checks.
        return lenResult(interp, r) !== 0;
      } finally {
        interp.decref(r);
      }
    }
    return base.bool ? base.bool(op) : true;
  };
  return slots;
}

declare module './interp.js' {
  interface Interpreter {
    /** The inline attribute values of a managed-dict instance (borrowed; NULL for empty slots). */
    instanceValues(op: Ptr): Ptr[];
    iterToArray(iterable: Ptr): Ptr[];
  }
}

I.instanceValues = function (this: Interpreter, op: Ptr): Ptr[] {
  const vp = instance_values(this, op);
  return vp === 0 ? [] : values_all(this, vp);
};

I.newInstance = function (this: Interpreter, type: Ptr, info = this.classes.get(type)): Ptr {
  const space = this.space;
  const rt = space.rt;
  const slots = space.slots(type);
  if (info === undefined) throw new PyErr('TypeError', `cannot create '${slots.name}' instances`);
  if (info.abstract) this.abstractInstantiation(type);
  if (info.builtinBase !== NULL) {
    // The first class along tp_base whose __new__ is not a Python one (CPython's staticbase).
    let b = type;
    while (
      this.classes.has(b) &&
      this.n.dictGet(this.space.rt.mem.u32[(b + HT.dict) >>> 2] as Ptr, this.n.intern('__new__')) !== NULL
    )
      b = this.space.slots(b).base;
    throw new PyErr(
      'TypeError',
      `object.__new__(${info.name}) is not safe, use ${this.typeName(b)}.__new__()`,
    );
  }
  // Only _testcapi.without_gc makes a class whose instances have no GC head.
  const gcType = (slots.flags & TPFLAGS_HAVE_GC) !== 0;
  const op = gcType ? rt.gcNew(type, slots.basicsize) : rt.objectNew(type, slots.basicsize);
  const u32 = rt.mem.u32;
  for (let i = 16; i < slots.basicsize; i += 4) u32[(op + i) >>> 2] = 0;
  this.incref(type);
  if (info.managedDict) {
    // init_inline_values: one fewer usable key per instance while more than one is left.
    if (info.shared.usable > 1) info.shared.usable--;
    const vp = values_new(this, info.shared.names.length + info.shared.usable);
    rt.mem.u32[(op + MANAGED_VALUES) >>> 2] = vp;
    rt.mem.u32[(op + MANAGED_DICT) >>> 2] = 0;
  }
  if (gcType) rt.track(op);
  return op;
};

function clearInstance(interp: Interpreter, info: ClassInfo, op: Ptr): void {
  const rt = interp.space.rt;
  if (info.slotOffsets.size !== 0) {
    for (const off of info.slotOffsets.values()) {
      const v = rt.mem.u32[(op + off) >>> 2] as Ptr;
      rt.mem.u32[(op + off) >>> 2] = 0;
      if (v !== NULL) interp.decref(v);
    }
  }
  if (info.managedDict) {
    const dict = rt.mem.u32[(op + MANAGED_DICT) >>> 2] as Ptr;
    if (dict !== NULL) {
      rt.mem.u32[(op + MANAGED_DICT) >>> 2] = 0;
      interp.decref(dict);
    }
    const vp = instance_values(interp, op);
    // tp_clear keeps the (now empty) values array, as CPython's _PyObject_ClearInstanceAttributes.
    if (vp !== 0) values_clear(interp, vp);
  }
}

// subtype_dealloc: finalizer once (may resurrect), weakrefs, slots, attributes, free, type.
function subtypeDealloc(
  interp: Interpreter,
  info: ClassInfo,
  base: PyTypeSlots,
  plain: boolean,
  op: Ptr,
): void {
  const space = interp.space;
  const rt = space.rt;
  const type = rt.typeObject(op);
  if ((rt.typeFlags(op) & TPFLAGS_HAVE_GC) === 0) {
    // A class made by _testcapi.without_gc: no GC head; its finalizer runs every time.
    if (info.hasDel && rt.callFinalizerFromDealloc(op)) return;
    clearInstance(interp, info, op);
    rt.objectFree(op);
    interp.decref(type);
    return;
  }
  rt.untrack(op);
  if (info.hasDel) {
    rt.track(op);
    if (rt.callFinalizerFromDealloc(op)) return;
    rt.untrack(op);
  }
  if (info.weaklistoffset !== 0 && rt.mem.u32[(op + info.weaklistoffset) >>> 2] !== 0) clearWeakrefs(rt, op);
  // A legacy tp_del (only _testcapi.with_tp_del gives a class one) runs after the weakrefs
  // are cleared, with the object tracked; it may resurrect.
  const tpDel = rt.typeOf(op).del;
  if (tpDel !== null) {
    rt.track(op);
    tpDel(op);
    if (rt.refcnt(op) > 0) return;
    rt.untrack(op);
  }
  if (info.builtinBase !== NULL) {
    // The base's half of subtype_dealloc: its contents go, the block is the subtype's.
    clearInstance(interp, info, op);
    subtype_releaseBase(space, info.builtinBase, op);
  } else if (interp.isType(op)) {
    // A class made by a metaclass: type's own dealloc releases it and its metatype.
    clearInstance(interp, info, op);
    space.slots(space.typeType).dealloc(op);
    return;
  } else if (!plain) {
    // A subclass of a built-in type: let the base free its part, then drop our type. With a
    // managed dict the block starts before the GC head, so gcDel must still see our flags.
    clearInstance(interp, info, op);
    if (info.managedDict) freeInlineValues(interp, op);
    else rt.mem.u32[(op + OB_TYPE) >>> 2] = info.mro.find((t) => !interp.classes.has(t)) ?? space.objectType;
    base.dealloc(op);
    interp.decref(type);
    return;
  }
  if (info.builtinBase === NULL) clearInstance(interp, info, op);
  if (info.managedDict) freeInlineValues(interp, op);
  rt.gcDel(op);
  interp.decref(type);
}

// Frees a managed-dict instance's inline values array, if it still has one.
function freeInlineValues(interp: Interpreter, op: Ptr): void {
  const vp = instance_values(interp, op);
  if (vp !== 0) {
    interp.space.rt.mem.u32[(op + MANAGED_VALUES) >>> 2] = 0;
    values_free(interp, vp);
  }
}

// C3 linearisation of the bases' MROs.
function c3(interp: Interpreter, bases: Ptr[]): Ptr[] {
  const seqs = [...bases.map((b) => [...interp.mroOf(b)]), [...bases]];
  const out: Ptr[] = [];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const head = live.map((s) => s[0]).find((h) => !live.some((s) => s.indexOf(h) > 0));
    if (head === undefined) {
      const names = bases.map((b) => interp.typeName(b)).join(', ');
      throw new PyErr(
        'TypeError',
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`,
      );
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

// best_base: the base whose layout the new class extends — the one whose solid base (the
// nearest ancestor that adds instance fields) derives from every other base's.
function bestBase(interp: Interpreter, bases: Ptr[]): Ptr {
  let base = bases[0];
  let winner = NULL;
  for (const b of bases) {
    const candidate = solidBase(interp, b);
    if (winner === NULL) {
      winner = candidate;
      base = b;
    } else if (interp.isSubtype(winner, candidate)) {
      // winner already derives from it
    } else if (interp.isSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      throw new PyErr('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return base;
}

// solid_base: a class adds instance fields when it declares __slots__ members (a class's
// __dict__ and __weakref__ do not count); a built-in type when it is bigger than its base.
function solidBase(interp: Interpreter, type: Ptr): Ptr {
  const space = interp.space;
  const slots = space.slots(type);
  if (type === space.objectType) return type;
  const base = slots.base === NULL ? space.objectType : solidBase(interp, slots.base);
  const info = interp.classes.get(type);
  let extra: boolean;
  if (info !== undefined) {
    const inherited = slots.base === NULL ? undefined : interp.classes.get(slots.base);
    extra = info.slotOffsets.size > (inherited?.slotOffsets.size ?? 0);
  } else {
    const b = space.slots(base);
    extra = slots.basicsize !== b.basicsize || slots.itemsize !== b.itemsize;
  }
  return extra ? type : base;
}

/**
 * update_slot for __del__ (after it was set on or deleted from `type`'s dict): the class and
 * its subclasses get slot_tp_finalize when __del__ is found along their MRO, else none.
 */
export function updateDelSlot(interp: Interpreter, type: Ptr): void {
  const info = interp.classes.get(type);
  if (info === undefined) return;
  info.hasDel = interp.typeLookup(type, interp.n.intern('__del__')) !== NULL;
  interp.space.slots(type).finalize = info.hasDel ? info.finalizer : null;
  for (const sub of info.subclasses) updateDelSlot(interp, sub);
}
