// Operators, containers, names and imports as generated code uses them.

import { OB_SIZE, OB_TYPE, TP_FLAGS, TPFLAGS_HEAPTYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  bytearray_check,
  bytearray_fromU8,
  bytearray_toU8,
  dict_merge,
  dict_setItem,
  dict_subscript,
  LIST_ITEMS,
  LONG_DIGITS,
  list_concat,
  list_extend,
  list_new,
  list_setItemRaw,
  list_extendIter as listExtendIter,
  long_fromNumber,
  PyErr,
  richCompare,
  set_update,
  str_appendInPlace,
  str_concat,
  TUPLE_ITEMS,
  tuple_concat,
  tuple_initItem,
  tuple_new,
  withRecursionGuard,
} from '../../objects/index.js';
import { floatBinary, floatCompare } from './floatfast.js';
import { Interpreter } from './interp.js';
import { exactIntBinary, safeIntOp, safeIntValue } from './intfast.js';
import { rangeContains } from './rangeobject.js';

const DUNDER = [
  'add',
  'and',
  'floordiv',
  'lshift',
  'matmul',
  'mul',
  'mod',
  'or',
  'pow',
  'rshift',
  'sub',
  'truediv',
  'xor',
];
const SYMBOL = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

declare module './interp.js' {
  interface Interpreter {
    binary(a: Ptr, b: Ptr, op: number): Ptr;
    /** `binary` past the one-digit int fast path. */
    binaryGeneric(a: Ptr, b: Ptr, op: number): Ptr;
    /** `binaryBorrowed` for `+` and `-` (op 0, 10, 13 or 23) only. */
    addBorrowed(a: Ptr, b: Ptr, op: number, borrowed: number): Ptr;
    /**
     * BINARY_OP_INPLACE_ADD_UNICODE: `s += t` (or `s = s + t`) for fast local `s` (borrowed)
     * and `t` (borrowed): `s` grown in place (the local's reference, moved to the result) when
     * both are exact strs and `s` can be modified, else 0 (and nothing changed).
     */
    strAppendLocal(s: Ptr, t: Ptr): Ptr;
    /** `binaryBorrowed` past its exact-int paths (other operand types, and ints it left: true division, `@`). */
    binaryBorrowedSlow(a: Ptr, b: Ptr, op: number, borrowed: number): Ptr;
    /** `compareBool` past the one-digit int fast path. */
    compareBoolSlow(a: Ptr, b: Ptr, op: number, borrowed: number): boolean;
    /** PyObject_RichCompare as COMPARE_OP calls it: counted against the recursion limit for class instances. */
    richCompareGuarded(a: Ptr, b: Ptr, op: number): Ptr;
    /** BINARY_OP where `borrowed` bit 0/1 says a/b are borrowed (fast locals, constants). */
    binaryBorrowed(a: Ptr, b: Ptr, op: number, borrowed: number): Ptr;
    /** BINARY_SUBSCR where `borrowed` bit 0/1 says obj/key are borrowed (fast locals, constants); bit 2: an augmented assignment's. */
    getItemBorrowed(obj: Ptr, key: Ptr, borrowed: number): Ptr;
    /** STORE_SUBSCR (value borrowed too) where `borrowed` bit 0/1 says obj/key are borrowed. */
    setItemBorrowed(obj: Ptr, key: Ptr, value: Ptr, borrowed: number): void;
    unary(a: Ptr, op: string): Ptr;
    /** PyObject_RichCompare without its recursion level (what list.sort's compares do). */
    compare(a: Ptr, b: Ptr, op: number): Ptr;
    /** COMPARE_OP for a value (not a jump): compare() after the recursion check of PyObject_RichCompare. */
    compareOp(a: Ptr, b: Ptr, op: number): Ptr;
    /** COMPARE_OP fused with its jump: the truth of `a op b`; `borrowed` bit 0/1 says a/b are borrowed. */
    compareBool(a: Ptr, b: Ptr, op: number, borrowed: number): boolean;
    /** POP_JUMP_IF on a borrowed object: its truth, holding a reference while Python code runs. */
    truthyBorrowed(op: Ptr): boolean;
    contains(container: Ptr, item: Ptr): boolean;
    getItem(obj: Ptr, key: Ptr): Ptr;
    setItem(obj: Ptr, key: Ptr, value: Ptr): void;
    delItem(obj: Ptr, key: Ptr): void;
    unpack(seq: Ptr, n: number): Ptr[];
    unpackEx(seq: Ptr, before: number, after: number): Ptr[];
    /** `*iterable` in a class statement's bases: its items (owned); the iterable is stolen. */
    starItems(iterable: Ptr): Ptr[];
    /** `**mapping` in a class statement's keywords: [interned name, owned value] pairs; the mapping is stolen. */
    starKeywords(mapping: Ptr): [Ptr, Ptr][];
    newList(): Ptr;
    newDict(): Ptr;
    newSet(): Ptr;
    listAppend(list: Ptr, item: Ptr): void;
    listExtend(list: Ptr, iterable: Ptr): void;
    setAdd(set: Ptr, item: Ptr): void;
    dictSetItem(dict: Ptr, key: Ptr, value: Ptr): void;
    dictUpdate(dict: Ptr, other: Ptr): void;
    dictSetKwarg(dict: Ptr, name: Ptr, value: Ptr, f: Ptr): void;
    dictMergeKwargs(dict: Ptr, other: Ptr, f: Ptr): void;
    dictFromPairs(kv: Ptr[]): Ptr;
    tupleFromArray(items: Ptr[]): Ptr;
    /** BUILD_TUPLE of 1, 2 or 3 items (stolen), without a JS array. */
    tuple1(a: Ptr): Ptr;
    tuple2(a: Ptr, b: Ptr): Ptr;
    tuple3(a: Ptr, b: Ptr, c: Ptr): Ptr;
    /** UNPACK_SEQUENCE's fast case: `seq` is an exact tuple or list of exactly `n` items. */
    unpackFast(seq: Ptr, n: number): boolean;
    /** Item `i` of an exact tuple or list (a new reference); only after unpackFast said yes. */
    seqItemRef(seq: Ptr, i: number): Ptr;
    listFromArray(items: Ptr[]): Ptr;
    /** BUILD_LIST of `n` ≤ 3 items (stolen; 0 for the missing ones), without a JS array. */
    listSmall(n: number, a: Ptr, b: Ptr, c: Ptr): Ptr;
    setFromArray(items: Ptr[]): Ptr;
    listFromConstTuple(t: Ptr): Ptr;
    setFromConstFrozenset(f: Ptr): Ptr;
    listAsTuple(list: Ptr): Ptr;
    /** A new set of the items of the iterable `it` (borrowed). */
    setFromIterable(it: Ptr): Ptr;
    newSlice(a: Ptr, b: Ptr, c: Ptr): Ptr;
    unboundLocal(name: string): never;
    loadName(ns: Ptr, g: Ptr, name: Ptr): Ptr;
    storeName(ns: Ptr, name: Ptr, value: Ptr): void;
    /** SETUP_ANNOTATIONS: an empty __annotations__ dict in the namespace unless it has one. */
    setupAnnotations(ns: Ptr): void;
    /** `__annotations__[name] = value` (value stolen) in a module or class namespace. */
    storeAnnotation(ns: Ptr, name: Ptr, value: Ptr): void;
    deleteName(ns: Ptr, name: Ptr): void;
    deleteNameQuiet(ns: Ptr, name: Ptr): void;
    loadGlobal(g: Ptr, name: Ptr): Ptr;
    storeGlobal(g: Ptr, name: Ptr, value: Ptr): void;
    deleteGlobal(g: Ptr, name: Ptr): void;
    loadClassDeref(ns: Ptr, cell: Ptr, name: Ptr): Ptr;
    builtinsDict: Ptr;
    /** The native indexes of the built-in len and isinstance (see calls.ts's call1/call2). */
    lenBuiltin: number;
    isinstanceBuiltin: number;
  }
}

const I = Interpreter.prototype;

