// Descriptors: property, staticmethod, classmethod, super, and user classes' __get__/__set__.
//
// property (4 references), staticmethod and classmethod (1 reference each, plus a dict
// word) and super (type, obj, obj_type) are small GC objects laid out as in CPython:
//   property:      +16 fget  +24 fset  +32 fdel  +40 doc  +48 name  (+56 getter_doc)  64 bytes
//   staticmethod / classmethod: +16 callable  +24 dict                      32 bytes
//   super:         +16 type  +24 obj  +32 obj_type                          40 bytes

import { TP_FLAGS, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, method_new, PyErr, pointerHash } from '../../objects/index.js';
import { argCount } from './args.js';
import { unboundImpls } from './attrs.js';
import { Interpreter } from './interp.js';
import { bindMethodDescriptor } from './methoddescr.js';
import { propertyGet, propertySet } from './propertytype.js';

declare module './interp.js' {
  interface Interpreter {
    propertyType: Ptr;
    staticmethodType: Ptr;
    classmethodType: Ptr;
    superType: Ptr;
    initDescriptors(): void;
    descriptorGet(descr: Ptr, obj: Ptr, type: Ptr): Ptr;
    newRefsObject(type: Ptr, size: number, refs: Ptr[]): Ptr;
    /** A static GC type whose objects hold only references in their words. */
    newRefsType(name: string, size: number): Ptr;
    superZero(classCell: Ptr, self: Ptr): Ptr;
    /** Static descriptor types a module implements natively (their tp_descr_get / tp_descr_set). */
    nativeDescriptors: Map<Ptr, NativeDescriptor>;
  }
}

/** tp_descr_get and tp_descr_set of a native descriptor type; without `set` it is a non-data descriptor. */
export interface NativeDescriptor {
  /** descr.__get__(obj, type): a new reference; obj is NULL for a lookup on the class. */
  get(descr: Ptr, obj: Ptr, type: Ptr): Ptr;
  /** descr.__set__(obj, value), or __delete__(obj) when value is NULL. */
  set?(descr: Ptr, obj: Ptr, value: Ptr): void;
}

const I = Interpreter.prototype;

function fields(size: number): number[] {
  const out: number[] = [];
  for (let o = 16; o < size; o += 8) out.push(o);
  return out;
}

I.newRefsType = function (this: Interpreter, name: string, size: number): Ptr {
  const space = this.space;
  const rt = space.rt;
  const offs = fields(size);
  return space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name,
    flags: TPFLAGS_HAVE_GC,
    basicsize: size,
    // object's tp_hash, inherited by every such type that does not define comparison.
    hash: pointerHash,
    traverse: (op, visit) => {
      for (const o of offs) {
        const v = rt.mem.u32[(op + o) >>> 2] as Ptr;
        if (v !== NULL) visit(v);
      }
    },
    clear: (op) => {
      for (const o of offs) {
        const v = rt.mem.u32[(op + o) >>> 2] as Ptr;
        rt.mem.u32[(op + o) >>> 2] = 0;
        if (v !== NULL) rt.decref(v);
      }
    },
    dealloc: (op) => {
      rt.untrack(op);
      if (offs.length > 4) {
        const vs = offs.map((o) => rt.mem.u32[(op + o) >>> 2] as Ptr);
        rt.gcDel(op);
        for (const v of vs) if (v !== NULL) rt.decref(v);
        return;
      }
      // Up to four references in locals: no JS array per dealloc (enumerate, zip, map …).
      const u32 = rt.mem.u32;
      const n = offs.length;
      const v0 = (n > 0 ? u32[(op + 16) >>> 2] : NULL) as Ptr;
      const v1 = (n > 1 ? u32[(op + 24) >>> 2] : NULL) as Ptr;
      const v2 = (n > 2 ? u32[(op + 32) >>> 2] : NULL) as Ptr;
      const v3 = (n > 3 ? u32[(op + 40) >>> 2] : NULL) as Ptr;
      rt.gcDel(op);
      if (v0 !== NULL) rt.decref(v0);
      if (v1 !== NULL) rt.decref(v1);
      if (v2 !== NULL) rt.decref(v2);
      if (v3 !== NULL) rt.decref(v3);
    },
  });
};

