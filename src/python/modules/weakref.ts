// The `weakref` module: ref and proxy are native; WeakValueDictionary, WeakKeyDictionary,
// WeakSet, WeakMethod and finalize are pymm's own Python code (weakref-py.ts), following
// the behaviour of CPython 3.11's module.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, noKeywords, wrapperArgs } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { WEAKREF_PY } from './weakref-py.js';

/** Fills the weakref module. */
export function initWeakrefModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const space = interp.space;
  const w = space.weakrefs;
  const put = (name: string, v: Ptr) => n.dictSet(dict, n.intern(name), v);
  put('ref', w.ref);
  put('ReferenceType', w.ref);
  put('ProxyType', w.proxy);
  put('CallableProxyType', w.callableProxy);
  interp.defNative(dict, 'proxy', (_s, a, k) => {
    argCount('proxy', a, k, 1, 2);
    return O.weakref_new(space, a[0], a[1] ?? NULL, interp.isCallable(a[0]) ? 'callableProxy' : 'proxy');
  });
  interp.defNative(dict, 'getweakrefcount', (_s, a, k) => {
    argCount('getweakrefcount', a, k, 1, 1);
    return n.int(O.weakref_count(space, a[0]));
  });
  interp.defNative(dict, 'getweakrefs', (_s, a, k) => {
    argCount('getweakrefs', a, k, 1, 1);
    const off = space.slotsOf(a[0]).weaklistoffset;
    const out: Ptr[] = [];
    if (off !== 0) {
      for (let wr = space.rt.mem.u32[(a[0] + off) >>> 2]; wr !== 0; wr = space.rt.mem.u32[(wr + 48) >>> 2]) {
        out.push(interp.ref(wr as Ptr));
      }
    }
    return n.list(out);
  });
  interp.runPythonInto(WEAKREF_PY, '<frozen weakref>', dict);
}