// Two exact ints of one digit: the operator on JS numbers, or NaN when it has no fast path
// (then the caller takes the general one). Small enough for V8 to inline into generated code,
// where `op` is a constant and the switch folds away.
function oneDigitOp(space: Interpreter['space'], a: Ptr, b: Ptr, op: number): number {
  const mem = space.rt.mem;
  const intType = space.ints.type;
  if (mem.u32[(a + OB_TYPE) >>> 2] !== intType || mem.u32[(b + OB_TYPE) >>> 2] !== intType) return Number.NaN;
  const sa = mem.i32[(a + OB_SIZE) >>> 2];
  const sb = mem.i32[(b + OB_SIZE) >>> 2];
  if (sa < -1 || sa > 1 || sb < -1 || sb > 1) return Number.NaN;
  return safeIntOp(sa * mem.u32[(a + LONG_DIGITS) >>> 2], sb * mem.u32[(b + LONG_DIGITS) >>> 2], op);
}

I.binaryBorrowed = function (this: Interpreter, a: Ptr, b: Ptr, op: number, borrowed: number): Ptr {
  const space = this.space;
  const mem = space.rt.mem;
  const intType = space.ints.type;
  const base = op >= 13 ? op - 13 : op;
  if (mem.u32[(a + OB_TYPE) >>> 2] === intType && mem.u32[(b + OB_TYPE) >>> 2] === intType) {
    // Two exact ints: one digit each on JS numbers, else the digit paths and int's slots
    // (binaryBorrowedSlow's first branch; true division is float's).
    const sa = mem.i32[(a + OB_SIZE) >>> 2];
    const sb = mem.i32[(b + OB_SIZE) >>> 2];
    if (sa >= -1 && sa <= 1 && sb >= -1 && sb <= 1) {
      const r = safeIntOp(sa * mem.u32[(a + LONG_DIGITS) >>> 2], sb * mem.u32[(b + LONG_DIGITS) >>> 2], base);
      if (!Number.isNaN(r)) return long_fromNumber(space, r);
    }
    if (base !== 11) {
      const r = exactIntBinary(space, a, b, base);
      if (r !== NULL) return r;
    }
  }
  return this.binaryBorrowedSlow(a, b, op, borrowed);
};

// BINARY_OP_ADD_INT / BINARY_OP_SUBTRACT_INT: `a + b` and `a - b` (op 0 or 10, or their
// in-place forms) with their own small entry points, so that V8 inlines the one-digit case.
I.addBorrowed = function (this: Interpreter, a: Ptr, b: Ptr, op: number, borrowed: number): Ptr {
  const space = this.space;
  const mem = space.rt.mem;
  const intType = space.ints.type;
  if (mem.u32[(a + OB_TYPE) >>> 2] === intType && mem.u32[(b + OB_TYPE) >>> 2] === intType) {
    const sa = mem.i32[(a + OB_SIZE) >>> 2];
    const sb = mem.i32[(b + OB_SIZE) >>> 2];
    if (sa >= -1 && sa <= 1 && sb >= -1 && sb <= 1) {
      const x = sa * mem.u32[(a + LONG_DIGITS) >>> 2];
      const y = sb * mem.u32[(b + LONG_DIGITS) >>> 2];
      return long_fromNumber(space, op === 0 || op === 13 ? x + y : x - y);
    }
    // Past one digit: the digit paths and int's slots (binaryBorrowedSlow's first branch).
    return exactIntBinary(space, a, b, op >= 13 ? op - 13 : op);
  }
  return this.binaryBorrowedSlow(a, b, op, borrowed);
};

I.strAppendLocal = function (this: Interpreter, s: Ptr, t: Ptr): Ptr {
  const u32 = this.space.rt.mem.u32;
  const strType = this.space.strs.type;
  if (u32[(s + OB_TYPE) >>> 2] !== strType || u32[(t + OB_TYPE) >>> 2] !== strType) return NULL;
  // `s += s`: CPython's stack holds s twice more (not modifiable).
  if (s === t) return NULL;
  return str_appendInPlace(this.space, s, t);
};

I.binaryBorrowedSlow = function (this: Interpreter, a: Ptr, b: Ptr, op: number, borrowed: number): Ptr {
  const rt = this.space.rt;
  const u32 = rt.mem.u32;
  const ta = u32[(a + OB_TYPE) >>> 2];
  const tb = u32[(b + OB_TYPE) >>> 2];
  const base = op >= 13 ? op - 13 : op;
  if (ta === this.space.ints.type && tb === ta && base !== 11) {
    // Two exact ints past one digit: straight to the digit paths and int's slots (true
    // division goes to floatBinary's int/int path below).
    const r = exactIntBinary(this.space, a, b, base);
    if (r !== NULL) return r;
  } else if (base === 0 && ta === this.space.strs.type && tb === ta) {
    // Two exact strs and `+` or `+=` (not appended in place): unicode_concatenate, where
    // binaryGeneric would end up after its float, bool and int checks.
    return str_concat(this.space, a, b);
  } else if (op === 0 && ta === tb && ta === this.space.lists.type) {
    // Two exact lists and `+`: list_concat, where binaryGeneric would end up (sq_concat).
    return list_concat(this.space, a, b);
  } else if (base === 0 && ta === tb && ta === this.space.tuples.type) {
    return tuple_concat(this.space, a, b);
  } else {
    const f = floatBinary(this.space, a, b, base);
    if (f !== NULL) return f;
  }
  // Only Python code (a class's method) can observe the stack's references.
  if (
    borrowed === 0 ||
    (ta === this.space.ints.type && tb === ta) ||
    ((u32[(ta + TP_FLAGS) >>> 2] | u32[(tb + TP_FLAGS) >>> 2]) & TPFLAGS_HEAPTYPE) === 0
  ) {
    return this.binaryGeneric(a, b, op);
  }
  if (borrowed & 1) rt.incref(a);
  if (borrowed & 2) rt.incref(b);
  try {
    return this.binaryGeneric(a, b, op);
  } finally {
    if (borrowed & 1) rt.decref(a);
    if (borrowed & 2) rt.decref(b);
  }
};

I.binary = function (this: Interpreter, a: Ptr, b: Ptr, op: number): Ptr {
  const r = oneDigitOp(this.space, a, b, op >= 13 ? op - 13 : op);
  if (!Number.isNaN(r)) return long_fromNumber(this.space, r);
  return this.binaryGeneric(a, b, op);
};

