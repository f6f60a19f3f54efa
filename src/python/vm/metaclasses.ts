// Metaclasses and the class-creation protocol of CPython 3.11's typeobject.c: the winning
// metaclass of a class statement (_PyType_CalculateMetaclass), type.__new__ (type_new with
// its __set_name__ and __init_subclass__ steps), type.__call__, and the implicit
// classmethods __init_subclass__ and __class_getitem__.

import { TP_FLAGS, TPFLAGS_TYPE_SUBCLASS } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { enterRecursiveCall, PyErr, recursionErrorFor, withRecursionGuard } from '../../objects/index.js';
import { recursiveIsInstance, recursiveIsSubclass } from './abstractcheck.js';
import { argCount, badArgumentName } from './args.js';
import type { NativeImpl } from './calls.js';
import { HT } from './classes.js';
import { EXC, PyException } from './exceptions.js';
import { ExitProgram, Interpreter, TimeoutExpired } from './interp.js';
import { typeSubclasses } from './subclasses.js';

declare module './interp.js' {
  interface Interpreter {
    /** _PyType_CalculateMetaclass: the most derived of `meta` and the bases' metaclasses (borrowed). */
    calculateMetaclass(meta: Ptr, bases: Ptr[]): Ptr;
    /** type.__new__(metatype, name, bases, ns, **kw): a new class (args borrowed). */
    typeNew(metatype: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /** The Python-level __call__ of a class's heap metaclass (borrowed), or NULL. */
    metaclassCall(cls: Ptr): Ptr;
    /** Looks `name` up along the heap metaclass of `type` (bound for `type`), or NULL. */
    metaclassGetAttr(type: Ptr, name: Ptr, dataOnly: boolean): Ptr;
    /** __prepare__ of the metaclass (a new reference to the class namespace), or a new dict; `bases` is the tuple. */
    prepareNamespace(meta: Ptr, name: Ptr, bases: Ptr, kwnames: Ptr[], kwvalues: Ptr[]): Ptr;
    /** type.__prepare__'s native implementation. */
    typePrepare: NativeImpl;
    /** object.__init_subclass__'s native implementation (a class method). */
    objectInitSubclass: NativeImpl;
    /** Calls a heap metaclass (args borrowed): its __new__ (or type.__new__), then its __init__. */
    callMetaclass(meta: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /** update_bases: bases that are not classes replaced by their __mro_entries__ (a new owned array when any was). */
    resolveMroEntries(bases: Ptr[]): Ptr[];
    /** isinstance(): honours a metaclass's __instancecheck__. */
    objectIsInstance(obj: Ptr, cls: Ptr): boolean;
    /** issubclass(): honours a metaclass's __subclasscheck__. */
    objectIsSubclass(derived: Ptr, cls: Ptr): boolean;
    /** type.__or__ / __ror__: a types.UnionType of a and b, or NULL when they do not make one. */
    typeOr(a: Ptr, b: Ptr): Ptr;
    /** type_set_abstractmethods: marks the class abstract when `value` is true. */
    setAbstract(cls: Ptr, value: Ptr): void;
    /** object_new's refusal to instantiate an abstract class. */
    abstractInstantiation(cls: Ptr): never;
    initMetaclasses(): void;
  }
}

const I = Interpreter.prototype;

I.calculateMetaclass = function (this: Interpreter, meta: Ptr, bases: Ptr[]): Ptr {
  let winner = meta;
  for (const b of bases) {
    const t = this.space.rt.typeObject(b);
    if (this.isSubtype(winner, t)) continue;
    if (this.isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    throw new PyErr(
      'TypeError',
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
};

I.typeNew = function (this: Interpreter, metatype, args, kwnames): Ptr {
  const n = this.n;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos !== 3) {
    throw new PyErr('TypeError', `type.__new__() takes exactly 3 arguments (${npos} given)`);
  }
  const [name, bases, ns] = args;
  if (!n.isStr(name))
    throw new PyErr('TypeError', `type.__new__() argument 1 must be str, not ${badArgumentName(this, name)}`);
  if (!n.isTuple(bases))
    throw new PyErr(
      'TypeError',
      `type.__new__() argument 2 must be tuple, not ${this.space.typeName(bases)}`,
    );
  if (!n.isDict(ns))
    throw new PyErr('TypeError', `type.__new__() argument 3 must be dict, not ${this.space.typeName(ns)}`);
  const baseList = n.tupleItems(bases);
  // type.__new__ itself also picks the winner (a call of type(...) with metaclass'd bases).
  const winner = this.calculateMetaclass(metatype, baseList);
  if (winner !== metatype && this.classes.has(winner)) {
    const newFn = this.typeLookup(winner, n.intern('__new__'));
    if (newFn !== NULL) {
      for (const a of args) this.incref(a);
      this.incref(newFn);
      return this.callKw(newFn, [this.ref(winner), ...args], kwnames);
    }
  }
  const t = this.newClass(winner, n.jsStr(name), [...baseList], ns, bases);
  try {
    const dict = this.space.rt.mem.u32[(t + HT.dict) >>> 2] as Ptr;
    const modName = n.intern('__module__');
    if (n.dictGet(dict, modName) === NULL) {
      const g = this.frameGlobals(this.depth);
      const m = g === NULL ? NULL : n.dictGet(g, n.intern('__name__'));
      if (m !== NULL) n.dictSet(dict, modName, m);
    }
    setNames(this, t, dict);
    initSubclass(this, t, args.slice(npos), kwnames ?? []);
  } catch (error) {
    this.decref(t);
    throw error;
  }
  return t;
};

// type_new_set_names: __set_name__(owner, name) of every attribute that has one.
function setNames(interp: Interpreter, t: Ptr, dict: Ptr): void {
  const n = interp.n;
  // names_to_set = PyDict_Copy(type->tp_dict), walked while __set_name__ may change the dict.
  const copy = n.dict();
  for (const [k, v] of n.dictItems(dict)) n.dictSet(copy, k, v);
  try {
    for (const [k, v] of n.dictItems(copy)) {
      const vt = interp.space.rt.typeObject(v);
      if (
        vt === interp.propertyType ||
        (interp.isSubtype(vt, interp.propertyType) &&
          interp.typeLookup(vt, interp.n.intern('__set_name__')) === NULL)
      ) {
        // The built-in __set_name__ of property.
        const m = interp.nativeMethods.get(interp.propertyType)?.get('__set_name__');
        if (m !== undefined) interp.decref(m(v, [t, k], null));
        continue;
      }
      if (!interp.classes.has(vt)) continue;
      // _PyObject_LookupSpecial: an error binding __set_name__ propagates as it is; one
      // raised by the call becomes the cause of a RuntimeError.
      const descr = interp.typeLookup(vt, interp.n.intern('__set_name__'));
      if (descr === NULL) continue;
      const bound = interp.bindDescriptor(descr, v, vt);
      let r: Ptr;
      try {
        interp.incref(t);
        interp.incref(k);
        r = interp.call(bound, [t, k]);
      } catch (e) {
        throw setNameError(interp, e, v, k, t);
      }
      interp.decref(r);
    }
  } finally {
    interp.decref(copy);
  }
}

// 3.11's type_new_set_names: the error becomes the cause (and context) of a RuntimeError
// naming the attribute, as _PyErr_FormatFromCause makes it.
function setNameError(interp: Interpreter, e: unknown, value: Ptr, key: Ptr, owner: Ptr): unknown {
  if (e instanceof ExitProgram || e instanceof TimeoutExpired) return e;
  const cause = e instanceof PyException ? e.exc : interp.toException(e);
  const err = interp.newException(
    'RuntimeError',
    `Error calling __set_name__ on '${interp.space.typeName(value)}' instance ${interp.reprOf(key)} in '${interp.typeName(owner)}'`,
  );
  interp.exc.set(err, EXC.cause, cause);
  interp.exc.set(err, EXC.context, cause);
  interp.space.rt.mem.u8[err + EXC.suppress] = 1;
  interp.decref(cause);
  return interp.throwable(err);
}

// type_new_init_subclass: super(t, t).__init_subclass__(**kw).
// The super object and the bound method exist as in CPython (each a GC object).
function initSubclass(interp: Interpreter, t: Ptr, kwValues: Ptr[], kwnames: Ptr[]): void {
  const n = interp.n;
  const mro = interp.mroOf(t);
  const key = n.intern('__init_subclass__');
  const superObj = (interp.constructors.get(interp.superType) as NativeImpl)(interp.superType, [t, t], null);
  let bound = NULL as Ptr;
  try {
    for (let i = 1; i < mro.length && bound === NULL; i++) {
      const base = mro[i];
      if (!interp.classes.has(base)) continue;
      const f = n.dictGet(interp.space.rt.mem.u32[(base + HT.dict) >>> 2] as Ptr, key);
      if (f !== NULL) bound = interp.bindDescriptor(f, NULL, t);
    }
    if (bound === NULL) bound = interp.newBuiltin('__init_subclass__', interp.objectInitSubclass, t);
  } finally {
    interp.decref(superObj);
  }
  for (const v of kwValues) interp.incref(v);
  const kw = kwnames.length > 0 ? kwnames : null;
  interp.decref(interp.withUnpackDict(kw, () => interp.callKw(bound, [...kwValues], kw)));
}

I.prepareNamespace = function (this: Interpreter, meta, name, bases, kwnames, kwvalues): Ptr {
  const n = this.n;
  const prep = this.classes.has(meta) ? this.typeLookup(meta, n.intern('__prepare__')) : NULL;
  if (prep === NULL) {
    // type.__prepare__, looked up on the metaclass: a bound builtin method while it runs.
    const bound = this.newBuiltin('__prepare__', this.typePrepare, meta);
    try {
      return n.dict();
    } finally {
      this.decref(bound);
    }
  }
  const f = this.bindDescriptor(prep, NULL, meta);
  for (const v of kwvalues) this.incref(v);
  const kw = kwnames.length > 0 ? kwnames : null;
  const ns = this.withUnpackDict(kw, () =>
    this.callKw(f, [this.ref(name), this.ref(bases), ...kwvalues], kw),
  );
  if (!n.isDict(ns)) {
    const mt = this.typeName(meta);
    const tn = this.space.typeName(ns);
    this.decref(ns);
    throw new PyErr('TypeError', `${mt}.__prepare__() must return a mapping, not ${tn}`);
  }
  return ns;
};

I.callMetaclass = function (this: Interpreter, meta, args, kwnames): Ptr {
  const n = this.n;
  const newFn = this.typeLookup(meta, n.intern('__new__'));
  let obj: Ptr;
  if (newFn === NULL) obj = this.typeNew(meta, args, kwnames);
  else {
    for (const a of args) this.incref(a);
    const f =
      this.space.rt.typeObject(newFn) === this.staticmethodType
        ? (this.space.rt.mem.u32[(newFn + 16) >>> 2] as Ptr)
        : newFn;
    this.incref(f);
    obj = this.callKw(f, [this.ref(meta), ...args], kwnames);
    if (!this.isSubtype(this.space.rt.typeObject(obj), meta)) return obj;
  }
  const init = this.typeLookup(meta, n.intern('__init__'));
  if (init !== NULL) {
    for (const a of args) this.incref(a);
    this.incref(init);
    let r: Ptr;
    try {
      r = this.callKw(init, [this.ref(obj), ...args], kwnames);
    } catch (error) {
      this.decref(obj);
      throw error;
    }
    this.decref(r);
  }
  return obj;
};

I.resolveMroEntries = function (this: Interpreter, bases: Ptr[]): Ptr[] {
  const n = this.n;
  if (bases.every((b) => this.isType(b))) return bases;
  const out: Ptr[] = [];
  let origTuple = NULL as Ptr;
  try {
    for (const b of bases) {
      const me = this.isType(b) ? NULL : this.getAttrOrNull(b, n.intern('__mro_entries__'));
      if (me === NULL) {
        out.push(this.ref(b));
        continue;
      }
      if (origTuple === NULL) origTuple = n.tuple(bases.map((x) => this.ref(x)));
      const r = this.call(me, [this.ref(origTuple)]);
      try {
        if (!n.isTuple(r)) throw new PyErr('TypeError', '__mro_entries__ must return a tuple');
        for (const x of n.tupleItems(r)) out.push(this.ref(x));
      } finally {
        this.decref(r);
      }
    }
  } catch (error) {
    for (const x of out) this.decref(x);
    throw error;
  } finally {
    if (origTuple !== NULL) this.decref(origTuple);
  }
  return out;
};

/** The Python-level hook `name` of type(cls) (borrowed), when that type is a heap class. */
function checkHook(interp: Interpreter, cls: Ptr, name: string): Ptr {
  const meta = interp.space.rt.typeObject(cls);
  if (!interp.classes.has(meta)) return NULL;
  return interp.typeLookup(meta, interp.n.intern(name));
}

I.objectIsInstance = function (this: Interpreter, obj: Ptr, cls: Ptr): boolean {
  if (this.space.rt.typeObject(obj) === cls) return true;
  // object_recursive_isinstance: each item of a tuple one recursive call deeper.
  if (this.n.isTuple(cls)) {
    const state = enterRecursiveCall(this.space, ' in __instancecheck__');
    try {
      const items = this.n.tupleItems(cls);
      for (let i = 0; i < items.length; i++) if (this.objectIsInstance(obj, items[i])) return true;
      return false;
    } catch (error) {
      throw recursionErrorFor(error, ' in __instancecheck__');
    } finally {
      state.depth--;
    }
  }
  const hook = checkHook(this, cls, '__instancecheck__');
  if (hook === NULL) return recursiveIsInstance(this, obj, cls);
  const r = this.callLookedUp(hook, cls, [obj]);
  try {
    return this.truthy(r);
  } finally {
    this.decref(r);
  }
};

I.objectIsSubclass = function (this: Interpreter, derived: Ptr, cls: Ptr): boolean {
  if (this.n.isTuple(cls))
    return withRecursionGuard(this.space, ' in __subclasscheck__', () =>
      this.n.tupleItems(cls).some((c) => this.objectIsSubclass(derived, c)),
    );
  const hook = checkHook(this, cls, '__subclasscheck__');
  if (hook === NULL) return recursiveIsSubclass(this, derived, cls);
  const r = this.callLookedUp(hook, cls, [derived]);
  try {
    return this.truthy(r);
  } finally {
    this.decref(r);
  }
};

I.typeOr = function (this: Interpreter, a: Ptr, b: Ptr): Ptr {
  const types = this.gcdImport('types');
  const f = this.getAttr(types, this.n.intern('_type_or'));
  const r = this.callKw(f, [this.ref(a), this.ref(b)], null);
  if (r === this.space.notImplemented) {
    this.decref(r);
    return NULL;
  }
  return r;
};

I.setAbstract = function (this: Interpreter, cls: Ptr, value: Ptr): void {
  const info = this.classes.get(cls);
  if (info !== undefined) info.abstract = this.truthy(value);
};

I.abstractInstantiation = function (this: Interpreter, cls: Ptr): never {
  const n = this.n;
  const am = this.getAttr(cls, n.intern('__abstractmethods__'));
  let names: string[];
  try {
    names = this.iterToArray(am).map((x) => {
      const s = n.isStr(x) ? n.jsStr(x) : this.reprOf(x);
      this.decref(x);
      return s;
    });
  } finally {
    this.decref(am);
  }
  names.sort();
  throw new PyErr(
    'TypeError',
    `Can't instantiate abstract class ${this.typeName(cls)} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`,
  );
};

I.metaclassCall = function (this: Interpreter, cls: Ptr): Ptr {
  if (cls === NULL) return NULL;
  const meta = this.space.rt.typeObject(cls);
  if (!this.classes.has(meta)) return NULL;
  return this.typeLookup(meta, this.n.intern('__call__'));
};

I.metaclassGetAttr = function (this: Interpreter, type: Ptr, name: Ptr, dataOnly: boolean): Ptr {
  const meta = this.space.rt.typeObject(type);
  if (!this.classes.has(meta)) return NULL;
  const d = this.typeLookup(meta, name);
  if (d === NULL) return NULL;
  if (dataOnly && !this.isDataDescriptor(d)) return NULL;
  return this.bindDescriptor(d, type, meta);
};

I.initMetaclasses = function (this: Interpreter): void {
  const space = this.space;
  // type_repr: module-qualified, also inside containers and as a metaclass's fallback.
  space.slots(space.typeType).repr = (op) => `<class '${this.qualifiedTypeName(op)}'>`;
  // type.__new__(metatype, name, bases, ns): a static method, as object.__new__.
  this.defMethod(space.typeType, '__new__', (_self, args, kw) => {
    const meta = args[0];
    if (meta === undefined) throw new PyErr('TypeError', 'type.__new__(): not enough arguments');
    if (!this.isType(meta) || !this.isSubtype(meta, space.typeType))
      throw new PyErr('TypeError', `type.__new__(X): X is not a type object (${space.typeName(meta)})`);
    return this.typeNew(meta, args.slice(1), kw);
  });
  this.defMethod(space.typeType, '__init__', () => this.newNone());
  // type.__repr__(cls): what a metaclass's own __repr__ reaches through super().
  this.defMethod(space.typeType, '__repr__', (self) => {
    if (self === NULL || !this.isType(self))
      throw new PyErr('TypeError', "descriptor '__repr__' of 'type' object needs an argument");
    return this.n.str(`<class '${this.qualifiedTypeName(self)}'>`);
  });
  // type.__call__(cls, *args): __new__ then __init__, past any metaclass __call__.
  this.defMethod(space.typeType, '__call__', (self, args, kw) => {
    if (self === NULL || !this.isType(self))
      throw new PyErr('TypeError', "descriptor '__call__' of 'type' object needs an argument");
    for (const a of args) this.incref(a);
    // wrap_call hands type_call the tuple _PyObject_MakeTpCall made for this call: for a
    // class, the copies taken here stand for it (type_call makes no second one).
    const info = this.classes.get(self);
    if (
      info !== undefined &&
      (this.space.rt.mem.u32[(self + TP_FLAGS) >>> 2] & TPFLAGS_TYPE_SUBCLASS) === 0
    ) {
      this.argsGiven = true;
      try {
        return this.callType(self, [...args], kw);
      } finally {
        this.argsGiven = false;
      }
    }
    return this.callType(self, [...args], kw);
  });
  this.defMethod(space.typeType, '__subclasses__', (self, args, kw) => {
    if (self === NULL || !this.isType(self))
      throw new PyErr('TypeError', "descriptor '__subclasses__' of 'type' object needs an argument");
    // A METH_NOARGS method bound to a class names the class (meth_get__qualname__).
    if (args.length > 0 || (kw !== null && kw.length > 0))
      argCount(`${this.typeQualname(self)}.__subclasses__`, args, kw, 0, 0);
    return typeSubclasses(this, self);
  });
  // type.__prepare__(name, bases, **kwds): a class method returning a new dict.
  const typeClassMethods = this.nativeClassMethods.get(space.typeType) ?? new Map();
  this.nativeClassMethods.set(space.typeType, typeClassMethods);
  this.typePrepare = () => this.n.dict();
  typeClassMethods.set('__prepare__', this.typePrepare);
  // object.__subclasshook__ and object.__init_subclass__ as class methods.
  const objectClassMethods = this.nativeClassMethods.get(space.objectType) ?? new Map();
  this.nativeClassMethods.set(space.objectType, objectClassMethods);
  objectClassMethods.set('__subclasshook__', () => this.ref(space.notImplemented));
  // The class's __qualname__ names the method in the error, as _PyObject_FunctionStr does.
  const qualname = (cls: Ptr) => {
    const q = this.classes.has(cls) ? (space.rt.mem.u32[(cls + 80) >>> 2] as Ptr) : NULL;
    return q === NULL ? this.typeName(cls) : this.n.jsStr(q);
  };
  this.objectInitSubclass = (cls: Ptr, args: Ptr[], kw: Ptr[] | null) => {
    if (args.length > 0 || (kw?.length ?? 0) > 0)
      throw new PyErr('TypeError', `${qualname(cls)}.__init_subclass__() takes no keyword arguments`);
    return this.newNone();
  };
  objectClassMethods.set('__init_subclass__', this.objectInitSubclass);
  // object.__init_subclass__(): takes no keyword arguments.
  this.defMethod(space.objectType, '__init_subclass__', (self, args, kw) => {
    if (args.length > 0 || (kw?.length ?? 0) > 0) {
      const who = self !== NULL && this.isType(self) ? qualname(self) : 'object';
      throw new PyErr('TypeError', `${who}.__init_subclass__() takes no keyword arguments`);
    }
    return this.newNone();
  });
};
