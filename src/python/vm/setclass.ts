// `obj.__class__ = C` (object_set_class, CPython 3.11 Objects/typeobject.c): allowed
// between classes whose instances have the same layout (compatible_for_assignment); a
// managed dict is materialised first, since the inline values belong to the old class's
// shared keys. Built-in (immutable) types refuse it.

import { OB_TYPE } from '../../gc/index.js';
import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** object_set_class: sets the class of `obj` to `value`, or raises TypeError as CPython does. */
    setClassOf(obj: Ptr, value: Ptr): void;
  }
}

const I = Interpreter.prototype;

I.setClassOf = function (this: Interpreter, obj: Ptr, value: Ptr): void {
  if (!this.isType(value)) {
    throw new PyErr(
      'TypeError',
      `__class__ must be set to a class, not '${this.space.typeName(value)}' object`,
    );
  }
  const space = this.space;
  const oldto = space.rt.typeObject(obj);
  const oldInfo = this.classes.get(oldto);
  const newInfo = this.classes.get(value);
  if (oldInfo === undefined || newInfo === undefined) {
    throw new PyErr(
      'TypeError',
      '__class__ assignment only supported for mutable types or ModuleType subclasses',
    );
  }
  // compatible_for_assignment: the same base layout, slots, dict and weakref list.
  const sameSlots =
    oldInfo.slotOffsets.size === newInfo.slotOffsets.size &&
    [...oldInfo.slotOffsets].every(([k, off]) => newInfo.slotOffsets.get(k) === off);
  if (
    oldInfo.builtinBase !== newInfo.builtinBase ||
    space.slots(oldto).basicsize !== space.slots(value).basicsize ||
    oldInfo.managedDict !== newInfo.managedDict ||
    oldInfo.weaklistoffset !== newInfo.weaklistoffset ||
    this.isExceptionClass(oldto) !== this.isExceptionClass(value) ||
    !sameSlots
  ) {
    throw new PyErr(
      'TypeError',
      `__class__ assignment: '${newInfo.name}' object layout differs from '${oldInfo.name}'`,
    );
  }
  if (oldInfo.managedDict) this.instanceDict(obj, true);
  this.incref(value);
  space.rt.mem.u32[(obj + OB_TYPE) >>> 2] = value;
  this.decref(oldto);
};