// binary_op1: the reflected method of a right operand whose type is a subclass goes first.
I.binaryGeneric = function (this: Interpreter, a: Ptr, b: Ptr, op: number): Ptr {
  const space = this.space;
  // Two exact ints: safe values on JS numbers (longobject.c's fast paths), the rest
  // straight to int's slot, which is where PyNumber_* would end up.
  const mem = space.rt.mem;
  const intType = space.ints.type;
  const f = floatBinary(space, a, b, op >= 13 ? op - 13 : op);
  if (f !== NULL) return f;
  // bool_and / bool_or / bool_xor: two bools give a bool (else int's slot).
  const boolType = space.boolType;
  if (mem.u32[(a + OB_TYPE) >>> 2] === boolType && mem.u32[(b + OB_TYPE) >>> 2] === boolType) {
    const bit = op >= 13 ? op - 13 : op;
    if (bit === 1) return this.bool(a === space.true && b === space.true);
    if (bit === 7) return this.bool(a === space.true || b === space.true);
    if (bit === 12) return this.bool(a !== b);
  }
  if (mem.u32[(a + OB_TYPE) >>> 2] === intType && mem.u32[(b + OB_TYPE) >>> 2] === intType) {
    const r = exactIntBinary(space, a, b, op >= 13 ? op - 13 : op);
    if (r !== NULL) return r;
  }
  // Two exact strs and `+`: unicode_concatenate (what PyNumber_Add reaches through sq_concat).
  if (
    (op === 0 || op === 13) &&
    mem.u32[(a + OB_TYPE) >>> 2] === space.strs.type &&
    mem.u32[(b + OB_TYPE) >>> 2] === space.strs.type
  )
    return str_concat(space, a, b);
  // dict_ior: `d |= other` takes anything dict.update takes (a mapping or an iterable of pairs).
  if (op === 20 && mem.u32[(a + OB_TYPE) >>> 2] === space.dicts.type && !this.n.isDict(b)) {
    this.dictUpdateFrom(a, b);
    return this.ref(a);
  }
  // Two exact lists or tuples and `+`: sq_concat (list `+=` extends), as PyNumber_Add and
  // PyNumber_InPlaceAdd end up doing once nb_add has said NotImplemented.
  if (op === 0 || op === 13) {
    const ta = mem.u32[(a + OB_TYPE) >>> 2];
    const tb = mem.u32[(b + OB_TYPE) >>> 2];
    if (ta === tb) {
      if (ta === space.lists.type) {
        if (op === 0) return list_concat(space, a, b);
        list_extend(space, a, b);
        return this.ref(a);
      }
      if (ta === space.tuples.type) return tuple_concat(space, a, b);
    }
  }
  const ni = space.notImplemented;
  const inplace = op >= 13;
  const base = inplace ? op - 13 : op;
  const ta = space.rt.typeObject(a);
  const tb = space.rt.typeObject(b);
  const heapA = this.classes.has(ta);
  const heapB = this.classes.has(tb);
  if (base === 6 && !heapA && heapB && tb !== ta && this.isSubtype(tb, ta)) {
    // A subclass's own __rmod__ goes before str % / bytes % (binary_op1's slotw first).
    if (reflectedOverloaded(this, ta, tb, '__rmod__')) {
      const r = binaryReflected(this, a, b, base, heapA, heapB);
      if (r !== NULL && r !== ni) return r;
      if (r !== NULL) this.decref(r);
    }
  }
  if (base === 6 && this.n.isStr(a) && !heapA) return this.n.str(this.percentFormat(this.n.jsStr(a), b));
  if (base === 6 && !heapA && (this.n.isBytes(a) || bytearray_check(space, a))) {
    // bytes % args (bytes_mod / bytearray_mod): formatted as latin-1 text, then encoded back.
    const data = this.n.isBytes(a) ? this.n.bytesValue(a) : bytearray_toU8(space, a);
    let text = '';
    for (let i = 0; i < data.length; i++) text += String.fromCharCode(data[i]);
    const out = this.percentFormat(text, b, true);
    const bytes = Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
    return this.n.isBytes(a) ? this.n.bytes(bytes) : bytearray_fromU8(space, bytes);
  }
  if (!heapA || !heapB) {
    // A weak proxy's operators are its referent's (proxy_add & co. unwrap both sides).
    const pa = this.proxyTarget(a);
    const pb = this.proxyTarget(b);
    if (pa !== NULL || pb !== NULL) return this.binary(pa === NULL ? a : pa, pb === NULL ? b : pb, op);
  }
  if (!heapA && !heapB) {
    const r = this.n.binary(a, b, op);
    if (r !== ni) return r;
    this.decref(r);
    if (inplace) {
      const r2 = this.n.binary(a, b, base);
      if (r2 !== ni) return r2;
      this.decref(r2);
    }
    if (base === 7 && (this.isType(a) || this.isType(b))) {
      const u = this.typeOr(a, b); // type.__or__: int | None
      if (u !== NULL) return u;
    }
    const vs = dictViewSetOp(this, a, b, base);
    if (vs !== NULL) return vs;
    const sq = this.sequenceBinary(a, b, base, inplace);
    if (sq !== NULL) return sq;
    throw unsupported(this, a, b, base, inplace);
  }
  // An instance of a subclass of a built-in type falls back on the built-in's operator.
  const nativeA = heapA && (this.classes.get(ta)?.builtinBase ?? NULL) !== NULL;
  if (inplace && heapA) {
    let r = this.callSpecial(a, DUNDER_INPLACE[base], [b]);
    // The built-in base's own in-place slot (list +=, set |= …); int has none, so `x += 1`
    // on an int subclass goes on to its `__add__` (binary_iop1).
    if (
      r === NULL &&
      nativeA &&
      hasInplaceSlot(this.typeName(this.classes.get(ta)?.builtinBase ?? NULL), base)
    ) {
      if (base === 7 && this.n.isDict(a) && !this.n.isDict(b)) {
        this.dictUpdateFrom(a, b); // dict_ior
        r = this.ref(a);
      } else r = this.n.binary(a, b, op);
    }
    if (r !== NULL && r !== ni) return r;
    if (r !== NULL) this.decref(r);
  }
  // binary_op1's order: the reflected method of a right operand whose type is a proper
  // subclass goes first; the same type tries only the forward method. (No closures or
  // arrays: operators of classes are common.)
  // Between two classes (SLOT1BINFULL), only when the subclass overrides the reflected
  // method (method_is_overloaded): an inherited __radd__ leaves the left's __add__ first.
  const reflectedFirst =
    tb !== ta &&
    heapB &&
    this.isSubtype(tb, ta) &&
    (!heapA || reflectedOverloaded(this, ta, tb, DUNDER_REFLECTED[base]));
  // `a_list += b`: list has no nb_add, so after the right operand's own method the next
  // stop is list_inplace_concat (sequenceBinary), not a concatenation.
  const listInplace = inplace && base === 0 && !heapA && this.n.isList(a);
  for (let k = 0; k < (ta === tb ? 1 : 2); k++) {
    const forward = (k === 0) !== reflectedFirst;
    if (forward && listInplace) continue;
    const r = forward
      ? binaryForward(this, a, b, base, heapA, nativeA)
      : binaryReflected(this, a, b, base, heapA, heapB);
    if (r !== NULL && r !== ni) return r;
    if (r !== NULL) this.decref(r);
  }
  const sq = this.sequenceBinary(a, b, base, inplace);
  if (sq !== NULL) return sq;
  throw unsupported(this, a, b, base, inplace);
};

// The special method names by operator: __add__, __radd__, __iadd__ …
const DUNDER_FORWARD = DUNDER.map((d) => `__${d}__`);
const DUNDER_REFLECTED = DUNDER.map((d) => `__r${d}__`);
const DUNDER_INPLACE = DUNDER.map((d) => `__i${d}__`);

// method_is_overloaded: the right operand's class has the reflected method `name`, and it is
// not the one the left operand's class has.
function reflectedOverloaded(interp: Interpreter, left: Ptr, right: Ptr, name: string): boolean {
  const key = interp.n.intern(name);
  const b = interp.typeLookup(right, key);
  if (b === NULL) return false;
  return interp.typeLookup(left, key) !== b;
}

// binary_op1's slotv: a class's forward method (or, failing a subclass of a built-in type,
// the built-in's operator), else the built-in operator.
function binaryForward(
  interp: Interpreter,
  a: Ptr,
  b: Ptr,
  base: number,
  heapA: boolean,
  nativeA: boolean,
): Ptr {
  if (heapA) {
    const r = interp.callSpecial(a, DUNDER_FORWARD[base], [b]);
    // A class whose metaclass is a class of type's (ABCMeta) still has type.__or__.
    if (r !== NULL || !(nativeA || (base === 7 && interp.isType(a)))) return r;
  }
  return builtinBinary(interp, a, b, base);
}

// The built-in operator of a pair with a class instance on one side: a dict_keys or
// dict_items view's set operators take any iterable on the other (dictviews_and & co.).
function builtinBinary(interp: Interpreter, a: Ptr, b: Ptr, base: number): Ptr {
  const r = interp.n.binary(a, b, base);
  if (r !== interp.space.notImplemented) return r;
  if (base === 7 && (interp.isType(a) || interp.isType(b))) {
    // type.__or__ of a class whose metaclass is a class (ABCMeta): `int | Sequence`.
    const u = interp.typeOr(a, b);
    if (u !== NULL) {
      interp.decref(r);
      return u;
    }
  }
  const vs = dictViewSetOp(interp, a, b, base);
  if (vs === NULL) return r;
  interp.decref(r);
  return vs;
}

// binary_op1's slotw: the right operand's reflected method, or the built-in operator for
// a class instance on the left whose right operand is built in.
function binaryReflected(
  interp: Interpreter,
  a: Ptr,
  b: Ptr,
  base: number,
  heapA: boolean,
  heapB: boolean,
): Ptr {
  if (heapB) return interp.callSpecial(b, DUNDER_REFLECTED[base], [a]);
  if (heapA) return builtinBinary(interp, a, b, base);
  return NULL;
}

/** Built-in types with an in-place slot of their own (nb_inplace_* or sq_inplace_*), by operator. */
const INPLACE_SLOTS: Record<string, readonly string[]> = {
  list: ['add', 'mul'],
  bytearray: ['add', 'mul'],
  deque: ['add', 'mul'],
  set: ['or', 'and', 'sub', 'xor'],
  dict: ['or'],
};

function hasInplaceSlot(typeName: string, op: number): boolean {
  return INPLACE_SLOTS[typeName]?.includes(DUNDER[op]) ?? false;
}

