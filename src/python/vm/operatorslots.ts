// Slot wrappers whose behaviour pymm had only behind operators and builtins: float's
// __abs__/__floor__/__ceil__/__trunc__, complex arithmetic, bytes.__bytes__, bytearray's
// concatenation, repetition and formatting, the set operators of dict_keys and dict_items
// (and every view's `mapping`), NotImplemented.__bool__, property.__set__/__delete__,
// super.__get__ and type's __instancecheck__/__subclasscheck__/__or__/__ror__. Each is the
// built-in behaviour, as `vars(T)` holds it in CPython 3.11.

import { NULL, type Ptr } from '../../heap/index.js';
import { bytearray_check, complex_check, PyErr } from '../../objects/index.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';
import { dictViewSetOp } from './ops.js';
import { propertySet } from './propertytype.js';

declare module './interp.js' {
  interface Interpreter {
    /** Installs the operator slot wrappers listed in operatorslots.ts. */
    installOperatorSlots(): void;
  }
}

/** NB_* numbers of the binary operators (as ops.ts numbers them). */
const NB: Record<string, number> = {
  add: 0,
  and: 1,
  mul: 5,
  mod: 6,
  or: 7,
  pow: 8,
  sub: 10,
  truediv: 11,
  xor: 12,
};

// typeobject.c's check_num_args for a slot wrapper taking `want` arguments.
function wrapperArgs(name: string, args: Ptr[], kw: Ptr[] | null, want: number): void {
  if (kw !== null && kw.length > 0) throw new PyErr('TypeError', `${name}() takes no keyword arguments`);
  if (args.length !== want)
    throw new PyErr(
      'TypeError',
      want === 0
        ? `expected 0 arguments, got ${args.length}`
        : `expected ${want} argument${want === 1 ? '' : 's'}, got ${args.length}`,
    );
}

