// Constructors and methods of the built-in types (int, float, str, bool, list, tuple,
// dict, set, frozenset, object, slice, BaseException), and the slice and dict-view types.

import { OB_TYPE, TP_ID } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, noKeywords, parseArgs, wrapperArgs } from './args.js';
import { installByteArrayType } from './bytearraytype.js';
import type { NativeImpl } from './calls.js';
import { encodeText, isNativeEncoding } from './codecs.js';
import { installComplexType } from './complextype.js';
import { classmethodGet, staticmethodGet, superInit } from './descriptors.js';
import { EXC } from './exceptions.js';
import { installFunctionType } from './functiontype.js';
import { Interpreter } from './interp.js';
import { installNumberMethods } from './intmethods.js';
import { installMemoryViewType } from './memoryviewtype.js';
import { propertyGet, wrapsAbstractMethod } from './propertytype.js';
import { installSliceMethods } from './slicecompare.js';
import { STR_WHERE } from './strings.js';
import { builtinSizeof, managedDictCorrection } from './subclassing.js';
import { installTracebackType } from './tracebacktype.js';

// A slice object (PySliceObject), after its 16-byte PyGC_Head:
//
//   +0  ob_refcnt   +8  ob_type   +16 start   +24 stop   +32 step    (40 bytes)
//
/** Offset of a slice's start (a reference, None when omitted). */
export const SLICE_START = 16;
/** Offset of a slice's stop. */
export const SLICE_STOP = 24;
/** Offset of a slice's step. */
export const SLICE_STEP = 32;

declare module './interp.js' {
  interface Interpreter {
    sliceType: Ptr;
    /** The interpreter's one cached slice (interp->slice_cache), or NULL. */
    sliceCache: Ptr;
    dictViewTypes: Ptr[];
    initTypes(): void;
  }
}

const I = Interpreter.prototype;

