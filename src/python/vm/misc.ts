// `with` statements, generator methods and function attributes.

import { NULL, type Ptr } from '../../heap/index.js';
import { cell_new, func_get, func_set, method_new, PyErr } from '../../objects/index.js';
import { builtinDoc } from './builtindocs.js';
import { EXC } from './exceptions.js';
import { Interpreter } from './interp.js';
import { isSlotWrapper } from './slotwrappers.js';

declare module './interp.js' {
  interface Interpreter {
    /** The value __enter__ returned, handed from withEnter to withValue. */
    withEntered: Ptr;
    /** BEFORE_WITH (mgr stolen; BEFORE_ASYNC_WITH when `isAsync`): the bound __exit__; __enter__'s result waits in withEntered. */
    withEnter(mgr: Ptr, isAsync?: boolean): Ptr;
    withValue(): Ptr;
    withExit(exit: Ptr, exc: Ptr): boolean;
    withExitNormal(exit: Ptr): void;
    initMisc(): void;
  }
}

const I = Interpreter.prototype;

/**
 * BEFORE_WITH (mgr stolen; BEFORE_ASYNC_WITH when `isAsync`): the bound __exit__ (new
 * reference); __enter__'s result waits in withEntered. As in CPython, the manager's own
 * reference is dropped once both methods are bound, before __enter__ runs.
 */
I.withEnter = function (this: Interpreter, mgr: Ptr, isAsync = false): Ptr {
  let boundEnter: Ptr;
  let boundExit: Ptr;
  try {
    [boundEnter, boundExit] = withMethods(this, mgr, isAsync);
  } finally {
    this.decref(mgr);
  }
  try {
    this.withEntered = this.call(boundEnter, []);
  } catch (e) {
    this.decref(boundExit);
    throw e;
  }
  return boundExit;
};

// _PyObject_LookupSpecial of __enter__ (its descriptor may raise), then of __exit__ (or
// __aenter__ and __aexit__): both bound.
function withMethods(interp: Interpreter, mgr: Ptr, isAsync: boolean): [Ptr, Ptr] {
  const n = interp.n;
  const type = interp.space.rt.typeObject(mgr);
  const enterName = n.intern(isAsync ? '__aenter__' : '__enter__');
  const exitName = n.intern(isAsync ? '__aexit__' : '__exit__');
  const enter = interp.typeLookup(type, enterName);
  if (enter === NULL && !isAsync && !interp.classes.has(type)) {
    // A static type's __enter__/__exit__ are native methods (memoryview).
    const boundEnter = interp.getAttrOrNull(mgr, enterName);
    const boundExit = boundEnter === NULL ? NULL : interp.getAttrOrNull(mgr, exitName);
    if (boundExit !== NULL) return [boundEnter, boundExit];
    if (boundEnter !== NULL) interp.decref(boundEnter);
  }
  const protocol = `'${interp.space.typeName(mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol`;
  if (enter === NULL) throw new PyErr('TypeError', protocol);
  const boundEnter = interp.bindDescriptor(enter, mgr, type);
  try {
    const exit = interp.typeLookup(type, exitName);
    if (exit === NULL)
      throw new PyErr('TypeError', `${protocol} (missed ${isAsync ? '__aexit__' : '__exit__'} method)`);
    return [boundEnter, interp.bindDescriptor(exit, mgr, type)];
  } catch (e) {
    interp.decref(boundEnter);
    throw e;
  }
}

I.withValue = function (this: Interpreter): Ptr {
  const v = this.withEntered;
  this.withEntered = NULL;
  return v;
};

/** __exit__(type, value, traceback) for an exception; true if it was suppressed. */
I.withExit = function (this: Interpreter, exit: Ptr, exc: Ptr): boolean {
  const type = this.space.rt.typeObject(exc);
  const tb = this.exc.get(exc, EXC.traceback);
  return this.truthyRelease(this.callBorrowed(exit, [type, exc, tb === NULL ? this.none : tb]));
};

/** __exit__(None, None, None) after a normal exit (exit stolen). */
I.withExitNormal = function (this: Interpreter, exit: Ptr): void {
  try {
    this.decref(this.callBorrowed(exit, [this.none, this.none, this.none]));
  } finally {
    this.decref(exit);
  }
};