Interpreter.prototype.installOperatorSlots = function (this: Interpreter): void {
  const space = this.space;
  const n = this.n;
  const def = (t: Ptr, name: string, impl: NativeImpl) => {
    if (!this.nativeMethods.get(t)?.has(name)) this.defMethod(t, name, impl);
  };
  const notImpl = () => this.ref(space.notImplemented);
  const FLOAT = space.floats.type;
  const toInt = (x: number): Ptr => {
    const f = n.float(x);
    try {
      return (this.constructors.get(space.ints.type) as NativeImpl)(space.ints.type, [f], null);
    } finally {
      this.decref(f);
    }
  };
  const unary = (t: Ptr, name: string, f: (self: Ptr) => Ptr) =>
    def(t, name, (self, args, kw) => {
      wrapperArgs(name, args, kw, 0);
      return f(self);
    });
  const method0 = (t: Ptr, name: string, f: (self: Ptr) => Ptr) =>
    def(t, name, (self, args, kw) => {
      if ((kw !== null && kw.length > 0) || args.length !== 0)
        throw new PyErr(
          'TypeError',
          `${this.typeName(t)}.${name}() takes no arguments (${args.length} given)`,
        );
      return f(self);
    });
  // float: nb_absolute and the math methods.
  unary(FLOAT, '__abs__', (self) => n.float(Math.abs(n.floatValue(self))));
  method0(FLOAT, '__trunc__', (self) => toInt(Math.trunc(n.floatValue(self))));
  method0(FLOAT, '__floor__', (self) => toInt(Math.floor(n.floatValue(self))));
  method0(FLOAT, '__ceil__', (self) => toInt(Math.ceil(n.floatValue(self))));
  // complex: its number slots, forward and reflected (NotImplemented for other operands).
  const C = space.complexes.type;
  const numeric = (x: Ptr) => n.isInt(x) || n.isFloat(x) || complex_check(space, x);
  for (const op of ['add', 'sub', 'mul', 'truediv', 'pow']) {
    const nb = NB[op];
    const arity = op === 'pow' ? 2 : 1;
    const check = (name: string, args: Ptr[], kw: Ptr[] | null) => {
      if (arity === 2 && args.length === 2) {
        if (args[1] !== space.none) throw new PyErr('ValueError', 'complex modulo');
        args = args.slice(0, 1);
      }
      wrapperArgs(name, args, kw, 1);
      return args[0];
    };
    def(C, `__${op}__`, (self, args, kw) => {
      const other = check(`__${op}__`, args, kw);
      return numeric(other) ? this.binary(self, other, nb) : notImpl();
    });
    def(C, `__r${op}__`, (self, args, kw) => {
      const other = check(`__r${op}__`, args, kw);
      return numeric(other) ? this.binary(other, self, nb) : notImpl();
    });
  }
  unary(C, '__neg__', (self) => this.unary(self, 'USub'));
  unary(C, '__pos__', (self) => this.unary(self, 'UAdd'));
  // bytes.__bytes__: a bytes object itself (a subclass's: a new exact bytes).
  const B = space.bytes.type;
  method0(B, '__bytes__', (self) =>
    space.rt.typeObject(self) === B
      ? this.ref(self)
      : (this.constructors.get(B) as NativeImpl)(B, [self], null),
  );
  // bytearray: sq_concat, sq_repeat and nb_remainder.
  const BA = space.bytearrays.type;
  def(BA, '__add__', (self, args, kw) => {
    wrapperArgs('__add__', args, kw, 1);
    if (this.bufferBytes(args[0]) === null)
      throw new PyErr('TypeError', `can't concat ${space.typeName(args[0])} to bytearray`);
    return n.binary(self, args[0], NB.add);
  });
  for (const name of ['__mul__', '__rmul__'])
    def(BA, name, (self, args, kw) => {
      wrapperArgs(name, args, kw, 1);
      this.toIndex(args[0]);
      return this.binary(self, args[0], NB.mul);
    });
  def(BA, '__mod__', (self, args, kw) => {
    wrapperArgs('__mod__', args, kw, 1);
    return this.binary(self, args[0], NB.mod);
  });
  def(BA, '__rmod__', (self, args, kw) => {
    wrapperArgs('__rmod__', args, kw, 1);
    return bytearray_check(space, args[0]) ? this.binary(args[0], self, NB.mod) : notImpl();
  });
  // dict_keys and dict_items: the set operators (dictviews_and & co.), both ways.
  for (const kind of [0, 2]) {
    const V = this.dictViewTypes[kind];
    for (const op of ['and', 'or', 'sub', 'xor']) {
      const nb = NB[op];
      def(V, `__${op}__`, (self, args, kw) => {
        wrapperArgs(`__${op}__`, args, kw, 1);
        const r = dictViewSetOp(this, self, args[0], nb);
        return r === NULL ? notImpl() : r;
      });
      def(V, `__r${op}__`, (self, args, kw) => {
        wrapperArgs(`__r${op}__`, args, kw, 1);
        const r = dictViewSetOp(this, args[0], self, nb);
        return r === NULL ? notImpl() : r;
      });
    }
  }
  // Every dict view's `mapping`: a read-only proxy of its dict.
  for (const V of this.dictViewTypes) {
    const getters = this.nativeGetters.get(V) ?? new Map<string, (self: Ptr) => Ptr>();
    getters.set('mapping', (self) => this.newMappingProxy(this.dictViewOf(self) as Ptr));
    this.nativeGetters.set(V, getters);
  }
  // NotImplemented.__bool__: true, with the 3.9 DeprecationWarning.
  unary(space.rt.typeObject(space.notImplemented), '__bool__', (self) => this.bool(this.truthy(self)));
  // property: tp_descr_set as __set__ and __delete__.
  def(this.propertyType, '__set__', (self, args, kw) => {
    wrapperArgs('__set__', args, kw, 2);
    propertySet(this, self, args[0], args[1]);
    return this.newNone();
  });
  def(this.propertyType, '__delete__', (self, args, kw) => {
    wrapperArgs('__delete__', args, kw, 1);
    propertySet(this, self, args[0], NULL);
    return this.newNone();
  });
  // __isabstractmethod__ of property (any accessor), staticmethod and classmethod (the function).
  const isAbstract = (f: Ptr): boolean => {
    if (f === NULL || f === space.none) return false;
    const r = this.getAttrOrNull(f, n.intern('__isabstractmethod__'));
    if (r === NULL) return false;
    try {
      return this.truthy(r);
    } finally {
      this.decref(r);
    }
  };
  const getter = (t: Ptr, name: string, f: (self: Ptr) => Ptr) => {
    const getters = this.nativeGetters.get(t) ?? new Map<string, (self: Ptr) => Ptr>();
    if (!getters.has(name)) getters.set(name, f);
    this.nativeGetters.set(t, getters);
  };
  const attr = (obj: Ptr, name: string): boolean => {
    const v = this.getAttr(obj, n.intern(name));
    try {
      return isAbstract(v);
    } finally {
      this.decref(v);
    }
  };
  getter(this.propertyType, '__isabstractmethod__', (self) =>
    this.bool(attr(self, 'fget') || attr(self, 'fset') || attr(self, 'fdel')),
  );
  for (const t of [this.staticmethodType, this.classmethodType])
    getter(t, '__isabstractmethod__', (self) => this.bool(attr(self, '__func__')));
  // super: __get__ (super_descr_get) and its members, as super_getattro's fallback reads them.
  const superWord = (op: Ptr, i: number) => space.rt.mem.u32[(op + 16 + 8 * i) >>> 2] as Ptr;
  def(this.superType, '__get__', (self, args, kw) => {
    if ((kw !== null && kw.length > 0) || args.length < 1 || args.length > 2)
      throw new PyErr('TypeError', `expected 1 or 2 arguments, got ${args.length}`);
    if (args[0] === space.none || superWord(self, 1) !== NULL) return this.ref(self);
    return this.newSuper(superWord(self, 0), args[0]);
  });
  const superMember = (i: number) => (self: Ptr) =>
    superWord(self, i) === NULL ? this.newNone() : this.ref(superWord(self, i));
  getter(this.superType, '__thisclass__', superMember(0));
  getter(this.superType, '__self__', superMember(1));
  getter(this.superType, '__self_class__', superMember(2));
  // type: the real isinstance/issubclass checks (no metaclass hook) and `|` (int | None).
  const T = space.typeType;
  def(T, '__instancecheck__', (self, args, kw) => {
    wrapperArgs('__instancecheck__', args, kw, 1);
    const target = this.proxyTarget(args[0]);
    return this.bool(this.isInstance(args[0], self) || (target !== NULL && this.isInstance(target, self)));
  });
  def(T, '__subclasscheck__', (self, args, kw) => {
    wrapperArgs('__subclasscheck__', args, kw, 1);
    if (!this.isType(args[0])) throw new PyErr('TypeError', 'issubclass() arg 1 must be a class');
    return this.bool(this.classInfoMatches(args[0], self, 'issubclass'));
  });
  def(T, '__or__', (self, args, kw) => {
    wrapperArgs('__or__', args, kw, 1);
    const r = this.typeOr(self, args[0]);
    return r === NULL ? notImpl() : r;
  });
  def(T, '__ror__', (self, args, kw) => {
    wrapperArgs('__ror__', args, kw, 1);
    const r = this.typeOr(args[0], self);
    return r === NULL ? notImpl() : r;
  });
};
