// isinstance/issubclass without a __instancecheck__/__subclasscheck__ hook, as CPython's
// object_isinstance and object_issubclass: an instance's `__class__` attribute counts when it
// is not its type (mock specs, proxies), and objects with a `__bases__` tuple act as classes
// (abstract_issubclass walks `__bases__`).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr, withRecursionGuard } from '../../objects/index.js';
import type { Interpreter } from './interp.js';

// object.__class__ (the getset descriptor), found on first use.
let objectClassDescr: Ptr = NULL;

/** object_isinstance: whether obj is an instance of cls (a class or an object with __bases__). */
export function recursiveIsInstance(interp: Interpreter, obj: Ptr, cls: Ptr): boolean {
  const n = interp.n;
  const type = interp.space.rt.typeObject(obj);
  if (interp.isType(cls)) {
    if (interp.isSubtype(type, cls)) return true;
    if (!interp.classes.has(type)) {
      // A weak proxy's __class__ is its referent's class.
      const target = interp.proxyTarget(obj);
      return target !== NULL && interp.isSubtype(interp.space.rt.typeObject(target), cls);
    }
    if (objectClassDescr === NULL)
      objectClassDescr = interp.typeLookup(interp.space.objectType, n.intern('__class__'));
    if (interp.typeLookup(type, n.intern('__class__')) === objectClassDescr) return false;
    const icls = interp.getAttrOrNull(obj, n.intern('__class__'));
    if (icls === NULL) return false;
    try {
      return icls !== type && interp.isType(icls) && interp.isSubtype(icls, cls);
    } finally {
      interp.decref(icls);
    }
  }
  if (!hasBases(interp, cls))
    throw new PyErr('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = interp.getAttrOrNull(obj, n.intern('__class__'));
  if (icls === NULL) return false;
  try {
    return abstractIsSubclass(interp, icls, cls);
  } finally {
    interp.decref(icls);
  }
}

/** object_issubclass's recursive_issubclass: classes by their MRO, other objects by __bases__. */
export function recursiveIsSubclass(interp: Interpreter, derived: Ptr, cls: Ptr): boolean {
  if (interp.isType(cls) && interp.isType(derived)) return interp.isSubtype(derived, cls);
  if (!hasBases(interp, derived)) throw new PyErr('TypeError', 'issubclass() arg 1 must be a class');
  if (!hasBases(interp, cls))
    throw new PyErr('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(interp, derived, cls);
}

// abstract_get_bases: getattr(op, '__bases__') when it is a tuple (new reference), else NULL;
// an AttributeError is no bases, other errors propagate.
function basesOf(interp: Interpreter, op: Ptr): Ptr {
  const bases = interp.getAttrOrNull(op, interp.n.intern('__bases__'));
  if (bases !== NULL && !interp.n.isTuple(bases)) {
    interp.decref(bases);
    return NULL;
  }
  return bases;
}

// check_class: the object has a __bases__ tuple.
function hasBases(interp: Interpreter, op: Ptr): boolean {
  const bases = basesOf(interp, op);
  if (bases === NULL) return false;
  interp.decref(bases);
  return true;
}

// abstract_issubclass: derived is cls or (along single bases iteratively, multiple bases
// recursively, each level a recursive call " in __issubclass__") one of its __bases__ is.
function abstractIsSubclass(interp: Interpreter, derived: Ptr, cls: Ptr): boolean {
  let current = interp.ref(derived);
  try {
    for (;;) {
      if (current === cls) return true;
      const bases = basesOf(interp, current);
      if (bases === NULL) return false;
      const items = interp.n.tupleItems(bases);
      if (items.length === 1) {
        interp.decref(current);
        current = interp.ref(items[0]);
        interp.decref(bases);
        continue;
      }
      try {
        return withRecursionGuard(interp.space, ' in __issubclass__', () =>
          items.some((base) => abstractIsSubclass(interp, base, cls)),
        );
      } finally {
        interp.decref(bases);
      }
    }
  } finally {
    interp.decref(current);
  }
}