/** Installs weakref.ref's constructor, call and attributes in the interpreter. */
export function installWeakrefType(interp: Interpreter): void {
  const space = interp.space;
  const n = interp.n;
  const w = space.weakrefs;
  // weakref_new unpacks its positional arguments as "__new__" and ignores keywords;
  // weakref___init__ then refuses them as "ref".
  interp.constructors.set(w.ref, (_t, args, kw) => {
    const positional = args.length - (kw?.length ?? 0);
    argCount('__new__', args.slice(0, positional), null, 1, 2);
    noKeywords('ref', kw);
    return O.weakref_new(space, args[0], args[1] ?? NULL);
  });
  space.slots(w.ref).call = (callable, args, kwargs) => {
    // weakref_call: _PyArg_NoKwnames, then _PyArg_CheckPositional("weakref", nargs, 0, 0).
    if (kwargs !== NULL && n.dictItems(kwargs).length !== 0)
      throw new PyErr('TypeError', 'weakref() takes no keyword arguments');
    const given = n.tupleItems(args).length;
    if (given !== 0) throw new PyErr('TypeError', `weakref expected 0 arguments, got ${given}`);
    return interp.ref(O.weakref_get(space, callable));
  };
  // ref.__new__(type, ob, callback=None): subclasses (KeyedRef, WeakMethod) get their own object.
  // weakref___new__ and weakref___init__ unpack (ob, callback) from the positional
  // arguments only (parse_weakref_init_args); __new__ ignores keywords, __init__ refuses them.
  const positional = (a: Ptr[], k: Ptr[] | null) => (k === null ? a : a.slice(0, a.length - k.length));
  interp.defMethod(w.ref, '__new__', (_s, a, k) => {
    if (a.length === 0) throw new PyErr('TypeError', 'ref.__new__(): not enough arguments');
    argCount('__new__', a.slice(1, a.length - (k?.length ?? 0)), null, 1, 2);
    const cls = a[0];
    if (cls === undefined) throw new PyErr('TypeError', 'ref.__new__(): not enough arguments');
    if (!interp.isType(cls))
      throw new PyErr(
        'TypeError',
        `weakref.ReferenceType.__new__(X): X is not a type object (${space.typeName(cls)})`,
      );
    if (!interp.isSubtype(cls, w.ref))
      throw new PyErr(
        'TypeError',
        `weakref.ReferenceType.__new__(${interp.typeName(cls)}): ${interp.typeName(cls)} is not a subtype of weakref.ReferenceType`,
      );
    const pos = positional(a, k).slice(1);
    argCount('__new__', pos, null, 1, 2);
    const alloc = interp.classes.has(cls) ? () => interp.newInstance(cls) : null;
    return O.weakref_new(space, pos[0], pos[1] ?? NULL, 'ref', alloc);
  });
  interp.defMethod(w.ref, '__init__', (_self, a, k) => {
    if (k !== null && k.length > 0) throw new PyErr('TypeError', 'ref() takes no keyword arguments');
    argCount('__init__', a, null, 1, 2);
    return interp.newNone();
  });
  interp.defMethod(w.ref, '__init__', (_self, a, k) => {
    noKeywords('ref', k);
    argCount('__init__', a, null, 1, 2);
    return interp.newNone();
  });
  interp.defMethod(w.ref, '__call__', (self, a, k) => {
    argCount('weakref', a, k, 0, 0);
    return interp.ref(O.weakref_get(space, self));
  });
  interp.defMethod(w.ref, '__eq__', (self, a, k) => {
    argCount('__eq__', a, k, 1, 1);
    return O.weakref_richcompare(space, self, a[0], O.CompareOp.EQ);
  });
  interp.defMethod(w.ref, '__ne__', (self, a, k) => {
    argCount('__ne__', a, k, 1, 1);
    return O.weakref_richcompare(space, self, a[0], O.CompareOp.NE);
  });
  interp.defMethod(w.ref, '__hash__', (self, a, k) => {
    argCount('__hash__', a, k, 0, 0);
    return n.int(O.weakref_hash(space, self));
  });
  interp.nativeGetters.set(
    w.ref,
    new Map([
      [
        '__callback__',
        (self: Ptr) => {
          const cb = O.weakref_callback(space, self);
          return cb === NULL ? interp.newNone() : interp.ref(cb);
        },
      ],
    ]),
  );
  // _PyObject_LookupSpecial(obj, '__name__'): found on the type and bound, never in the
  // object's own dict (a module's name is not found; a class's __getattr__ is not called).
  const specialName = (obj: Ptr): Ptr => {
    const type = space.rt.typeObject(obj);
    const key = n.intern('__name__');
    if (interp.classes.has(type)) {
      const descr = interp.typeLookup(type, key);
      if (descr !== NULL) return interp.bindDescriptor(descr, obj, type);
      if (!interp.isType(obj)) return NULL;
    }
    // A built-in type's __name__ is a getset descriptor (functions, types, builtins).
    return interp.isModule(obj) ? NULL : interp.getAttrOrNull(obj, key);
  };
  // weakref_repr: a referent whose type gives it a str `__name__` (functions, classes) shows it.
  space.slots(w.ref).repr = (op) => {
    const obj = O.weakref_get(space, op);
    const at = `0x${op.toString(16)}`;
    if (obj === space.none) return `<weakref at ${at}; dead>`;
    const head = `<weakref at ${at}; to '${space.typeName(obj)}' at 0x${obj.toString(16)}`;
    interp.incref(obj);
    try {
      const name = specialName(obj);
      if (name === NULL) return `${head}>`;
      const text = n.isStr(name) ? ` (${n.jsStr(name)})` : '';
      interp.decref(name);
      return `${head}${text}>`;
    } finally {
      interp.decref(obj);
    }
  };
  // A proxy forwards attribute access to its referent.
  const deadProxy = () => new PyErr('ReferenceError', 'weakly-referenced object no longer exists');
  for (const t of [w.proxy, w.callableProxy]) {
    const slots = space.slots(t);
    slots.repr = (op) => {
      const r = O.weakref_get(space, op);
      // proxy_repr (3.11): a dead proxy's referent is None.
      return `<weakproxy at 0x${op.toString(16)} to ${space.typeName(r)} at 0x${r.toString(16)}>`;
    };
    // proxy_bool, proxy_richcompare: the referent's (both sides unwrapped).
    slots.bool = (op) => interp.truthy(interp.proxyTarget(op));
    slots.richcompare = (a, b, op) => {
      const ua = interp.proxyTarget(a);
      const ub = interp.proxyTarget(b);
      return interp.compare(ua === NULL ? a : ua, ub === NULL ? b : ub, op);
    };
    slots.call = (callable, args, kwargs) => {
      const r = O.weakref_get(space, callable);
      if (r === space.none) throw deadProxy();
      return interp.callEx(
        interp.ref(r),
        interp.ref(args),
        kwargs === NULL ? (0 as Ptr) : interp.ref(kwargs),
      );
    };
  }
  // proxy_bytes and proxy_reversed: the referent's own method, called by name.
  const callReferent = (op: Ptr, name: string) => {
    const referent = interp.proxyTarget(op);
    interp.incref(referent);
    try {
      return interp.call(interp.getAttr(referent, n.intern(name)), []);
    } finally {
      interp.decref(referent);
    }
  };
  for (const t of [w.proxy, w.callableProxy]) {
    for (const name of ['__bytes__', '__reversed__']) {
      interp.defMethod(t, name, (self, a, k) => {
        argCount(name, a, k, 0, 0);
        return callReferent(self, name);
      });
    }
    // tp_iternext's slot wrapper: StopIteration when the referent is exhausted.
    interp.defMethod(t, '__next__', (self, a, k) => {
      wrapperArgs('__next__', a, k, 0);
      const r = interp.next(self);
      if (r === NULL) throw interp.raiseNew('StopIteration', NULL);
      return r;
    });
  }
  interp.proxyTarget = (op: Ptr) => {
    const t = space.rt.typeObject(op);
    if (t !== w.proxy && t !== w.callableProxy) return NULL;
    const r = O.weakref_get(space, op);
    if (r === space.none) throw deadProxy();
    return r;
  };
  space.rt.hooks.callWeakrefCallback = (callback, wr) => {
    try {
      interp.decref(interp.callBorrowed(callback, [wr]));
    } catch (e) {
      interp.writeUnraisable(e, callback);
    }
  };
}

declare module '../vm/interp.js' {
  interface Interpreter {
    /** The referent of a weak proxy (borrowed), NULL if `op` is not a proxy; ReferenceError if dead. */
    proxyTarget(op: Ptr): Ptr;
    /** Runs Python source in a given globals dict. */
    runPythonInto(source: string, filename: string, globals: Ptr): void;
  }
}
