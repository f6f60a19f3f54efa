// The slot methods CPython puts in built-in types' dicts that pymm's natives lacked:
// `str.__iter__`, `range.__len__`, `object.__lt__`, `list.__iadd__`, `generator.__iter__`, …,
// so hasattr(x, '__iter__'), explicit calls and super() calls find them. Each is the native
// behaviour (never a heap class's override, so super() calls from an override do not loop).
// The table lists, per type, the names that are in `vars(T)` in CPython 3.11.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';

const SEQ = ['__iter__', '__len__', '__contains__', '__getitem__'];
const ORDER = ['__lt__', '__le__', '__gt__', '__ge__'];
const ITER = ['__iter__', '__next__'];

/** CPython 3.11's own slot methods of each built-in type (by tp_name), among those pymm installs here. */
const OWN_SLOTS: Record<string, string[]> = {
  int: ['__bool__', ...ORDER],
  float: ['__bool__', ...ORDER],
  complex: ['__bool__', ...ORDER],
  str: [...SEQ, ...ORDER],
  bytes: [...SEQ, ...ORDER],
  bytearray: [...SEQ, '__setitem__', '__delitem__', ...ORDER, '__iadd__', '__imul__'],
  list: [...SEQ, '__setitem__', '__delitem__', '__reversed__', ...ORDER, '__iadd__', '__imul__'],
  tuple: [...SEQ, ...ORDER],
  dict: [...SEQ, '__setitem__', '__delitem__', '__reversed__', ...ORDER, '__ior__'],
  set: ['__iter__', '__len__', '__contains__', ...ORDER, '__ior__'],
  frozenset: ['__iter__', '__len__', '__contains__', ...ORDER],
  range: [...SEQ, '__reversed__', '__bool__', ...ORDER],
  slice: ORDER,
  NoneType: ['__bool__'],
  object: [...ORDER, '__dir__'],
  iterator: ITER,
  list_iterator: ITER,
  tuple_iterator: ITER,
  str_ascii_iterator: ITER,
  str_iterator: ITER,
  bytes_iterator: ITER,
  bytearray_iterator: ITER,
  dict_keyiterator: ITER,
  dict_valueiterator: ITER,
  dict_itemiterator: ITER,
  set_iterator: ITER,
  range_iterator: ITER,
  list_reverseiterator: ITER,
  dict_keys: ['__iter__', '__len__', '__contains__', '__reversed__', ...ORDER],
  dict_values: ['__iter__', '__len__', '__reversed__'],
  dict_items: ['__iter__', '__len__', '__contains__', '__reversed__', ...ORDER],
  generator: ITER,
  function: ['__call__'],
  builtin_function_or_method: ['__call__'],
  method_descriptor: ['__call__'],
  wrapper_descriptor: ['__call__'],
  'method-wrapper': ['__call__'],
  classmethod_descriptor: ['__call__'],
  method: ['__call__'],
  staticmethod: ['__call__'],
  enumerate: ITER,
  zip: ITER,
  map: ITER,
  filter: ITER,
  reversed: ITER,
};

declare module './interp.js' {
  interface Interpreter {
    /** Installs the slot methods of OWN_SLOTS that a built-in type does not define yet. */
    installSlotMethods(): void;
  }
}

Interpreter.prototype.installSlotMethods = function (this: Interpreter): void {
  const space = this.space;
  const n = this.n;
  const notImpl = () => this.ref(space.notImplemented);
  // An instance of a class: the built-in behaviour must not dispatch to its overrides.
  const heap = (self: Ptr) => this.classes.has(space.rt.typeObject(self));
  const cmpOps: Record<string, number> = { __lt__: 0, __le__: 1, __gt__: 4, __ge__: 5 };
  const impls: Record<string, (t: Ptr) => NativeImpl> = {
    __iter__: () => (self) => this.nativeIter(self),
    __next__: () => (self) => {
      const r = this.next(self);
      if (r === NULL) throw this.raiseNew('StopIteration', NULL);
      return r;
    },
    __len__: () => (self) => n.int(heap(self) ? n.size(self) : this.len(self)),
    __contains__: () => (self, a) =>
      this.bool(heap(self) ? n.contains(self, a[0]) === true : this.contains(self, a[0])),
    __getitem__: () => (self, a) => (heap(self) ? n.getItem(self, a[0]) : this.getItem(self, a[0])),
    __setitem__: () => (self, a) => {
      if (heap(self)) n.setItem(self, a[0], a[1]);
      else this.setItem(self, a[0], a[1]);
      return this.newNone();
    },
    __delitem__: () => (self, a) => {
      if (heap(self)) n.delItem(self, a[0]);
      else this.delItem(self, a[0]);
      return this.newNone();
    },
    __reversed__: () => (self) => this.reversed(self, true),
    __bool__: () => (self) => this.bool(this.truthy(self)),
    __iadd__: () => (self, a) => {
      this.listExtend(self, a[0]);
      return this.ref(self);
    },
    __imul__: () => (self, a) => {
      O.list_inplaceRepeat(space, self, this.toIndex(a[0]));
      return this.ref(self);
    },
    __ior__: (t) => (self, a) => {
      if (t === space.dicts.type) this.dictUpdateFrom(self, a[0]);
      else if (n.isSet(a[0])) this.setUpdate(self, a[0]);
      else return notImpl();
      return this.ref(self);
    },
    __dir__: () => (self) => this.defaultDir(self),
    // tp_call as a method: f.__call__(*args, **kwargs) is f(*args, **kwargs).
    __call__: () => (self, a, kw) => {
      this.incref(self);
      for (const x of a) this.incref(x);
      return this.callKw(self, a, kw);
    },
  };
  for (const [name, op] of Object.entries(cmpOps)) {
    impls[name] = (t) => (self, a) => {
      if (t === space.objectType) return notImpl();
      const rc = space.slots(t).richcompare;
      if (rc !== null) return rc(self, a[0], op);
      // Orderings pymm computes outside a slot (views as sets, bytearray): as `<` would.
      const other = space.rt.typeObject(a[0]);
      if (other !== t && !n.isSet(a[0]) && !this.dictViewTypes.includes(other) && !n.isBytes(a[0]))
        return notImpl();
      return this.compare(self, a[0], op);
    };
  }
  for (const t of space.builtinTypes.values()) {
    const names = OWN_SLOTS[space.slots(t).name];
    if (names === undefined || this.classes.has(t)) continue;
    for (const name of names) {
      if (this.nativeMethods.get(t)?.has(name)) continue;
      // bytearray's in-place operators are its own (not list's).
      if ((name === '__iadd__' || name === '__imul__') && t !== space.lists.type) continue;
      this.defMethod(t, name, impls[name](t));
    }
  }
};
