// The builtins module: print, len, range, isinstance, sorted, min/max, … and the
// constructors of the built-in types.

import { TP_FLAGS, TPFLAGS_BASETYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { long_asSafe, PyErr } from '../../objects/index.js';
import { argCount, badArgumentName, noKeywords, parseArgs } from './args.js';
import { BF_INDEX, type NativeImpl } from './calls.js';
import { PYGEN_NEXT, stopIteration } from './gensend.js';
import { Interpreter } from './interp.js';
import { module_setDict } from './modules.js';
import type { NativeIterTable } from './nativeitertable.js';
import { slotWrapperImpl } from './slotwrappers.js';

declare module './interp.js' {
  interface Interpreter {
    initBuiltins(): void;
    /** Registers a native method on a built-in type. */
    defMethod(type: Ptr, name: string, impl: NativeImpl): void;
    /** A JS number from an int argument (TypeError otherwise). */
    toIndex(op: Ptr, what?: string): number;
    /** PyNumber_Index for an int or a class with __index__: a new reference to the int, or NULL. */
    indexValue(op: Ptr): Ptr;
    /**
     * A native iterator object holding `refs` (borrowed; NULL allowed) for the collector,
     * advanced by `next`; `hint`, if given, is its __length_hint__ (items left). `subtype`
     * (NULL for none) is a class derived from the iterator type: tp_alloc(subtype).
     */
    newNativeIter(name: string, refs: Ptr[], next: () => Ptr, hint?: () => number, subtype?: Ptr): Ptr;
    /** The static type of the native iterators named `name`, made on first use (`hasHint`: it has __length_hint__). */
    nativeIterType(name: string, hasHint: boolean): Ptr;
    /** Replaces reference `i` of a native iterator (`v` borrowed). */
    setNativeIterRef(it: Ptr, i: number, v: Ptr): void;
    /** The `next` closure of each live native iterator object. */
    nativeIterState: NativeIterTable;
    /** __length_hint__ of the native iterators that have one, by object. */
    nativeIterHints: Map<number, () => number>;
    nativeIterTypes: Map<string, Ptr>;
    /** long_divmod / float_divmod for two ints or floats: a new (quotient, remainder) tuple. */
    realDivmod(a: Ptr, b: Ptr): Ptr;
  }
}

Interpreter.prototype.realDivmod = function (this: Interpreter, a: Ptr, b: Ptr): Ptr {
  const n = this.n;
  if (n.isFloat(a) || n.isFloat(b)) {
    // One computation, with float's own "float divmod()" error (not floor division's).
    const qr = O.float_divmod(this.space, a, b);
    if (qr === null) throw new PyErr('TypeError', 'divmod() operands must be ints or floats');
    return n.tuple(qr);
  }
  const q = this.binary(a, b, 2);
  try {
    return n.tuple([q, this.binary(a, b, 6)]);
  } catch (error) {
    this.decref(q);
    throw error;
  }
};

/** Built-in functions 3.11 calls inside Py_EnterRecursiveCall (METH_O, not specialised). */
const METH_O_GUARDED = new Set([
  'abs',
  'all',
  'any',
  'ascii',
  'bin',
  'callable',
  'chr',
  'hash',
  'hex',
  'id',
  'oct',
  'ord',
  'repr',
]);
/** Those whose argument's items may run Python code (a container's reprs, an iterator's next). */
/** open()'s parameters, as _io.open's Argument Clinic names them. */
const OPEN_PARAMETERS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

const METH_O_ITERATING = new Set(['all', 'any', 'ascii', 'repr']);

const I = Interpreter.prototype;

I.defMethod = function (this: Interpreter, type: Ptr, name: string, impl: NativeImpl): void {
  let m = this.nativeMethods.get(type);
  if (m === undefined) {
    m = new Map();
    this.nativeMethods.set(type, m);
  }
  m.set(name, slotWrapperImpl(this.typeName(type), name, impl));
};

I.toIndex = function (this: Interpreter, op: Ptr, what = 'integer'): number {
  if (!this.n.isInt(op)) {
    const r = this.indexValue(op);
    if (r === NULL)
      throw new PyErr('TypeError', `'${this.space.typeName(op)}' object cannot be interpreted as an ${what}`);
    try {
      return this.toIndex(r, what);
    } finally {
      this.decref(r);
    }
  }
  const v = this.n.intSafe(op);
  if (Number.isNaN(v)) throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  return v;
};

I.indexValue = function (this: Interpreter, op: Ptr): Ptr {
  if (this.n.isInt(op)) return this.ref(op);
  if (!this.classes.has(this.space.rt.typeObject(op))) {
    // proxy_index: PyNumber_Index of the referent.
    const referent = this.proxyTarget(op);
    if (referent === NULL) return NULL;
    this.incref(referent);
    try {
      const v = this.indexValue(referent);
      if (v === NULL)
        throw new PyErr(
          'TypeError',
          `'${this.space.typeName(referent)}' object cannot be interpreted as an integer`,
        );
      return v;
    } finally {
      this.decref(referent);
    }
  }
  const r = this.callSpecial(op, '__index__', []);
  if (r === NULL) return NULL;
  if (!this.n.isInt(r)) {
    const tn = this.space.typeName(r);
    this.decref(r);
    throw new PyErr('TypeError', `__index__ returned non-int (type ${tn})`);
  }
  return r;
};

/** CPython 3.11's tp_basicsize of the built-in iterators (sys.getsizeof adds the GC head). */
const NATIVE_ITER_BASICSIZE: Record<string, number> = {
  enumerate: 56,
  zip: 48,
  map: 32,
  filter: 32,
  reversed: 32,
  list_reverseiterator: 32, // listreviterobject: it_index, it_seq
  callable_iterator: 32, // calliterobject: it_callable, it_sentinel
  dict_reversekeyiterator: 56, // dictiterobject: di_dict, di_used, di_pos, di_result, len
  dict_reversevalueiterator: 56,
  dict_reverseitemiterator: 56,
  coroutine_wrapper: 24, // PyCoroWrapper: cw_coroutine
  async_generator_asend: 40, // PyAsyncGenASend: ags_gen, ags_sendval, ags_state
  async_generator_athrow: 40, // PyAsyncGenAThrow: agt_gen, agt_args, agt_state
  anext_awaitable: 32, // anextawaitableobject: wrapped, default_value
};

// A native iterator (enumerate, zip, map, list_reverseiterator …), after its PyGC_Head:
//
//   +0  ┌────────────────────────────────────┐
//       │ ob_refcnt, ob_type                 │
//  +16  ├─────────────────┬──────────────────┤
//       │ ref 0 (u32)     │ state index      │  NativeIterTable's index (nativeitertable.ts)
//  +24  ├─────────────────┼──────────────────┤
//       │ ref 1 (u32)     │ count of refs    │  at least these two slots, refs or not
//  +32  ├─────────────────┴──────────────────┤
//       │ ref 2, ref 3 … (u32 in 8 bytes)    │  what traverse visits and dealloc releases
//       ├────────────────────────────────────┤
//       │ a subclass's dict and weakref list │  from tp_basicsize on (CPython's size:
//       └────────────────────────────────────┘  map's 32 bytes hold its two references)
// The iterator's state (its JS next function) lives in nativeIterState, found by the index.
const NATIVE_ITER_REFS = 16;
const NATIVE_ITER_COUNT = 28;

I.nativeIterType = function (this: Interpreter, name: string, hasHint: boolean): Ptr {
  const space = this.space;
  const rt = space.rt;
  const t = space.newStaticType({
    ...space.slots(this.seqIterType),
    name,
    basicsize: NATIVE_ITER_BASICSIZE[name] ?? 48,
    traverse: (op, visit) => {
      const n = rt.mem.u32[(op + NATIVE_ITER_COUNT) >>> 2];
      for (let i = 0; i < n; i++) {
        const v = rt.mem.u32[(op + NATIVE_ITER_REFS + 8 * i) >>> 2] as Ptr;
        if (v !== NULL) visit(v);
      }
    },
    clear: null,
    dealloc: (op) => {
      rt.untrack(op);
      this.nativeIterState.delete(op);
      if (this.nativeIterHints.size !== 0) this.nativeIterHints.delete(op);
      const u32 = rt.mem.u32;
      const n = u32[(op + NATIVE_ITER_COUNT) >>> 2];
      // Up to three references in locals (no array per iterator), read before the free.
      const v0 = n > 0 ? (u32[(op + NATIVE_ITER_REFS) >>> 2] as Ptr) : NULL;
      const v1 = n > 1 ? (u32[(op + NATIVE_ITER_REFS + 8) >>> 2] as Ptr) : NULL;
      const v2 = n > 2 ? (u32[(op + NATIVE_ITER_REFS + 16) >>> 2] as Ptr) : NULL;
      let vs: Ptr[] | null = null;
      if (n > 3) {
        vs = [];
        for (let i = 3; i < n; i++) vs.push(u32[(op + NATIVE_ITER_REFS + 8 * i) >>> 2] as Ptr);
      }
      rt.gcDel(op);
      if (v0 !== NULL) rt.decref(v0);
      if (v1 !== NULL) rt.decref(v1);
      if (v2 !== NULL) rt.decref(v2);
      if (vs !== null) for (const v of vs) if (v !== NULL) rt.decref(v);
    },
  });
  this.nativeIterTypes.set(name, t);
  // Every iterator type has the __iter__ and __next__ slot wrappers.
  this.defMethod(t, '__iter__', (self) => this.ref(self));
  this.defMethod(t, '__next__', (self) => {
    // The object's own step (a subclass instance is not in nativeIterators by its type).
    const r = (this.nativeIterState.get(self) ?? (() => NULL))();
    if (r === NULL) throw this.raiseNew('StopIteration', NULL);
    return r;
  });
  this.nativeIterators.set(t, (it) => (this.nativeIterState.get(it) ?? (() => NULL))());
  if (hasHint) {
    this.defMethod(t, '__length_hint__', (self) => this.n.int(this.nativeIterHints.get(self)?.() ?? 0));
  }
  return t;
};

I.newNativeIter = function (
  this: Interpreter,
  name: string,
  refs: Ptr[],
  next: () => Ptr,
  hint?: () => number,
  subtype: Ptr = NULL,
): Ptr {
  const rt = this.space.rt;
  let type = this.nativeIterTypes.get(name) ?? this.nativeIterType(name, hint !== undefined);
  if (subtype !== NULL) {
    // type->tp_alloc(subtype): the class's instance, its own fields (dict, weakrefs) zeroed.
    type = subtype;
    rt.incref(type);
  }
  // tp_basicsize bytes (the references must fit: a subclass's fields start there).
  const size = Math.max(this.space.slots(type).basicsize, NATIVE_ITER_REFS + 8 * Math.max(refs.length, 2));
  const op = rt.gcNew(type, size);
  rt.mem.u8.fill(0, op + 16, op + size);
  rt.mem.u32[(op + NATIVE_ITER_COUNT) >>> 2] = refs.length;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (r !== NULL) rt.incref(r);
    rt.mem.u32[(op + NATIVE_ITER_REFS + 8 * i) >>> 2] = r;
  }
  this.nativeIterState.set(op, next);
  if (hint !== undefined) this.nativeIterHints.set(op, hint);
  rt.track(op);
  return op;
};

