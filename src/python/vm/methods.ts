// Methods of str, dict, set and frozenset.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, noKeywords, parseArgs, wrapperArgs } from './args.js';
import { Interpreter } from './interp.js';

const I = Interpreter.prototype;

I.initStrMethods = function (this: Interpreter): void {
  const n = this.n;
  const space = this.space;
  const S = space.strs.type;
  const js = (op: Ptr) => n.jsStr(op);
  const m = (name: string, f: (s: string, args: Ptr[], self: Ptr, kw: Ptr[] | null) => Ptr) =>
    this.defMethod(S, name, (self, args, kw) => f(js(self), args, self, kw));
  const str = (s: string) => n.str(s);
  // do_argstrip: None or a str of characters to strip; the result is PyUnicode_Substring's.
  const stripper = (name: string, striptype: O.StripType) =>
    this.defMethod(S, name, (self, a, kw) => {
      noKeywords(`str.${name}`, kw);
      argCount(name, a, null, 0, 1);
      const chars = a.length === 0 || a[0] === this.none ? null : a[0];
      if (chars !== null && !n.isStr(chars)) throw new PyErr('TypeError', `${name} arg must be None or str`);
      return O.str_strip(space, self, striptype, chars);
    });
  stripper('strip', 2);
  stripper('lstrip', 0);
  stripper('rstrip', 1);
  this.defMethod(S, 'splitlines', (self, a, kw) => {
    const [keepends] = parseArgs(this, 'splitlines', a, kw, ['keepends'], 0);
    // Argument Clinic's bool(accept={int}): an int (or __index__) as a C int.
    let keep = false;
    if (keepends !== NULL) {
      const r = this.indexValue(keepends);
      if (r === NULL) {
        throw new PyErr(
          'TypeError',
          `'${space.typeName(keepends)}' object cannot be interpreted as an integer`,
        );
      }
      const v = n.intSafe(r);
      const zero = !Number.isNaN(v) && v === 0;
      this.decref(r);
      if (Number.isNaN(v) || v > 2 ** 31 - 1 || v < -(2 ** 31))
        throw new PyErr('OverflowError', 'Python int too large to convert to C int');
      keep = !zero;
    }
    return O.str_splitlines(space, self, keep);
  });
  this.defMethod(S, 'join', (self, a, kw) => {
    argCount('str.join', a, kw, 1, 1);
    // PySequence_Fast: an exact list or tuple as it is, anything else copied into a list.
    const seq = a[0];
    const rt = space.rt;
    let fast: Ptr;
    if (rt.typeObject(seq) === space.lists.type || rt.typeObject(seq) === space.tuples.type) {
      fast = this.ref(seq);
    } else {
      const it = this.iterFast(seq, 'can only join an iterable');
      fast = n.list([]);
      try {
        this.listExtend(fast, it);
      } catch (e) {
        this.decref(fast);
        throw e;
      } finally {
        this.decref(it);
      }
    }
    // The items are borrowed from `fast`, held until the join is done (no code runs meanwhile).
    try {
      const items = n.isList(fast) ? n.listItems(fast) : n.tupleItems(fast);
      for (let i = 0; i < items.length; i++) {
        if (!n.isStr(items[i]))
          throw new PyErr(
            'TypeError',
            `sequence item ${i}: expected str instance, ${space.typeName(items[i])} found`,
          );
      }
      return O.str_join(space, self, items);
    } finally {
      this.decref(fast);
    }
  });
  for (const [name, rev] of [
    ['partition', false],
    ['rpartition', true],
  ] as const) {
    this.defMethod(S, name, (self, a, kw) => {
      argCount(`str.${name}`, a, kw, 1, 1);
      if (!n.isStr(a[0])) throw new PyErr('TypeError', `must be str, not ${space.typeName(a[0])}`);
      return O.str_partition(space, self, a[0], rev);
    });
  }
  m('format', (s, a, _self, kw) => str(this.strFormat(s, a, kw)));
  this.initStrTextMethods();
  this.defMethod(S, '__len__', (self, a, kw) => {
    // A slot wrapper's checks (wrap_lenfunc).
    if (kw !== null && kw.length > 0)
      throw new PyErr('TypeError', 'wrapper __len__() takes no keyword arguments');
    if (a.length !== 0) throw new PyErr('TypeError', `expected 0 arguments, got ${a.length}`);
    return n.int(O.str_len(space, self));
  });
};