function unsupported(interp: Interpreter, a: Ptr, b: Ptr, op: number, inplace: boolean): PyErr {
  // PyNumber_Add falls back on sq_concat: bytes_concat's message.
  if (op === 0 && (interp.n.isBytes(a) || interp.space.typeName(a) === 'bytearray'))
    return new PyErr('TypeError', `can't concat ${interp.space.typeName(b)} to ${interp.space.typeName(a)}`);
  // str/list/tuple concatenation (sq_concat) with another type (in place too, but for
  // list, whose += extends by any iterable).
  if (op === 0 && (!inplace || !interp.n.isList(a))) {
    const n = interp.n;
    const kind = n.isStr(a) ? 'str' : n.isList(a) ? 'list' : n.isTuple(a) ? 'tuple' : null;
    if (kind !== null)
      return new PyErr(
        'TypeError',
        `can only concatenate ${kind} (not "${interp.space.typeName(b)}") to ${kind}`,
      );
  }
  // PyNumber_Multiply falls back on sq_repeat of either side: sequence_repeat's message.
  if (op === 5) {
    const n = interp.n;
    const repeats = (x: Ptr) =>
      n.isStr(x) || n.isBytes(x) || n.isList(x) || n.isTuple(x) || interp.space.typeName(x) === 'bytearray';
    if (repeats(a) || repeats(b))
      return new PyErr(
        'TypeError',
        `can't multiply sequence by non-int of type '${interp.space.typeName(repeats(a) ? b : a)}'`,
      );
  }
  const sym = op === 8 && !inplace ? '** or pow()' : `${SYMBOL[op]}${inplace ? '=' : ''}`;
  return new PyErr(
    'TypeError',
    `unsupported operand type(s) for ${sym}: '${interp.space.typeName(a)}' and '${interp.space.typeName(b)}'`,
  );
}

const UNARY_NAMES: Record<string, string> = { USub: '__neg__', UAdd: '__pos__', Invert: '__invert__' };
const UNARY_SYMBOLS: Record<string, string> = { USub: '-', UAdd: '+', Invert: '~' };

I.unary = function (this: Interpreter, a: Ptr, op: string): Ptr {
  const space = this.space;
  const mem = space.rt.mem;
  // An exact int of one digit: long_neg's and long_invert's fast paths.
  if (mem.u32[(a + OB_TYPE) >>> 2] === space.ints.type && op !== 'UAdd') {
    const size = mem.i32[(a + OB_SIZE) >>> 2];
    if (size >= -1 && size <= 1) {
      const v = size * mem.u32[(a + LONG_DIGITS) >>> 2];
      return long_fromNumber(space, op === 'USub' ? -v : -v - 1);
    }
  }
  const type = space.rt.typeObject(a);
  if (this.classes.has(type)) {
    const r = this.callSpecial(a, UNARY_NAMES[op], []);
    if (r !== NULL) return r;
  }
  const r = this.n.unary(a, op);
  if (r !== space.notImplemented) return r;
  this.decref(r);
  throw new PyErr('TypeError', `bad operand type for unary ${UNARY_SYMBOLS[op]}: '${space.typeName(a)}'`);
};

// The value of an exact int of one or two digits that is a safe integer, or NaN for any other object.
function smallIntValue(interp: Interpreter, op: Ptr): number {
  const space = interp.space;
  const mem = space.rt.mem;
  if (mem.u32[(op + OB_TYPE) >>> 2] !== space.ints.type) return Number.NaN;
  return safeIntValue(mem, op);
}

function compareNumbers(x: number, y: number, op: number): boolean {
  switch (op) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return x === y;
    case 3:
      return x !== y;
    case 4:
      return x > y;
    default:
      return x >= y;
  }
}

I.compareOp = function (this: Interpreter, a: Ptr, b: Ptr, op: number): Ptr {
  // A comparison whose result is a value: 3.11 specialises COMPARE_OP only before a jump,
  // so this one is PyObject_RichCompare's, inside Py_EnterRecursiveCall(" in comparison").
  if (this.depth + this.cGuard.depth >= this.recursionLimit)
    throw new PyErr('RecursionError', 'maximum recursion depth exceeded in comparison');
  const rt = this.space.rt;
  if (((rt.typeFlags(a) | rt.typeFlags(b)) & TPFLAGS_HEAPTYPE) !== 0)
    return this.richCompareGuarded(a, b, op);
  return this.compare(a, b, op);
};

I.compare = function (this: Interpreter, a: Ptr, b: Ptr, op: number): Ptr {
  const x = smallIntValue(this, a);
  if (!Number.isNaN(x)) {
    const y = smallIntValue(this, b);
    if (!Number.isNaN(y)) return this.bool(compareNumbers(x, y, op));
  }
  const f = floatCompare(this.space, a, b, op);
  if (f >= 0) return this.bool(f === 1);
  return richCompare(this.space, a, b, op);
};

/**
 * COMPARE_OP's PyObject_RichCompare: inside Py_EnterRecursiveCall(" in comparison") when an
 * operand is an instance of a class (3.11 specialises only int, float and str compares,
 * and containers guard their own item loops), so a recursion through __eq__ counts two
 * levels per step, as in CPython.
 */
I.richCompareGuarded = function (this: Interpreter, a: Ptr, b: Ptr, op: number): Ptr {
  const space = this.space;
  const rt = space.rt;
  if (((rt.typeFlags(a) | rt.typeFlags(b)) & TPFLAGS_HEAPTYPE) === 0) return richCompare(space, a, b, op);
  return withRecursionGuard(space, ' in comparison', () => richCompare(space, a, b, op));
};

I.compareBool = function (this: Interpreter, a: Ptr, b: Ptr, op: number, borrowed: number): boolean {
  // Exact ints of one digit, small enough to be inlined into generated code.
  const space = this.space;
  const mem = space.rt.mem;
  const intType = space.ints.type;
  if (mem.u32[(a + OB_TYPE) >>> 2] === intType && mem.u32[(b + OB_TYPE) >>> 2] === intType) {
    const sa = mem.i32[(a + OB_SIZE) >>> 2];
    const sb = mem.i32[(b + OB_SIZE) >>> 2];
    if (sa >= -1 && sa <= 1 && sb >= -1 && sb <= 1)
      return compareNumbers(sa * mem.u32[(a + LONG_DIGITS) >>> 2], sb * mem.u32[(b + LONG_DIGITS) >>> 2], op);
  }
  return this.compareBoolSlow(a, b, op, borrowed);
};

I.compareBoolSlow = function (this: Interpreter, a: Ptr, b: Ptr, op: number, borrowed: number): boolean {
  const x = smallIntValue(this, a);
  if (!Number.isNaN(x)) {
    const y = smallIntValue(this, b);
    if (!Number.isNaN(y)) return compareNumbers(x, y, op);
  }
  const f = floatCompare(this.space, a, b, op);
  if (f >= 0) return f === 1;
  // The general case holds the references the value stack would.
  if (borrowed & 1) this.incref(a);
  if (borrowed & 2) this.incref(b);
  try {
    const r = this.richCompareGuarded(a, b, op);
    try {
      return this.truthy(r);
    } finally {
      this.decref(r);
    }
  } finally {
    if (borrowed & 1) this.decref(a);
    if (borrowed & 2) this.decref(b);
  }
};

I.truthyBorrowed = function (this: Interpreter, op: Ptr): boolean {
  const s = this.space;
  if (op === s.true) return true;
  if (op === s.false || op === s.none) return false;
  if ((s.rt.typeFlags(op) & TPFLAGS_HEAPTYPE) === 0) return this.isTrueSlow(op);
  this.incref(op);
  try {
    return this.isTrueSlow(op);
  } finally {
    this.decref(op);
  }
};

