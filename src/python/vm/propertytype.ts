// property (descrobject.c's propertyobject): its constructor, __new__ and __init__ (so that
// `class P(property)` works), getter/setter/deleter copies (property_copy, which keep the
// subclass and the getter's docstring), __set_name__, and the tp_descr_get/tp_descr_set
// behaviour shared by property and its subclasses.
//
// Layout (descriptors.ts): +16 fget  +24 fset  +32 fdel  +40 doc  +48 name  +56 getter_doc,
// where getter_doc is NULL or a reference to True (every word is a reference to the collector).

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { parseArgs } from './args.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    initProperty(): void;
  }
}

const I = Interpreter.prototype;

/** _PyObject_IsAbstract of a wrapped callable (NULL: not abstract): its __isabstractmethod__ is true. */
export function wrapsAbstractMethod(interp: Interpreter, f: Ptr): boolean {
  if (f === NULL) return false;
  const v = interp.getAttrCleared(f, interp.n.intern('__isabstractmethod__'));
  if (v === NULL) return false;
  try {
    return interp.truthy(v);
  } finally {
    interp.decref(v);
  }
}

const FGET = 0;
const FSET = 1;
const FDEL = 2;
const DOC = 3;
const NAME = 4;
const GETTER_DOC = 5;

function word(interp: Interpreter, op: Ptr, i: number): Ptr {
  return interp.space.rt.mem.u32[(op + 16 + 8 * i) >>> 2] as Ptr;
}

// Py_XSETREF of word `i` to `value` (borrowed; NULL clears).
function setWord(interp: Interpreter, op: Ptr, i: number, value: Ptr): void {
  const at = (op + 16 + 8 * i) >>> 2;
  const u32 = interp.space.rt.mem.u32;
  const old = u32[at] as Ptr;
  if (value !== NULL) interp.incref(value);
  u32[at] = value;
  if (old !== NULL) interp.decref(old);
}

/** Whether `type` is property or a class derived from it. */
export function isPropertyType(interp: Interpreter, type: Ptr): boolean {
  return (
    type === interp.propertyType || (interp.classes.has(type) && interp.isSubtype(type, interp.propertyType))
  );
}

/** property_descr_get for an instance `obj` (not NULL): fget(obj), a new reference. */
export function propertyGet(interp: Interpreter, prop: Ptr, obj: Ptr): Ptr {
  const fget = word(interp, prop, FGET);
  if (fget === NULL || fget === interp.none)
    throw new PyErr('AttributeError', propertyMessage(interp, prop, obj, 'getter'));
  return interp.callBorrowed(fget, [obj]);
}

/** property_descr_set: fset(obj, value), or fdel(obj) when `value` is NULL. */
export function propertySet(interp: Interpreter, prop: Ptr, obj: Ptr, value: Ptr): void {
  const what = value === NULL ? 'deleter' : 'setter';
  const f = word(interp, prop, value === NULL ? FDEL : FSET);
  if (f === NULL || f === interp.none)
    throw new PyErr('AttributeError', propertyMessage(interp, prop, obj, what));
  interp.decref(interp.callBorrowed(f, value === NULL ? [obj] : [obj, value]));
}

// 3.11's message names the property (by the name __set_name__ gave it) and the owner's type.
function propertyMessage(interp: Interpreter, prop: Ptr, obj: Ptr, what: string): string {
  const nm = word(interp, prop, NAME);
  const name = nm !== NULL && interp.n.isStr(nm) ? interp.reprOf(nm) : '';
  const type = interp.space.rt.typeObject(obj);
  const q = interp.classes.has(type) ? (interp.space.rt.mem.u32[(type + 80) >>> 2] as Ptr) : NULL;
  const owner = q !== NULL ? interp.n.jsStr(q) : interp.space.typeName(obj);
  return name === ''
    ? `property of '${owner}' object has no ${what}`
    : `property ${name} of '${owner}' object has no ${what}`;
}

/** property.__set_name__(owner, name) of a property object: the name its messages show. */
export function propertySetName(interp: Interpreter, prop: Ptr, name: Ptr): void {
  setWord(interp, prop, NAME, name);
}