I.setNativeIterRef = function (this: Interpreter, it: Ptr, i: number, v: Ptr): void {
  const rt = this.space.rt;
  const at = (it + NATIVE_ITER_REFS + 8 * i) >>> 2;
  const old = rt.mem.u32[at] as Ptr;
  if (v !== NULL) rt.incref(v);
  rt.mem.u32[at] = v;
  if (old !== NULL) rt.decref(old);
};

// The lowercase types in CPython 3.11's builtins module (_PyBuiltin_Init's SETBUILTIN).
const BUILTIN_TYPE_NAMES = new Set([
  'bool',
  'memoryview',
  'bytearray',
  'bytes',
  'classmethod',
  'complex',
  'dict',
  'enumerate',
  'filter',
  'float',
  'frozenset',
  'property',
  'int',
  'list',
  'map',
  'object',
  'range',
  'reversed',
  'set',
  'slice',
  'staticmethod',
  'str',
  'super',
  'tuple',
  'type',
  'zip',
]);

I.initBuiltins = function (this: Interpreter): void {
  const n = this.n;
  const space = this.space;
  const b = n.dict();
  this.builtinsDict = b;
  this.vectorcallTypes = new Set();
  // The METH_O builtins that 3.11's PRECALL_NO_KW_BUILTIN_O (or cfunction_vectorcall_O)
  // calls inside Py_EnterRecursiveCall (len, isinstance and list.append have specialised
  // instructions without it): at the limit they raise "... while calling a Python object",
  // and what they call back into Python (a class's __hash__, __abs__, __index__, any()'s
  // and all()'s generators) runs one level deeper.
  // (Only the limit check is needed when nothing can call back, as for an int.)
  const guarded =
    (impl: NativeImpl, always: boolean): NativeImpl =>
    (self, args, kw) => {
      const x = args[0];
      if (
        always ||
        (x !== undefined && this.classes.has(space.rt.typeObject(x))) ||
        this.depth + this.cGuard.depth >= this.recursionLimit
      )
        return this.callGuard(() => impl(self, args, kw));
      return impl(self, args, kw);
    };
  const def = (name: string, impl: NativeImpl) =>
    this.defNative(b, name, METH_O_GUARDED.has(name) ? guarded(impl, METH_O_ITERATING.has(name)) : impl);
  const put = (name: string, v: Ptr) => n.dictSet(b, n.intern(name), v);
  put('None', space.none);
  put('True', space.true);
  put('False', space.false);
  put('Ellipsis', space.ellipsis);
  put('NotImplemented', space.notImplemented);
  // The types bltinmodule.c names (function, cell, generator … are types without a builtin name).
  for (const [name, t] of space.builtinTypes) {
    if (BUILTIN_TYPE_NAMES.has(name) || this.exc.byName.has(name)) put(name, t);
  }
  // _PyBuiltin_Init: __debug__ (the compiler folds the name itself to True).
  put('__debug__', space.true);
  for (const [name, e] of this.exc.byName) put(name, e.type);
  put('IOError', this.exc.type('OSError'));
  put('EnvironmentError', this.exc.type('OSError'));
  put('property', this.propertyType);
  put('staticmethod', this.staticmethodType);
  put('classmethod', this.classmethodType);
  put('super', this.superType);
  put('range', this.rangeType);
  const none = () => this.newNone();

  def('print', (_s, args, kw) => this.builtinPrint(args, kw));
  def('len', (_s, args, kw) => {
    argCount('len', args, kw, 1, 1);
    // range_length: its length object itself, when it fits in a Py_ssize_t.
    if (this.space.rt.typeObject(args[0]) === this.rangeType) return this.rangeLenObject(args[0]);
    return O.long_fromSsize(this.space, this.len(args[0]));
  });
  def('repr', (_s, args, kw) => {
    argCount('repr', args, kw, 1, 1);
    // long_to_decimal_string makes a new str, never the 1-character singleton.
    if (this.space.rt.typeObject(args[0]) === this.space.ints.type) {
      // PyObject_Repr's Py_EnterRecursiveCall, then long_to_decimal_string.
      O.checkRecursionHeadroom(this.space, 1, ' while getting the repr of an object');
      return O.str_fromLong(this.space, args[0]);
    }
    return n.str(this.reprOf(args[0]));
  });
  def('ascii', (_s, args, kw) => {
    argCount('ascii', args, kw, 1, 1);
    return this.formatValue(args[0], 97, 0 as Ptr);
  });
  def('id', (_s, args, kw) => {
    argCount('id', args, kw, 1, 1);
    return n.int(args[0]);
  });
  def('hash', (_s, args, kw) => {
    argCount('hash', args, kw, 1, 1);
    // The exact signed 64-bit hash (the hash slot folds it to 53 bits for the tables); a
    // class's own __hash__ result as slot_tp_hash keeps it (outside Py_hash_t: rehashed).
    const x = args[0];
    const type = space.rt.typeObject(x);
    const own = this.classes.has(type) ? this.typeLookup(type, n.intern('__hash__')) : NULL;
    if (own === this.none) throw new PyErr('TypeError', `unhashable type: '${this.typeName(type)}'`);
    if (own !== NULL) {
      const r = this.callSpecialMasked(x, '__hash__', []);
      // slot_tp_hash: a lookup that fails makes the object unhashable.
      if (r === -1) throw new PyErr('TypeError', `unhashable type: '${this.typeName(type)}'`);
      try {
        if (!n.isInt(r)) throw new PyErr('TypeError', '__hash__ method should return an integer');
        const big = n.intBig(r);
        const h = big === BigInt.asIntN(64, big) ? big : O.long_hashExact(space, r);
        return n.bigint(h === -1n ? -2n : h);
      } finally {
        this.decref(r);
      }
    }
    if (type === this.rangeType) return n.bigint(this.rangeHashExact(x));
    return n.bigint(O.exactHash(space, x));
  });
  def('isinstance', (_s, args, kw) => {
    argCount('isinstance', args, kw, 2, 2);
    return this.bool(this.objectIsInstance(args[0], args[1]));
  });
  // The natives calls.ts's call1/call2 recognise (3.11's PRECALL_NO_KW_LEN / _ISINSTANCE).
  const nativeIndex = (name: string) => space.rt.mem.u32[(n.dictGet(b, n.intern(name)) + BF_INDEX) >>> 2];
  this.lenBuiltin = nativeIndex('len');
  this.isinstanceBuiltin = nativeIndex('isinstance');
  def('issubclass', (_s, args, kw) => {
    argCount('issubclass', args, kw, 2, 2);
    return this.bool(this.objectIsSubclass(args[0], args[1]));
  });
  // builtin_breakpoint: sys.breakpointhook(*args, **kws).
  def('breakpoint', (_s, args, kw) => {
    const sys = this.importModule(n.intern('sys'), NULL, false);
    let hook: Ptr;
    try {
      hook = this.getAttrOrNull(sys, n.intern('breakpointhook'));
    } finally {
      this.decref(sys);
    }
    if (hook === NULL) throw new PyErr('RuntimeError', 'lost sys.breakpointhook');
    return this.callKw(
      hook,
      args.map((a) => this.ref(a)),
      kw,
    );
  });
  def('callable', (_s, args, kw) => {
    argCount('callable', args, kw, 1, 1);
    return this.bool(this.isCallable(args[0]));
  });
  def('iter', (_s, args, kw) => {
    argCount('iter', args, kw, 1, 2);
    if (args.length === 1) return this.iter(args[0]);
    // iter(callable, sentinel): a callable_iterator, done once a call returns the sentinel.
    const [fn, sentinel] = args;
    if (!this.isCallable(fn)) throw new PyErr('TypeError', 'iter(v, w): v must be callable');
    let done = false;
    return this.newNativeIter('callable_iterator', [fn, sentinel], () => {
      if (done) return NULL;
      let r: Ptr;
      try {
        r = this.callBorrowed(fn, []);
      } catch (e) {
        if (e instanceof PyErr && e.excType === 'StopIteration') {
          done = true;
          return NULL;
        }
        throw e;
      }
      let same: boolean;
      try {
        same = r === sentinel || this.compareBool(r, sentinel, 2, 0);
      } catch (e) {
        this.decref(r);
        throw e;
      }
      if (same) {
        this.decref(r);
        done = true;
        return NULL;
      }
      return r;
    });
  });
  def('next', (_s, args, kw) => {
    argCount('next', args, kw, 1, 2);
    const it = args[0];
    if (!this.isIterator(it))
      throw new PyErr('TypeError', `'${space.typeName(it)}' object is not an iterator`);
    const type = space.rt.typeObject(it);
    if (type === this.generatorType || type === this.coroWrapperType) {
      // gen_iternext: a return value becomes StopIteration(value), unless there is a default.
      const gen = type === this.generatorType ? it : this.coroWrapped(it);
      const status = this.genSendEx(gen, NULL, null);
      const r = this.genResult;
      this.genResult = NULL;
      if (status === PYGEN_NEXT) return r;
      if (args.length > 1) {
        if (r !== NULL) this.decref(r);
        return this.ref(args[1]);
      }
      return this.errPark(stopIteration(this, r)) as Ptr;
    }
    const v = this.next(it);
    if (v !== NULL) return v;
    if (args.length > 1) return this.ref(args[1]);
    // The StopIteration by error handle: `next(it)` in a try is how iterators are drained.
    return this.errPark(this.raiseNew('StopIteration', NULL)) as Ptr;
  });
  def('abs', (_s, args, kw) => {
    argCount('abs', args, kw, 1, 1);
    const x = args[0];
    if (this.classes.has(space.rt.typeObject(x))) {
      const r = this.callSpecial(x, '__abs__', []);
      if (r !== NULL) return r;
    }
    if (n.isInt(x)) {
      const v = n.intBig(x);
      return v < 0n ? n.bigint(-v) : n.isExactInt(x) ? this.ref(x) : n.bigint(v);
    }
    if (n.isFloat(x)) return n.float(Math.abs(n.floatValue(x)));
    if (O.complex_check(space, x)) return n.float(O.complex_abs(space, x));
    throw new PyErr('TypeError', `bad operand type for abs(): '${space.typeName(x)}'`);
  });
  def('chr', (_s, args, kw) => {
    argCount('chr', args, kw, 1, 1);
    const v = this.toIndex(args[0]);
    if (v < 0 || v > 0x10ffff) throw new PyErr('ValueError', 'chr() arg not in range(0x110000)');
    return n.str(String.fromCodePoint(v));
  });
  def('ord', (_s, args, kw) => {
    argCount('ord', args, kw, 1, 1);
    const x = args[0];
    // builtin_ord: a bytes or bytearray of length 1 gives its byte.
    const bytes = n.isBytes(x)
      ? n.bytesValue(x)
      : O.bytearray_check(space, x)
        ? O.bytearray_toU8(space, x)
        : null;
    if (bytes !== null) {
      if (bytes.length === 1) return n.int(bytes[0]);
      throw new PyErr('TypeError', `ord() expected a character, but string of length ${bytes.length} found`);
    }
    if (!n.isStr(x))
      throw new PyErr('TypeError', `ord() expected string of length 1, but ${space.typeName(x)} found`);
    const s = [...n.jsStr(x)];
    if (s.length !== 1)
      throw new PyErr('TypeError', `ord() expected a character, but string of length ${s.length} found`);
    return n.int(s[0].codePointAt(0) ?? 0);
  });
  for (const [name, radix, prefix] of [
    ['hex', 16, '0x'],
    ['oct', 8, '0o'],
    ['bin', 2, '0b'],
  ] as const) {
    def(name, (_s, args, kw) => {
      argCount(name, args, kw, 1, 1);
      const x = this.indexValue(args[0]);
      if (x === NULL) {
        throw new PyErr(
          'TypeError',
          `'${space.typeName(args[0])}' object cannot be interpreted as an integer`,
        );
      }
      const v = n.intBig(x);
      this.decref(x);
      return n.str(`${v < 0n ? '-' : ''}${prefix}${(v < 0n ? -v : v).toString(radix)}`);
    });
  }
  def('format', (_s, args, kw) => {
    argCount('format', args, kw, 1, 2);
    if (args.length === 2 && !n.isStr(args[1]))
      throw new PyErr('TypeError', `format() argument 2 must be str, not ${badArgumentName(this, args[1])}`);
    if (args.length === 1 || n.jsStr(args[1]) === '') return this.formatValue(args[0], -1, NULL);
    return n.str(this.formatOf(args[0], n.jsStr(args[1])));
  });
  // getattr, setattr, delattr, hasattr: the name must be a str.
  const attrName = (name: Ptr) => {
    if (!n.isStr(name))
      throw new PyErr('TypeError', `attribute name must be string, not '${space.typeName(name)}'`);
  };
  def('getattr', (_s, args, kw) => {
    argCount('getattr', args, kw, 2, 3);
    attrName(args[1]);
    if (args.length === 2) return this.getAttr(args[0], args[1]);
    const v = this.getAttrOrNull(args[0], args[1]);
    return v !== NULL ? v : this.ref(args[2]);
  });
  def('setattr', (_s, args, kw) => {
    argCount('setattr', args, kw, 3, 3);
    attrName(args[1]);
    this.setAttr(args[0], args[1], args[2]);
    return none();
  });
  def('delattr', (_s, args, kw) => {
    argCount('delattr', args, kw, 2, 2);
    attrName(args[1]);
    this.delAttr(args[0], args[1]);
    return none();
  });
  def('hasattr', (_s, args, kw) => {
    argCount('hasattr', args, kw, 2, 2);
    attrName(args[1]);
    const v = this.getAttrOrNull(args[0], args[1]);
    if (v === NULL) return this.bool(false);
    this.decref(v);
    return this.bool(true);
  });
  def(
    'vars',
    this.varargs((_s, args, kw) => {
      argCount('vars', args, kw, 0, 1);
      if (args.length === 0) return this.frameLocals(this.depth);
      const d = this.getAttrOrNull(args[0], n.intern('__dict__'));
      if (d === NULL) throw new PyErr('TypeError', 'vars() argument must have __dict__ attribute');
      return d;
    }),
  );
  def(
    'dir',
    this.varargs((_s, args, kw) => {
      argCount('dir', args, kw, 0, 1);
      if (args.length === 0) {
        const l = this.frameLocals(this.depth);
        const names = n.dictItems(l).map(([k]) => n.jsStr(k));
        this.decref(l);
        const keys = n.list(names.sort().map((s) => n.str(s)));
        return keys;
      }
      return this.dir(args[0]);
    }),
  );
  def('sum', (_s, args, kw) => {
    const [it, start] = parseArgs(this, 'sum', args, kw, ['/iterable', 'start'], 1);
    let acc = start === NULL ? n.int(0) : this.ref(start);
    if (start !== NULL) {
      // builtin_sum_impl refuses a str, bytes or bytearray start (subclasses included).
      const what = n.isStr(start)
        ? "strings [use ''.join(seq) instead]"
        : n.isBytes(start)
          ? "bytes [use b''.join(seq) instead]"
          : this.isSubtype(space.rt.typeObject(start), space.bytearrays.type)
            ? "bytearray [use b''.join(seq) instead]"
            : null;
      if (what !== null) {
        this.decref(acc);
        throw new PyErr('TypeError', `sum() can't sum ${what}`);
      }
    }
    const iter = this.iter(it);
    try {
      // builtin_sum_impl's int fast path: exact ints add up in a JS number (exact below
      // 2^53) with no int object per step; anything else falls back to `+`.
      const intType = space.ints.type;
      if (space.rt.typeObject(acc) === intType) {
        let total = long_asSafe(space, acc);
        if (!Number.isNaN(total)) {
          let x: Ptr = this.next(iter);
          while (x !== NULL && space.rt.typeObject(x) === intType) {
            const v = long_asSafe(space, x);
            const t = total + v;
            if (Number.isNaN(v) || !Number.isSafeInteger(t)) break;
            total = t;
            this.decref(x);
            x = this.next(iter);
          }
          this.decref(acc);
          acc = n.int(total);
          if (x === NULL) return acc;
          acc = sumStep(this, acc, x);
        }
      }
      for (let x = this.next(iter); x !== NULL; x = this.next(iter)) acc = sumStep(this, acc, x);
    } catch (e) {
      this.decref(acc);
      throw e;
    } finally {
      this.decref(iter);
    }
    return acc;
  });
  // METH_VARARGS | METH_KEYWORDS: the arguments arrive in a tuple (and a dict).
  for (const name of ['min', 'max'] as const) {
    def(
      name,
      this.varargs((_s, args, kw) => this.minmax(name, args, kw), true),
    );
  }
  for (const name of ['any', 'all'] as const) {
    def(name, (_s, args, kw) => {
      argCount(name, args, kw, 1, 1);
      const it = this.iter(args[0]);
      try {
        for (let x = this.next(it); x !== NULL; x = this.next(it)) {
          let t: boolean;
          try {
            t = this.truthy(x);
          } finally {
            this.decref(x);
          }
          if (name === 'any' && t) return this.bool(true);
          if (name === 'all' && !t) return this.bool(false);
        }
        return this.bool(name === 'all');
      } finally {
        this.decref(it);
      }
    });
  }
  // builtin_sorted: PySequence_List(iterable), then its bound `sort` called with the keywords.
  def('sorted', (_s, args, kw) => {
    const nkw = kw?.length ?? 0;
    if (args.length - nkw !== 1)
      throw new PyErr('TypeError', `sorted expected 1 argument, got ${args.length - nkw}`);
    const list = n.list([]);
    try {
      this.listExtend(list, args[0]);
      const sort = this.nativeMethods.get(space.lists.type)?.get('sort') as NativeImpl;
      const bound = this.newBuiltin('sort', sort, list);
      try {
        this.decref(sort(list, args.slice(1), kw));
      } finally {
        this.decref(bound);
      }
    } catch (e) {
      this.decref(list);
      throw e;
    }
    return list;
  });
  // enumerate, filter, map, reversed and zip are types: calling one runs its constructor
  // (through _PyObject_MakeTpCall's tuple and dict unless the type has a vectorcall).
  // A class derived from one makes its instances through the type's __new__ (tp_new with
  // the subtype): `impl` gets the subtype (NULL for the type itself) as its first argument
  // and allocates its iterator as that class.
  const defType = (name: string, impl: NativeImpl, hasHint = false) => {
    const t = this.nativeIterType(name, hasHint);
    space.slots(t).flags |= TPFLAGS_BASETYPE;
    space.rt.mem.u32[(t + TP_FLAGS) >>> 2] |= TPFLAGS_BASETYPE;
    this.constructors.set(t, (_t, args, kw) => impl(NULL, args, kw));
    this.defMethod(t, '__new__', (_self, all, kw) => {
      const cls = all[0];
      if (cls === undefined) throw new PyErr('TypeError', `${name}.__new__(): not enough arguments`);
      if (!this.isType(cls))
        throw new PyErr('TypeError', `${name}.__new__(X): X is not a type object (${space.typeName(cls)})`);
      if (!this.isSubtype(cls, t)) {
        const cn = this.typeName(cls);
        throw new PyErr('TypeError', `${name}.__new__(${cn}): ${cn} is not a subtype of ${name}`);
      }
      // (reversed_new_impl calls seq.__reversed__() for a subclass too: what that returns.)
      return impl(cls === t ? NULL : cls, all.slice(1), kw);
    });
    put(name, t);
    return t;
  };
  const reversedType = defType(
    'reversed',
    (_s, args, kw) => {
      // reversed_vectorcall: _PyArg_NoKwnames, then _PyArg_CheckPositional.
      noKeywords('reversed', kw);
      if (args.length !== 1) throw new PyErr('TypeError', `reversed expected 1 argument, got ${args.length}`);
      return this.reversed(args[0], false, _s);
    },
    true,
  );
  this.vectorcallTypes.add(reversedType);
  this.initBuiltinIters(defType);
  this.initAsyncBuiltins(def);
  def('divmod', (_s, args, kw) => {
    argCount('divmod', args, kw, 2, 2);
    const [a, b] = args;
    const heapA = this.classes.has(space.rt.typeObject(a));
    const heapB = this.classes.has(space.rt.typeObject(b));
    for (const [self, other, name, heap] of [
      [a, b, '__divmod__', heapA],
      [b, a, '__rdivmod__', heapB],
    ] as const) {
      if (!heap) continue;
      const r = this.callSpecial(self, name, [other]);
      if (r !== NULL && r !== space.notImplemented) return r;
      if (r !== NULL) this.decref(r);
    }
    const real = (x: Ptr) => n.isInt(x) || n.isFloat(x);
    if (!real(a) || !real(b)) {
      throw new PyErr(
        'TypeError',
        `unsupported operand type(s) for divmod(): '${space.typeName(a)}' and '${space.typeName(b)}'`,
      );
    }
    return this.realDivmod(a, b);
  });
  def('pow', (_s, args, kw) => {
    const [base, exp, mod] = parseArgs(this, 'pow', args, kw, ['base', 'exp', 'mod'], 2);
    if (mod === NULL || mod === space.none) return this.binary(base, exp, 8);
    return this.powMod(base, exp, mod);
  });
  def('round', (_s, args, kw) => {
    const [x, nd] = parseArgs(this, 'round', args, kw, ['number', 'ndigits'], 1);
    if (nd !== NULL && nd !== space.none && this.classes.has(space.rt.typeObject(x))) {
      // builtin_round: type(x).__round__(x, ndigits) with ndigits as given.
      const r = this.callSpecial(x, '__round__', [nd]);
      if (r !== NULL) return r;
    }
    return this.round(x, nd === NULL || nd === space.none ? null : this.roundDigits(x, nd));
  });
  def('input', (_s, args, kw) => {
    argCount('input', args, kw, 0, 1);
    if (args.length > 0) this.io.stdout(this.strOf(args[0]));
    const line = this.readLine();
    if (line === null) throw new PyErr('EOFError', 'EOF when reading a line');
    return n.str(line);
  });
  // io.open on the run's in-memory file system (io is imported on the first call).
  def('open', (_s, args, kw) => {
    // _io.open's Argument Clinic parser: its counts and keywords first (borrowed, unused).
    parseArgs(this, 'open', args, kw, OPEN_PARAMETERS, 1);
    const io = this.importModule(n.intern('io'), NULL, false);
    const fn = this.getAttr(io, n.intern('open'));
    this.decref(io);
    return this.callKw(
      fn,
      args.map((a) => this.ref(a)),
      kw,
    );
  });
  this.initExecEval();
  // The builtins module's namespace is the dict name lookups fall back to, as in CPython:
  // `builtins.x = 1` makes `x` a name everywhere, and `del builtins.abs` unmakes `abs`.
  const bmod = this.newModule('builtins');
  const own = this.moduleDict(bmod);
  for (const [k, v] of n.dictItems(own)) n.dictSet(b, k, v);
  n.dictSet(b, n.intern('__package__'), n.str(''));
  module_setDict(this, bmod, this.ref(b));
  this.modules.set('builtins', bmod);
  this.moduleInits.set('builtins', () => {});
};

// One step of sum(): `acc + x`, releasing x (owned) whatever happens; acc (owned) is
// released when the addition succeeds and kept for the caller's cleanup when it raises.
function sumStep(interp: Interpreter, acc: Ptr, x: Ptr): Ptr {
  let r: Ptr;
  try {
    r = interp.binary(acc, x, 0);
  } finally {
    interp.decref(x);
  }
  interp.decref(acc);
  return r;
}