I.contains = function (this: Interpreter, container: Ptr, item: Ptr): boolean {
  const type = this.space.rt.typeObject(container);
  if (this.classes.has(type)) {
    // slot_sq_contains: `__contains__ = None` says the class is not a container.
    if (this.typeLookup(type, this.n.intern('__contains__')) === this.space.none)
      throw new PyErr('TypeError', `'${this.space.typeName(container)}' object is not a container`);
    const r = this.callSpecial(container, '__contains__', [item]);
    if (r !== NULL) {
      try {
        return this.truthy(r);
      } finally {
        this.decref(r);
      }
    }
  }
  if (type === this.rangeType) return rangeContains(this, container, item);
  const native = this.n.contains(container, item);
  if (native !== null) return native;
  const sq = this.sequenceMethodsOf(container);
  if (sq !== undefined) return sq.contains(container, item);
  const viewKind = this.dictViewTypes.indexOf(type);
  if (viewKind === 0) return this.n.dictGet(this.dictViewOf(container) as Ptr, item) !== NULL;
  if (viewKind === 2) {
    // dictitems_contains: a (key, value) pair; the value found under key, held while it is
    // compared (an __eq__ that clears the dict cannot free it).
    if (!this.n.isTuple(item) || this.n.size(item) !== 2) return false;
    const [key, value] = this.n.tupleItems(item);
    const found = this.n.dictGet(this.dictViewOf(container) as Ptr, key);
    if (found === NULL) return false;
    this.incref(found);
    try {
      return found === value || this.compareBool(found, value, 2, 0);
    } finally {
      this.decref(found);
    }
  }
  const target = this.proxyTarget(container);
  if (target !== NULL) return this.contains(target, item);
  // Fall back to iteration (_PySequence_IterSearch: a TypeError from iter() gets its own message).
  let it: Ptr;
  try {
    it = this.iter(container);
  } catch (e) {
    if (e instanceof PyErr && e.excType === 'TypeError')
      throw new PyErr('TypeError', `argument of type '${this.space.typeName(container)}' is not iterable`);
    throw e;
  }
  try {
    for (let x = this.next(it); x !== NULL; x = this.next(it)) {
      let eq = x === item;
      if (!eq) {
        const r = this.compare(x, item, 2);
        eq = this.truthy(r);
        this.decref(r);
      }
      this.decref(x);
      if (eq) return true;
    }
    return false;
  } finally {
    this.decref(it);
  }
};

I.getItem = function (this: Interpreter, obj: Ptr, key: Ptr): Ptr {
  const space = this.space;
  const mem = space.rt.mem;
  const type = mem.u32[(obj + OB_TYPE) >>> 2];
  // BINARY_SUBSCR_DICT: an exact dict (what n.getItem would reach past the checks below).
  if (type === space.dicts.type) return dict_subscript(space, obj, key);
  // BINARY_SUBSCR_LIST_INT / _TUPLE_INT: an exact list or tuple and an exact int of one digit.
  if (
    (type === space.lists.type || type === space.tuples.type) &&
    mem.u32[(key + OB_TYPE) >>> 2] === space.ints.type
  ) {
    const sk = mem.i32[(key + OB_SIZE) >>> 2];
    if (sk >= -1 && sk <= 1) {
      const size = mem.i32[(obj + OB_SIZE) >>> 2];
      let i = sk * mem.u32[(key + LONG_DIGITS) >>> 2];
      if (i < 0) i += size;
      if (i >= 0 && i < size) {
        const item = (
          type === space.lists.type
            ? mem.u32[(mem.u32[(obj + LIST_ITEMS) >>> 2] + 8 * i) >>> 2]
            : mem.u32[(obj + TUPLE_ITEMS + 8 * i) >>> 2]
        ) as Ptr;
        space.rt.incref(item);
        return item;
      }
    }
  }
  if (this.classes.has(type as Ptr)) {
    const r = this.callSpecial(obj, '__getitem__', [key]);
    if (r !== NULL) return r;
    if (this.n.isDict(obj)) return this.dictSubscript(obj, key); // __missing__
  }
  const r = this.n.getItem(obj, key);
  if (r !== NULL) return r;
  if (type === this.rangeType) return this.rangeSubscript(obj, key);
  const target = this.proxyTarget(obj);
  if (target !== NULL) return this.getItem(target, key);
  const sq = this.sequenceGetItem(obj, key);
  if (sq !== undefined) return sq;
  if (this.isType(obj)) {
    const cg = this.typeGetAttr(obj, this.n.intern('__class_getitem__'));
    if (cg !== NULL) return this.call(cg, [this.ref(key)]);
    throw new PyErr('TypeError', `type '${this.typeName(obj)}' is not subscriptable`);
  }
  throw new PyErr('TypeError', `'${this.space.typeName(obj)}' object is not subscriptable`);
};

I.getItemBorrowed = function (this: Interpreter, obj: Ptr, key: Ptr, borrowed: number): Ptr {
  const rt = this.space.rt;
  // Only Python code (a class's __getitem__, __index__, __hash__ or __eq__) can see the stack's references.
  if (borrowed === 0 || ((rt.typeFlags(obj) | rt.typeFlags(key)) & TPFLAGS_HEAPTYPE) === 0) {
    return this.getItem(obj, key);
  }
  // Bit 2: an augmented assignment's second copies (COPY 2, COPY 2) on top.
  const copies = (borrowed & 4) >>> 2;
  if (borrowed & 1) rt.incref(obj);
  if (borrowed & 2) rt.incref(key);
  if (copies) {
    rt.incref(obj);
    rt.incref(key);
  }
  try {
    return this.getItem(obj, key);
  } finally {
    if (copies) {
      rt.decref(obj);
      rt.decref(key);
    }
    if (borrowed & 1) rt.decref(obj);
    if (borrowed & 2) rt.decref(key);
  }
};

I.setItemBorrowed = function (this: Interpreter, obj: Ptr, key: Ptr, value: Ptr, borrowed: number): void {
  const rt = this.space.rt;
  if (
    borrowed === 0 ||
    ((rt.typeFlags(obj) | rt.typeFlags(key) | rt.typeFlags(value)) & TPFLAGS_HEAPTYPE) === 0
  ) {
    this.setItem(obj, key, value);
    return;
  }
  if (borrowed & 1) rt.incref(obj);
  if (borrowed & 2) rt.incref(key);
  try {
    this.setItem(obj, key, value);
  } finally {
    if (borrowed & 1) rt.decref(obj);
    if (borrowed & 2) rt.decref(key);
  }
};

I.setItem = function (this: Interpreter, obj: Ptr, key: Ptr, value: Ptr): void {
  const space = this.space;
  const rt = space.rt;
  const mem = rt.mem;
  const type = mem.u32[(obj + OB_TYPE) >>> 2];
  // STORE_SUBSCR_DICT: an exact dict (what n.setItem would reach past the checks below).
  if (type === space.dicts.type) {
    dict_setItem(space, obj, key, value);
    return;
  }
  // STORE_SUBSCR_LIST_INT: an exact list and an exact int of one digit, in range.
  if (type === space.lists.type && mem.u32[(key + OB_TYPE) >>> 2] === space.ints.type) {
    const sk = mem.i32[(key + OB_SIZE) >>> 2];
    if (sk >= -1 && sk <= 1) {
      const size = mem.i32[(obj + OB_SIZE) >>> 2];
      let i = sk * mem.u32[(key + LONG_DIGITS) >>> 2];
      if (i < 0) i += size;
      if (i >= 0 && i < size) {
        const at = (mem.u32[(obj + LIST_ITEMS) >>> 2] + 8 * i) >>> 2;
        const old = mem.u32[at] as Ptr;
        rt.incref(value);
        mem.u32[at] = value;
        rt.decref(old);
        return;
      }
    }
  }
  if (this.classes.has(type as Ptr)) {
    const r = this.callSpecial(obj, '__setitem__', [key, value]);
    if (r !== NULL) {
      this.decref(r);
      return;
    }
  }
  if (this.n.setItem(obj, key, value)) return;
  const target = this.proxyTarget(obj);
  if (target !== NULL) {
    this.setItem(target, key, value);
    return;
  }
  if (this.sequenceSetItem(obj, key, value)) return;
  throw new PyErr('TypeError', `'${this.space.typeName(obj)}' object does not support item assignment`);
};

I.delItem = function (this: Interpreter, obj: Ptr, key: Ptr): void {
  const type = this.space.rt.typeObject(obj);
  if (this.classes.has(type)) {
    const r = this.callSpecial(obj, '__delitem__', [key]);
    if (r !== NULL) {
      this.decref(r);
      return;
    }
  }
  if (this.n.delItem(obj, key)) return;
  const target = this.proxyTarget(obj);
  if (target !== NULL) {
    this.delItem(target, key);
    return;
  }
  if (this.sequenceSetItem(obj, key, NULL)) return;
  throw new PyErr('TypeError', `'${this.space.typeName(obj)}' object doesn't support item deletion`);
};

/** `*iterable` in a class statement's bases: its items (owned); the iterable is stolen. */
I.starItems = function (this: Interpreter, iterable: Ptr): Ptr[] {
  try {
    return this.iterToArray(iterable);
  } finally {
    this.decref(iterable);
  }
};