// property_init_impl (3.11): None accessors are stored as NULL; without a doc, the getter's
// __doc__ becomes the property's, or for a subclass an attribute of the instance (so that
// the subclass's own __doc__ does not shadow it), an AttributeError there propagating.
function propertyInit(interp: Interpreter, self: Ptr, args: Ptr[], kw: Ptr[] | null): void {
  const [fget, fset, fdel, doc] = parseArgs(interp, 'property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
  const f = (x: Ptr) => (x === interp.none ? NULL : x);
  setWord(interp, self, FGET, f(fget));
  setWord(interp, self, FSET, f(fset));
  setWord(interp, self, FDEL, f(fdel));
  setWord(interp, self, DOC, doc);
  setWord(interp, self, NAME, NULL);
  setWord(interp, self, GETTER_DOC, NULL);
  if ((doc !== NULL && doc !== interp.none) || f(fget) === NULL) return;
  const getDoc = interp.getAttrOrNull(fget, interp.n.intern('__doc__'));
  if (getDoc === NULL) return;
  try {
    if (interp.space.rt.typeObject(self) === interp.propertyType) setWord(interp, self, DOC, getDoc);
    else interp.setAttr(self, interp.n.intern('__doc__'), getDoc);
  } finally {
    interp.decref(getDoc);
  }
  setWord(interp, self, GETTER_DOC, interp.space.true);
}

// property_copy: type(old)(fget, fset, fdel, doc) with one accessor replaced; the getter's
// docstring is taken again from a new getter when the old one came from the getter.
function propertyCopy(interp: Interpreter, old: Ptr, slot: number, value: Ptr): Ptr {
  const none = interp.none;
  const parts = [FGET, FSET, FDEL].map((i) => {
    const given = i === slot && value !== none ? value : NULL;
    return given !== NULL ? given : word(interp, old, i) || none;
  });
  const doc =
    word(interp, old, GETTER_DOC) !== NULL && parts[FGET] !== none ? none : word(interp, old, DOC) || none;
  const type = interp.space.rt.typeObject(old);
  for (const p of parts) interp.incref(p);
  interp.incref(doc);
  const made = interp.call(interp.ref(type), [...parts, doc]);
  if (isPropertyType(interp, interp.space.rt.typeObject(made)))
    setWord(interp, made, NAME, word(interp, old, NAME));
  return made;
}

I.initProperty = function (this: Interpreter): void {
  const t = this.propertyType;
  // property.__doc__, a writable member (prop_doc at +40); NULL deletes it.
  this.nativeSetters.set(
    t,
    new Map([
      [
        '__doc__',
        (prop: Ptr, value: Ptr) => {
          const mem = this.space.rt.mem;
          const at = (prop + 40) >>> 2;
          const old = mem.u32[at] as Ptr;
          mem.u32[at] = value === NULL ? NULL : this.ref(value);
          if (old !== NULL) this.decref(old);
        },
      ],
    ]),
  );
  // property_traverse: the five references, not the getter_doc flag word.
  this.space.slots(t).traverse = (op, visit) => {
    const u32 = this.space.rt.mem.u32;
    for (let i = FGET; i <= NAME; i++) {
      const v = u32[(op + 16 + 8 * i) >>> 2] as Ptr;
      if (v !== NULL) visit(v);
    }
  };
  // property(...): PyType_GenericNew then property_init.
  this.constructors.set(t, (_t, args, kw) => {
    const op = this.newRefsObject(t, 64, []);
    try {
      propertyInit(this, op, args, kw);
    } catch (e) {
      this.decref(op);
      throw e;
    }
    return op;
  });
  // property.__new__(cls, ...): an empty property of `cls` (PyType_GenericNew ignores arguments).
  this.defMethod(t, '__new__', (_self, args) => {
    const cls = args[0];
    if (cls === undefined) throw new PyErr('TypeError', 'property.__new__(): not enough arguments');
    if (!this.isType(cls))
      throw new PyErr(
        'TypeError',
        `property.__new__(X): X is not a type object (${this.space.typeName(cls)})`,
      );
    if (!this.isSubtype(cls, t)) {
      const cn = this.typeName(cls);
      throw new PyErr('TypeError', `property.__new__(${cn}): ${cn} is not a subtype of property`);
    }
    return cls === t ? this.newRefsObject(t, 64, []) : this.newInstance(cls);
  });
  this.defMethod(t, '__init__', (self, args, kw) => {
    propertyInit(this, self, args, kw);
    return this.newNone();
  });
  for (const [name, slot] of [
    ['getter', FGET],
    ['setter', FSET],
    ['deleter', FDEL],
  ] as const) {
    this.defMethod(t, name, (self, args, kw) => {
      if ((kw?.length ?? 0) > 0)
        throw new PyErr('TypeError', `property.${name}() takes no keyword arguments`);
      if (args.length !== 1)
        throw new PyErr('TypeError', `property.${name}() takes exactly one argument (${args.length} given)`);
      return propertyCopy(this, self, slot, args[0]);
    });
  }
  // property_set_name: exactly (owner, name), positionally.
  this.defMethod(t, '__set_name__', (self, args, kw) => {
    const given = args.length - (kw?.length ?? 0);
    if ((kw?.length ?? 0) > 0)
      throw new PyErr('TypeError', 'property.__set_name__() takes no keyword arguments');
    if (given !== 2)
      throw new PyErr('TypeError', `__set_name__() takes 2 positional arguments but ${given} were given`);
    propertySetName(this, self, args[1]);
    return this.newNone();
  });
  const getter = (i: number) => (self: Ptr) => this.ref(word(this, self, i) || this.none);
  const wrapsAbstract = (f: Ptr) => wrapsAbstractMethod(this, f);
  this.nativeGetters.set(
    t,
    new Map([
      ['fget', getter(FGET)],
      ['fset', getter(FSET)],
      ['fdel', getter(FDEL)],
      ['__doc__', getter(DOC)],
      // property_get___isabstractmethod__: any accessor abstract.
      [
        '__isabstractmethod__',
        (self: Ptr) => this.bool([FGET, FSET, FDEL].some((i) => wrapsAbstract(word(this, self, i)))),
      ],
    ]),
  );
};
