// enumerate, zip, map and filter, with the objects 3.11 makes for them: zip's argument
// tuple (zip has no vectorcall), its tuple of iterators and map's, and the result tuple
// that enumerate and zip hand out again when the caller dropped it (refcount 1), tracked
// again if the collector had untracked it (bpo-42536).

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, noKeywords } from './args.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Defines the types enumerate, zip, map and filter with `defType` (which returns the type). */
    initBuiltinIters(defType: (name: string, impl: NativeImpl) => Ptr): void;
    /** The next result in `result` if nobody else holds it (its old items released), else a new tuple; items stolen. */
    recycleTuple(result: Ptr, items: Ptr[]): Ptr;
    /** recycleTuple of a pair, without the array. */
    recycleTuple2(result: Ptr, a: Ptr, b: Ptr): Ptr;
  }
}

const I = Interpreter.prototype;

/** enumerate's counter: a safe JS number, a BigInt below PY_SSIZE_T_MAX, or an int object. */
const INDEX_SAFE = 0;
const INDEX_BIG = 1;
const INDEX_LONG = 2;
const SSIZE_MAX = (1n << 63n) - 1n;

I.recycleTuple = function (this: Interpreter, result: Ptr, items: Ptr[]): Ptr {
  const len = items.length;
  if (len === 2) return this.recycleTuple2(result, items[0], items[1]);
  const space = this.space;
  const rt = space.rt;
  if (rt.refcnt(result) !== 1) return this.n.tuple(items);
  rt.incref(result);
  // The old items are released once all new ones are in (a __del__ sees a whole tuple).
  const old: Ptr[] = [];
  for (let i = 0; i < len; i++) old.push(O.tuple_getItem(space, result, i));
  for (let i = 0; i < len; i++) O.tuple_initItem(space, result, i, items[i]);
  for (let i = 0; i < len; i++) rt.decref(old[i]);
  if (!rt.isTracked(result)) rt.track(result);
  return result;
};

I.recycleTuple2 = function (this: Interpreter, result: Ptr, a: Ptr, b: Ptr): Ptr {
  const space = this.space;
  const rt = space.rt;
  if (rt.refcnt(result) !== 1) {
    const t = O.tuple_new(space, 2);
    O.tuple_initItem(space, t, 0, a);
    O.tuple_initItem(space, t, 1, b);
    return t;
  }
  rt.incref(result);
  const o0 = O.tuple_getItem(space, result, 0);
  const o1 = O.tuple_getItem(space, result, 1);
  O.tuple_initItem(space, result, 0, a);
  O.tuple_initItem(space, result, 1, b);
  rt.decref(o0);
  rt.decref(o1);
  if (!rt.isTracked(result)) rt.track(result);
  return result;
};

