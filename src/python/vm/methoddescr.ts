// The four other C method-object types that share builtin_function_or_method's layout
// (pymm keeps one object shape for all of them; only ob_type tells them apart):
//
//   method_descriptor       str.join, list.append          (PyMethodDescrObject)
//   wrapper_descriptor      object.__init__, int.__add__   (PyWrapperDescrObject, a "slot wrapper")
//   method-wrapper          object().__init__, (1).__add__ (a slot wrapper bound to an object)
//   classmethod_descriptor  dict.__dict__['fromkeys']
//
// They differ in their attributes: the descriptors have __objclass__ and __get__ but no
// __self__ or __module__; a method-wrapper has __self__ and __objclass__ but no __module__.

import { OB_TYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { method_new, PyErr, type PyTypeSlots } from '../../objects/index.js';
import { argCount } from './args.js';
import { nativeMethod, nativeOwner } from './attrs.js';
import type { NativeImpl } from './calls.js';
import { Interpreter } from './interp.js';
import { isSlotWrapper } from './slotwrappers.js';

declare module './interp.js' {
  interface Interpreter {
    /** method_descriptor: an unbound method of a built-in type (`str.join`). */
    methodDescrType: Ptr;
    /** wrapper_descriptor: an unbound slot wrapper (`object.__init__`). */
    wrapperDescrType: Ptr;
    /** method-wrapper: a slot wrapper bound to an object (`(1).__add__`). */
    methodWrapperType: Ptr;
    /** classmethod_descriptor: a built-in type's class method in its dict (`dict.__dict__['fromkeys']`). */
    classmethodDescrType: Ptr;
    /** Whether `t` is builtin_function_or_method or one of the four types sharing its layout. */
    isNativeCallableType(t: Ptr): boolean;
    /** A built-in type's method as the descriptor CPython keeps in the type's dict (a new reference). */
    newMethodDescriptor(
      name: string,
      impl: NativeImpl,
      qualname: string,
      owner: Ptr,
      classmethod?: boolean,
    ): Ptr;
    /** Gives a bound built-in method its CPython type: method-wrapper for a bound slot wrapper. */
    settleBoundBuiltin(op: Ptr, name: string, self: Ptr): void;
    initMethodDescriptors(): void;
  }
}

const I = Interpreter.prototype;

/**
 * method_get for an instance `obj` of the method's type: the built-in method bound to it
 * (a method-wrapper for a slot wrapper), or NULL when the type's native table has no such
 * method (the caller then binds generically).
 */
export function bindMethodDescriptor(interp: Interpreter, descr: Ptr, obj: Ptr): Ptr {
  const f = interp.natives[interp.space.rt.mem.u32[(descr + 16) >>> 2]];
  const owner = f.objclassType;
  if (owner === undefined || !interp.isSubtype(interp.space.rt.typeObject(obj), owner)) return NULL;
  const m = nativeMethod(interp, owner, f.name);
  return m === undefined ? NULL : interp.newBuiltin(f.name, m, obj, f.qualname);
}

/** Makes the four types from builtin_function_or_method's slots (called right after it is made). */
export function makeMethodDescriptorTypes(interp: Interpreter, slots: PyTypeSlots): void {
  const space = interp.space;
  const make = (name: string) => space.newStaticType({ ...slots, name });
  interp.methodDescrType = make('method_descriptor');
  interp.wrapperDescrType = make('wrapper_descriptor');
  interp.methodWrapperType = make('method-wrapper');
  interp.classmethodDescrType = make('classmethod_descriptor');
}

I.isNativeCallableType = function (this: Interpreter, t: Ptr): boolean {
  return (
    t === this.builtinType ||
    t === this.methodDescrType ||
    t === this.methodWrapperType ||
    t === this.wrapperDescrType ||
    t === this.classmethodDescrType
  );
};

I.newMethodDescriptor = function (
  this: Interpreter,
  name: string,
  impl: NativeImpl,
  qualname: string,
  owner: Ptr,
  classmethod = false,
): Ptr {
  const op = this.newBuiltin(name, impl, NULL, qualname);
  const entry = this.natives[this.nativeIndex.get(impl) as number];
  entry.objclass = this.typeName(owner);
  entry.objclassType = owner;
  this.space.rt.mem.u32[(op + OB_TYPE) >>> 2] = classmethod
    ? this.classmethodDescrType
    : isSlotWrapper(entry.objclass, name)
      ? this.wrapperDescrType
      : this.methodDescrType;
  return op;
};

I.settleBoundBuiltin = function (this: Interpreter, op: Ptr, name: string, self: Ptr): void {
  if (this.isModule(self) || !isSlotWrapper(this.space.typeName(self), name)) return;
  this.space.rt.mem.u32[(op + OB_TYPE) >>> 2] = this.methodWrapperType;
};

I.initMethodDescriptors = function (this: Interpreter): void {
  const rt = this.space.rt;
  const native = (op: Ptr) => this.natives[rt.mem.u32[(op + 16) >>> 2]];
  const boundSelf = (op: Ptr) => rt.mem.u32[(op + 24) >>> 2] as Ptr;
  const base = this.nativeGetters.get(this.builtinType) ?? new Map();
  // descr_get_objclass: the type that defines the method (for a method-wrapper, the one
  // whose slot it wraps).
  const objclass = (op: Ptr) => {
    const f = native(op);
    const self = boundSelf(op);
    if (self !== NULL) return this.ref(nativeOwner(this, rt.typeObject(self), f.name));
    if (f.objclassType !== undefined) return this.ref(f.objclassType);
    throw new PyErr('AttributeError', `'${this.space.typeName(op)}' object has no attribute '__objclass__'`);
  };
  for (const t of [
    this.methodDescrType,
    this.wrapperDescrType,
    this.classmethodDescrType,
    this.methodWrapperType,
  ]) {
    const getters = new Map(base);
    getters.delete('__module__');
    if (t !== this.methodWrapperType) getters.delete('__self__');
    getters.set('__objclass__', objclass);
    this.nativeGetters.set(t, getters);
  }
  // method_get / wrapperdescr_get: None (without a type) gives the descriptor itself; an
  // instance of the defining type gives the bound method; anything else is a TypeError.
  const descrGet = (classmethod: boolean) => (self: Ptr, args: Ptr[], kw: Ptr[] | null) => {
    argCount('__get__', args, kw, 1, 2);
    const f = native(self);
    const owner = f.objclassType ?? NULL;
    const [obj, type = NULL] = args;
    if (classmethod) {
      const cls = obj === this.none || obj === NULL ? type : (rt.typeObject(obj) as Ptr);
      if (cls === NULL || cls === this.none) throw new PyErr('TypeError', '__get__(None, None) is invalid');
      return this.getAttr(cls, this.n.intern(f.name));
    }
    if (obj === this.none) return this.ref(self);
    if (owner !== NULL && !this.isSubtype(rt.typeObject(obj), owner))
      throw new PyErr(
        'TypeError',
        `descriptor '${f.name}' for '${f.objclass}' objects doesn't apply to a '${this.space.typeName(obj)}' object`,
      );
    const bound = bindMethodDescriptor(this, self, obj);
    return bound !== NULL ? bound : method_new(this.space, self, obj);
  };
  this.defMethod(this.methodDescrType, '__get__', descrGet(false));
  this.defMethod(this.wrapperDescrType, '__get__', descrGet(false));
  this.defMethod(this.classmethodDescrType, '__get__', descrGet(true));
};
