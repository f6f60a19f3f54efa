// Subclasses of built-in types: `class L(list)`, `class D(dict)`, `class I(int)`, … .
//
// Instances are made by the built-in's __new__ for a subtype (tp_new with a subtype: an exact
// instance from the built-in's constructor, moved into the subtype's layout by
// src/objects/subtype.ts), initialised by the built-in's __init__ (list, dict, set), and
// reach the built-in behaviour through the built-in types' slot wrappers defined here
// (`list.__getitem__`, `dict.__setitem__`, `int.__add__`, …), which super() and explicit
// calls such as `dict.__setitem__(self, k, v)` find, as CPython's wrapper_descriptors.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, wrapperArgs } from './args.js';
import type { NativeImpl } from './calls.js';
import type { ClassInfo } from './classes.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** tp_new of a built-in base for the heap type `type` (args borrowed): a new instance. */
    subtypeNew(type: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /** tp_init of a built-in base (list, dict, set, deque) on a subtype instance; false for the others. */
    builtinInit(obj: Ptr, base: Ptr, args: Ptr[], kwnames: Ptr[] | null): boolean;
    /** dict_subscript with __missing__ for dict subclasses (a new reference). */
    dictSubscript(obj: Ptr, key: Ptr): Ptr;
    initSubclassing(): void;
  }
}

const I = Interpreter.prototype;

/** The built-in type a class with solid base `base` extends, if pymm can lay it out (else NULL). */
export function subclassableBase(interp: Interpreter, base: Ptr): Ptr {
  const space = interp.space;
  const solid = O.subtype_solidBase(space, base, (t) => interp.classes.has(t));
  const supported = [
    space.lists.type,
    space.dicts.type,
    space.sets.setType,
    space.sets.frozensetType,
    space.tuples.type,
    space.ints.type,
    space.floats.type,
    space.strs.type,
    space.bytes.type,
    space.deques.type,
    space.bytearrays.type,
    space.complexes.type,
  ];
  return supported.includes(solid) ? solid : NULL;
}

/**
 * __sizeof__ of a subtype instance as CPython 3.11 computes it, less what pymm's pre-header
 * adds beyond CPython's (variable-size bases keep their dict at the end in CPython).
 */
export function builtinSizeof(interp: Interpreter, info: ClassInfo, op: Ptr): number {
  const space = interp.space;
  const base = info.builtinBase;
  const baseSlots = space.slots(base);
  const own = baseSlots.sizeof !== null ? baseSlots.sizeof(op) : baseSlots.basicsize;
  const type = space.slots(info.type);
  if (base === space.strs.type) return O.subtype_strSizeof(space, op);
  const extra = base === space.ints.type ? 0 : type.basicsize - baseSlots.basicsize;
  return own + extra - managedDictCorrection(interp, info);
}

/**
 * The bytes pymm's pre-header has beyond CPython's for a class over a variable-size base
 * (int, tuple, bytes): 3.11 gives such a class a __dict__ slot inside the object rather than
 * a managed dict, so its pre-header is the GC head alone; pymm keeps the managed dict.
 */
export function managedDictCorrection(interp: Interpreter, info: ClassInfo): number {
  const space = interp.space;
  const base = info.builtinBase;
  if (base === NULL || !info.managedDict || base === space.strs.type) return 0;
  return base === space.ints.type || O.subtype_baseIsVariable(space, base) ? 16 : 0;
}

// The bases that take their contents in __init__ (list, dict, set, deque, bytearray), not in __new__.
const MUTABLE = (interp: Interpreter, base: Ptr) =>
  base === interp.space.lists.type ||
  base === interp.space.dicts.type ||
  base === interp.space.sets.setType ||
  base === interp.space.deques.type ||
  base === interp.space.bytearrays.type;