I.initMisc = function (this: Interpreter): void {
  const n = this.n;
  const space = this.space;
  // Function attributes.
  const F = space.functions.type;
  // func_descr_get: a function bound to an instance (None or no instance: the function).
  this.defMethod(F, '__get__', (self, a, k) => {
    if (k !== null && k.length > 0)
      throw new PyErr('TypeError', 'wrapper __get__() takes no keyword arguments');
    if (a.length < 1 || a.length > 2)
      throw new PyErr('TypeError', `expected 1 or 2 arguments, got ${a.length}`);
    if (a[0] === this.none) return this.ref(self);
    return method_new(space, self, a[0]);
  });
  const field =
    (
      name:
        | 'name'
        | 'qualname'
        | 'defaults'
        | 'kwdefaults'
        | 'closure'
        | 'doc'
        | 'module'
        | 'code'
        | 'globals'
        | 'builtins',
    ) =>
    (self: Ptr) => {
      const v = func_get(space, self, name);
      return v === NULL ? this.newNone() : this.ref(v);
    };
  const getters = new Map<string, (self: Ptr) => Ptr>([
    ['__name__', field('name')],
    ['__qualname__', field('qualname')],
    ['__defaults__', field('defaults')],
    ['__kwdefaults__', field('kwdefaults')],
    ['__closure__', field('closure')],
    ['__doc__', field('doc')],
    ['__module__', field('module')],
    ['__code__', field('code')],
    ['__globals__', field('globals')],
    ['__builtins__', field('builtins')],
    [
      '__annotations__',
      (self: Ptr) => {
        // func_get_annotations: an empty dict made on first use.
        let d = func_get(space, self, 'annotations');
        if (d === NULL) {
          d = n.dict();
          func_set(space, self, 'annotations', d);
          this.decref(d);
        }
        return this.ref(d);
      },
    ],
    [
      '__dict__',
      (self: Ptr) => {
        let d = func_get(space, self, 'dict');
        if (d === NULL) {
          d = n.dict();
          func_set(space, self, 'dict', d);
          this.decref(d);
        }
        return this.ref(d);
      },
    ],
  ]);
  this.nativeGetters.set(F, getters);
  const cellGetters = new Map([
    [
      'cell_contents',
      (self: Ptr) => {
        const v = space.rt.mem.u32[(self + 16) >>> 2] as Ptr;
        if (v === NULL) throw new PyErr('ValueError', 'Cell is empty');
        return this.ref(v);
      },
    ],
  ]);
  this.nativeGetters.set(space.cells.type, cellGetters);
  // cell_new: types.CellType() is an empty cell, CellType(x) holds x.
  this.constructors.set(space.cells.type, (_t, args, kw) => {
    if (kw !== null && kw.length > 0) throw new PyErr('TypeError', 'cell() takes no keyword arguments');
    if (args.length > 1) throw new PyErr('TypeError', `cell expected at most 1 argument, got ${args.length}`);
    return cell_new(space, args[0] ?? NULL);
  });
  const methodFunc = (self: Ptr) => space.rt.mem.u32[(self + 16) >>> 2] as Ptr;
  const methodGetters = new Map([
    ['__self__', (self: Ptr) => this.ref(space.rt.mem.u32[(self + 24) >>> 2] as Ptr)],
    ['__func__', (self: Ptr) => this.ref(methodFunc(self))],
  ]);
  // method_getattro hands other attributes to the function (__name__, __qualname__, …).
  for (const name of ['__name__', '__qualname__', '__module__', '__doc__']) {
    methodGetters.set(name, (self: Ptr) => this.getAttr(methodFunc(self), this.n.intern(name)));
  }
  this.nativeGetters.set(space.methods.type, methodGetters);
  // builtin_function_or_method: __name__, __qualname__ (type.name for a method), __module__
  // (the module's name for a module function, None for a method of an object).
  const native = (self: Ptr) => this.natives[space.rt.mem.u32[(self + 16) >>> 2]];
  const boundTo = (self: Ptr) => space.rt.mem.u32[(self + 24) >>> 2] as Ptr;
  // The module whose namespace holds a module-level built-in function (its m_self in
  // CPython); builtins first, and one holding it under its own name before one that merely
  // has it in some variable (`for f in [gc.collect]` in __main__). NULL if none holds it.
  const homeModule = (fn: Ptr): Ptr => {
    const mods = [...this.modules.values()];
    if (this.sysModules !== NULL) for (const [, m] of this.n.dictItems(this.sysModules)) mods.push(m);
    const name = this.n.str(native(fn).name);
    try {
      for (const mod of mods)
        if (this.isModule(mod) && this.n.dictGet(this.moduleDict(mod), name) === fn) return mod;
    } finally {
      this.decref(name);
    }
    for (const mod of mods) {
      if (!this.isModule(mod)) continue;
      for (const [, v] of this.n.dictItems(this.moduleDict(mod))) if (v === fn) return mod;
    }
    return NULL;
  };
  this.nativeGetters.set(
    this.builtinType,
    new Map([
      ['__name__', (self: Ptr) => this.n.str(native(self).name)],
      [
        '__qualname__',
        (self: Ptr) => {
          const b = boundTo(self);
          const f = native(self);
          const short = (tn: string) => tn.slice(tn.lastIndexOf('.') + 1);
          // A method descriptor (`list.append`): descr_get_qualname's "type.name".
          if (b === NULL && f.objclass !== undefined) return this.n.str(`${short(f.objclass)}.${f.name}`);
          if (b === NULL || this.isModule(b)) return this.n.str(f.name);
          const owner = this.isType(b) ? b : space.rt.typeObject(b);
          return this.n.str(`${short(this.typeName(owner))}.${f.name}`);
        },
      ],
      [
        '__module__',
        (self: Ptr) => {
          const b = boundTo(self);
          // method_descriptor, wrapper_descriptor and method-wrapper have no __module__.
          const f = native(self);
          const kind =
            b === NULL
              ? f.objclass === undefined
                ? null
                : isSlotWrapper(f.objclass, f.name)
                  ? 'wrapper_descriptor'
                  : 'method_descriptor'
              : !this.isModule(b) && !this.isType(b) && isSlotWrapper(space.typeName(b), f.name)
                ? 'method-wrapper'
                : null;
          if (kind !== null)
            throw new PyErr('AttributeError', `'${kind}' object has no attribute '__module__'`);
          // m_module: the module's __name__ object itself (one str for every read).
          if (b === NULL) {
            const mod = homeModule(self);
            return mod === NULL ? this.n.str('builtins') : this.getAttr(mod, this.n.intern('__name__'));
          }
          if (this.isModule(b)) return this.getAttr(b, this.n.intern('__name__'));
          return this.newNone();
        },
      ],
      // CPython's docstrings (builtindocs.ts): a function's by name, a method's by the
      // type along its owner's MRO that has it. pymm's built-ins carry no text signatures.
      [
        '__doc__',
        (self: Ptr) => {
          const b = boundTo(self);
          const f = native(self);
          const short = (tn: string) => tn.slice(tn.lastIndexOf('.') + 1);
          let doc: string | undefined;
          if (b === NULL && f.objclass !== undefined) doc = builtinDoc(`${short(f.objclass)}.${f.name}`);
          else if (b === NULL || this.isModule(b)) doc = builtinDoc(f.name);
          else {
            const owner = this.isType(b) ? b : space.rt.typeObject(b);
            for (const t of this.mroOf(owner)) {
              doc = builtinDoc(`${short(this.typeName(t))}.${f.name}`);
              if (doc !== undefined) break;
            }
          }
          return doc === undefined ? this.newNone() : this.n.str(doc);
        },
      ],
      ['__text_signature__', () => this.newNone()],
      [
        '__self__',
        (self: Ptr) => {
          const b = boundTo(self);
          if (b !== NULL) return this.ref(b);
          // A method descriptor has none; a function of the builtins module has the module.
          const f = native(self);
          if (f.objclass !== undefined) {
            const kind = isSlotWrapper(f.objclass, f.name) ? 'wrapper_descriptor' : 'method_descriptor';
            throw new PyErr('AttributeError', `'${kind}' object has no attribute '__self__'`);
          }
          const mod = homeModule(self);
          return mod === NULL ? this.newNone() : this.ref(mod);
        },
      ],
    ]),
  );
};