I.initTypes = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  const n = this.n as import('./native-impl.js').NativeImpl;
  const none = () => this.newNone();
  const ctor = (t: Ptr, f: NativeImpl) => this.constructors.set(t, f);
  const method = (t: Ptr, name: string, f: (self: Ptr, args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    this.defMethod(t, name, f);

  // slice and the dict views: GC objects holding references only, with no tp_clear (as
  // CPython's); the shared shape comes from newRefsType.
  const refsType = (name: string, size: number, repr: (op: Ptr) => string) => {
    const t = this.newRefsType(name, size);
    const slots = space.slots(t);
    slots.clear = null;
    slots.repr = repr;
    return t;
  };
  this.sliceType = refsType('slice', 40, (op) => {
    const [a, b, c] = n.sliceParts(op);
    return `slice(${this.reprOf(a)}, ${this.reprOf(b)}, ${this.reprOf(c)})`;
  });
  // slices compare by value and are unhashable in 3.11 (hashable only from 3.12).
  space.slots(this.sliceType).hash = null;
  // PySlice_New reuses the one cached slice (no allocation, so no count in generation 0);
  // slice_dealloc keeps a freed slice there when the cache is empty.
  this.sliceCache = NULL;
  n.sliceFactory = (a, b, c) => {
    const op = this.sliceCache;
    if (op === NULL) return this.newRefsObject(this.sliceType, 40, [a, b, c]);
    this.sliceCache = NULL;
    rt.setRefcnt(op, 1);
    rt.heap.newReference(op - 16);
    rt.incref(a);
    rt.incref(b);
    rt.incref(c);
    const u32 = rt.mem.u32;
    u32[(op + SLICE_START) >>> 2] = a;
    u32[(op + SLICE_STOP) >>> 2] = b;
    u32[(op + SLICE_STEP) >>> 2] = c;
    rt.track(op);
    return op;
  };
  space.slots(this.sliceType).dealloc = (op) => {
    rt.untrack(op);
    const u32 = rt.mem.u32;
    const start = u32[(op + SLICE_START) >>> 2] as Ptr;
    const stop = u32[(op + SLICE_STOP) >>> 2] as Ptr;
    const step = u32[(op + SLICE_STEP) >>> 2] as Ptr;
    u32[(op + SLICE_START) >>> 2] = 0;
    u32[(op + SLICE_STOP) >>> 2] = 0;
    u32[(op + SLICE_STEP) >>> 2] = 0;
    if (this.sliceCache === NULL) this.sliceCache = op;
    else rt.gcDel(op);
    if (start !== NULL) rt.decref(start);
    if (stop !== NULL) rt.decref(stop);
    if (step !== NULL) rt.decref(step);
  };
  rt.types.syncDealloc(rt.mem.u32[(this.sliceType + TP_ID) >>> 2]);
  n.slicePartsOf = (s) => {
    const u32 = rt.mem.u32;
    return [
      u32[(s + SLICE_START) >>> 2] as Ptr,
      u32[(s + SLICE_STOP) >>> 2] as Ptr,
      u32[(s + SLICE_STEP) >>> 2] as Ptr,
    ];
  };
  n.isSliceObject = (op) => rt.typeObject(op) === this.sliceType;
  this.nativeGetters.set(
    this.sliceType,
    new Map(
      ['start', 'stop', 'step'].map((name, i) => [name, (self: Ptr) => this.ref(n.sliceParts(self)[i])]),
    ),
  );
  ctor(this.sliceType, (_t, args, kw) => {
    argCount('slice', args, kw, 1, 3);
    if (args.length === 1) return n.slice(this.none, args[0], this.none);
    return n.slice(args[0], args[1], args[2] ?? this.none);
  });
  installSliceMethods(this);

  // dict views: dict_keys, dict_values, dict_items (GC, one reference).
  this.dictViewTypes = ['dict_keys', 'dict_values', 'dict_items'].map((name, kind) =>
    // dictview_repr: inside Py_ReprEnter(view), so a view reached again prints '...'.
    refsType(name, 24, (op) =>
      O.withReprGuard(space, op, '...', () => {
        const d = rt.mem.u32[(op + 16) >>> 2] as Ptr;
        const parts = n
          .dictItems(d)
          .map(([k, v]) =>
            kind === 0
              ? this.reprOf(k)
              : kind === 1
                ? this.reprOf(v)
                : `(${this.reprOf(k)}, ${this.reprOf(v)})`,
          );
        return `${name}([${parts.join(', ')}])`;
      }),
    ),
  );
  // dict_keys and dict_items compare as sets, so they are unhashable; dict_values keeps
  // object's identity hash and comparison.
  space.slots(this.dictViewTypes[0]).hash = null;
  space.slots(this.dictViewTypes[2]).hash = null;
  this.dictViewOf = (op) =>
    this.dictViewTypes.includes(rt.typeObject(op)) ? (rt.mem.u32[(op + 16) >>> 2] as Ptr) : undefined;
  const view = (d: Ptr, kind: number) => this.newRefsObject(this.dictViewTypes[kind], 24, [d]);
  // dictview_richcompare: dict_keys and dict_items compare as sets with any set or such view.
  const isSetLike = (x: Ptr) => {
    const k = this.dictViewTypes.indexOf(rt.typeObject(x));
    return k === 0 || k === 2 || n.isSet(x);
  };
  const allIn = (a: Ptr, b: Ptr) => {
    const items = this.iterToArray(a);
    try {
      return items.every((x) => this.contains(b, x));
    } finally {
      for (const x of items) this.decref(x);
    }
  };
  for (const kind of [0, 2]) {
    // dictviews_isdisjoint: no item of `other` (any iterable) is in the view.
    this.defMethod(this.dictViewTypes[kind], 'isdisjoint', (self, a, kw) => {
      argCount('isdisjoint', a, kw, 1, 1);
      const items = this.iterToArray(a[0]);
      try {
        return this.bool(!items.some((x) => this.contains(self, x)));
      } finally {
        for (const x of items) this.decref(x);
      }
    });
    this.space.slots(this.dictViewTypes[kind]).richcompare = (a, b, op) => {
      if (!isSetLike(b)) return this.ref(this.space.notImplemented);
      const la = this.len(a);
      const lb = this.len(b);
      // Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE.
      const r = [
        () => la < lb && allIn(a, b),
        () => la <= lb && allIn(a, b),
        () => la === lb && allIn(a, b),
        () => !(la === lb && allIn(a, b)),
        () => la > lb && allIn(b, a),
        () => la >= lb && allIn(b, a),
      ][op]();
      return this.bool(r);
    };
  }
  // range(stop) / range(start, stop[, step]), with ints of any size: range_from_array keeps
  // the int objects it is given (PyNumber_Index of an exact int is the int itself).
  ctor(this.rangeType, (_t, args, kw) => {
    argCount('range', args, kw, 1, 3);
    const intType = this.space.ints.type;
    const u32 = this.space.rt.mem.u32;
    const nargs = args.length;
    if (
      u32[(args[0] + OB_TYPE) >>> 2] === intType &&
      (nargs < 2 || u32[(args[1] + OB_TYPE) >>> 2] === intType) &&
      (nargs < 3 || u32[(args[2] + OB_TYPE) >>> 2] === intType)
    ) {
      // Exact ints (the common case): PyNumber_Index is the int itself, no arrays.
      if (nargs === 3 && this.n.intSafe(args[2]) === 0)
        throw new PyErr('ValueError', 'range() arg 3 must not be zero');
      for (let i = 0; i < nargs; i++) this.incref(args[i]);
      return nargs === 1
        ? this.newRangeOfInts(this.n.int(0), args[0], this.n.int(1))
        : this.newRangeOfInts(args[0], args[1], nargs === 3 ? args[2] : this.n.int(1));
    }
    const index = (a: Ptr): Ptr => {
      const i = this.indexValue(a);
      if (i === NULL)
        throw new PyErr(
          'TypeError',
          `'${this.space.typeName(a)}' object cannot be interpreted as an integer`,
        );
      if (this.space.rt.typeObject(i) === this.space.ints.type) return i;
      // _PyLong_Copy of an int subclass's value (bool included).
      const exact = O.long_fromBigInt(this.space, O.long_toBigInt(this.space, i));
      this.decref(i);
      return exact;
    };
    const v: Ptr[] = [];
    try {
      for (const a of args) v.push(index(a));
    } catch (e) {
      for (const x of v) this.decref(x);
      throw e;
    }
    const [start, stop, step] =
      v.length === 1 ? [this.n.int(0), v[0], this.n.int(1)] : [v[0], v[1], v[2] ?? this.n.int(1)];
    if (this.n.intSafe(step) === 0) {
      for (const x of [start, stop, step]) this.decref(x);
      throw new PyErr('ValueError', 'range() arg 3 must not be zero');
    }
    return this.newRangeOfInts(start, stop, step);
  });
  // property, staticmethod, classmethod, super
  this.initProperty();
  const propWord = (p: Ptr, i: number) => rt.mem.u32[(p + 16 + 8 * i) >>> 2] as Ptr;
  const wrapsAbstract = (f: Ptr) => wrapsAbstractMethod(this, f);
  for (const t of [this.staticmethodType, this.classmethodType]) {
    // sm_init / cm_init: _PyArg_NoKeywords, then PyArg_UnpackTuple(args, name, 1, 1);
    // functools_wraps copies the callable's __module__, __name__, __qualname__, __doc__ and
    // __annotations__ into the object's __dict__ (a fresh one: __init__ may run again).
    const init = (self: Ptr, args: Ptr[], kw: Ptr[] | null): void => {
      noKeywords(this.typeName(t), kw);
      if (args.length !== 1)
        throw new PyErr('TypeError', `${this.typeName(t)} expected 1 argument, got ${args.length}`);
      const d = n.dict();
      try {
        for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
          const key = n.intern(name);
          const v = this.getAttrCleared(args[0], key);
          if (v === NULL) continue;
          n.dictSet(d, key, v);
          this.decref(v);
        }
      } catch (e) {
        this.decref(d);
        throw e;
      }
      const u32 = rt.mem.u32;
      const old = [u32[(self + 16) >>> 2] as Ptr, u32[(self + 24) >>> 2] as Ptr];
      this.incref(args[0]);
      u32[(self + 16) >>> 2] = args[0];
      u32[(self + 24) >>> 2] = d;
      for (const x of old) if (x !== NULL) this.decref(x);
    };
    ctor(t, (_t, args, kw) => {
      const op = this.newRefsObject(t, 32, []);
      try {
        init(op, args, kw);
      } catch (e) {
        this.decref(op);
        throw e;
      }
      return op;
    });
    // PyType_GenericNew and sm_init / cm_init, for `class P(classmethod)`.
    this.defMethod(t, '__new__', (_self, args) => {
      const cls = args[0];
      const tn = this.typeName(t);
      if (cls === undefined) throw new PyErr('TypeError', `${tn}.__new__(): not enough arguments`);
      if (!this.isType(cls))
        throw new PyErr('TypeError', `${tn}.__new__(X): X is not a type object (${space.typeName(cls)})`);
      if (!this.isSubtype(cls, t)) {
        const cn = this.typeName(cls);
        throw new PyErr('TypeError', `${tn}.__new__(${cn}): ${cn} is not a subtype of ${tn}`);
      }
      return cls === t ? this.newRefsObject(t, 32, []) : this.newInstance(cls);
    });
    this.defMethod(t, '__init__', (self, args, kw) => {
      init(self, args, kw);
      return this.newNone();
    });
    const fromDict = (name: string) => (self: Ptr) => {
      const d = propWord(self, 1);
      const v = d === NULL ? NULL : n.dictGet(d, n.intern(name));
      if (v === NULL && name === '__doc__') return this.newNone();
      if (v === NULL)
        throw new PyErr('AttributeError', `'${this.typeName(t)}' object has no attribute '${name}'`);
      return this.ref(v);
    };
    this.nativeGetters.set(
      t,
      new Map([
        ['__func__', (self: Ptr) => this.ref(propWord(self, 0))],
        ['__isabstractmethod__', (self: Ptr) => this.bool(wrapsAbstract(propWord(self, 0)))],
        ['__wrapped__', (self: Ptr) => this.ref(propWord(self, 0))],
        ['__dict__', (self: Ptr) => this.ref(propWord(self, 1))],
        ['__module__', fromDict('__module__')],
        ['__name__', fromDict('__name__')],
        ['__qualname__', fromDict('__qualname__')],
        ['__doc__', fromDict('__doc__')],
        ['__annotations__', fromDict('__annotations__')],
      ]),
    );
  }
  // wrap_descr_get: descr.__get__(obj, type=None) of property, staticmethod and classmethod,
  // as functools.partialmethod and user descriptors wrapping them call it.
  for (const t of [this.propertyType, this.staticmethodType, this.classmethodType]) {
    method(t, '__get__', (self, args, kw) => {
      argCount('__get__', args, kw, 1, 2);
      const obj = args[0] === this.none ? NULL : args[0];
      let owner = args.length > 1 && args[1] !== this.none ? args[1] : NULL;
      if (obj === NULL && owner === NULL) throw new PyErr('TypeError', '__get__(None, None) is invalid');
      if (owner === NULL) owner = rt.typeObject(obj);
      // property_descr_get itself (a subclass's __get__ calling super().__get__ comes here).
      if (t === this.propertyType) return obj === NULL ? this.ref(self) : propertyGet(this, self, obj);
      if (t === this.classmethodType) return classmethodGet(this, self, owner);
      return staticmethodGet(this, self);
    });
  }
  // PyType_GenericNew and super_init, for `class Sup(super)`.
  this.defMethod(this.superType, '__new__', (_self, args) => {
    const cls = args[0];
    if (cls === undefined) throw new PyErr('TypeError', 'super.__new__(): not enough arguments');
    if (!this.isType(cls))
      throw new PyErr('TypeError', `super.__new__(X): X is not a type object (${space.typeName(cls)})`);
    if (!this.isSubtype(cls, this.superType)) {
      const cn = this.typeName(cls);
      throw new PyErr('TypeError', `super.__new__(${cn}): ${cn} is not a subtype of super`);
    }
    return cls === this.superType ? this.newRefsObject(cls, 40, []) : this.newInstance(cls);
  });
  this.defMethod(this.superType, '__init__', (self, args, kw) => {
    superInit(this, self, args, kw);
    return this.newNone();
  });
  ctor(this.superType, (_t, args, kw) => {
    argCount('super', args, kw, 0, 2, 'super()');
    if (args.length > 0 && !this.isType(args[0]))
      throw new PyErr('TypeError', `super() argument 1 must be a type, not ${space.typeName(args[0])}`);
    if (args.length < 1) throw new PyErr('RuntimeError', 'super(): no arguments');
    // super(type): an unbound super object, bound later through its __get__.
    if (args.length < 2) return this.newRefsObject(this.superType, 40, [args[0], NULL, NULL]);
    return this.newSuper(args[0], args[1]);
  });
  // object
  ctor(space.objectType, (_t, args) => {
    // object_new for object itself: its tp_init is object_init, so any argument is an error.
    if (args.length > 0) throw new PyErr('TypeError', 'object() takes no arguments');
    return rt.objectNew(space.objectType, 16);
  });
  // A class whose only built-in base is object (not an exception, a list subclass, …).
  const objectBased = (cls: Ptr): boolean => {
    const info = this.classes.get(cls);
    return info !== undefined && info.mro.find((t) => !this.classes.has(t)) === space.objectType;
  };
  method(space.objectType, '__init__', (self, args) => {
    // object_init: excess arguments are an error when the class overrides __init__, or
    // overrides neither __init__ nor __new__.
    const type = rt.typeObject(self);
    if (args.length > 0 && (type === space.objectType || objectBased(type))) {
      if (type === space.objectType || this.typeLookup(type, n.intern('__init__')) !== NULL)
        throw new PyErr(
          'TypeError',
          'object.__init__() takes exactly one argument (the instance to initialize)',
        );
      if (this.typeLookup(type, n.intern('__new__')) === NULL)
        throw new PyErr(
          'TypeError',
          `${this.typeName(type)}.__init__() takes exactly one argument (the instance to initialize)`,
        );
    }
    return none();
  });
  method(space.objectType, '__repr__', (self) =>
    n.str(`<${this.qualifiedTypeName(rt.typeObject(self))} object at 0x${self.toString(16)}>`),
  );
  method(space.objectType, '__str__', (self) => n.str(this.reprOf(self)));
  method(space.objectType, '__eq__', (self, args) =>
    self === args[0] ? this.bool(true) : this.ref(space.notImplemented),
  );
  // object.__ne__ delegates to the type's __eq__ and inverts it, unless that is NotImplemented.
  method(space.objectType, '__ne__', (self, args) => {
    const richcompare = space.slotsOf(self).richcompare;
    if (richcompare === null) return self === args[0] ? this.bool(false) : this.ref(space.notImplemented);
    const r = richcompare(self, args[0], 2);
    if (r === space.notImplemented) return r;
    try {
      return this.bool(!this.truthy(r));
    } finally {
      this.decref(r);
    }
  });
  method(space.objectType, '__hash__', (self) => n.int(O.pointerHash(self)));
  // object's orderings: NotImplemented, so that the other operand's reflection is tried.
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__'])
    method(space.objectType, name, () => this.ref(space.notImplemented));
  // object.__format__: str(self) for an empty spec, else a TypeError naming the type.
  method(space.objectType, '__format__', (self, args, kw) => {
    argCount('object.__format__', args, kw, 1, 1);
    if (!n.isStr(args[0]))
      throw new PyErr('TypeError', `__format__() argument must be str, not ${space.typeName(args[0])}`);
    if (n.jsStr(args[0]) !== '')
      throw new PyErr('TypeError', `unsupported format string passed to ${space.typeName(self)}.__format__`);
    return n.str(this.strOf(self));
  });
  method(space.objectType, '__dir__', (self, args, kw) => {
    argCount('object.__dir__', args, kw, 0, 0);
    // object_dir itself: a class's __dir__ calling super().__dir__() must not loop.
    return this.defaultDir(self);
  });
  const objectClassMethods = this.nativeClassMethods.get(space.objectType) ?? new Map();
  objectClassMethods.set('__subclasshook__', () => this.ref(space.notImplemented));
  this.nativeClassMethods.set(space.objectType, objectClassMethods);
  // object.__sizeof__ and the built-in types' own __sizeof__ (their sizeof slot, no GC head);
  // for a class, the nearest built-in base's (a class's sizeof slot calls back into Python).
  method(space.objectType, '__sizeof__', (self, args, kw) => {
    argCount('object.__sizeof__', args, kw, 0, 0);
    const type = rt.typeObject(self);
    const info = this.classes.get(type);
    const builtin =
      info === undefined ? type : (info.mro.find((t) => !this.classes.has(t)) ?? space.objectType);
    const sizeof = space.slots(builtin).sizeof;
    if (builtin === space.objectType || sizeof === null) return n.int(space.slots(type).basicsize);
    // A built-in base's __sizeof__ counts type(self)'s basicsize (list_sizeof, tuple's …).
    if (info !== undefined && info.builtinBase !== NULL)
      return n.int(builtinSizeof(this, info, self) + managedDictCorrection(this, info));
    return n.int(sizeof(self));
  });
  // PyObject_GenericSetAttr / GetAttr: the name must be a str.
  const attrName = (name: Ptr) => {
    if (!n.isStr(name))
      throw new PyErr('TypeError', `attribute name must be string, not '${space.typeName(name)}'`);
    return name;
  };
  method(space.objectType, '__setattr__', (self, args) => {
    this.genericSetAttr(self, attrName(args[0]), args[1]);
    return none();
  });
  method(space.objectType, '__getattribute__', (self, args) => this.genericGetAttr(self, attrName(args[0])));
  method(space.objectType, '__delattr__', (self, args) => {
    this.genericDelAttr(self, attrName(args[0]));
    return none();
  });
  method(space.objectType, '__new__', (_self, args) => {
    const cls = args[0];
    // tp_new_wrapper: the first argument must be a type.
    if (cls === undefined) throw new PyErr('TypeError', 'object.__new__(): not enough arguments');
    if (!this.isType(cls))
      throw new PyErr('TypeError', `object.__new__(X): X is not a type object (${space.typeName(cls)})`);
    // object_new: excess arguments are an error when the class overrides __new__, or
    // overrides neither __new__ nor __init__.
    if (args.length > 1 && cls === space.objectType)
      throw new PyErr('TypeError', 'object() takes no arguments');
    if (args.length > 1 && objectBased(cls)) {
      if (this.typeLookup(cls, n.intern('__new__')) !== NULL || this.classes.get(cls)?.slotNew === true)
        throw new PyErr('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
      if (this.typeLookup(cls, n.intern('__init__')) === NULL)
        throw new PyErr('TypeError', `${this.typeName(cls)}() takes no arguments`);
    }
    return this.classes.has(cls) ? this.newInstance(cls) : this.callType(this.ref(cls) && cls, [], null);
  });
  method(space.typeType, 'mro', (self, args, kw) => {
    // A METH_NOARGS method bound to a class names the class (meth_get__qualname__).
    if (args.length > 0 || (kw !== null && kw.length > 0))
      argCount(`${this.typeQualname(self)}.mro`, args, kw, 0, 0);
    return n.list(this.mroOf(self).map((t) => this.ref(t)));
  });

  // int, float, bool, str
  ctor(space.ints.type, (_t, args, kw) => {
    const [x, base] = parseArgs(this, 'int', args, kw, ['/x', 'base'], 0);
    if (x === NULL) {
      if (base !== NULL) throw new PyErr('TypeError', 'int() missing string argument');
      return n.int(0);
    }
    // _PyLong_FromBytes: bytes and bytearray are read as ASCII text; errors show them as bytes.
    const fromBytes = (b: Uint8Array, radix: number): Ptr => {
      const text = String.fromCharCode(...b);
      const repr = () => {
        const bytes = n.bytes(b);
        try {
          return this.reprOf(bytes);
        } finally {
          this.decref(bytes);
        }
      };
      if (b.some((c) => c === 0 || c > 0x7f))
        throw new PyErr('ValueError', `invalid literal for int() with base ${radix}: ${repr()}`);
      return O.long_fromString(space, text, radix, repr);
    };
    if (base !== NULL) {
      // PyNumber_AsSsize_t(base, NULL): a huge base is clamped, then refused as out of range.
      const radix = (() => {
        const i = this.indexValue(base);
        if (i === NULL)
          throw new PyErr(
            'TypeError',
            `'${space.typeName(base)}' object cannot be interpreted as an integer`,
          );
        const v = n.intBig(i);
        this.decref(i);
        return v > 37n ? 37 : v < -1n ? -1 : Number(v);
      })();
      if (n.isBytes(x)) return fromBytes(n.bytesValue(x), radix);
      if (O.bytearray_check(space, x)) return fromBytes(O.bytearray_toU8(space, x), radix);
      if (!n.isStr(x)) throw new PyErr('TypeError', "int() can't convert non-string with explicit base");
      return O.long_fromString(space, n.jsStr(x), radix, () => this.reprOf(x));
    }
    // PyNumber_Long: an exact int is returned as it is; a class's own __int__ (then
    // __index__) comes before int's, float's and str's conversions.
    const tx = space.rt.typeObject(x);
    if (tx === space.ints.type) return this.ref(x);
    if (this.classes.has(tx)) {
      for (const name of ['__int__', '__index__']) {
        const descr = this.typeLookup(tx, n.intern(name));
        if (descr === NULL || space.rt.typeObject(descr) !== space.functions.type) continue;
        // int's and float's own nb_int come before a class's __index__.
        if (name === '__index__' && (n.isInt(x) || n.isFloat(x))) break;
        const r = this.callSpecial(x, name, []);
        if (space.rt.typeObject(r) === space.ints.type) return r;
        const bad = n.isInt(r) ? null : space.typeName(r);
        // (An int subclass is made an exact int; CPython also warns that this is deprecated.)
        const exact = bad === null ? n.bigint(n.intBig(r)) : NULL;
        this.decref(r);
        if (bad !== null) throw new PyErr('TypeError', `${name} returned non-int (type ${bad})`);
        return exact;
      }
    }
    if (n.isInt(x)) return n.bigint(n.intBig(x));
    if (n.isFloat(x)) {
      const v = n.floatValue(x);
      if (Number.isNaN(v)) throw new PyErr('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(v)) throw new PyErr('OverflowError', 'cannot convert float infinity to integer');
      return O.long_fromDouble(space, v);
    }
    if (n.isStr(x)) return O.long_fromString(space, n.jsStr(x), 10, () => this.reprOf(x));
    const r = this.callSpecial(x, '__int__', []);
    if (r !== NULL) return r;
    const r2 = this.callSpecial(x, '__index__', []);
    if (r2 !== NULL) return r2;
    const r3 = intFromTrunc(this, x);
    if (r3 !== NULL) return r3;
    if (n.isBytes(x)) return fromBytes(n.bytesValue(x), 10);
    if (O.bytearray_check(space, x)) return fromBytes(O.bytearray_toU8(space, x), 10);
    const buf = this.bufferBytes(x);
    if (buf !== null) return fromBytes(buf, 10);
    throw new PyErr(
      'TypeError',
      `int() argument must be a string, a bytes-like object or a real number, not '${space.typeName(x)}'`,
    );
  });
  method(space.ints.type, 'bit_length', (self, a, kw) => {
    argCount('int.bit_length', a, kw, 0, 0);
    return n.int(O.long_bitLength(space, self));
  });
  method(space.ints.type, '__index__', (self) => this.ref(self));
  // Sequence indexes and slice bounds accept a class's __index__ and a weak proxy's (PyNumber_Index).
  (n as { indexHook: ((op: Ptr) => Ptr) | null }).indexHook = (op) => this.indexValue(op);
  // none_new / ellipsis_new / notimplemented_new: the singleton, with no arguments.
  for (const [single, name] of [
    [space.none, 'NoneType'],
    [space.ellipsis, 'EllipsisType'],
    [space.notImplemented, 'NotImplementedType'],
  ] as const) {
    ctor(rt.typeObject(single), (_t, args) => {
      if (args.length > 0) throw new PyErr('TypeError', `${name} takes no arguments`);
      return this.ref(single);
    });
  }
  ctor(space.floats.type, (_t, args, kw) => {
    argCount('float', args, kw, 0, 1);
    if (args.length === 0) return n.float(0);
    const x = args[0];
    // float_new_impl: an exact str is parsed; anything else goes through PyNumber_Float,
    // where a subclass's own __float__ (nb_float) comes before the built-in value.
    const xt = space.rt.typeObject(x);
    const exact = xt === space.floats.type || xt === space.ints.type || xt === space.strs.type;
    const r = exact ? NULL : this.callSpecial(x, '__float__', []);
    if (r !== NULL) {
      if (!n.isFloat(r)) {
        const tn = space.typeName(r);
        this.decref(r);
        throw new PyErr('TypeError', `${space.typeName(x)}.__float__ returned non-float (type ${tn})`);
      }
      if (space.rt.typeObject(r) === space.floats.type) return r;
      const v = n.floatValue(r);
      const tn = space.typeName(r);
      this.decref(r);
      warnDeprecated(
        this,
        `${space.typeName(x)}.__float__ returned non-float (type ${tn}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
      );
      return n.float(v);
    }
    if (n.isFloat(x)) return n.float(n.floatValue(x));
    if (n.isInt(x)) {
      const v = O.long_toDouble(space, x);
      return n.float(v);
    }
    if (n.isStr(x)) return O.float_fromString(space, n.jsStr(x), this.reprOf(x));
    // PyNumber_Float: an object with only __index__ converts through its int.
    const ix = this.indexValue(x);
    if (ix !== NULL) {
      const v = O.long_toDouble(space, ix);
      this.decref(ix);
      return n.float(v);
    }
    // PyFloat_FromString: bytes-like text, ASCII only; errors show the object's repr.
    const buf = n.isBytes(x)
      ? n.bytesValue(x)
      : O.bytearray_check(space, x)
        ? O.bytearray_toU8(space, x)
        : this.bufferBytes(x);
    if (buf !== null) {
      const text = String.fromCharCode(...buf);
      if (buf.some((c) => c === 0 || c > 0x7f))
        throw new PyErr('ValueError', `could not convert string to float: ${this.reprOf(x)}`);
      return O.float_fromString(space, text, this.reprOf(x));
    }
    throw new PyErr(
      'TypeError',
      `float() argument must be a string or a real number, not '${space.typeName(x)}'`,
    );
  });
  installComplexType(this);
  installNumberMethods(this);
  installByteArrayType(this);
  installMemoryViewType(this);
  method(space.floats.type, 'is_integer', (self, a, kw) => {
    argCount('float.is_integer', a, kw, 0, 0);
    return this.bool(Number.isInteger(n.floatValue(self)));
  });
  // method(function, instance): classobject.c method_new.
  ctor(space.methods.type, (_t, args, kw) => {
    if (kw !== null && kw.length > 0) throw new PyErr('TypeError', 'method() takes no keyword arguments');
    argCount('method', args, kw, 2, 2);
    if (!this.isCallable(args[0])) throw new PyErr('TypeError', 'first argument must be callable');
    if (args[1] === this.none) throw new PyErr('TypeError', 'instance must not be None');
    return O.method_new(space, args[0], args[1]);
  });
  ctor(space.boolType, (_t, args, kw) => {
    argCount('bool', args, kw, 0, 1);
    return this.bool(args.length > 0 && this.truthy(args[0]));
  });
  // bool.__new__(cls, x=False): bool_new through tp_new_wrapper (bool has no subclasses).
  method(space.boolType, '__new__', (_self, args, kw) => {
    const cls = args[0];
    if (cls === undefined) throw new PyErr('TypeError', 'bool.__new__(): not enough arguments');
    if (!this.isType(cls))
      throw new PyErr('TypeError', `bool.__new__(X): X is not a type object (${space.typeName(cls)})`);
    if (!this.isSubtype(cls, space.boolType)) {
      const cn = this.typeName(cls);
      throw new PyErr('TypeError', `bool.__new__(${cn}): ${cn} is not a subtype of bool`);
    }
    return (this.constructors.get(space.boolType) as NativeImpl)(cls, args.slice(1), kw);
  });
  ctor(space.strs.type, (_t, args, kw) => {
    // PyObject_Str's own fast paths: an exact str is returned as it is, an exact int of a
    // safe value is written by JS (its repr is the same digits).
    if (args.length === 1 && (kw === null || kw.length === 0)) {
      const x = args[0];
      const type = space.rt.typeObject(x);
      if (type === space.strs.type) return this.ref(x);
      if (type === space.ints.type) {
        const v = O.long_asSafe(space, x);
        // long_to_decimal_string: a new str, never the 1-character singleton.
        if (!Number.isNaN(v)) {
          O.checkRecursionHeadroom(space, 1, STR_WHERE);
          return O.str_fromLong(space, x);
        }
      }
    }
    const [x, enc, errors] = parseArgs(this, 'str', args, kw, ['object', 'encoding', 'errors'], 0);
    if (x === NULL) return n.str('');
    if (enc !== NULL || errors !== NULL) return n.str(this.decodeArgs(x, enc, errors, 'str'));
    // PyObject_Str: an exact str is returned itself; an int's decimal text is a new str.
    const tx = rt.typeObject(x);
    if (tx === space.strs.type) return this.ref(x);
    if (tx === space.ints.type) {
      O.checkRecursionHeadroom(space, 1, STR_WHERE);
      return O.str_fromLong(space, x);
    }
    // bool_repr's strings are static; a __str__ result is returned as it is.
    if (tx === space.boolType) {
      O.checkRecursionHeadroom(space, 1, STR_WHERE);
      return this.ref(n.intern(x === space.true ? 'True' : 'False'));
    }
    if (this.hasUserSpecial(tx, '__str__')) {
      // slot_tp_str inside PyObject_Str's Py_EnterRecursiveCall.
      const r = O.withRecursionGuard(space, STR_WHERE, () => this.callSpecial(x, '__str__', []));
      if (r !== NULL) {
        if (n.isStr(r)) return r;
        this.decref(r);
        throw new PyErr('TypeError', `__str__ returned non-string (type ${space.typeName(r)})`);
      }
    }
    return n.str(this.strOf(x));
  });
  this.initStrMethods();
  ctor(space.bytes.type, (_t, args, kw) => {
    const [x, encArg, errArg] = parseArgs(this, 'bytes', args, kw, ['source', 'encoding', 'errors'], 0);
    // bytes_new: an encoding or errors only with a str source.
    if (x === NULL) {
      if (encArg === NULL && errArg === NULL) return n.bytes(new Uint8Array(0));
      const what = encArg !== NULL ? 'encoding' : 'errors';
      throw new PyErr('TypeError', `${what} without a string argument`);
    }
    if (encArg !== NULL) {
      const enc = this.textArg('bytes', encArg, 'encoding');
      const errors = errArg !== NULL ? this.textArg('bytes', errArg, 'errors') : 'strict';
      if (!n.isStr(x)) throw new PyErr('TypeError', 'encoding without a string argument');
      if (!isNativeEncoding(enc)) return this.registryCodec(x, enc, errors, true);
      return n.bytes(encodeText(n.jsStr(x), enc, errors));
    }
    if (errArg !== NULL) {
      this.textArg('bytes', errArg, 'errors');
      const what = n.isStr(x) ? 'string argument without an encoding' : 'errors without a string argument';
      throw new PyErr('TypeError', what);
    }
    if (n.isInt(x)) {
      const len = this.toIndex(x);
      if (len < 0) throw new PyErr('ValueError', 'negative count');
      // (More than the heap holds is a MemoryError before any buffer is made.)
      if (len + 33 > rt.mem.capacity) rt.noMemory(len + 33);
      return n.bytes(new Uint8Array(len));
    }
    if (n.isBytes(x) && space.rt.typeObject(x) === space.bytes.type) return this.ref(x);
    const isProxy = this.proxyTarget(x) !== NULL;
    if (isProxy || this.classes.has(space.rt.typeObject(x))) {
      // bytes_new: an object's __bytes__ (PurePath has one) gives its bytes; a weak
      // proxy's __bytes__ calls its referent's (proxy_bytes).
      const r = isProxy
        ? this.call(this.getAttr(x, n.intern('__bytes__')), [])
        : this.callSpecialUser(x, '__bytes__');
      if (r !== NULL) {
        if (n.isBytes(r)) return r;
        this.decref(r);
        throw new PyErr('TypeError', `__bytes__ returned non-bytes (type ${space.typeName(r)})`);
      }
    }
    if (n.isStr(x)) throw new PyErr('TypeError', 'string argument without an encoding');
    // bytes.__bytes__ of a subclass's instance: an exact copy.
    if (n.isBytes(x)) return n.bytes(n.bytesValue(x).slice());
    if (O.bytearray_check(space, x)) return n.bytes(O.bytearray_toU8(space, x));
    const buf = this.bufferBytes(x);
    if (buf !== null) return n.bytes(buf);
    const items = this.iterToArray(x);
    try {
      return n.bytes(
        Uint8Array.from(
          items.map((v) => {
            const b = this.toIndex(v);
            if (b < 0 || b > 255) throw new PyErr('ValueError', 'bytes must be in range(0, 256)');
            return b;
          }),
        ),
      );
    } finally {
      for (const v of items) this.decref(v);
    }
  });
  method(space.bytes.type, 'decode', (self, args, kw) => {
    const [enc, errors] = parseArgs(this, 'decode', args, kw, ['encoding', 'errors'], 0);
    return n.str(this.decodeArgs(self, enc, errors, 'decode'));
  });
  method(space.bytes.type, 'hex', (self) =>
    n.str(Array.from(n.bytesValue(self), (b) => b.toString(16).padStart(2, '0')).join('')),
  );
  // traceback and frame attributes
  const tbWord = (off: number) => (self: Ptr) => {
    const v = rt.mem.u32[(self + off) >>> 2] as Ptr;
    return v === NULL ? this.newNone() : this.ref(v);
  };
  installTracebackType(this);
  installFunctionType(this);
  this.nativeGetters.set(
    this.frameTypes.frame,
    new Map([
      ['f_lineno', (self: Ptr) => n.int(rt.mem.i32[(self + 40) >>> 2])],
      ['f_code', tbWord(24)],
      ['f_back', tbWord(16)],
    ]),
  );
  this.nativeGetters.set(
    this.codeType,
    new Map([
      ['co_name', (self: Ptr) => n.str(this.codeOf(self).unit.name)],
      ['co_qualname', (self: Ptr) => n.str(this.codeOf(self).unit.qualname)],
      ['co_filename', (self: Ptr) => n.str(this.codeOf(self).unit.filename)],
      ['co_firstlineno', (self: Ptr) => n.int(this.codeOf(self).unit.firstlineno)],
      ['co_argcount', (self: Ptr) => n.int(this.codeOf(self).unit.argcount)],
      [
        'co_flags',
        (self: Ptr) => {
          // CO_OPTIMIZED | CO_NEWLOCALS for function scopes, then the compiler's flags.
          const u = this.codeOf(self).unit;
          const fast = u.kind === 'function' || u.kind === 'lambda' || u.kind === 'comprehension';
          return n.int((fast ? 3 : 0) | u.flags);
        },
      ],
      ['co_posonlyargcount', (self: Ptr) => n.int(this.codeOf(self).unit.posonlyargcount)],
      ['co_kwonlyargcount', (self: Ptr) => n.int(this.codeOf(self).unit.kwonlyargcount)],
      ['co_nlocals', (self: Ptr) => n.int(this.codeOf(self).unit.varnames.length)],
      ['co_stacksize', (self: Ptr) => n.int(this.codeOf(self).unit.stacksize)],
      ['co_consts', (self: Ptr) => this.codeConsts(this.codeOf(self))],
      ['co_names', (self: Ptr) => this.codeNames(this.codeOf(self))],
      [
        'co_flags',
        (self: Ptr) => {
          // compute_code_flags: function blocks (functions, lambdas, comprehensions) are
          // CO_OPTIMIZED | CO_NEWLOCALS, and CO_NESTED inside another function block.
          const u = this.codeOf(self).unit;
          let flags = u.flags | u.futureFlags;
          if (u.kind === 'function' || u.kind === 'lambda' || u.kind === 'comprehension') {
            flags |= 0x3;
            if (u.qualname.includes('<locals>')) flags |= 0x10;
          }
          return n.int(flags);
        },
      ],
      ['co_varnames', (self: Ptr) => n.tuple(this.codeOf(self).unit.varnames.map((v) => n.str(v)))],
      ['co_freevars', (self: Ptr) => n.tuple(this.codeOf(self).unit.freevars.map((v) => n.str(v)))],
      ['co_cellvars', (self: Ptr) => n.tuple(this.codeOf(self).unit.cellvars.map((v) => n.str(v)))],
    ]),
  );

  // list, tuple
  // list_vectorcall: the list comes from PyType_GenericAlloc (never the free list).
  ctor(space.lists.type, (_t, args, kw) => {
    argCount('list', args, kw, 0, 1);
    if (args.length === 0) return O.list_typeAlloc(space);
    const x = args[0];
    if (!this.classes.has(rt.typeObject(x)) && (n.isList(x) || n.isTuple(x))) {
      const l = O.list_typeAlloc(space);
      O.list_extend(space, l, x);
      return l;
    }
    // list_extend: the iterator, then preallocate exactly when the iterable knows its
    // length (PyObject_LengthHint).
    const l = O.list_typeAlloc(space);
    let it: Ptr;
    try {
      it = this.iter(x);
    } catch (e) {
      this.decref(l);
      throw e;
    }
    let hint: number;
    try {
      hint = this.lengthHint(x, 8);
    } catch (e) {
      this.decref(it);
      this.decref(l);
      throw e;
    }
    try {
      O.list_extendIter(space, l, () => this.next(it), hint);
    } catch (e) {
      this.decref(l);
      throw e;
    } finally {
      this.decref(it);
    }
    return l;
  });
  const L = space.lists.type;
  method(L, 'append', (self, args, kw) => {
    argCount('list.append', args, kw, 1, 1);
    n.listAppend(self, args[0]);
    return none();
  });
  method(L, 'extend', (self, args, kw) => {
    argCount('list.extend', args, kw, 1, 1);
    this.listExtend(self, args[0]);
    return none();
  });
  method(L, 'pop', (self, args, kw) => {
    argCount('list.pop', args, kw, 0, 1);
    return O.list_pop(space, self, args.length > 0 ? this.toIndex(args[0]) : -1);
  });
  method(L, 'insert', (self, args, kw) => {
    argCount('list.insert', args, kw, 2, 2);
    O.list_insert(space, self, this.toIndex(args[0]), args[1]);
    return none();
  });
  method(L, 'remove', (self, args, kw) => {
    argCount('list.remove', args, kw, 1, 1);
    O.list_remove(space, self, args[0]);
    return none();
  });
  method(L, 'index', (self, args, kw) => {
    argCount('list.index', args, kw, 1, 3);
    return n.int(
      O.list_indexOf(
        space,
        self,
        args[0],
        args[1] ? this.sliceIndex(args[1]) : 0,
        args[2] ? this.sliceIndex(args[2]) : Infinity,
      ),
    );
  });
  method(L, 'count', (self, args, kw) => {
    argCount('list.count', args, kw, 1, 1);
    return n.int(O.list_count(space, self, args[0]));
  });
  method(L, 'reverse', (self, args, kw) => {
    argCount('list.reverse', args, kw, 0, 0);
    O.list_reverse(space, self);
    return none();
  });
  method(L, 'clear', (self, args, kw) => {
    argCount('list.clear', args, kw, 0, 0);
    O.list_clear(space, self);
    return none();
  });
  method(L, 'copy', (self, args, kw) => {
    argCount('list.copy', args, kw, 0, 0);
    return O.list_copy(space, self);
  });
  method(L, 'sort', (self, args, kw) => {
    const [key, reverse] = parseArgs(this, 'sort', args, kw, ['*key', '*reverse'], 0);
    // reverse: bool(accept={int}): converted with _PyLong_AsInt.
    this.sortList(self, key, reverse !== NULL && this.toIndex(reverse) !== 0);
    return none();
  });
  method(L, '__len__', (self, args, kw) => {
    wrapperArgs('__len__', args, kw, 0);
    return n.int(n.size(self));
  });
  ctor(space.tuples.type, (_t, args, kw) => {
    argCount('tuple', args, kw, 0, 1);
    if (args.length === 0) return n.tuple([]);
    if (n.isTuple(args[0]) && rt.typeObject(args[0]) === space.tuples.type) return this.ref(args[0]);
    return n.tuple(this.iterToArray(args[0]));
  });
  method(space.tuples.type, 'index', (self, args, kw) => {
    argCount('tuple.index', args, kw, 1, 3);
    // tuple.index(x, start, stop): the bounds as list.index takes them.
    const items = n.tupleItems(self);
    let start = args.length > 1 ? this.sliceIndex(args[1]) : 0;
    let stop = args.length > 2 ? this.sliceIndex(args[2]) : items.length;
    if (start < 0) start = Math.max(0, start + items.length);
    if (stop < 0) stop += items.length;
    else if (stop > items.length) stop = items.length;
    for (let i = start; i < stop; i++) {
      const x = items[i];
      if (x === args[0] || O.richCompareBool(space, x, args[0], 2)) return n.int(i);
    }
    throw new PyErr('ValueError', 'tuple.index(x): x not in tuple');
  });
  method(space.tuples.type, 'count', (self, args, kw) => {
    argCount('tuple.count', args, kw, 1, 1);
    return n.int(
      n.tupleItems(self).filter((x) => x === args[0] || O.richCompareBool(space, x, args[0], 2)).length,
    );
  });

  this.initDictSetMethods(view);

  // BaseException: __init__, with_traceback, args and the other fields.
  const BE = this.exc.type('BaseException');
  method(BE, '__init__', (self, all, kw) => {
    const nkw = kw?.length ?? 0;
    const args = all.slice(0, all.length - nkw);
    const t = n.tuple(args.map((a) => this.ref(a)));
    this.exc.set(self, EXC.args, t);
    this.decref(t);
    this.exceptionKeywords(self, kw ?? [], all.slice(args.length));
    return none();
  });
  method(BE, 'with_traceback', (self, args) => {
    this.exc.set(self, EXC.traceback, args[0] === this.none ? NULL : args[0]);
    return this.ref(self);
  });
  const getters = new Map<string, (self: Ptr) => Ptr>();
  this.nativeGetters.set(BE, getters);
  const field = (off: number) => (self: Ptr) => {
    const v = this.exc.get(self, off);
    return v === NULL ? this.newNone() : this.ref(v);
  };
  getters.set('args', field(EXC.args));
  getters.set('__traceback__', field(EXC.traceback));
  getters.set('__cause__', field(EXC.cause));
  getters.set('__context__', field(EXC.context));
  getters.set('__suppress_context__', (self) => this.bool(rt.mem.u8[self + EXC.suppress] !== 0));
  getters.set('__dict__', (self) => {
    let d = this.exc.get(self, EXC.dict);
    if (d === NULL) {
      d = n.dict();
      this.exc.set(self, EXC.dict, d);
      this.decref(d);
    }
    return this.ref(d);
  });
  const firstArg = (self: Ptr) => {
    const items = n.tupleItems(this.exc.get(self, EXC.args));
    return items.length > 0 ? this.ref(items[0]) : this.newNone();
  };
  this.nativeGetters.set(this.exc.type('StopIteration'), new Map([['value', firstArg]]));
  this.nativeGetters.set(
    this.exc.type('SystemExit'),
    new Map([
      [
        'code',
        (self: Ptr) => {
          const items = n.tupleItems(this.exc.get(self, EXC.args));
          if (items.length === 0) return this.newNone();
          return items.length === 1 ? this.ref(items[0]) : this.ref(this.exc.get(self, EXC.args));
        },
      ],
    ]),
  );
};

declare module './interp.js' {
  interface Interpreter {
    initStrMethods(): void;
    initDictSetMethods(view: (d: Ptr, kind: number) => Ptr): void;
  }
}

/** Decodes UTF-8 (an invalid or truncated sequence becomes U+FFFD). */
export function decodeUtf8(b: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
    if (need < 0 || i + need >= b.length + (need === 0 ? 1 : 0)) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = need === 0 ? c : c & (0x3f >> need);
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

// warnings.warn(message, DeprecationWarning), as PyErr_WarnEx does from C.
function warnDeprecated(interp: Interpreter, message: string): void {
  const n = interp.n;
  const warnings = interp.importModule(n.intern('warnings'), NULL, true);
  try {
    const warn = interp.getAttr(warnings, n.intern('warn'));
    const category = interp.exc.type('DeprecationWarning');
    interp.decref(interp.call(warn, [n.str(message), interp.ref(category)]));
  } finally {
    interp.decref(warnings);
  }
}

// PyNumber_Long's __trunc__ step (deprecated in 3.11, with its DeprecationWarning): the
// result as an exact int, through __index__ when it is not an int; NULL without __trunc__.
function intFromTrunc(interp: Interpreter, x: Ptr): Ptr {
  const n = interp.n;
  const space = interp.space;
  if (interp.typeLookup(space.rt.typeObject(x), n.intern('__trunc__')) === NULL) return NULL;
  warnDeprecated(interp, 'The delegation of int() to __trunc__ is deprecated.');
  const r = interp.callSpecial(x, '__trunc__', []);
  if (space.rt.typeObject(r) === space.ints.type) return r;
  try {
    if (n.isInt(r)) return n.bigint(n.intBig(r));
    const i = interp.indexValue(r);
    if (i === NULL)
      throw new PyErr('TypeError', `__trunc__ returned non-Integral (type ${space.typeName(r)})`);
    if (space.rt.typeObject(i) === space.ints.type) return i;
    const exact = n.bigint(n.intBig(i));
    interp.decref(i);
    return exact;
  } finally {
    interp.decref(r);
  }
}