I.initDescriptors = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  const make = (name: string, size: number) => {
    const t = this.newRefsType(name, size);
    space.slots(t).flags |= TPFLAGS_BASETYPE;
    rt.mem.u32[(t + TP_FLAGS) >>> 2] |= TPFLAGS_BASETYPE;
    return t;
  };
  this.nativeDescriptors = new Map();
  this.propertyType = make('property', 64);
  this.staticmethodType = make('staticmethod', 32);
  this.classmethodType = make('classmethod', 32);
  this.superType = make('super', 40);
  // super_traverse: obj, type, obj_type (the object keeps them as type, obj, obj_type).
  space.slots(this.superType).traverse = (op, visit) => {
    const u32 = rt.mem.u32;
    for (const off of [24, 16, 32]) {
      const v = u32[(op + off) >>> 2] as Ptr;
      if (v !== NULL) visit(v);
    }
  };
  // staticmethod_repr / cm_repr / super_repr.
  for (const [t, name] of [
    [this.staticmethodType, 'staticmethod'],
    [this.classmethodType, 'classmethod'],
  ] as const) {
    space.slots(t).repr = (op) => {
      const f = rt.mem.u32[(op + 16) >>> 2] as Ptr;
      return f === NULL ? `<${name} object at 0x${op.toString(16)}>` : `<${name}(${this.reprOf(f)})>`;
    };
  }
  // sm_call (3.10+): a staticmethod object calls its function.
  space.slots(this.staticmethodType).call = (op, args, kwargs) => {
    const f = rt.mem.u32[(op + 16) >>> 2] as Ptr;
    rt.incref(f);
    rt.incref(args);
    if (kwargs !== NULL) rt.incref(kwargs);
    return this.callEx(f, args, kwargs);
  };
  space.slots(this.superType).repr = (op) => {
    const type = rt.mem.u32[(op + 16) >>> 2] as Ptr;
    const objType = rt.mem.u32[(op + 32) >>> 2] as Ptr;
    const tn = type === NULL ? 'NULL' : this.typeName(type);
    return objType === NULL
      ? `<super: <class '${tn}'>, NULL>`
      : `<super: <class '${tn}'>, <${this.typeName(objType)} object>>`;
  };
  // builtin_function_or_method: __name__, __qualname__, __self__, __module__ (+16 index, +24 self).
  const native = (op: Ptr) => this.natives[rt.mem.u32[(op + 16) >>> 2]];
  const boundSelf = (op: Ptr) => rt.mem.u32[(op + 24) >>> 2] as Ptr;
  this.nativeGetters.set(
    this.builtinType,
    new Map([
      ['__name__', (op: Ptr) => this.n.str(native(op).name)],
      ['__qualname__', (op: Ptr) => this.n.str(native(op).qualname)],
      ['__self__', (op: Ptr) => (boundSelf(op) === NULL ? this.newNone() : this.ref(boundSelf(op)))],
      [
        '__module__',
        (op: Ptr) => {
          const self = boundSelf(op);
          if (self === NULL) return this.n.str('builtins');
          return this.isModule(self) ? this.n.str(this.moduleName(self)) : this.newNone();
        },
      ],
      ['__doc__', () => this.newNone()],
      ['__text_signature__', () => this.newNone()],
    ]),
  );
  // PyDescr_COMMON's attributes of member and getset descriptors: d_type at +16, d_name at +24.
  for (const t of [this.memberType, this.getsetType]) {
    const word = (op: Ptr, off: number) => rt.mem.u32[(op + off) >>> 2] as Ptr;
    this.nativeGetters.set(
      t,
      new Map([
        ['__name__', (op: Ptr) => this.ref(word(op, 24))],
        ['__objclass__', (op: Ptr) => this.ref(word(op, 16))],
        [
          '__qualname__',
          (op: Ptr) => this.n.str(`${this.typeName(word(op, 16))}.${this.n.jsStr(word(op, 24))}`),
        ],
        [
          '__doc__',
          (op: Ptr) => {
            const doc = subtypeGetsetDoc(this, word(op, 16), word(op, 24));
            return doc === undefined ? this.newNone() : this.n.str(doc);
          },
        ],
      ]),
    );
    installDescriptorMethods(this, t);
  }
};