/** `**mapping` in a class statement's keywords: [name (interned, borrowed), value (owned)] pairs; the mapping is stolen. */
I.starKeywords = function (this: Interpreter, mapping: Ptr): [Ptr, Ptr][] {
  const n = this.n;
  if (!n.isDict(mapping)) {
    const tn = this.space.typeName(mapping);
    this.decref(mapping);
    throw new PyErr('TypeError', `__build_class__() argument after ** must be a mapping, not ${tn}`);
  }
  const d = n.dict();
  try {
    this.dictMergeKwargs(d, mapping, NULL);
    return n.dictItems(d).map(([k, v]) => {
      if (!n.isStr(k)) throw new PyErr('TypeError', 'keywords must be strings');
      return [n.intern(n.jsStr(k)), this.ref(v)] as [Ptr, Ptr];
    });
  } finally {
    this.decref(d);
    this.decref(mapping);
  }
};

/** UNPACK_SEQUENCE: exactly n items (owned), or ValueError. */
I.unpack = function (this: Interpreter, seq: Ptr, count: number): Ptr[] {
  const n = this.n;
  // PyList_CheckExact / PyTuple_CheckExact: a subclass may iterate differently.
  if (!this.classes.has(this.space.rt.typeObject(seq)) && (n.isTuple(seq) || n.isList(seq))) {
    const items = n.isTuple(seq) ? n.tupleItems(seq) : n.listItems(seq);
    if (items.length !== count) throw unpackError(items.length, count);
    for (const x of items) this.incref(x);
    return items.slice();
  }
  const out: Ptr[] = [];
  const it = unpackIter(this, seq);
  try {
    for (;;) {
      const x = this.next(it);
      if (x === NULL) break;
      out.push(x);
      if (out.length > count) {
        for (const y of out) this.decref(y);
        throw new PyErr('ValueError', `too many values to unpack (expected ${count})`);
      }
    }
  } finally {
    this.decref(it);
  }
  if (out.length < count) {
    for (const y of out) this.decref(y);
    throw new PyErr('ValueError', `not enough values to unpack (expected ${count}, got ${out.length})`);
  }
  return out;
};

// unpack_iterable's GetIter: an object that cannot be iterated at all is reported as
// "cannot unpack non-iterable T object" (other TypeErrors from __iter__ pass through).
function unpackIter(interp: Interpreter, seq: Ptr): Ptr {
  try {
    return interp.iter(seq);
  } catch (e) {
    const tn = interp.space.typeName(seq);
    if (e instanceof PyErr && e.excType === 'TypeError' && e.message === `'${tn}' object is not iterable`) {
      throw new PyErr('TypeError', `cannot unpack non-iterable ${tn} object`);
    }
    throw e;
  }
}