I.initBuiltinIters = function (this: Interpreter, defType): void {
  const n = this.n;
  const space = this.space;
  const nones = (count: number) => {
    const items: Ptr[] = [];
    for (let i = 0; i < count; i++) items.push(this.ref(this.none));
    return n.tuple(items);
  };
  const enumerate = defType('enumerate', (subtype, args, kw) => {
    const [it, start] = enumArgs(this, args, kw);
    // en_index as a JS number while it is a safe integer, then as a BigInt up to
    // PY_SSIZE_T_MAX; past that (or from a start outside ssize_t) en_longindex, an int
    // object stepped up by one each time (enum_next_long).
    let i = 0;
    let big = 0n;
    let mode = INDEX_SAFE;
    let longIndex = NULL as Ptr;
    if (start !== NULL) {
      const r = this.indexValue(start);
      if (r === NULL)
        throw new PyErr('TypeError', `'${space.typeName(start)}' object cannot be interpreted as an integer`);
      const v = n.intSafe(r);
      if (!Number.isNaN(v)) i = v;
      else {
        big = O.long_toBigInt(space, r);
        mode = big >= -SSIZE_MAX - 1n && big < SSIZE_MAX ? INDEX_BIG : INDEX_LONG;
      }
      if (mode !== INDEX_LONG) this.decref(r);
      else if (space.rt.typeObject(r) === space.ints.type) longIndex = r;
      else {
        // PyNumber_Index: an int subclass's value as an exact int.
        longIndex = O.long_fromBigInt(space, big);
        this.decref(r);
      }
    }
    // enum_new: the object, the iterator, then the result tuple (None, None).
    let src = NULL as Ptr;
    let result = NULL as Ptr;
    const e = this.newNativeIter(
      'enumerate',
      [NULL, NULL, NULL],
      () => {
        const x = this.next(src);
        if (x === NULL) return NULL;
        let index: Ptr;
        if (mode === INDEX_SAFE) {
          index = O.long_fromSsize(space, i++);
          if (i >= Number.MAX_SAFE_INTEGER) {
            big = BigInt(i);
            mode = INDEX_BIG;
          }
        } else if (mode === INDEX_BIG && big !== SSIZE_MAX) {
          index = O.long_fromBigInt(space, big++);
        } else {
          mode = INDEX_LONG;
          if (longIndex === NULL) {
            longIndex = O.long_fromBigInt(space, SSIZE_MAX);
            this.setNativeIterRef(e, 2, longIndex);
            this.decref(longIndex);
          }
          index = this.ref(longIndex);
          let stepped: Ptr;
          try {
            stepped = O.long_fromBigInt(space, O.long_toBigInt(space, longIndex) + 1n);
          } catch (error) {
            this.decref(index);
            this.decref(x);
            throw error;
          }
          longIndex = stepped;
          this.setNativeIterRef(e, 2, stepped);
          this.decref(stepped);
        }
        return this.recycleTuple2(result, index, x);
      },
      undefined,
      subtype,
    );
    if (longIndex !== NULL) {
      this.setNativeIterRef(e, 2, longIndex);
      this.decref(longIndex);
    }
    try {
      src = this.iter(it);
      this.setNativeIterRef(e, 0, src);
      this.decref(src);
      result = nones(2);
      this.setNativeIterRef(e, 1, result);
      this.decref(result);
    } catch (error) {
      this.decref(e);
      throw error;
    }
    return e;
  });
  // zip_new through _PyObject_MakeTpCall (the argument tuple and keyword dict): zip has no
  // vectorcall in 3.11, so calling the type makes them.
  defType('zip', (subtype, args, kw) => {
    const nkw = kw?.length ?? 0;
    // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", {"strict"}).
    if (nkw > 1) throw new PyErr('TypeError', `zip() takes at most 1 keyword argument (${nkw} given)`);
    if (nkw === 1 && n.jsStr((kw as Ptr[])[0]) !== 'strict')
      throw new PyErr('TypeError', `'${n.jsStr((kw as Ptr[])[0])}' is an invalid keyword argument for zip()`);
    const strict = nkw > 0 && this.truthy(args[args.length - 1]);
    const srcs: Ptr[] = [];
    try {
      for (const a of args.slice(0, args.length - nkw)) srcs.push(this.iter(a));
    } catch (error) {
      for (const s of srcs) this.decref(s);
      throw error;
    }
    const ittuple = n.tuple(srcs);
    const result = nones(srcs.length);
    const z = this.newNativeIter(
      'zip',
      [ittuple, result],
      () => {
        if (srcs.length === 0) return NULL;
        // zip_next: the result tuple again if nobody else holds it, else a new one made
        // before the items are fetched (and dropped if an iterator is exhausted).
        const fresh = space.rt.refcnt(result) === 1 ? NULL : O.tuple_new(space, srcs.length);
        if (srcs.length === 2) return zipNext2(this, srcs, result, fresh, strict);
        const items: Ptr[] = [];
        for (const s of srcs) {
          let x: Ptr;
          try {
            x = this.next(s);
          } catch (error) {
            for (const y of items) this.decref(y);
            if (fresh !== NULL) this.decref(fresh);
            throw error;
          }
          if (x === NULL) {
            for (const y of items) this.decref(y);
            if (fresh !== NULL) this.decref(fresh);
            if (strict) zipStrictCheck(this, srcs, items.length);
            return NULL;
          }
          items.push(x);
        }
        if (fresh === NULL) return this.recycleTuple(result, items);
        for (let i = 0; i < items.length; i++) O.tuple_initItem(space, fresh, i, items[i]);
        return fresh;
      },
      undefined,
      subtype,
    );
    this.decref(ittuple);
    this.decref(result);
    return z;
  });
  const map = defType('map', (subtype, args, kw) => {
    noKeywords('map', kw);
    if (args.length < 2) throw new PyErr('TypeError', 'map() must have at least two arguments.');
    const f = args[0];
    const srcs: Ptr[] = [];
    try {
      for (const a of args.slice(1)) srcs.push(this.iter(a));
    } catch (error) {
      for (const s of srcs) this.decref(s);
      throw error;
    }
    // map_vectorcall: the iterators in a tuple, then the object.
    const iters = n.tuple(srcs);
    // map_traverse and map_dealloc: the iterators, then the function.
    const m = this.newNativeIter(
      'map',
      [iters, f],
      () => {
        const items: Ptr[] = [];
        for (const s of srcs) {
          const x = this.next(s);
          if (x === NULL) {
            for (const y of items) this.decref(y);
            return NULL;
          }
          items.push(x);
        }
        // map_next: the items stay on its small stack while the function runs; a Python
        // callee's frame takes references of its own, a built-in borrows them.
        if (this.isNativeCallableType(space.rt.typeObject(f))) {
          this.incref(f);
          return this.call(f, items);
        }
        try {
          return this.callBorrowed(f, items);
        } finally {
          for (const y of items) this.decref(y);
        }
      },
      undefined,
      subtype,
    );
    this.decref(iters);
    return m;
  });
  const filter = defType('filter', (subtype, args, kw) => {
    argCount('filter', args, kw, 2, 2);
    const f = args[0];
    const src = this.iter(args[1]);
    // filter_traverse: the iterator, then the function.
    const r = this.newNativeIter(
      'filter',
      [src, f],
      () => {
        for (;;) {
          const x = this.next(src);
          if (x === NULL) return NULL;
          let keep: boolean;
          try {
            if (f === space.none) keep = this.truthy(x);
            else {
              const t = this.callBorrowed(f, [x]);
              try {
                keep = this.truthy(t);
              } finally {
                this.decref(t);
              }
            }
          } catch (e) {
            this.decref(x);
            throw e;
          }
          if (keep) return x;
          this.decref(x);
        }
      },
      undefined,
      subtype,
    );
    this.decref(src);
    return r;
  });
  // enum_vectorcall, map_vectorcall and filter_vectorcall: no argument tuple.
  for (const t of [enumerate, map, filter]) this.vectorcallTypes.add(t);
};

