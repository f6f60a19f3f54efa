// Protocols builtins rely on: len, isinstance, callable, min/max, sorting, round, pow, dir.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    isStderr(file: Ptr): boolean;
    len(op: Ptr): number;
    isInstance(obj: Ptr, cls: Ptr): boolean;
    classInfoMatches(type: Ptr, cls: Ptr, fname: string): boolean;
    isCallable(op: Ptr): boolean;
    isIterator(op: Ptr): boolean;
    dir(op: Ptr): Ptr;
    /** object_dir / type_dir: the names dir() lists without a __dir__ hook, sorted. */
    defaultDir(op: Ptr): Ptr;
    minmax(name: 'min' | 'max', args: Ptr[], kwnames: Ptr[] | null): Ptr;
    sortList(list: Ptr, key: Ptr, reverse: boolean): void;
    powMod(base: Ptr, exp: Ptr, mod: Ptr): Ptr;
    round(x: Ptr, ndigits: number | null): Ptr;
    /** round()'s ndigits (an index) for `x`: a huge one is clamped where the answer no longer changes. */
    roundDigits(x: Ptr, ndigits: Ptr): number;
    /** sys.stderr's object, to recognise print(file=sys.stderr). */
    stderrObject: Ptr;
    /** The type of sys.stdout and sys.stderr (TextIOWrapper). */
    stdioType: Ptr;
    /** TextIOWrapper.write's native implementation. */
    stdioWrite: import('./calls.js').NativeImpl;
  }
}

const I = Interpreter.prototype;

/** slot_sq_length's checks of what __len__ returned (borrowed): __index__, its sign, whether it fits. */
export function lenResult(interp: Interpreter, r: Ptr): number {
  let i = NULL;
  try {
    i = interp.indexValue(r);
    if (i === NULL)
      throw new PyErr(
        'TypeError',
        `'${interp.space.typeName(r)}' object cannot be interpreted as an integer`,
      );
    const v = interp.n.intSafe(i);
    if (Number.isNaN(v)) {
      if (interp.n.intBig(i) < 0n) throw new PyErr('ValueError', '__len__() should return >= 0');
      throw new PyErr('OverflowError', "cannot fit 'int' into an index-sized integer");
    }
    if (v < 0) throw new PyErr('ValueError', '__len__() should return >= 0');
    return v;
  } finally {
    if (i !== NULL) interp.decref(i);
  }
}

I.isStderr = function (this: Interpreter, file: Ptr): boolean {
  return file === this.stderrObject;
};

I.len = function (this: Interpreter, op: Ptr): number {
  const type = this.space.rt.typeObject(op);
  if (this.classes.has(type)) {
    const r = this.callSpecial(op, '__len__', []);
    if (r !== NULL) {
      try {
        return lenResult(this, r);
      } finally {
        this.decref(r);
      }
    }
  }
  const n = this.n.size(op);
  if (n >= 0) return n;
  const sq = this.sequenceMethodsOf(op);
  if (sq !== undefined) return sq.length(op);
  if (type === this.rangeType) return this.rangeLen(op);
  const view = this.dictViewOf?.(op);
  if (view !== undefined && view !== NULL) return this.n.size(view);
  const target = this.proxyTarget(op);
  if (target !== NULL) return this.len(target);
  throw new PyErr('TypeError', `object of type '${this.space.typeName(op)}' has no len()`);
};

declare module './interp.js' {
  interface Interpreter {
    /** The dict behind a dict view (keys/values/items), or undefined. */
    dictViewOf(op: Ptr): Ptr | undefined;
  }
}

I.isInstance = function (this: Interpreter, obj: Ptr, cls: Ptr): boolean {
  return this.classInfoMatches(this.space.rt.typeObject(obj), cls, 'isinstance');
};

