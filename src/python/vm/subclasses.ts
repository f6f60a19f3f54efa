// tp_subclasses: every type's dict {id(subclass): weakref to the subclass}, filled by
// add_subclass when a class is made (PyType_Ready) and emptied by remove_subclass when it
// is freed (type_dealloc); type.__subclasses__() reads it. Each class therefore owns one
// weak reference (a GC object) from birth to death, as in CPython 3.11, and the first
// subclass of a type makes its dict.

import { NULL, type Ptr } from '../../heap/index.js';
import { weakref_get, weakref_new } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** tp_subclasses of each type that has one (owned dicts), by type. */
    subclassDicts: Map<number, Ptr>;
    /** Static types whose tp_subclasses CPython's startup has already made (and never empties). */
    startupSubclassed: Set<number>;
    /** Makes the tp_subclasses dicts that exist when CPython starts running a program. */
    initSubclassDicts(): void;
    /** add_subclass(base, type). */
    addSubclass(base: Ptr, type: Ptr): void;
    /** remove_all_subclasses(type, bases): the entries of `type` in its bases' dicts. */
    removeSubclass(type: Ptr, bases: Ptr[]): void;
    /** Releases a dying class's own tp_subclasses. */
    dropSubclassDict(type: Ptr): void;
  }
}

const I = Interpreter.prototype;

// Built-in types that already have subclasses when python3 (3.11, with its site imports)
// starts a program: their dict exists, so a user's first subclass does not make one.
const STARTUP_SUBCLASSED = [
  'object',
  'type',
  'int',
  'str',
  'list',
  'dict',
  'tuple',
  'property',
  'staticmethod',
  'classmethod',
  'module',
  'builtin_function_or_method',
  'dict_keys',
  'dict_values',
  'dict_items',
  'BaseException',
  'Exception',
  'ArithmeticError',
  'LookupError',
  'ValueError',
  'RuntimeError',
  'NameError',
  'ImportError',
  'OSError',
  'ConnectionError',
  'SyntaxError',
  'IndentationError',
  'SystemError',
  'UnicodeError',
  'Warning',
  'BaseExceptionGroup',
];

I.initSubclassDicts = function (this: Interpreter): void {
  this.subclassDicts = new Map();
  this.startupSubclassed = new Set();
  const b = this.builtinsDict;
  for (const name of STARTUP_SUBCLASSED) {
    let t = this.n.dictGet(b, this.n.intern(name));
    if (t === NULL) t = this.space.builtinTypes.get(name) ?? NULL;
    if (t === NULL || !this.isType(t) || this.startupSubclassed.has(t)) continue;
    this.startupSubclassed.add(t);
    this.subclassDicts.set(t, this.n.dict());
  }
  // The static types' own links (PyType_Ready's add_subclass): bool under int, and each
  // built-in exception under its base, made in the order of exceptions.c's table.
  const baseExc = this.exc.type('BaseException');
  const statics: Ptr[] = [];
  for (const [key, t] of this.n.dictItems(b)) {
    if (!this.isType(t) || this.classes.has(t) || !this.isSubtype(t, baseExc) || t === baseExc) continue;
    if (this.n.jsStr(key) === this.typeName(t)) statics.push(t);
  }
  const depth = (t: Ptr) => this.mroOf(t).length;
  statics.sort((x, y) => depth(x) - depth(y) || (this.typeName(x) < this.typeName(y) ? -1 : 1));
  const boolType = this.n.dictGet(b, this.n.intern('bool'));
  for (const t of [boolType, ...statics]) {
    const base = this.space.slots(t).base;
    if (base !== NULL) this.addSubclass(base, t);
  }
};

I.addSubclass = function (this: Interpreter, base: Ptr, type: Ptr): void {
  const n = this.n;
  const key = n.int(type);
  const ref = weakref_new(this.space, type, NULL);
  let dict = this.subclassDicts.get(base);
  if (dict === undefined) {
    dict = n.dict();
    this.subclassDicts.set(base, dict);
  }
  n.dictSet(dict, key, ref);
  this.decref(ref);
  this.decref(key);
};

I.removeSubclass = function (this: Interpreter, type: Ptr, bases: Ptr[]): void {
  const n = this.n;
  for (const base of bases) {
    const dict = this.subclassDicts.get(base);
    if (dict === undefined) continue;
    const key = n.int(type);
    n.dictDel(dict, key);
    this.decref(key);
    if (n.size(dict) === 0 && !this.startupSubclassed.has(base)) {
      this.subclassDicts.delete(base);
      this.decref(dict);
    }
  }
};

I.dropSubclassDict = function (this: Interpreter, type: Ptr): void {
  const dict = this.subclassDicts.get(type);
  if (dict === undefined) return;
  this.subclassDicts.delete(type);
  this.decref(dict);
};

/** type.__subclasses__(): the live subclasses, oldest first. */
export function typeSubclasses(interp: Interpreter, type: Ptr): Ptr {
  const out: Ptr[] = [];
  const dict = interp.subclassDicts.get(type);
  if (dict !== undefined) {
    for (const [, ref] of interp.n.dictItems(dict)) {
      const t = weakref_get(interp.space, ref);
      if (t !== NULL && t !== interp.none) out.push(interp.ref(t));
    }
  }
  return interp.n.list(out);
}