// The docs CPython gives the __dict__ and __weakref__ getsets a class adds (subtype_getsets).
function subtypeGetsetDoc(interp: Interpreter, owner: Ptr, name: Ptr): string | undefined {
  if (!interp.classes.has(owner)) return undefined;
  const s = interp.n.jsStr(name);
  if (s === '__dict__') return 'dictionary for instance variables';
  if (s === '__weakref__') return 'list of weak references to the object';
  return undefined;
}

// member_descriptor and getset_descriptor: __get__, __set__ and __delete__ called directly
// (descr_check: the object must be an instance of the descriptor's class), reading and
// writing the attribute as the attribute protocol does.
function installDescriptorMethods(interp: Interpreter, type: Ptr): void {
  const u32 = () => interp.space.rt.mem.u32;
  const check = (descr: Ptr, obj: Ptr): Ptr => {
    const owner = u32()[(descr + 16) >>> 2] as Ptr;
    const name = u32()[(descr + 24) >>> 2] as Ptr;
    if (!interp.isSubtype(interp.space.rt.typeObject(obj), owner))
      throw new PyErr(
        'TypeError',
        `descriptor '${interp.n.jsStr(name)}' for '${interp.typeName(owner)}' objects doesn't apply to a '${interp.space.typeName(obj)}' object`,
      );
    return name;
  };
  interp.defMethod(type, '__get__', (self, a, k) => {
    argCount('__get__', a, k, 1, 2);
    const none = interp.space.none;
    if (a[0] === none) {
      if (a.length < 2 || a[1] === none) throw new PyErr('TypeError', '__get__(None, None) is invalid');
      return interp.ref(self);
    }
    return interp.getAttr(a[0], check(self, a[0]));
  });
  interp.defMethod(type, '__set__', (self, a, k) => {
    argCount('__set__', a, k, 2, 2);
    interp.setAttr(a[0], check(self, a[0]), a[1]);
    return interp.newNone();
  });
  interp.defMethod(type, '__delete__', (self, a, k) => {
    argCount('__delete__', a, k, 1, 1);
    interp.delAttr(a[0], check(self, a[0]));
    return interp.newNone();
  });
}

/** A new GC object of a refs-only type with `refs` (borrowed) in its words. */
I.newRefsObject = function (this: Interpreter, type: Ptr, size: number, refs: Ptr[]): Ptr {
  const rt = this.space.rt;
  const op = rt.gcNew(type, size);
  const u32 = rt.mem.u32;
  for (let i = 16; i < size; i += 4) u32[(op + i) >>> 2] = 0;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (r !== NULL) rt.incref(r);
    u32[(op + 16 + 8 * i) >>> 2] = r;
  }
  rt.track(op);
  return op;
};

function word(interp: Interpreter, op: Ptr, i: number): Ptr {
  return interp.space.rt.mem.u32[(op + 16 + 8 * i) >>> 2] as Ptr;
}

I.isDataDescriptor = function (this: Interpreter, descr: Ptr): boolean {
  const t = this.space.rt.typeObject(descr);
  if (t === this.propertyType) return true;
  if (!this.classes.has(t)) return this.nativeDescriptors.get(t)?.set !== undefined;
  return (
    this.typeLookup(t, this.n.intern('__set__')) !== NULL ||
    this.typeLookup(t, this.n.intern('__delete__')) !== NULL ||
    this.isSubtype(t, this.propertyType)
  );
};