I.classInfoMatches = function (this: Interpreter, type: Ptr, cls: Ptr, fname: string): boolean {
  if (this.n.isTuple(cls)) return this.n.tupleItems(cls).some((c) => this.classInfoMatches(type, c, fname));
  if (!this.isType(cls)) {
    throw new PyErr('TypeError', `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  return this.isSubtype(type, cls);
};

I.isCallable = function (this: Interpreter, op: Ptr): boolean {
  const type = this.space.rt.typeObject(op);
  if (
    type === this.space.functions.type ||
    type === this.space.methods.type ||
    this.isNativeCallableType(type)
  )
    return true;
  if (this.isType(op)) return true;
  if (this.space.slots(type).call !== null) return true;
  return this.typeLookup(type, this.n.intern('__call__')) !== NULL;
};

I.isIterator = function (this: Interpreter, op: Ptr): boolean {
  const type = this.space.rt.typeObject(op);
  if (
    this.isSeqIterType(type) ||
    this.isDictIterType(type) ||
    type === this.setIterType ||
    type === this.rangeIterType ||
    type === this.generatorType ||
    this.nativeIterators.has(type) ||
    this.isNativeIterInstance(op) ||
    type === this.space.weakrefs.proxy ||
    type === this.space.weakrefs.callableProxy
  ) {
    return true;
  }
  return this.typeLookup(type, this.n.intern('__next__')) !== NULL;
};

I.dir = function (this: Interpreter, op: Ptr): Ptr {
  const n = this.n;
  // builtin_dir: a __dir__ from a Python class along type(op)'s MRO decides; its result,
  // as a new list, is sorted. (Without one, object_dir's and type_dir's lists below.)
  const dirName = n.intern('__dir__');
  // module_dir: a module's own __dir__ function (PEP 562) gives its names.
  const own = this.isModule(op) ? n.dictGet(this.moduleDict(op), dirName) : NULL;
  const hook = own !== NULL ? own : this.typeLookup(this.space.rt.typeObject(op), dirName);
  if (hook !== NULL) {
    this.incref(hook);
    let got: Ptr;
    try {
      got = own !== NULL ? this.callBorrowed(hook, []) : this.callLookedUp(hook, op, []);
    } finally {
      this.decref(hook);
    }
    try {
      const list = n.list(this.iterToArray(got));
      this.sortList(list, NULL, false);
      return list;
    } finally {
      this.decref(got);
    }
  }
  return this.defaultDir(op);
};

I.defaultDir = function (this: Interpreter, op: Ptr): Ptr {
  const n = this.n;
  const names = new Set<string>();
  const addDict = (d: Ptr) => {
    for (const [k] of n.dictItems(d)) names.add(n.jsStr(k));
  };
  if (this.isModule(op)) addDict(this.moduleDict(op));
  else {
    // object_dir reads __class__ through getattr: a weak proxy's is its referent's.
    const referent = this.isType(op) ? NULL : this.proxyTarget(op);
    const type = this.isType(op) ? op : this.space.rt.typeObject(referent !== NULL ? referent : op);
    if (!this.isType(op)) {
      const d = this.getAttrOrNull(op, n.intern('__dict__'));
      if (d !== NULL) {
        if (n.isDict(d)) addDict(d);
        this.decref(d);
      }
    }
    for (const t of this.mroOf(type)) {
      if (this.classes.has(t)) addDict(this.space.rt.mem.u32[(t + 48) >>> 2] as Ptr);
      else for (const k of this.staticTypeNames(t)) names.add(k);
    }
    // A class's __module__ (object has __class__ and __doc__).
    if (this.classes.has(type)) names.add('__module__');
  }
  return n.list([...names].sort().map((s) => n.str(s)));
};

I.minmax = function (this: Interpreter, name: 'min' | 'max', args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  // min_max: PyArg_UnpackTuple of the positional arguments, then "|$OO" for the keywords.
  if (pos.length === 0) throw new PyErr('TypeError', `${name} expected at least 1 argument, got 0`);
  if (nkw > 2) throw new PyErr('TypeError', `${name}() takes at most 2 keyword arguments (${nkw} given)`);
  let key: Ptr = NULL;
  let dflt: Ptr = NULL;
  for (let i = 0; i < nkw; i++) {
    const k = this.n.jsStr((kwnames as Ptr[])[i]);
    const v = args[pos.length + i];
    if (k === 'key') key = v === this.none ? NULL : v;
    else if (k === 'default') dflt = v;
    else throw new PyErr('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (pos.length > 1 && dflt !== NULL)
    throw new PyErr('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  // min_max: one pass holding only the best item and its key; the others are released as
  // soon as they lose (an iterable is never gathered into a list first).
  const it = pos.length === 1 ? this.iter(pos[0]) : NULL;
  let index = 0;
  const next = (): Ptr => (it !== NULL ? this.next(it) : index < pos.length ? this.ref(pos[index++]) : NULL);
  let best: Ptr = NULL;
  let bestKey: Ptr = NULL;
  try {
    for (let item = next(); item !== NULL; item = next()) {
      let k: Ptr;
      try {
        k = key === NULL ? this.ref(item) : this.callBorrowed(key, [item]);
      } catch (e) {
        this.decref(item);
        throw e;
      }
      if (best === NULL) {
        best = item;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        const r = this.compare(k, bestKey, name === 'min' ? 0 : 4);
        try {
          better = this.truthy(r);
        } finally {
          this.decref(r);
        }
      } catch (e) {
        this.decref(k);
        this.decref(item);
        throw e;
      }
      if (better) {
        this.decref(bestKey);
        this.decref(best);
        bestKey = k;
        best = item;
      } else {
        this.decref(item);
        this.decref(k);
      }
    }
    // The best key goes before the iterator, as in min_max.
    if (bestKey !== NULL) this.decref(bestKey);
    bestKey = NULL;
  } catch (e) {
    if (best !== NULL) {
      if (bestKey !== NULL) this.decref(bestKey);
      this.decref(best);
    }
    throw e;
  } finally {
    if (it !== NULL) this.decref(it);
  }
  if (best === NULL) {
    if (dflt !== NULL) return this.ref(dflt);
    throw new PyErr('ValueError', `${name}() arg is an empty sequence`);
  }
  return best;
};

I.sortList = function (this: Interpreter, list: Ptr, key: Ptr, reverse: boolean): void {
  const lt = (a: Ptr, b: Ptr) => {
    const r = this.compare(a, b, 0);
    try {
      return this.truthy(r);
    } finally {
      this.decref(r);
    }
  };
  // listsort: keys computed once, in order, with the list emptied meanwhile (a key function
  // that changes the list gets "list modified during sort").
  const keyFn = key === NULL || key === this.none ? null : (item: Ptr) => this.callBorrowed(key, [item]);
  this.n.listSort(list, lt, reverse, keyFn);
};

I.powMod = function (this: Interpreter, base: Ptr, exp: Ptr, mod: Ptr): Ptr {
  const n = this.n;
  const space = this.space;
  const rt = space.rt;
  // ternary_op: the nb_power slots of the operands' types, each once, in order; three-argument
  // power never uses __rpow__ (a class's slot only serves when the base is its instance).
  const types: Ptr[] = [];
  for (const x of [base, exp, mod]) {
    const t = rt.typeObject(x);
    if (!types.includes(t)) types.push(t);
  }
  const complexType = space.complexes.type;
  const isComplexish = (x: Ptr) => n.isInt(x) || n.isFloat(x) || O.complex_check(space, x);
  let intsOnly = false;
  for (const t of types) {
    if (this.classes.has(t)) {
      if (t !== rt.typeObject(base) || this.typeLookup(t, n.intern('__pow__')) === NULL) continue;
      const r = this.callSpecial(base, '__pow__', [exp, mod]);
      if (r !== NULL && r !== space.notImplemented) return r;
      if (r !== NULL) this.decref(r);
    } else if (t === space.floats.type) {
      // float_pow refuses a modulus before looking at its operands.
      throw new PyErr('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    } else if (t === complexType) {
      if (isComplexish(base) && isComplexish(exp)) throw new PyErr('ValueError', 'complex modulo');
    } else if (n.isInt(base) && n.isInt(exp) && n.isInt(mod)) {
      intsOnly = true;
      break;
    }
  }
  if (!intsOnly) {
    const tn = (x: Ptr) => space.typeName(x);
    throw new PyErr(
      'TypeError',
      `unsupported operand type(s) for ** or pow(): '${tn(base)}', '${tn(exp)}', '${tn(mod)}'`,
    );
  }
  let b = n.intBig(base);
  let e = n.intBig(exp);
  const m = n.intBig(mod);
  if (m === 0n) throw new PyErr('ValueError', 'pow() 3rd argument cannot be 0');
  const am = m < 0n ? -m : m;
  b = ((b % am) + am) % am;
  if (e < 0n) {
    // long_pow: a negative exponent raises the modular inverse to -e.
    b = modInverse(b, am);
    e = -e;
  }
  let r = 1n % am;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % am;
    b = (b * b) % am;
    e >>= 1n;
  }
  if (m < 0n && r !== 0n) r += m;
  return n.bigint(r);
};

// The inverse of `a` modulo `m` (m > 0), by the extended Euclidean algorithm; ValueError if none.
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n && m !== 1n) throw new PyErr('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

I.roundDigits = function (this: Interpreter, x: Ptr, ndigits: Ptr): number {
  const i = this.indexValue(ndigits);
  if (i === NULL)
    throw new PyErr(
      'TypeError',
      `'${this.space.typeName(ndigits)}' object cannot be interpreted as an integer`,
    );
  const v = this.n.intBig(i);
  this.decref(i);
  // double_round takes PyNumber_AsSsize_t(ndigits, NULL), and past ±400 digits a float's
  // result is fixed; an int with many positive digits is itself.
  if (v > 400n) return 400;
  if (v < -400n && this.n.isFloat(x)) return -400;
  if (v < BigInt(Number.MIN_SAFE_INTEGER))
    throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
};

I.round = function (this: Interpreter, x: Ptr, ndigits: number | null): Ptr {
  const n = this.n;
  if (this.classes.has(this.space.rt.typeObject(x))) {
    const r = ndigits === null ? this.callSpecial(x, '__round__', []) : NULL;
    if (r !== NULL) return r;
  }
  if (n.isInt(x)) {
    if (ndigits === null || ndigits >= 0) return n.bigint(n.intBig(x));
    const p = 10n ** BigInt(-ndigits);
    const v = n.intBig(x);
    let q = v / p;
    let rem = v % p;
    if (rem < 0n) {
      rem += p;
      q -= 1n;
    }
    if (rem * 2n > p || (rem * 2n === p && q % 2n !== 0n)) q += 1n;
    return n.bigint(q * p);
  }
  if (!n.isFloat(x))
    throw new PyErr('TypeError', `type ${this.space.typeName(x)} doesn't define __round__ method`);
  const v = n.floatValue(x);
  if (ndigits === null) {
    if (!Number.isFinite(v)) {
      throw new PyErr(
        Number.isNaN(v) ? 'ValueError' : 'OverflowError',
        Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer',
      );
    }
    const f = Math.floor(v);
    const d = v - f;
    const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return n.bigint(BigInt(r));
  }
  return n.float(O.float_roundDouble(v, ndigits));
};