I.subtypeNew = function (this: Interpreter, type: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const space = this.space;
  const info = this.classes.get(type);
  if (info === undefined || info.builtinBase === NULL)
    throw new PyErr('TypeError', 'not a subtype of a built-in');
  const base = info.builtinBase;
  const ctor = this.constructors.get(base) as NativeImpl;
  // tuple_new, frozenset_new and float_new refuse keywords only when the class keeps their
  // tp_init: a class with its own __init__ takes them there, and __new__ ignores them.
  if (
    kwnames !== null &&
    kwnames.length > 0 &&
    (base === space.tuples.type || base === space.sets.frozensetType || base === space.floats.type) &&
    this.typeLookup(type, this.n.intern('__init__')) !== NULL
  ) {
    args = args.slice(0, args.length - kwnames.length);
    kwnames = null;
  }
  // list, dict and set take their contents in __init__; the others in __new__.
  const proto = MUTABLE(this, base) ? ctor(base, [], null) : ctor(base, args, kwnames);
  const op = O.subtype_fromProto(space, type, base, space.slots(type).basicsize, proto);
  this.incref(type);
  // No inline values: CPython 3.11 makes them only in object_new (_PyObject_InitializeDict),
  // so a built-in subtype's first attribute makes a real dict.
  space.rt.track(op);
  return op;
};

I.builtinInit = function (
  this: Interpreter,
  obj: Ptr,
  base: Ptr,
  args: Ptr[],
  kwnames: Ptr[] | null,
): boolean {
  if (!MUTABLE(this, base)) return false;
  const init = this.nativeMethods.get(base)?.get('__init__') as NativeImpl;
  this.decref(init(obj, args, kwnames));
  return true;
};

I.dictSubscript = function (this: Interpreter, obj: Ptr, key: Ptr): Ptr {
  const v = this.n.dictGet(obj, key);
  if (v !== NULL) return this.ref(v);
  const type = this.space.rt.typeObject(obj);
  if (this.classes.has(type)) {
    const r = this.callSpecial(obj, '__missing__', [key]);
    if (r !== NULL) return r;
  }
  return this.n.getItem(obj, key); // raises KeyError(key)
};

// The set operators.
const SET_OPS = ['__and__', '__or__', '__sub__', '__xor__'];
// An operator number plus this is its augmented assignment (NB_INPLACE_*).
const INPLACE = 13;
const MUL = 5;
const MOD = 6;

