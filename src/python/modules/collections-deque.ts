// collections.deque in the interpreter: its constructor and __init__, its methods with
// CPython's argument checks and messages, maxlen, its sequence protocol (len, d[i], `in`,
// iter, + and *), and its iterators. The storage is src/objects/deque.ts.
// https://docs.python.org/3.11/library/collections.html#collections.deque

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, noKeywords } from '../vm/args.js';
import type { NativeImpl } from '../vm/calls.js';
import type { Interpreter } from '../vm/interp.js';
import type { SequenceMethods } from '../vm/sequences.js';
import { addClassGetitem } from './types.js';

const SSIZE_MAX = 2n ** 63n - 1n;

/** Installs deque's methods (once per interpreter): `import collections` calls it. */
export function installDeque(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const DQ = space.deques.type;
  interp.sequenceMethods ??= new Map();
  if (interp.sequenceMethods.has(DQ)) return;
  const none = () => interp.newNone();
  const method = (name: string, f: NativeImpl) => interp.defMethod(DQ, name, f);
  // METH_O and METH_NOARGS methods: `deque.append() takes exactly one argument (0 given)`.
  const unary = (name: string, f: (self: Ptr, x: Ptr) => Ptr) =>
    method(name, (self, a, k) => {
      argCount(`deque.${name}`, a, k, 1, 1);
      return f(self, a[0]);
    });
  const nullary = (name: string, f: (self: Ptr) => Ptr) =>
    method(name, (self, a, k) => {
      argCount(`deque.${name}`, a, k, 0, 0);
      return f(self);
    });

  // deque_extend / deque_extendleft: any iterable, itself included (through a list).
  const extend = (self: Ptr, iterable: Ptr, left: boolean): void => {
    if (iterable === self) {
      const list = n.list(O.deque_items(space, self).map((x) => interp.ref(x)));
      try {
        extend(self, list, left);
      } finally {
        interp.decref(list);
      }
      return;
    }
    const it = interp.iter(iterable);
    try {
      if (O.deque_maxlen(space, self) === 0) {
        // consume_iterator
        for (let x = interp.next(it); x !== NULL; x = interp.next(it)) interp.decref(x);
        return;
      }
      O.deque_startFilling(space, self, !left);
      for (let x = interp.next(it); x !== NULL; x = interp.next(it)) {
        if (left) O.deque_appendleftTakeRef(space, self, x);
        else O.deque_appendTakeRef(space, self, x);
      }
    } finally {
      interp.decref(it);
    }
  };

  // deque_copy: a deque of the same type, contents and maxlen.
  const copy = (self: Ptr): Ptr => {
    const type = space.rt.typeObject(self);
    const maxlen = O.deque_maxlenBig(space, self);
    if (type === DQ) {
      const d = O.deque_new(space);
      try {
        O.deque_setMaxlen(space, d, maxlen);
        if (O.deque_len(space, self) === 1) {
          O.deque_appendTakeRef(space, d, O.deque_item(space, self, 0));
        } else extend(d, self, false);
      } catch (error) {
        interp.decref(d);
        throw error;
      }
      return d;
    }
    const args = maxlen < 0n ? [interp.ref(self)] : [interp.ref(self), n.bigint(maxlen)];
    const r = interp.callKw(interp.ref(type), args, null);
    if (!O.deque_check(space, r)) {
      const rn = space.typeName(r);
      interp.decref(r);
      throw new PyErr('TypeError', `${space.typeName(self)}() must return a deque, not ${rn}`);
    }
    return r;
  };

  // deque_init: `deque(iterable=(), maxlen=None)`, PyArg_ParseTupleAndKeywords("|OO:deque").
  const init = (self: Ptr, args: Ptr[], kwnames: Ptr[] | null): void => {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (npos > 2) throw new PyErr('TypeError', `deque() takes at most 2 arguments (${npos} given)`);
    const bound: Ptr[] = [npos > 0 ? args[0] : NULL, npos > 1 ? args[1] : NULL];
    for (let k = 0; k < nkw; k++) {
      const key = n.jsStr((kwnames as Ptr[])[k]);
      const i = key === 'iterable' ? 0 : key === 'maxlen' ? 1 : -1;
      if (i < 0) throw new PyErr('TypeError', `'${key}' is an invalid keyword argument for deque()`);
      if (bound[i] !== NULL)
        throw new PyErr('TypeError', `argument for deque() given by name ('${key}') and position (${i + 1})`);
      bound[i] = args[npos + k];
    }
    const [iterable, maxlenObj] = bound;
    let maxlen = -1n;
    if (maxlenObj !== NULL && maxlenObj !== space.none) {
      // PyLong_AsSsize_t
      if (!n.isInt(maxlenObj)) throw new PyErr('TypeError', 'an integer is required');
      maxlen = n.intBig(maxlenObj);
      if (maxlen > SSIZE_MAX || maxlen < -SSIZE_MAX - 1n)
        throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
      if (maxlen < 0n) throw new PyErr('ValueError', 'maxlen must be non-negative');
    }
    O.deque_setMaxlen(space, self, maxlen);
    if (O.deque_len(space, self) > 0) O.deque_clear(space, self);
    if (iterable !== NULL) extend(self, iterable, false);
  };

  // PyNumber_AsSsize_t(x, OverflowError) of an `n` argument.
  const ssize = (x: Ptr): number => {
    const v = interp.asIndex(x, 'OverflowError');
    if (v === undefined)
      throw new PyErr('TypeError', `'${space.typeName(x)}' object cannot be interpreted as an integer`);
    return v;
  };

  interp.constructors.set(DQ, (_t, args, kw) => {
    const d = O.deque_new(space);
    try {
      init(d, args, kw);
    } catch (error) {
      interp.decref(d);
      throw error;
    }
    return d;
  });
  method('__new__', (_self, args) => {
    const cls = args[0];
    if (cls === undefined) throw new PyErr('TypeError', 'collections.deque.__new__(): not enough arguments');
    if (!interp.isType(cls))
      throw new PyErr(
        'TypeError',
        `collections.deque.__new__(X): X is not a type object (${space.typeName(cls)})`,
      );
    if (!interp.isSubtype(cls, DQ))
      throw new PyErr(
        'TypeError',
        `collections.deque.__new__(${interp.typeName(cls)}): ${interp.typeName(cls)} is not a subtype of collections.deque`,
      );
    return cls === DQ ? O.deque_new(space) : interp.subtypeNew(cls, [], null);
  });
  method('__init__', (self, args, kw) => {
    init(self, args, kw);
    return none();
  });
  unary('append', (self, x) => {
    O.deque_appendTakeRef(space, self, interp.ref(x));
    return none();
  });
  unary('appendleft', (self, x) => {
    O.deque_appendleftTakeRef(space, self, interp.ref(x));
    return none();
  });
  nullary('pop', (self) => O.deque_pop(space, self));
  nullary('popleft', (self) => O.deque_popleft(space, self));
  unary('extend', (self, x) => {
    extend(self, x, false);
    return none();
  });
  unary('extendleft', (self, x) => {
    extend(self, x, true);
    return none();
  });
  nullary('clear', (self) => {
    O.deque_clear(space, self);
    return none();
  });
  nullary('copy', copy);
  nullary('__copy__', copy);
  unary('count', (self, x) => n.int(O.deque_count(space, self, x)));
  method('index', (self, a, k) => {
    noKeywords('deque.index', k);
    if (a.length < 1) throw new PyErr('TypeError', `index() takes at least 1 argument (${a.length} given)`);
    if (a.length > 3) throw new PyErr('TypeError', `index() takes at most 3 arguments (${a.length} given)`);
    const size = O.deque_len(space, self);
    let start = a.length > 1 ? interp.sliceIndex(a[1]) : 0;
    let stop = a.length > 2 ? interp.sliceIndex(a[2]) : size;
    if (start < 0) start = Math.max(0, start + size);
    if (stop < 0) stop = Math.max(0, stop + size);
    stop = Math.min(stop, size);
    start = Math.min(start, stop);
    const i = O.deque_index(space, self, a[0], start, stop);
    if (i < 0) throw new PyErr('ValueError', `${interp.reprOf(a[0])} is not in deque`);
    return n.int(i);
  });
  method('insert', (self, a, k) => {
    noKeywords('deque.insert', k);
    if (a.length !== 2)
      throw new PyErr('TypeError', `insert() takes exactly 2 arguments (${a.length} given)`);
    O.deque_insert(space, self, ssize(a[0]), a[1]);
    return none();
  });
  unary('remove', (self, x) => {
    O.deque_remove(space, self, x, () => {
      throw new PyErr('ValueError', `${interp.reprOf(x)} is not in deque`);
    });
    return none();
  });
  nullary('reverse', (self) => {
    O.deque_reverse(space, self);
    return none();
  });
  method('rotate', (self, a, k) => {
    noKeywords('deque.rotate', k);
    argCount('deque.rotate', a, null, 0, 1, 'deque.rotate');
    let steps = 1;
    if (a.length > 0) {
      const v = interp.asIndex(a[0], 'OverflowError');
      if (v === undefined)
        throw new PyErr('TypeError', `'${space.typeName(a[0])}' object cannot be interpreted as an integer`);
      if (Math.abs(v) > 2 ** 63)
        throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
      steps = v;
    }
    O.deque_rotate(space, self, steps);
    return none();
  });
  nullary('__reversed__', (self) => O.dequeiter_new(space, self, true));
  nullary('__sizeof__', (self) => n.int(O.deque_sizeof(space, self)));
  nullary('__reduce__', (self) => {
    // (type, (), state, iterator) or (type, ((), maxlen), state, iterator)
    const state = interp.getAttrOrNull(self, n.intern('__dict__'));
    const maxlen = O.deque_maxlenBig(space, self);
    const args = maxlen < 0n ? n.tuple([]) : n.tuple([n.tuple([]), n.bigint(maxlen)]);
    return n.tuple([
      interp.ref(space.rt.typeObject(self)),
      args,
      state === NULL ? interp.newNone() : state,
      O.dequeiter_new(space, self, false),
    ]);
  });
  addClassGetitem(interp, DQ);
  const attrs = interp.staticAttrs.get(DQ) ?? new Map<string, Ptr>();
  attrs.set(
    '__doc__',
    n.str(
      'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.',
    ),
  );
  interp.staticAttrs.set(DQ, attrs);
  const getters = interp.nativeGetters.get(DQ) ?? new Map<string, (self: Ptr) => Ptr>();
  getters.set('maxlen', (self) => {
    const m = O.deque_maxlenBig(space, self);
    return m < 0n ? none() : n.bigint(m);
  });
  interp.nativeGetters.set(DQ, getters);

  const seq = {
    length: (op) => O.deque_len(space, op),
    item: (op, i) => O.deque_item(space, op, i),
    assItem: (op, i, v) => {
      if (v === NULL) O.deque_delItem(space, op, i);
      else O.deque_assItem(space, op, i, v);
    },
    contains: (op, v) => O.deque_contains(space, op, v),
    concat: (a, b) => {
      if (!O.deque_check(space, b))
        throw new PyErr('TypeError', `can only concatenate deque (not "${space.typeName(b)}") to deque`);
      const d = copy(a);
      try {
        extend(d, b, false);
      } catch (error) {
        interp.decref(d);
        throw error;
      }
      return d;
    },
    repeat: (a, times) => {
      const d = copy(a);
      try {
        O.deque_inplaceRepeat(space, d, times);
      } catch (error) {
        interp.decref(d);
        throw error;
      }
      return d;
    },
    inplaceConcat: (a, b) => {
      extend(a, b, false);
      return interp.ref(a);
    },
    inplaceRepeat: (a, times) => {
      O.deque_inplaceRepeat(space, a, times);
      return interp.ref(a);
    },
    iter: (op) => O.dequeiter_new(space, op, false),
  } satisfies SequenceMethods;
  interp.sequenceMethods.set(DQ, seq);
  space.deques.sequenceList = (op) => {
    const list = n.list([]);
    try {
      interp.listExtend(list, op);
    } catch (error) {
      interp.decref(list);
      throw error;
    }
    return list;
  };
  // The slot wrappers (deque.__len__, …) that super() and explicit calls find.
  nullary('__len__', (self) => n.int(seq.length(self)));
  nullary('__iter__', (self) => seq.iter(self));
  unary('__contains__', (self, x) => interp.bool(seq.contains(self, x)));
  unary('__getitem__', (self, key) => interp.sequenceGetItem(self, key) as Ptr);
  method('__setitem__', (self, a, k) => {
    argCount('__setitem__', a, k, 2, 2);
    interp.sequenceSetItem(self, a[0], a[1]);
    return none();
  });
  unary('__delitem__', (self, key) => {
    interp.sequenceSetItem(self, key, NULL);
    return none();
  });
  unary('__add__', (self, x) => seq.concat(self, x));
  unary('__iadd__', (self, x) => seq.inplaceConcat(self, x));
  unary('__mul__', (self, x) => seq.repeat(self, ssize(x)));
  unary('__rmul__', (self, x) => seq.repeat(self, ssize(x)));
  unary('__imul__', (self, x) => seq.inplaceRepeat(self, ssize(x)));
  nullary('__repr__', (self) => n.str(O.deque_repr(space, self)));
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((dunder, op) => {
    unary(dunder, (self, x) => O.deque_richcompare(space, self, x, op));
  });

  for (const t of [space.deques.iterType, space.deques.reverseIterType]) {
    interp.nativeIterators.set(t, (it) => O.dequeiter_next(space, it));
    interp.defMethod(t, '__length_hint__', (self, a, k) => {
      argCount('__length_hint__', a, k, 0, 0);
      return n.int(O.dequeiter_len(space, self));
    });
  }
}