/** descr.__get__(obj, type) for descriptors other than functions; 0 if `descr` is not one. */
I.descriptorGet = function (this: Interpreter, descr: Ptr, obj: Ptr, type: Ptr): Ptr {
  const t = this.space.rt.typeObject(descr);
  if (t === this.propertyType) return obj === NULL ? this.ref(descr) : propertyGet(this, descr, obj);
  if ((t === this.methodDescrType || t === this.wrapperDescrType) && obj !== NULL) {
    // An unbound method of a built-in type stored in a class (`__hash__ = object.__hash__`)
    // binds like the method descriptor it stands for.
    const u32 = this.space.rt.mem.u32;
    if (u32[(descr + 24) >>> 2] === NULL && unboundImpls.has(this.natives[u32[(descr + 16) >>> 2]].impl)) {
      const bound = bindMethodDescriptor(this, descr, obj);
      return bound !== NULL ? bound : method_new(this.space, descr, obj);
    }
  }
  const native = this.nativeDescriptors.get(t);
  if (native !== undefined) return native.get(descr, obj, type);
  if (t === this.staticmethodType) return staticmethodGet(this, descr);
  if (t === this.classmethodType) return classmethodGet(this, descr, type);
  if (this.classes.has(t)) {
    const get = this.typeLookup(t, this.n.intern('__get__'));
    if (get !== NULL) return this.callBorrowed(get, [descr, obj === NULL ? this.none : obj, type]);
    // A property, classmethod or staticmethod subclass without its own __get__: the base's.
    if (this.isSubtype(t, this.propertyType))
      return obj === NULL ? this.ref(descr) : propertyGet(this, descr, obj);
    if (this.isSubtype(t, this.classmethodType)) return classmethodGet(this, descr, type);
    if (this.isSubtype(t, this.staticmethodType)) return staticmethodGet(this, descr);
  }
  return NULL;
};

/** sm_descr_get: the callable itself (a staticmethod made by __new__ without __init__ has none). */
export function staticmethodGet(interp: Interpreter, descr: Ptr): Ptr {
  const callable = word(interp, descr, 0);
  if (callable === NULL) throw new PyErr('RuntimeError', 'uninitialized staticmethod object');
  return interp.ref(callable);
}

/**
 * cm_descr_get: a callable that is itself a descriptor (a property, another classmethod) is
 * asked for its __get__(type, type); anything else binds to the class.
 */
export function classmethodGet(interp: Interpreter, descr: Ptr, type: Ptr): Ptr {
  const callable = word(interp, descr, 0);
  if (callable === NULL) throw new PyErr('RuntimeError', 'uninitialized classmethod object');
  const ct = interp.space.rt.typeObject(callable);
  if (ct !== interp.space.functions.type && !interp.isNativeCallableType(ct)) {
    const r = interp.descriptorGet(callable, type, type);
    if (r !== NULL) return r;
  }
  return method_new(interp.space, callable, type);
}

I.descriptorSet = function (this: Interpreter, descr: Ptr, obj: Ptr, value: Ptr): void {
  const t = this.space.rt.typeObject(descr);
  if (t === this.propertyType) {
    propertySet(this, descr, obj, value);
    return;
  }
  const native = this.nativeDescriptors.get(t)?.set;
  if (native !== undefined) {
    native(descr, obj, value);
    return;
  }
  const set = this.typeLookup(t, this.n.intern('__set__'));
  if (set === NULL && this.isSubtype(t, this.propertyType)) {
    propertySet(this, descr, obj, value);
    return;
  }
  if (set === NULL) throw new PyErr('AttributeError', '__set__');
  this.decref(this.callBorrowed(set, [descr, obj, value]));
};

I.descriptorDelete = function (this: Interpreter, descr: Ptr, obj: Ptr): void {
  const t = this.space.rt.typeObject(descr);
  if (t === this.propertyType) {
    propertySet(this, descr, obj, NULL);
    return;
  }
  const native = this.nativeDescriptors.get(t)?.set;
  if (native !== undefined) {
    native(descr, obj, NULL);
    return;
  }
  const del = this.typeLookup(t, this.n.intern('__delete__'));
  if (del === NULL && this.isSubtype(t, this.propertyType)) {
    propertySet(this, descr, obj, NULL);
    return;
  }
  if (del === NULL) throw new PyErr('AttributeError', '__delete__');
  this.decref(this.callBorrowed(del, [descr, obj]));
};

/** super() with no arguments, inside a method: the class cell and the first argument. */
I.superZero = function (this: Interpreter, classCell: Ptr, self: Ptr): Ptr {
  const cls = this.cellLoad(classCell, '__class__', true);
  try {
    return this.newSuper(cls, self);
  } finally {
    this.decref(cls);
  }
};

declare module './interp.js' {
  interface Interpreter {
    newSuper(type: Ptr, obj: Ptr): Ptr;
    superGetAttr(sup: Ptr, name: Ptr): Ptr;
  }
}