I.initSubclassing = function (this: Interpreter): void {
  const space = this.space;
  const n = this.n;
  const def = (t: Ptr, name: string, f: NativeImpl) => {
    if (this.nativeMethods.get(t)?.has(name)) return; // a real method already
    this.defMethod(t, name, f);
  };
  const none = () => this.newNone();
  const method = (t: Ptr, name: string) => this.nativeMethods.get(t)?.get(name) as NativeImpl;
  const S = space.sets;
  const containers = [space.lists.type, space.dicts.type, S.setType, S.frozensetType, space.tuples.type];
  const all = [...containers, space.ints.type, space.floats.type, space.strs.type, space.bytes.type];
  for (const t of [...all, space.complexes.type, space.bytearrays.type]) {
    const name = this.typeName(t);
    // T.__new__(cls, ...): a static method; the subtype's instance, or T(...) itself.
    def(t, '__new__', (_self, args, kw) => {
      const cls = args[0];
      if (cls === undefined) throw new PyErr('TypeError', `${name}.__new__(): not enough arguments`);
      if (!this.isType(cls))
        throw new PyErr('TypeError', `${name}.__new__(X): X is not a type object (${space.typeName(cls)})`);
      if (!this.isSubtype(cls, t))
        throw new PyErr(
          'TypeError',
          `${name}.__new__(${this.typeName(cls)}): ${this.typeName(cls)} is not a subtype of ${name}`,
        );
      const rest = args.slice(1);
      // The mutable ones' tp_new makes an empty object: their __init__ fills it.
      if (cls === t)
        return (this.constructors.get(t) as NativeImpl)(
          t,
          MUTABLE(this, t) ? [] : rest,
          MUTABLE(this, t) ? null : kw,
        );
      return this.subtypeNew(cls, rest, kw);
    });
  }
  for (const t of all) {
    def(t, '__repr__', (self) => n.str(space.slots(t).repr?.(self) ?? this.reprOf(self)));
    def(t, '__hash__', (self) => {
      const h = space.slots(t).hash;
      if (h === null) throw new PyErr('TypeError', `unhashable type: '${space.typeName(self)}'`);
      // The exact 64-bit hash, as hash() gives it (the slot's is folded for the tables).
      return n.bigint(O.exactHash(space, self));
    });
    const cmp = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
    cmp.forEach((dunder, op) => {
      def(t, dunder, (self, args) => {
        const rc = space.slots(t).richcompare;
        return rc !== null ? rc(self, args[0], op) : this.ref(space.notImplemented);
      });
    });
  }
  // complex keeps its hash in a slot, as the types above: its __hash__() is hash()'s value.
  def(space.complexes.type, '__hash__', (self) => n.bigint(O.exactHash(space, self)));
  // list.__getitem__, dict.__getitem__ and the set types' __contains__ are METH_O methods;
  // the rest are slot wrappers (typeobject.c's check_num_args).
  const methO = (t: Ptr, name: string, args: Ptr[], kw: Ptr[] | null) =>
    argCount(`${this.typeName(t)}.${name}`, args, kw, 1, 1);
  for (const t of containers) {
    def(t, '__len__', (self, args, kw) => {
      wrapperArgs('__len__', args, kw, 0);
      return n.int(n.size(self));
    });
    const containsIsMethod = t === space.dicts.type || t === S.setType || t === S.frozensetType;
    def(t, '__contains__', (self, args, kw) => {
      if (containsIsMethod) methO(t, '__contains__', args, kw);
      else wrapperArgs('__contains__', args, kw, 1);
      return this.bool(n.contains(self, args[0]) === true);
    });
    def(t, '__iter__', (self, args, kw) => {
      wrapperArgs('__iter__', args, kw, 0);
      return this.nativeIter(self);
    });
  }
  for (const t of [
    space.lists.type,
    space.dicts.type,
    space.tuples.type,
    space.strs.type,
    space.bytes.type,
  ]) {
    const getitemIsMethod = t === space.lists.type || t === space.dicts.type;
    def(t, '__getitem__', (self, args, kw) => {
      if (getitemIsMethod) methO(t, '__getitem__', args, kw);
      else wrapperArgs('__getitem__', args, kw, 1);
      const r = n.getItem(self, args[0]);
      if (r === NULL) throw new PyErr('TypeError', `'${space.typeName(self)}' object is not subscriptable`);
      return r;
    });
  }
  for (const t of [space.lists.type, space.dicts.type]) {
    def(t, '__setitem__', (self, args, kw) => {
      wrapperArgs('__setitem__', args, kw, 2, true);
      n.setItem(self, args[0], args[1]);
      return none();
    });
    def(t, '__delitem__', (self, args, kw) => {
      wrapperArgs('__delitem__', args, kw, 1);
      n.delItem(self, args[0]);
      return none();
    });
  }
  // Number and sequence operators of the built-in part: NB_* numbers as ops.ts uses them.
  const binops: [string, number][] = [
    ['__add__', 0],
    ['__and__', 1],
    ['__floordiv__', 2],
    ['__lshift__', 3],
    ['__mul__', 5],
    ['__mod__', 6],
    ['__or__', 7],
    ['__pow__', 8],
    ['__rshift__', 9],
    ['__sub__', 10],
    ['__truediv__', 11],
    ['__xor__', 12],
  ];
  // Which of them each type defines, forward and reflected (CPython 3.11's slots: str has
  // __add__ but no __radd__ or __sub__).
  // (int's and float's are in intmethods.ts.)
  const ownBinops: [Ptr, string[], string[]][] = [
    [space.lists.type, ['__add__', '__mul__'], ['__mul__']],
    [space.tuples.type, ['__add__', '__mul__'], ['__mul__']],
    [space.dicts.type, ['__or__'], ['__or__']],
    [S.setType, SET_OPS, SET_OPS],
    [S.frozensetType, SET_OPS, SET_OPS],
    [space.strs.type, ['__add__', '__mul__'], ['__mul__']],
    [space.bytes.type, ['__add__', '__mul__'], ['__mul__']],
  ];
  const opOf = new Map(binops);
  // A sequence's __mul__/__rmul__ is sq_repeat's wrapper: wrap_indexargfunc takes the count
  // as an index first ('str' object cannot be interpreted as an integer), no NotImplemented.
  const repeatCount = (t: Ptr, dunder: string, x: Ptr) => {
    if (dunder === '__mul__' && t !== S.setType && t !== S.frozensetType && !n.isInt(x)) this.toIndex(x);
  };
  for (const [t, forward, reflected] of ownBinops) {
    for (const dunder of forward) {
      const op = opOf.get(dunder) as number;
      def(t, dunder, (self, args) => {
        repeatCount(t, dunder, args[0]);
        return n.binary(self, args[0], op);
      });
    }
    for (const dunder of reflected) {
      const op = opOf.get(dunder) as number;
      def(t, `__r${dunder.slice(2)}`, (self, args) => {
        repeatCount(t, dunder, args[0]);
        return n.binary(args[0], self, op);
      });
    }
  }
  // printf-style formatting: str % x and bytes % x (the reflected form only for its own type).
  for (const t of [space.strs.type, space.bytes.type]) {
    const own = (x: Ptr) => (t === space.strs.type ? n.isStr(x) : n.isBytes(x));
    def(t, '__mod__', (self, args) => this.binary(self, args[0], MOD));
    def(t, '__rmod__', (self, args) =>
      own(args[0]) ? this.binary(args[0], self, MOD) : this.ref(space.notImplemented),
    );
  }
  // The augmented assignments the mutable ones define: list += iterable, list *= n, the set
  // operators with another set (else NotImplemented), dict |= what update() takes.
  def(space.lists.type, '__iadd__', (self, args) => {
    this.listExtend(self, args[0]);
    return this.ref(self);
  });
  def(space.lists.type, '__imul__', (self, args) => {
    if (!n.isInt(args[0])) this.toIndex(args[0]);
    return n.binary(self, args[0], MUL + INPLACE);
  });
  // bytearray_iconcat and bytearray_irepeat (sq_inplace_concat / sq_inplace_repeat).
  def(space.bytearrays.type, '__iadd__', (self, args) => {
    if (this.bufferBytes(args[0]) === null)
      throw new PyErr('TypeError', `can't concat ${space.typeName(args[0])} to bytearray`);
    return n.binary(self, args[0], INPLACE);
  });
  def(space.bytearrays.type, '__imul__', (self, args) => n.binary(self, args[0], MUL + INPLACE));
  for (const dunder of SET_OPS) {
    const op = (opOf.get(dunder) as number) + INPLACE;
    def(S.setType, `__i${dunder.slice(2)}`, (self, args) =>
      n.isSet(args[0]) ? n.binary(self, args[0], op) : this.ref(space.notImplemented),
    );
  }
  def(space.dicts.type, '__ior__', (self, args) => {
    this.decref(method(space.dicts.type, 'update')(self, [args[0]], null));
    return this.ref(self);
  });
  // Iteration, length and membership of the rest (tp_iter, sq_length, sq_contains, tp_reversed).
  for (const t of [space.strs.type, space.bytes.type])
    def(t, '__iter__', (self, args, kw) => {
      wrapperArgs('__iter__', args, kw, 0);
      return this.nativeIter(self);
    });
  def(space.bytes.type, '__len__', (self, args, kw) => {
    wrapperArgs('__len__', args, kw, 0);
    return n.int(n.size(self));
  });
  // (The built-in behaviour itself: a subclass's override calling super() must not loop.)
  def(space.bytes.type, '__contains__', (self, args, kw) => {
    wrapperArgs('__contains__', args, kw, 1);
    return this.bool(n.contains(self, args[0]) === true);
  });
  for (const t of [space.lists.type, space.dicts.type])
    def(t, '__reversed__', (self) => this.reversed(self, true));
  def(this.rangeType, '__len__', (self) => n.int(this.len(self)));
  def(this.rangeType, '__bool__', (self) => this.bool(this.len(self) !== 0));
  def(this.rangeType, '__iter__', (self) => this.nativeIter(self));
  def(this.rangeType, '__getitem__', (self, args) => this.getItem(self, args[0]));
  def(space.rt.typeObject(space.none), '__bool__', () => this.bool(false));
  // int's nb_divmod takes ints only; float's takes ints and floats.
  for (const t of [space.ints.type, space.floats.type]) {
    const accepts = (x: Ptr) => n.isInt(x) || (t === space.floats.type && n.isFloat(x));
    const divmod = (a: Ptr, b: Ptr) =>
      accepts(b) && accepts(a) ? this.realDivmod(a, b) : this.ref(space.notImplemented);
    def(t, '__divmod__', (self, args) => divmod(self, args[0]));
    def(t, '__rdivmod__', (self, args) => divmod(args[0], self));
  }
  for (const t of [space.ints.type, space.floats.type]) {
    def(t, '__neg__', (self) => n.unary(self, 'USub'));
    def(t, '__pos__', (self) => n.unary(self, 'UAdd'));
    // long_long / float___trunc__ and long_float / float_float: the built-in value itself,
    // never a subclass's own __int__ or __float__ (which may be what calls these).
    def(t, '__int__', (self) => {
      if (n.isInt(self)) return n.bigint(n.intBig(self));
      const exact = n.float(n.floatValue(self));
      try {
        return (this.constructors.get(space.ints.type) as NativeImpl)(space.ints.type, [exact], null);
      } finally {
        this.decref(exact);
      }
    });
    def(t, '__float__', (self) =>
      n.float(n.isFloat(self) ? n.floatValue(self) : O.long_toDouble(space, self)),
    );
    def(t, '__bool__', (self) => this.bool(space.slots(t).bool?.(self) ?? true));
  }
  def(space.strs.type, '__str__', (self) => n.str(n.jsStr(self)));
  for (const t of [space.bytes.type, space.bytearrays.type])
    def(t, '__str__', (self) => n.str((space.slots(t).repr as (op: Ptr) => string)(self)));
  // tp_init of the mutable ones: list(iterable), dict(mapping, **kw), set(iterable).
  this.defMethod(space.lists.type, '__init__', (self, args, kw) => {
    // list___init__ refuses keywords unless the class has its own __new__ (then ignores them).
    if (kw !== null && kw.length > 0) {
      const t = space.rt.typeObject(self);
      if (t === space.lists.type || this.typeLookup(t, n.intern('__new__')) === NULL)
        throw new PyErr('TypeError', 'list() takes no keyword arguments');
      args = args.slice(0, args.length - kw.length);
    }
    if (args.length > 1) throw new PyErr('TypeError', `list expected at most 1 argument, got ${args.length}`);
    this.decref(method(space.lists.type, 'clear')(self, [], null));
    if (args.length === 1) this.listExtend(self, args[0]);
    return none();
  });
  this.defMethod(space.dicts.type, '__init__', (self, args, kw) => {
    const positional = args.length - (kw?.length ?? 0);
    if (positional > 1) throw new PyErr('TypeError', `dict expected at most 1 argument, got ${positional}`);
    return method(space.dicts.type, 'update')(self, args, kw);
  });
  this.defMethod(S.setType, '__init__', (self, args, kw) => {
    if ((kw?.length ?? 0) > 0) throw new PyErr('TypeError', 'set() takes no keyword arguments');
    if (args.length > 1) throw new PyErr('TypeError', `set expected at most 1 argument, got ${args.length}`);
    this.decref(method(S.setType, 'clear')(self, [], null));
    if (args.length === 1) this.decref(method(S.setType, 'update')(self, args, null));
    return none();
  });
};
