// The native half of the abc module (Modules/_abc.c's compute_abstract_methods and
// _PyObject_IsAbstract): which names of a new ABC are abstract. abc-py.ts's ABCMeta calls
// it for every class it makes, so importing collections.abc or typing runs it dozens of times.

import { NULL, type Ptr } from '../../heap/index.js';
import { func_get } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';

/**
 * _PyObject_IsAbstract: truth of value.__isabstractmethod__ (absent: false). property,
 * classmethod and staticmethod answer for what they wrap, as their getsets do in CPython,
 * unless a subclass sets the attribute itself (abstractproperty).
 */
export function isAbstract(interp: Interpreter, value: Ptr): boolean {
  const n = interp.n;
  const name = n.intern('__isabstractmethod__');
  const type = interp.space.rt.typeObject(value);
  const space = interp.space;
  // Most class attributes: functions, whose __isabstractmethod__ can only be in their dict.
  if (type === space.functions.type) {
    const d = func_get(space, value, 'dict');
    const v = d === NULL ? NULL : n.dictGet(d, name);
    return v !== NULL && interp.truthy(v);
  }
  if (n.isInt(value) || n.isStr(value) || value === interp.none || type === space.typeType) {
    const v = interp.getAttrOrNull(value, name);
    if (v === NULL) return false;
    try {
      return interp.truthy(v);
    } finally {
      interp.decref(v);
    }
  }
  const wrapped =
    type === interp.propertyType || interp.isSubtype(type, interp.propertyType)
      ? ['fget', 'fset', 'fdel']
      : type === interp.classmethodType ||
          type === interp.staticmethodType ||
          interp.isSubtype(type, interp.classmethodType) ||
          interp.isSubtype(type, interp.staticmethodType)
        ? ['__func__']
        : null;
  if (wrapped !== null && interp.typeLookup(type, name) === NULL) {
    for (const field of wrapped) {
      const f = interp.getAttrOrNull(value, n.intern(field));
      if (f === NULL) continue;
      try {
        if (f !== interp.none && isAbstract(interp, f)) return true;
      } finally {
        interp.decref(f);
      }
    }
    return false;
  }
  const v = interp.getAttrOrNull(value, name);
  if (v === NULL) return false;
  try {
    return interp.truthy(v);
  } finally {
    interp.decref(v);
  }
}

/** compute_abstract_methods: the abstract names of `cls` (namespace `ns`, bases `bases`) as a frozenset. */
export function computeAbstracts(interp: Interpreter, cls: Ptr, ns: Ptr, bases: Ptr): Ptr {
  const n = interp.n;
  const names: Ptr[] = [];
  const add = (name: Ptr) => {
    interp.incref(name);
    names.push(name);
  };
  try {
    // Stage 1: the abstract methods defined in the class body.
    if (n.isDict(ns) && !interp.classes.has(interp.space.rt.typeObject(ns))) {
      // A dict's own items; each pair is held while __isabstractmethod__ is looked up.
      for (const [name, value] of n.dictItems(ns)) {
        interp.incref(name);
        interp.incref(value);
        try {
          if (isAbstract(interp, value)) add(name);
        } finally {
          interp.decref(value);
          interp.decref(name);
        }
      }
    } else {
      const view = interp.callMethod(interp.ref(ns), n.intern('items'), []);
      let items: Ptr[];
      try {
        items = interp.iterToArray(view);
      } finally {
        interp.decref(view);
      }
      try {
        for (const item of items) {
          const [name, value] = n.tupleItems(item);
          if (isAbstract(interp, value)) add(name);
        }
      } finally {
        for (const item of items) interp.decref(item);
      }
    }
    // Stage 2: the inherited ones that are still abstract.
    for (const base of n.tupleItems(bases)) {
      const inherited = interp.getAttrOrNull(base, n.intern('__abstractmethods__'));
      if (inherited === NULL) continue;
      let keys: Ptr[];
      try {
        keys = interp.iterToArray(inherited);
      } finally {
        interp.decref(inherited);
      }
      try {
        for (const name of keys) {
          const value = interp.getAttrOrNull(cls, name);
          if (value === NULL) continue;
          try {
            if (isAbstract(interp, value)) add(name);
          } finally {
            interp.decref(value);
          }
        }
      } finally {
        for (const k of keys) interp.decref(k);
      }
    }
    const list = n.list(names.map((x) => interp.ref(x)));
    try {
      return n.frozenset(list);
    } finally {
      interp.decref(list);
    }
  } finally {
    for (const name of names) interp.decref(name);
  }
}

/** Puts _is_abstract, _compute_abstracts and _ref (weakref.ref) into the abc module's namespace. */
export function defineAbcNatives(interp: Interpreter, dict: Ptr): void {
  interp.n.dictSet(dict, interp.n.intern('_ref'), interp.space.weakrefs.ref);
  interp.defNative(dict, '_is_abstract', (_s, a, k) => {
    argCount('_is_abstract', a, k, 1, 1);
    return interp.bool(isAbstract(interp, a[0]));
  });
  interp.defNative(dict, '_compute_abstracts', (_s, a, k) => {
    argCount('_compute_abstracts', a, k, 3, 3);
    return computeAbstracts(interp, a[0], a[1], a[2]);
  });
}