I.initDictSetMethods = function (this: Interpreter, view: (d: Ptr, kind: number) => Ptr): void {
  const n = this.n;
  const space = this.space;
  const none = () => this.newNone();
  const D = space.dicts.type;
  const m = (t: Ptr, name: string, f: (self: Ptr, args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    this.defMethod(t, name, f);
  this.constructors.set(D, (_t, args, kw) => {
    const nkw = kw?.length ?? 0;
    if (args.length - nkw > 1)
      throw new PyErr('TypeError', `dict expected at most 1 argument, got ${args.length - nkw}`);
    // dict_vectorcall: the dict comes from PyType_GenericAlloc (never the free list).
    const d = O.dict_typeAlloc(space);
    try {
      if (args.length - nkw === 1) this.dictUpdateFrom(d, args[0]);
      for (let i = 0; i < nkw; i++) n.dictSet(d, (kw as Ptr[])[i], args[args.length - nkw + i]);
    } catch (e) {
      this.decref(d);
      throw e;
    }
    return d;
  });
  this.nativeClassMethods.set(
    D,
    new Map([
      [
        'fromkeys',
        (cls: Ptr, a: Ptr[], kw: Ptr[] | null) => {
          argCount('dict.fromkeys', a, kw, 1, 2);
          // _PyDict_FromKeys: cls() (dict() comes from PyType_GenericAlloc).
          const d = cls === D ? O.dict_typeAlloc(space) : this.call(this.ref(cls), []);
          if (space.rt.typeObject(d) === D) {
            // An exact dict or set gives its keys with their stored hashes, into a presized table.
            const value = a[1] ?? this.none;
            const src = a[0];
            const srcType = space.rt.typeObject(src);
            try {
              if (srcType === D) {
                O.dictResize(
                  space,
                  d,
                  O.estimateLog2Keysize(O.dict_size(space, src)),
                  O.dictKeys(space, src).isUnicode,
                );
                for (let e = O.dict_next(space, src, 0); e !== null; e = O.dict_next(space, src, e.pos)) {
                  const hash = O.dictKeys(space, src).hash(e.pos - 1);
                  O.insertDict(space, d, this.ref(e.key), hash, this.ref(value));
                }
                return d;
              }
              if (srcType === space.sets.setType || srcType === space.sets.frozensetType) {
                O.dictResize(space, d, O.estimateLog2Keysize(O.set_size(space, src)), false);
                O.set_forEach(space, src, (key, hash) => {
                  O.insertDict(space, d, this.ref(key), hash, this.ref(value));
                  return false;
                });
                return d;
              }
            } catch (e) {
              this.decref(d);
              throw e;
            }
          }
          let keys: Ptr[] = [];
          try {
            keys = this.iterToArray(a[0]);
            for (const k of keys) this.setItem(d, k, a[1] ?? this.none);
          } catch (e) {
            this.decref(d);
            throw e;
          } finally {
            for (const k of keys) this.decref(k);
          }
          return d;
        },
      ],
    ]),
  );
  m(D, 'keys', (self, a, kw) => {
    argCount('dict.keys', a, kw, 0, 0);
    return view(self, 0);
  });
  m(D, 'values', (self, a, kw) => {
    argCount('dict.values', a, kw, 0, 0);
    return view(self, 1);
  });
  m(D, 'items', (self, a, kw) => {
    argCount('dict.items', a, kw, 0, 0);
    return view(self, 2);
  });
  m(D, 'get', (self, a, kw) => {
    argCount('dict.get', a, kw, 1, 2);
    return O.dict_get(space, self, a[0], a[1] ?? this.none);
  });
  m(D, 'pop', (self, a, kw) => {
    argCount('dict.pop', a, kw, 1, 2);
    return O.dict_pop(space, self, a[0], a[1] ?? NULL);
  });
  m(D, 'popitem', (self, a, kw) => {
    argCount('dict.popitem', a, kw, 0, 0);
    return O.dict_popitem(space, self);
  });
  m(D, 'setdefault', (self, a, kw) => {
    argCount('dict.setdefault', a, kw, 1, 2);
    return O.dict_setdefault(space, self, a[0], a[1] ?? this.none);
  });
  // The dict of a call's keyword arguments, when it holds exactly the names `kw` in order.
  const isKwargsDict = (d: Ptr, kw: Ptr[]) => {
    const items = n.dictItems(d);
    return items.length === kw.length && items.every(([k], i) => k === kw[i]);
  };
  m(D, 'update', (self, a, kw) => {
    const nkw = kw?.length ?? 0;
    // dict_update_arg: PyArg_UnpackTuple(args, "update", 0, 1).
    if (a.length - nkw > 1)
      throw new PyErr('TypeError', `update expected at most 1 argument, got ${a.length - nkw}`);
    if (a.length - nkw > 0) this.dictUpdateFrom(self, a[0]);
    // dict_update_common: the keyword arguments' dict is merged (dict_merge: a clone into an
    // empty dict, one resize up front into another).
    const kwargs = this.varargsDict;
    if (nkw > 0 && kwargs !== NULL && isKwargsDict(kwargs, kw as Ptr[]))
      O.dict_merge(space, self, kwargs, true);
    else for (let i = 0; i < nkw; i++) n.dictSet(self, (kw as Ptr[])[i], a[a.length - nkw + i]);
    return none();
  });
  m(D, 'copy', (self, a, kw) => {
    argCount('dict.copy', a, kw, 0, 0);
    return O.dict_copy(space, self);
  });
  m(D, 'clear', (self, a, kw) => {
    argCount('dict.clear', a, kw, 0, 0);
    O.dict_clear(space, self);
    return none();
  });
  m(D, '__len__', (self, a, kw) => {
    wrapperArgs('__len__', a, kw, 0);
    return n.int(n.size(self));
  });

  for (const T of [space.sets.setType, space.sets.frozensetType]) {
    this.constructors.set(T, (_t, args, kw) => {
      argCount(T === space.sets.setType ? 'set' : 'frozenset', args, kw, 0, 1);
      if (T !== space.sets.setType) {
        const it = args[0] ?? NULL;
        if (it === NULL || n.isSet(it) || n.isDict(it) || n.isList(it) || n.isTuple(it))
          return n.frozenset(it);
        // Any other iterable (str, bytes, iterators, classes with __iter__) goes through
        // iter(), each item added as it comes (set_update_internal).
        const fs = n.frozenset(NULL);
        try {
          this.setUpdate(fs, it);
        } catch (e) {
          this.decref(fs);
          throw e;
        }
        return fs;
      }
      const s = n.set();
      const it = args[0] ?? NULL;
      if (it !== NULL && (n.isSet(it) || n.isDict(it) || n.isList(it) || n.isTuple(it))) {
        // set_update_internal: a set is merged into a table presized for it, a dict's keys too.
        try {
          O.set_update(space, s, it);
        } catch (e) {
          this.decref(s);
          throw e;
        }
        return s;
      }
      if (args.length > 0) {
        try {
          this.setUpdate(s, args[0]);
        } catch (e) {
          this.decref(s);
          throw e;
        }
      }
      return s;
    });
    // set_union / set_intersection_multi / set_difference_multi / set_symmetric_difference:
    // the other operands are used as they are (sets, dicts, any iterable), as CPython does.
    const tn = T === space.sets.setType ? 'set' : 'frozenset';
    m(T, 'union', (self, a, kw) => {
      noKeywords(`${tn}.union`, kw);
      return O.set_union(space, self, ...a);
    });
    const fold = (name: string, first: (x: Ptr, y: Ptr) => Ptr, rest: (x: Ptr, y: Ptr) => Ptr) =>
      m(T, name, (self, a, kw) => {
        noKeywords(`${tn}.${name}`, kw);
        // set_copy (not frozenset_copy): a new set even for a frozenset.
        if (a.length === 0) return O.set_newLike(space, self, self);
        let acc = first(self, a[0]);
        try {
          for (const other of a.slice(1)) {
            const r = rest(acc, other);
            this.decref(acc);
            acc = r;
          }
        } catch (e) {
          this.decref(acc);
          throw e;
        }
        return acc;
      });
    const intersect = (x: Ptr, y: Ptr) => O.set_intersection(space, x, y);
    fold('intersection', intersect, intersect);
    fold(
      'difference',
      (x, y) => O.set_difference(space, x, y),
      (x, y) => {
        O.set_differenceUpdate(space, x, y);
        return this.ref(x);
      },
    );
    m(T, 'symmetric_difference', (self, a, kw) => {
      argCount(`${tn}.symmetric_difference`, a, kw, 1, 1);
      return O.set_symmetricDifference(space, self, a[0]);
    });
    // set_issubset / set_issuperset / set_isdisjoint: they walk the live tables holding each
    // key, so a comparison that empties a set cannot free what is being looked at.
    const rel = (name: string, f: (a: Ptr, b: Ptr) => boolean) =>
      m(T, name, (self, a, kw) => {
        argCount(`${tn}.${name}`, a, kw, 1, 1);
        return this.bool(f(self, a[0]));
      });
    rel('issubset', (x, y) => O.set_issubset(space, x, y));
    rel('issuperset', (x, y) => O.set_issuperset(space, x, y));
    rel('isdisjoint', (x, y) => O.set_isdisjoint(space, x, y));
    m(T, 'copy', (self, a, kw) => {
      argCount(`${tn}.copy`, a, kw, 0, 0);
      return O.set_copy(space, self);
    });
    m(T, '__len__', (self, a, kw) => {
      wrapperArgs('__len__', a, kw, 0);
      return n.int(n.size(self));
    });
  }
  const ST = space.sets.setType;
  m(ST, 'add', (self, a, kw) => {
    argCount('set.add', a, kw, 1, 1);
    n.setAdd(self, a[0]);
    return none();
  });
  m(ST, 'discard', (self, a, kw) => {
    argCount('set.discard', a, kw, 1, 1);
    O.withFrozenRetry(space, a[0], (key) => O.set_discard(space, self, key));
    return none();
  });
  m(ST, 'remove', (self, a, kw) => {
    argCount('set.remove', a, kw, 1, 1);
    if (!O.withFrozenRetry(space, a[0], (key) => O.set_discard(space, self, key)))
      O.raiseKeyError(a[0], this.reprOf(a[0]));
    return none();
  });
  m(ST, 'pop', (self, a, kw) => {
    argCount('set.pop', a, kw, 0, 0);
    return O.set_pop(space, self);
  });
  m(ST, 'clear', (self, a, kw) => {
    argCount('set.clear', a, kw, 0, 0);
    O.set_clear(space, self);
    return none();
  });
  m(ST, 'update', (self, a, kw) => {
    noKeywords('set.update', kw);
    for (const other of a) this.setUpdate(self, other);
    return none();
  });
  // set.difference_update / intersection_update / symmetric_difference_update(*others):
  // each argument (a set, a dict or any iterable) updates the set in place.
  const inPlace = (name: string, f: (self: Ptr, other: Ptr) => void, oneArg: boolean) =>
    m(ST, name, (self, a, kw) => {
      if (oneArg) argCount(`set.${name}`, a, kw, 1, 1);
      else noKeywords(`set.${name}`, kw);
      for (const other of a) f(self, other);
      return none();
    });
  inPlace('difference_update', (x, y) => O.set_differenceUpdate(space, x, y), false);
  inPlace('intersection_update', (x, y) => O.set_intersectionUpdate(space, x, y), false);
  inPlace('symmetric_difference_update', (x, y) => O.set_symmetricDifferenceUpdate(space, x, y), true);
};

declare module './interp.js' {
  interface Interpreter {
    dictUpdateFrom(d: Ptr, src: Ptr): void;
  }
}

/** dict(src) / d.update(src): a mapping, or an iterable of pairs. */
I.dictUpdateFrom = function (this: Interpreter, d: Ptr, src: Ptr): void {
  const n = this.n;
  if (n.isDict(src) || this.typeLookup(this.space.rt.typeObject(src), n.intern('keys')) !== NULL) {
    this.dictUpdate(d, src);
    return;
  }
  // PyDict_MergeFromSeq2: one item at a time (each released before the next is asked for,
  // so zip and enumerate hand out their result tuple again); PySequence_Fast of each item.
  const it = this.iter(src);
  try {
    for (let i = 0; ; i++) {
      const item = this.next(it);
      if (item === NULL) break;
      try {
        const rt = this.space.rt;
        const exact =
          rt.typeObject(item) === this.space.tuples.type || rt.typeObject(item) === this.space.lists.type;
        let fast: Ptr;
        if (exact) fast = this.ref(item);
        else {
          const it = this.iterFast(
            item,
            `cannot convert dictionary update sequence element #${i} to a sequence`,
          );
          fast = n.list([]);
          try {
            this.listExtend(fast, it);
          } catch (e) {
            this.decref(fast);
            throw e;
          } finally {
            this.decref(it);
          }
        }
        try {
          const pair = n.isTuple(fast) ? n.tupleItems(fast) : n.listItems(fast);
          if (pair.length !== 2) {
            throw new PyErr(
              'ValueError',
              `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
            );
          }
          n.dictSet(d, pair[0], pair[1]);
        } finally {
          this.decref(fast);
        }
      } finally {
        this.decref(item);
      }
    }
  } finally {
    this.decref(it);
  }
};

/** UTF-8 bytes of a JS string. */
export function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}