// zip_next of two iterators (the usual zip), without an array of the items.
function zipNext2(interp: Interpreter, srcs: Ptr[], result: Ptr, fresh: Ptr, strict: boolean): Ptr {
  let a: Ptr;
  try {
    a = interp.next(srcs[0]);
  } catch (error) {
    if (fresh !== NULL) interp.decref(fresh);
    throw error;
  }
  if (a === NULL) {
    if (fresh !== NULL) interp.decref(fresh);
    if (strict) zipStrictCheck(interp, srcs, 0);
    return NULL;
  }
  let b: Ptr;
  try {
    b = interp.next(srcs[1]);
  } catch (error) {
    interp.decref(a);
    if (fresh !== NULL) interp.decref(fresh);
    throw error;
  }
  if (b === NULL) {
    interp.decref(a);
    if (fresh !== NULL) interp.decref(fresh);
    if (strict) zipStrictCheck(interp, srcs, 1);
    return NULL;
  }
  if (fresh === NULL) return interp.recycleTuple2(result, a, b);
  O.tuple_initItem(interp.space, fresh, 0, a);
  O.tuple_initItem(interp.space, fresh, 1, b);
  return fresh;
}

// zip(strict=True) once argument i+1 ran out: shorter than the ones before it, or the
// ones after it must be exhausted too.
function zipStrictCheck(interp: Interpreter, srcs: Ptr[], i: number): void {
  const plural = (k: number) => (k === 1 ? ' 1' : `s 1-${k}`);
  if (i > 0) throw new PyErr('ValueError', `zip() argument ${i + 1} is shorter than argument${plural(i)}`);
  for (let k = 1; k < srcs.length; k++) {
    const x = interp.next(srcs[k]);
    if (x !== NULL) {
      interp.decref(x);
      throw new PyErr('ValueError', `zip() argument ${k + 1} is longer than argument${plural(k)}`);
    }
  }
}

// enum_vectorcall's own argument check: enumerate(iterable, start=...), by position or
// keyword, and its messages (not Argument Clinic's).
function enumArgs(interp: Interpreter, args: Ptr[], kwnames: Ptr[] | null): [Ptr, Ptr] {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  const keyword = (i: number, name: string) => {
    const k = interp.n.jsStr((kwnames as Ptr[])[i]);
    if (k !== name) throw new PyErr('TypeError', `'${k}' is an invalid keyword argument for enumerate()`);
  };
  if (nargs + nkw === 2) {
    if (nkw === 1) keyword(0, 'start');
    else if (nkw === 2) {
      if (interp.n.jsStr((kwnames as Ptr[])[0]) === 'start') {
        keyword(1, 'iterable');
        return [args[1], args[0]];
      }
      keyword(0, 'iterable');
      keyword(1, 'start');
    }
    return [args[0], args[1]];
  }
  if (nargs + nkw === 1) {
    if (nkw === 1) keyword(0, 'iterable');
    return [args[0], NULL];
  }
  if (nargs === 0) throw new PyErr('TypeError', "enumerate() missing required argument 'iterable'");
  throw new PyErr('TypeError', `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
}
