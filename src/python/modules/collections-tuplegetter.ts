// `_collections._tuplegetter`: the read-only descriptor (with a writable __doc__) behind each namedtuple field, native
// as CPython's is (a field read is one native call, no Python frame).
//
//   +16 index (an int object)   +24 doc (the field's __doc__)        32 bytes, GC
//
// Reading takes item `index` straight from the tuple's items (a subclass's __getitem__ is
// not consulted); setting or deleting raises AttributeError, as in CPython 3.11.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr, tuple_getItem, tuple_size } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { NativeDescriptor } from '../vm/descriptors.js';
import type { Interpreter } from '../vm/interp.js';

const INDEX = 16;
const DOC = 24;

/** Makes the _tuplegetter type and stores it as `_tuplegetter` in the collections namespace `dict`. */
export function installTupleGetter(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  const space = interp.space;
  const u32 = () => space.rt.mem.u32;
  const type = interp.newRefsType('_collections._tuplegetter', 32);
  const indexOf = (descr: Ptr) => n.intSafe(u32()[(descr + INDEX) >>> 2] as Ptr);
  interp.constructors.set(type, (_t, args, kw) => {
    argCount('_tuplegetter', args, kw, 2, 2);
    if (!n.isInt(args[0]))
      throw new PyErr('TypeError', `'${space.typeName(args[0])}' object cannot be interpreted as an integer`);
    return interp.newRefsObject(type, 32, [args[0], args[1]]);
  });
  interp.nativeDescriptors.set(type, {
    get: (descr, obj) => {
      if (obj === NULL || obj === space.none) return interp.ref(descr);
      const index = indexOf(descr);
      if (!n.isTuple(obj))
        throw new PyErr(
          'TypeError',
          `descriptor for index '${index}' for tuple subclasses doesn't apply to '${space.typeName(obj)}' object`,
        );
      if (index < 0 || index >= tuple_size(space, obj))
        throw new PyErr('IndexError', 'tuple index out of range');
      return interp.ref(tuple_getItem(space, obj, index));
    },
    set: (_descr, _obj, value) => {
      throw new PyErr('AttributeError', value === NULL ? "can't delete attribute" : "can't set attribute");
    },
  });
  // The same operations called as methods (Point.x.__get__(p), …).
  const ops = interp.nativeDescriptors.get(type) as Required<NativeDescriptor>;
  interp.defMethod(type, '__get__', (self, a, k) => {
    argCount('__get__', a, k, 1, 2);
    return ops.get(self, a[0], a[1] ?? NULL);
  });
  interp.defMethod(type, '__set__', (self, a, k) => {
    argCount('__set__', a, k, 2, 2);
    ops.set(self, a[0], a[1]);
    return interp.newNone();
  });
  interp.defMethod(type, '__delete__', (self, a, k) => {
    argCount('__delete__', a, k, 1, 1);
    ops.set(self, a[0], NULL);
    return interp.newNone();
  });
  // __doc__ is a writable member (T_OBJECT: a deleted one reads as None).
  interp.nativeGetters.set(
    type,
    new Map([['__doc__', (descr: Ptr) => interp.ref((u32()[(descr + DOC) >>> 2] as Ptr) || space.none)]]),
  );
  interp.nativeSetters.set(
    type,
    new Map([
      [
        '__doc__',
        (descr: Ptr, value: Ptr) => {
          const old = u32()[(descr + DOC) >>> 2] as Ptr;
          u32()[(descr + DOC) >>> 2] = value === NULL ? NULL : interp.ref(value);
          if (old !== NULL) interp.decref(old);
        },
      ],
    ]),
  );
  // tuplegetter_repr: `_tuplegetter(index, doc)` (%R of a deleted doc is "<NULL>").
  space.slots(type).repr = (op) => {
    const doc = u32()[(op + DOC) >>> 2] as Ptr;
    return `_tuplegetter(${indexOf(op)}, ${doc === NULL ? '<NULL>' : interp.reprOf(doc)})`;
  };
  interp.defMethod(type, '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    const words = u32();
    const args = n.tuple([
      interp.ref(words[(self + INDEX) >>> 2] as Ptr),
      interp.ref((words[(self + DOC) >>> 2] as Ptr) || space.none),
    ]);
    return n.tuple([interp.ref(type), args]);
  });
  n.dictSet(dict, n.intern('_tuplegetter'), type);
}