I.newSuper = function (this: Interpreter, type: Ptr, obj: Ptr): Ptr {
  // super_init_impl: the first argument is checked by the argument parser ("O!").
  if (!this.isType(type))
    throw new PyErr('TypeError', `super() argument 1 must be a type, not ${this.space.typeName(type)}`);
  const objType = this.isType(obj) && this.isSubtype(obj, type) ? obj : this.space.rt.typeObject(obj);
  if (!this.isSubtype(objType, type)) {
    throw new PyErr('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  }
  return this.newRefsObject(this.superType, 40, [type, obj, objType]);
};

/** super_init for an instance `sup` of a subclass of super: super(type[, obj]) in its words. */
export function superInit(interp: Interpreter, sup: Ptr, args: Ptr[], kw: Ptr[] | null): void {
  argCount('super', args, kw, 0, 2, 'super()');
  // super_init's clinic converter (the vectorcall of super itself says "must be a type").
  if (args.length > 0 && !interp.isType(args[0]))
    throw new PyErr('TypeError', `super() argument 1 must be type, not ${interp.space.typeName(args[0])}`);
  if (args.length < 1) throw new PyErr('RuntimeError', 'super(): no arguments');
  const made = args.length < 2 ? NULL : interp.newSuper(args[0], args[1]);
  const u32 = interp.space.rt.mem.u32;
  const words =
    made === NULL
      ? [args[0], NULL, NULL]
      : [word(interp, made, 0), word(interp, made, 1), word(interp, made, 2)];
  for (let i = 0; i < 3; i++) {
    const at = (sup + 16 + 8 * i) >>> 2;
    const old = u32[at] as Ptr;
    if (words[i] !== NULL) interp.incref(words[i]);
    u32[at] = words[i];
    if (old !== NULL) interp.decref(old);
  }
  if (made !== NULL) interp.decref(made);
}

/**
 * super_getattro's search: `name` along the MRO of obj's type after `type`, bound (a new
 * reference), or NULL. An unbound super(type) has no MRO to search.
 */
export function superMroAttr(interp: Interpreter, sup: Ptr, name: Ptr): Ptr {
  const type = word(interp, sup, 0);
  const obj = word(interp, sup, 1);
  const objType = word(interp, sup, 2);
  if (objType === NULL) return NULL;
  const mro = interp.mroOf(objType);
  const n = interp.n;
  // The name as a JS string only when a built-in type's table is searched.
  let s: string | null = null;
  for (let i = mro.indexOf(type) + 1; i < mro.length; i++) {
    const t = mro[i];
    if (interp.classes.has(t)) {
      const v = n.dictGet(interp.space.rt.mem.u32[(t + 48) >>> 2] as Ptr, name);
      if (v !== NULL) return interp.bindDescriptor(v, obj === objType ? NULL : obj, objType);
    } else {
      s ??= n.jsStr(name);
      const m = interp.nativeMethods.get(t)?.get(s);
      if (m !== undefined) return interp.newBuiltin(s, m, obj, `${interp.typeName(t)}.${s}`);
      // A built-in class method (type.__prepare__, dict.fromkeys) binds to the class.
      const cm = interp.nativeClassMethods.get(t)?.get(s);
      if (cm !== undefined) return interp.newBuiltin(s, cm, objType, `${interp.typeName(t)}.${s}`);
    }
  }
  return NULL;
}

/** Attribute lookup on a super object: the MRO of obj's type after `type`. */
I.superGetAttr = function (this: Interpreter, sup: Ptr, name: Ptr): Ptr {
  const found = superMroAttr(this, sup, name);
  if (found !== NULL) return found;
  const type = word(this, sup, 0);
  const obj = word(this, sup, 1);
  const objType = word(this, sup, 2);
  const s = this.n.jsStr(name);
  // super's own attributes (super_getattro falls back on PyObject_GenericGetAttr).
  if (s === '__thisclass__') return this.ref(type);
  if (s === '__self__') return obj === NULL ? this.newNone() : this.ref(obj);
  if (s === '__self_class__') return objType === NULL ? this.newNone() : this.ref(objType);
  if (s === '__class__') return this.ref(this.superType);
  for (const t of [this.superType, this.space.objectType]) {
    const m = this.nativeMethods.get(t)?.get(s);
    if (m !== undefined) return this.newBuiltin(s, m, sup, `${this.typeName(t)}.${s}`);
  }
  return NULL;
};
