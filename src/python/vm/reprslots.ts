// The `__repr__` slot wrappers of built-in types whose repr is their own (tp_repr): bool,
// bytearray, complex, range, NoneType, slice, ellipsis, function, module, … . Without one,
// `type(x).__repr__(x)` and `x.__repr__()` would find object's and print `<T object at …>`.

import { NULL, type Ptr } from '../../heap/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Gives every built-in type with its own repr slot a `__repr__` method calling it. */
    installReprWrappers(): void;
  }
}

/** The type along `type`'s MRO that defines the native method `name` (NULL if none). */
function nativeOwner(interp: Interpreter, type: Ptr, name: string): Ptr {
  for (const t of interp.mroOf(type)) if (interp.nativeMethods.get(t)?.has(name)) return t;
  return NULL;
}

Interpreter.prototype.installReprWrappers = function (this: Interpreter): void {
  const space = this.space;
  for (const t of space.builtinTypes.values()) {
    if (t === space.objectType || this.classes.has(t)) continue;
    const repr = space.slots(t).repr;
    const owner = nativeOwner(this, t, '__repr__');
    if (owner === t) continue;
    // Only where the inherited __repr__ would print something else than the type's own slot.
    if (owner !== NULL && owner !== space.objectType && space.slots(owner).repr === repr) continue;
    if (owner === space.objectType && repr === null && t !== space.functions.type && t !== space.methods.type)
      continue;
    this.defMethod(t, '__repr__', (self) => {
      const own = space.slots(t).repr;
      return this.n.str(own !== null && own !== undefined ? own(self) : this.reprOf(self));
    });
  }
};