function unpackError(got: number, want: number): PyErr {
  if (got > want) return new PyErr('ValueError', `too many values to unpack (expected ${want})`);
  return new PyErr('ValueError', `not enough values to unpack (expected ${want}, got ${got})`);
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
I.unpackEx = function (this: Interpreter, seq: Ptr, before: number, after: number): Ptr[] {
  const it = unpackIter(this, seq);
  let all: Ptr[];
  try {
    all = this.iterToArray(it);
  } finally {
    this.decref(it);
  }
  if (all.length < before + after) {
    for (const y of all) this.decref(y);
    throw new PyErr(
      'ValueError',
      `not enough values to unpack (expected at least ${before + after}, got ${all.length})`,
    );
  }
  const middle = this.n.list(all.slice(before, all.length - after));
  return [...all.slice(0, before), middle, ...all.slice(all.length - after)];
};

I.newList = function (this: Interpreter): Ptr {
  return this.n.list([]);
};
I.newDict = function (this: Interpreter): Ptr {
  return this.n.dict();
};
I.newSet = function (this: Interpreter): Ptr {
  return this.n.set();
};
I.listAppend = function (this: Interpreter, list: Ptr, item: Ptr): void {
  this.n.listAppend(list, item);
};
/** LIST_EXTEND (`[*x]`, `f(a, *x)`): list.extend, with its own message for a non-iterable. */
I.listExtendStar = function (this: Interpreter, list: Ptr, iterable: Ptr): void {
  try {
    this.listExtend(list, iterable);
  } catch (e) {
    if (notIterable(this, e, iterable))
      throw new PyErr('TypeError', `Value after * must be an iterable, not ${this.space.typeName(iterable)}`);
    throw e;
  }
};

/** `e` is iter()'s TypeError for `obj`, which cannot be iterated at all. */
export function notIterable(interp: Interpreter, e: unknown, obj: Ptr): boolean {
  const tn = interp.space.typeName(obj);
  return e instanceof PyErr && e.excType === 'TypeError' && e.message === `'${tn}' object is not iterable`;
}

I.listExtend = function (this: Interpreter, list: Ptr, iterable: Ptr): void {
  const exact = !this.classes.has(this.space.rt.typeObject(iterable));
  if (exact && (this.n.isList(iterable) || this.n.isTuple(iterable))) {
    this.n.listExtend(list, iterable);
    return;
  }
  // list_extend's iterator path: room for the length hint first, cut back at the end.
  const it = this.iter(iterable);
  try {
    const hint = this.lengthHint(iterable, 8);
    listExtendIter(this.space, list, () => this.next(it), hint);
  } finally {
    this.decref(it);
  }
};
I.setAdd = function (this: Interpreter, set: Ptr, item: Ptr): void {
  this.n.setAdd(set, item);
};
/** SET_UPDATE (`{*x}`): adds the items of `iterable` (borrowed). */
I.setUpdate = function (this: Interpreter, set: Ptr, iterable: Ptr): void {
  // set_update_internal: a set (set_merge) or an exact dict is added with one presizing.
  const space = this.space;
  const type = space.rt.typeObject(iterable);
  if (type === space.dicts.type || type === space.sets.setType || type === space.sets.frozensetType) {
    set_update(space, set, iterable);
    return;
  }
  const it = this.iter(iterable);
  try {
    for (let x = this.next(it); x !== NULL; x = this.next(it)) {
      try {
        this.n.setAdd(set, x);
      } finally {
        this.decref(x);
      }
    }
  } finally {
    this.decref(it);
  }
};
I.dictSetItem = function (this: Interpreter, dict: Ptr, key: Ptr, value: Ptr): void {
  this.n.dictSet(dict, key, value);
};
I.dictUpdate = function (this: Interpreter, dict: Ptr, other: Ptr): void {
  const otherType = this.space.rt.typeObject(other);
  if (
    this.n.isDict(other) &&
    (!this.classes.has(otherType) || this.typeLookup(otherType, this.n.intern('__iter__')) === NULL)
  ) {
    // dict_merge: a dict iterated as dicts are (one resize up front, a clone into an empty one).
    dict_merge(this.space, dict, other, true);
    return;
  }
  // dict_update_arg / PyDict_Update: an object without keys() is not a mapping.
  const keysFn = this.getAttrOrNull(other, this.n.intern('keys'));
  if (keysFn === NULL)
    throw new PyErr('TypeError', `'${this.space.typeName(other)}' object is not a mapping`);
  let keys: Ptr;
  try {
    keys = this.callBorrowed(keysFn, []);
  } finally {
    this.decref(keysFn);
  }
  let items: Ptr[] = [];
  try {
    items = this.iterToArray(keys);
    for (const k of items) {
      const v = this.getItem(other, k);
      try {
        this.n.dictSet(dict, k, v);
      } finally {
        this.decref(v);
      }
    }
  } finally {
    for (const k of items) this.decref(k);
    this.decref(keys);
  }
};
I.dictSetKwarg = function (this: Interpreter, dict: Ptr, name: Ptr, value: Ptr, f: Ptr): void {
  if (this.n.dictGet(dict, name) !== NULL) {
    throw new PyErr(
      'TypeError',
      `${this.callableName(f)} got multiple values for keyword argument '${this.n.jsStr(name)}'`,
    );
  }
  this.n.dictSet(dict, name, value);
};
I.dictMergeKwargs = function (this: Interpreter, dict: Ptr, other: Ptr, f: Ptr): void {
  // DICT_MERGE (_PyDict_MergeEx with override=2): a dict directly, any other mapping through
  // keys() and [] (format_kwargs_error words the failures); keys must be strings at the call.
  const n = this.n;
  const otherType = this.space.rt.typeObject(other);
  if (
    n.isDict(other) &&
    (!this.classes.has(otherType) || this.typeLookup(otherType, n.intern('__iter__')) === NULL)
  ) {
    for (const [k, v] of n.dictItems(other)) {
      if (!n.isStr(k)) throw new PyErr('TypeError', 'keywords must be strings');
      this.dictSetKwarg(dict, k, v, f);
    }
    return;
  }
  const keysFn = this.getAttrOrNull(other, n.intern('keys'));
  if (keysFn === NULL) {
    throw new PyErr(
      'TypeError',
      `${this.callableName(f)} argument after ** must be a mapping, not ${this.space.typeName(other)}`,
    );
  }
  let keys: Ptr[];
  try {
    const ks = this.callBorrowed(keysFn, []);
    try {
      keys = this.iterToArray(ks);
    } finally {
      this.decref(ks);
    }
  } finally {
    this.decref(keysFn);
  }
  try {
    for (const k of keys) {
      if (n.dictGet(dict, k) !== NULL) {
        throw new PyErr(
          'TypeError',
          `${this.callableName(f)} got multiple values for keyword argument '${this.strOf(k)}'`,
        );
      }
      const v = this.getItem(other, k);
      n.dictSet(dict, k, v);
      this.decref(v);
    }
    for (const k of keys) if (!n.isStr(k)) throw new PyErr('TypeError', 'keywords must be strings');
  } finally {
    for (const k of keys) this.decref(k);
  }
};

declare module './interp.js' {
  interface Interpreter {
    callableName(f: Ptr): string;
    listExtendStar(list: Ptr, iterable: Ptr): void;
    setUpdate(set: Ptr, iterable: Ptr): void;
  }
}

/** _PyObject_FunctionStr: `module.qualname()` (no module for builtins), or str(f) without a __qualname__. */
I.callableName = function (this: Interpreter, f: Ptr): string {
  const n = this.n;
  const q = this.getAttrOrNull(f, n.intern('__qualname__'));
  if (q === NULL) return this.strOf(f);
  try {
    const m = this.getAttrOrNull(f, n.intern('__module__'));
    try {
      if (m !== NULL && m !== this.none && !(n.isStr(m) && n.jsStr(m) === 'builtins'))
        return `${this.strOf(m)}.${this.strOf(q)}()`;
    } finally {
      if (m !== NULL) this.decref(m);
    }
    return `${this.strOf(q)}()`;
  } finally {
    this.decref(q);
  }
};

I.dictFromPairs = function (this: Interpreter, kv: Ptr[]): Ptr {
  const d = this.n.dict();
  try {
    for (let i = 0; i < kv.length; i += 2) this.n.dictSet(d, kv[i], kv[i + 1]);
  } finally {
    for (const x of kv) this.decref(x);
  }
  return d;
};
I.tupleFromArray = function (this: Interpreter, items: Ptr[]): Ptr {
  return this.n.tuple(items);
};
// PyTuple_New(n) for BUILD_TUPLE; the stolen items are released if there is no memory.
function newTupleFor(interp: Interpreter, n: number, a: Ptr, b: Ptr, c: Ptr): Ptr {
  try {
    return tuple_new(interp.space, n);
  } catch (error) {
    interp.decref(a);
    if (b !== NULL) interp.decref(b);
    if (c !== NULL) interp.decref(c);
    throw error;
  }
}
I.tuple1 = function (this: Interpreter, a: Ptr): Ptr {
  const t = newTupleFor(this, 1, a, NULL, NULL);
  tuple_initItem(this.space, t, 0, a);
  return t;
};
I.tuple2 = function (this: Interpreter, a: Ptr, b: Ptr): Ptr {
  const t = newTupleFor(this, 2, a, b, NULL);
  tuple_initItem(this.space, t, 0, a);
  tuple_initItem(this.space, t, 1, b);
  return t;
};
I.tuple3 = function (this: Interpreter, a: Ptr, b: Ptr, c: Ptr): Ptr {
  const t = newTupleFor(this, 3, a, b, c);
  tuple_initItem(this.space, t, 0, a);
  tuple_initItem(this.space, t, 1, b);
  tuple_initItem(this.space, t, 2, c);
  return t;
};
I.unpackFast = function (this: Interpreter, seq: Ptr, n: number): boolean {
  const mem = this.space.rt.mem;
  const type = mem.u32[(seq + OB_TYPE) >>> 2];
  return (
    (type === this.space.tuples.type || type === this.space.lists.type) &&
    mem.i32[(seq + OB_SIZE) >>> 2] === n
  );
};
I.seqItemRef = function (this: Interpreter, seq: Ptr, i: number): Ptr {
  const space = this.space;
  const mem = space.rt.mem;
  const item = (
    mem.u32[(seq + OB_TYPE) >>> 2] === space.tuples.type
      ? mem.u32[(seq + TUPLE_ITEMS + 8 * i) >>> 2]
      : mem.u32[(mem.u32[(seq + LIST_ITEMS) >>> 2] + 8 * i) >>> 2]
  ) as Ptr;
  space.rt.incref(item);
  return item;
};
I.listFromArray = function (this: Interpreter, items: Ptr[]): Ptr {
  // BUILD_LIST: the items are stolen straight into the new list's slots.
  const space = this.space;
  let op: Ptr;
  try {
    op = list_new(space, items.length);
  } catch (error) {
    for (let i = 0; i < items.length; i++) this.decref(items[i]);
    throw error;
  }
  for (let i = 0; i < items.length; i++) list_setItemRaw(space, op, i, items[i]);
  return op;
};
I.listSmall = function (this: Interpreter, n: number, a: Ptr, b: Ptr, c: Ptr): Ptr {
  // BUILD_LIST of at most three items, stolen straight into the new list's slots.
  const space = this.space;
  let op: Ptr;
  try {
    op = list_new(space, n);
  } catch (error) {
    if (n > 0) this.decref(a);
    if (n > 1) this.decref(b);
    if (n > 2) this.decref(c);
    throw error;
  }
  if (n > 0) list_setItemRaw(space, op, 0, a);
  if (n > 1) list_setItemRaw(space, op, 1, b);
  if (n > 2) list_setItemRaw(space, op, 2, c);
  return op;
};
I.setFromArray = function (this: Interpreter, items: Ptr[]): Ptr {
  const s = this.n.set();
  try {
    for (const x of items) this.n.setAdd(s, x);
  } finally {
    for (const x of items) this.decref(x);
  }
  return s;
};
I.listFromConstTuple = function (this: Interpreter, t: Ptr): Ptr {
  return this.n.listFromTuple(t);
};
I.setFromConstFrozenset = function (this: Interpreter, f: Ptr): Ptr {
  // BUILD_SET 0 + SET_UPDATE: set_merge presizes for the frozenset's keys, in its table order.
  const s = this.n.set();
  set_update(this.space, s, f);
  return s;
};
I.listAsTuple = function (this: Interpreter, list: Ptr): Ptr {
  return this.n.tuple(this.n.listItems(list).map((x) => this.ref(x)));
};
I.setFromIterable = function (this: Interpreter, it: Ptr): Ptr {
  const s = this.n.set();
  try {
    this.setUpdate(s, it);
  } catch (e) {
    this.decref(s);
    throw e;
  }
  return s;
};
I.newSlice = function (this: Interpreter, a: Ptr, b: Ptr, c: Ptr): Ptr {
  return this.n.slice(a, b, c);
};

I.unboundLocal = function (this: Interpreter, name: string): never {
  throw new PyErr(
    'UnboundLocalError',
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
};

/** The error is a KeyError (a raised Python one is released). */
function isKeyError(interp: Interpreter, e: unknown): boolean {
  if (e instanceof PyErr) return e.excType === 'KeyError';
  const pe = e as { exc?: Ptr };
  if (typeof pe?.exc !== 'number') return false;
  const matches = interp.exc.isSubtype(interp.space.rt.typeObject(pe.exc), interp.exc.type('KeyError'));
  if (matches) interp.decref(pe.exc);
  return matches;
}

/** LOAD_NAME: locals, then globals, then builtins. */
I.loadName = function (this: Interpreter, ns: Ptr, g: Ptr, name: Ptr): Ptr {
  if (this.space.rt.typeObject(ns) !== this.space.dicts.type && ns !== g) {
    // A class namespace from __prepare__: its own __getitem__ (KeyError falls through).
    try {
      return this.getItem(ns, name);
    } catch (e) {
      if (!isKeyError(this, e)) throw e;
    }
  }
  let v =
    ns === g || this.space.rt.typeObject(ns) === this.space.dicts.type ? this.n.dictGet(ns, name) : NULL;
  if (v === NULL && ns !== g) v = this.n.dictGet(g, name);
  if (v !== NULL) return this.ref(v);
  const b = loadBuiltin(this, g, name);
  if (b === NULL)
    throw Object.assign(new PyErr('NameError', `name '${this.n.jsStr(name)}' is not defined`), {
      attrName: name,
    });
  return b;
};

I.storeName = function (this: Interpreter, ns: Ptr, name: Ptr, value: Ptr): void {
  try {
    if (this.space.rt.typeObject(ns) !== this.space.dicts.type) this.setItem(ns, name, value);
    else this.n.dictSet(ns, name, value);
  } finally {
    this.decref(value);
  }
};

I.setupAnnotations = function (this: Interpreter, ns: Ptr): void {
  const key = this.n.intern('__annotations__');
  if (this.space.rt.typeObject(ns) === this.space.dicts.type) {
    if (this.n.dictGet(ns, key) !== NULL) return;
  } else {
    // SETUP_ANNOTATIONS in a mapping namespace: a KeyError from its __getitem__ means absent.
    try {
      this.decref(this.getItem(ns, key));
      return;
    } catch (e) {
      if (!isKeyError(this, e)) throw e;
    }
  }
  const d = this.n.dict();
  this.storeName(ns, key, d);
};

I.storeAnnotation = function (this: Interpreter, ns: Ptr, name: Ptr, value: Ptr): void {
  const ann = this.loadName(ns, ns, this.n.intern('__annotations__'));
  try {
    this.setItem(ann, name, value);
  } finally {
    this.decref(value);
    this.decref(ann);
  }
};

I.deleteName = function (this: Interpreter, ns: Ptr, name: Ptr): void {
  if (this.space.rt.typeObject(ns) !== this.space.dicts.type) {
    // DELETE_NAME in a mapping namespace: its __delitem__; a KeyError is the NameError.
    try {
      this.delItem(ns, name);
      return;
    } catch (e) {
      if (!isKeyError(this, e)) throw e;
    }
    throw Object.assign(new PyErr('NameError', `name '${this.n.jsStr(name)}' is not defined`), {
      attrName: name,
    });
  }
  if (!this.n.dictDel(ns, name))
    throw Object.assign(new PyErr('NameError', `name '${this.n.jsStr(name)}' is not defined`), {
      attrName: name,
    });
};

I.deleteNameQuiet = function (this: Interpreter, ns: Ptr, name: Ptr): void {
  if (this.space.rt.typeObject(ns) === this.space.dicts.type) {
    this.n.dictDel(ns, name);
    return;
  }
  try {
    this.delItem(ns, name);
  } catch (e) {
    if (!isKeyError(this, e)) throw e;
  }
};

I.loadGlobal = function (this: Interpreter, g: Ptr, name: Ptr): Ptr {
  const v = this.n.dictGet(g, name);
  if (v !== NULL) return this.ref(v);
  const b = loadBuiltin(this, g, name);
  if (b === NULL)
    throw Object.assign(new PyErr('NameError', `name '${this.n.jsStr(name)}' is not defined`), {
      attrName: name,
    });
  return b;
};

// A builtin as LOAD_GLOBAL/LOAD_NAME find it (a new reference), or NULL: in the dict of the
// globals' __builtins__, or through its __getitem__ when that is no exact dict (KeyError is
// a miss).
function loadBuiltin(interp: Interpreter, g: Ptr, name: Ptr): Ptr {
  const b = builtinsOfGlobals(interp, g);
  if (b !== interp.builtinsDict && interp.space.rt.typeObject(b) !== interp.space.dicts.type) {
    try {
      return interp.getItem(b, name);
    } catch (e) {
      if (!isKeyError(interp, e)) throw e;
      return NULL;
    }
  }
  let v = interp.n.dictGet(b, name);
  if (v === NULL && b === interp.builtinsDict) v = interp.lazyBuiltin(name);
  return v === NULL ? NULL : interp.ref(v);
}

// The interned '__builtins__' of the interpreter that last looked (a module variable: a
// property added to the Interpreter while a program runs slows every compiled `$.` access).
let builtinsKey: { interp: Interpreter; key: Ptr } | null = null;

/**
 * _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module gives its dict), else the
 * interpreter's builtins (borrowed). exec/eval with {'__builtins__': {}} gives code no builtins.
 */
export function builtinsOfGlobals(interp: Interpreter, g: Ptr): Ptr {
  if (builtinsKey === null || builtinsKey.interp !== interp)
    builtinsKey = { interp, key: interp.n.intern('__builtins__') };
  const b = interp.n.dictGet(g, builtinsKey.key);
  if (b === NULL || b === interp.builtinsDict) return interp.builtinsDict;
  if (interp.isModule(b)) return interp.moduleDict(b);
  return b;
}

I.storeGlobal = function (this: Interpreter, g: Ptr, name: Ptr, value: Ptr): void {
  this.storeName(g, name, value);
};

I.deleteGlobal = function (this: Interpreter, g: Ptr, name: Ptr): void {
  this.deleteName(g, name);
};

/** LOAD_CLASSDEREF: the class namespace first, then the cell. */
I.loadClassDeref = function (this: Interpreter, ns: Ptr, cell: Ptr, name: Ptr): Ptr {
  const v = this.n.dictGet(ns, name);
  if (v !== NULL) return this.ref(v);
  return this.cellLoad(cell, this.n.jsStr(name), true);
};

// The set updates behind dictviews_or / _sub / _xor, by operator index.
const VIEW_SET_UPDATES: Record<number, string> = {
  7: 'update',
  10: 'difference_update',
  12: 'symmetric_difference_update',
};

// dictviews_to_set: a new set of the operand's items; a keys view of an exact dict starts from
// the dict itself (PySet_New's presized dict path), so the table grows as CPython's does.
function dictViewsToSet(interp: Interpreter, x: Ptr, kind: number): Ptr {
  const n = interp.n;
  const result = n.set();
  const dict = kind === 0 ? (interp.dictViewOf(x) as Ptr) : NULL;
  const src = dict !== NULL && interp.space.rt.typeObject(dict) === interp.space.dicts.type ? dict : x;
  try {
    interp.decref(interp.callMethod(interp.ref(result), n.intern('update'), [interp.ref(src)]));
  } catch (e) {
    interp.decref(result);
    throw e;
  }
  return result;
}

// dictviews_and: the view's items that the other operand yields, in the other's order (or
// set.intersection when the other is a set at least as big as the view).
function dictViewsAnd(interp: Interpreter, self: Ptr, other: Ptr, viewKind: (x: Ptr) => number): Ptr {
  const n = interp.n;
  let a = self;
  let b = other;
  if (viewKind(a) < 0) [a, b] = [b, a];
  const lenA = interp.len(a);
  if (interp.space.rt.typeObject(b) === interp.space.sets.setType && lenA <= interp.len(b))
    return interp.callMethod(interp.ref(b), n.intern('intersection'), [interp.ref(a)]);
  if (viewKind(b) >= 0 && interp.len(b) > lenA) [a, b] = [b, a];
  const result = n.set();
  try {
    const it = interp.iter(b);
    try {
      for (let key = interp.next(it); key !== NULL; key = interp.next(it)) {
        try {
          if (interp.contains(a, key)) n.setAdd(result, key);
        } finally {
          interp.decref(key);
        }
      }
    } finally {
      interp.decref(it);
    }
  } catch (e) {
    interp.decref(result);
    throw e;
  }
  return result;
}

// dictviews_and & co.: `&`, `|`, `-`, `^` with a dict_keys or dict_items view on either side
// give set(left) updated by the right operand (any iterable); NULL when neither is such a view.
/** dictviews_and & co. for `a op b` (NB_* number), or NULL when neither operand is a keys/items view. */
export function dictViewSetOp(interp: Interpreter, a: Ptr, b: Ptr, base: number): Ptr {
  const viewKind = (x: Ptr) => {
    const kind = interp.dictViewTypes.indexOf(interp.space.rt.typeObject(x));
    return kind === 0 || kind === 2 ? kind : -1;
  };
  if (viewKind(a) < 0 && viewKind(b) < 0) return NULL;
  if (base === 1) return dictViewsAnd(interp, a, b, viewKind);
  const update = VIEW_SET_UPDATES[base];
  if (update === undefined) return NULL;
  const n = interp.n;
  const result = dictViewsToSet(interp, a, viewKind(a));
  try {
    interp.decref(interp.callMethod(interp.ref(result), n.intern(update), [interp.ref(b)]));
  } catch (e) {
    interp.decref(result);
    throw e;
  }
  return result;
}
