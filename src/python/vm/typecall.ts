// Calling a type: `C(...)` makes an instance (__new__, then __init__), `type(x)` answers
// the type, `type(name, bases, ns)` makes a class, and built-in types use their own
// constructors (registered by builtins.ts).

import { TP_FLAGS, TPFLAGS_TYPE_SUBCLASS } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  enterRecursiveCall,
  type GuardState,
  PyErr,
  recursionErrorFor,
  tuple_initItem,
  tuple_new,
} from '../../objects/index.js';
import type { NativeImpl } from './calls.js';
import { type ClassInfo, HT } from './classes.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** Constructors of built-in types: called with borrowed args; return a new reference. */
    constructors: Map<number, NativeImpl>;
    /**
     * `C(a, …)` from call0..call3 (`n` arguments, `type`'s metatype exactly type): when `C` is
     * a class with object.__new__ and a remembered plain Python __init__ taking them straight,
     * callType's work without its dispatch (type, args stolen); else NULL, nothing consumed.
     */
    plainClassCall(type: Ptr, n: number, a: Ptr, b: Ptr, c: Ptr): Ptr;
  }
}

const I = Interpreter.prototype;

// The interned '__new__' and '__init__' that a class call looks up, of the interpreter that
// made the last class call (kept here: a property added to the Interpreter while a program
// runs changes its hidden class under every compiled `$.` access).
let callNames: { interp: Interpreter; names: [Ptr, Ptr] } | null = null;

function classCallNames(interp: Interpreter): [Ptr, Ptr] {
  if (callNames === null || callNames.interp !== interp)
    callNames = { interp, names: [interp.n.intern('__new__'), interp.n.intern('__init__')] };
  return callNames.names;
}

// Py_EnterRecursiveCall's text in _PyObject_MakeTpCall.
const CALL_WHERE = ' while calling a Python object';

/** Calls a type object `type` with `args` (stolen). */
I.callType = function (this: Interpreter, type: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const space = this.space;
  try {
    if (type === space.typeType) return typeCall(this, args, kwnames);
    const info = this.classes.get(type);
    if (info === undefined) {
      const ctor = this.constructors.get(type);
      if (ctor !== undefined) {
        if (this.hasVectorcall(type)) return ctor(type, args, kwnames);
        if (this.argsGiven) {
          this.argsGiven = false; // CALL_FUNCTION_EX made them
          return ctor(type, args, kwnames);
        }
        // withTpCall, written out (no closure per call): the tuple and dict live while it runs.
        const npos = args.length - (kwnames === null ? 0 : kwnames.length);
        const tuple = this.argsTuple(args, 0, npos);
        let dict = NULL;
        try {
          dict = this.kwargsDict(args, kwnames);
          return ctor(type, args, kwnames);
        } finally {
          if (tuple !== NULL) this.decref(tuple);
          if (dict !== NULL) this.decref(dict);
        }
      }
      // BaseException_new keeps _PyObject_MakeTpCall's tuple as its args (made by exc.create).
      if (this.exc.byType.has(type)) return this.exceptionNew(type, args, kwnames);
      throw new PyErr('TypeError', `cannot create '${this.typeName(type)}' instances`);
    }
    // A metaclass (a subclass of type, Py_TPFLAGS_TYPE_SUBCLASS in its own flags) makes classes.
    if ((space.rt.mem.u32[(type + TP_FLAGS) >>> 2] & TPFLAGS_TYPE_SUBCLASS) !== 0)
      return this.callMetaclass(type, args, kwnames);
    // type_call through _PyObject_MakeTpCall: the arguments in a tuple and a dict while it
    // runs. An exception's tuple becomes its `args` (BaseException_new keeps it).
    // Py_EnterRecursiveCall written out (callGuard's closure per instance showed in profiles).
    let tuple = NULL;
    let dict = NULL;
    if (this.argsGiven) {
      this.argsGiven = false; // CALL_FUNCTION_EX made them
    } else {
      const nkw = kwnames === null ? 0 : kwnames.length;
      tuple = isExceptionClass(this, type) ? NULL : this.argsTuple(args, 0, args.length - nkw);
      dict = nkw === 0 ? NULL : this.kwargsDict(args, kwnames);
    }
    let state: GuardState | null = null;
    try {
      state = enterRecursiveCall(space, CALL_WHERE);
      return classCall(this, type, info, args, kwnames);
    } catch (error) {
      throw state === null ? error : recursionErrorFor(error, CALL_WHERE);
    } finally {
      if (state !== null) state.depth--;
      if (tuple !== NULL) this.decref(tuple);
      if (dict !== NULL) this.decref(dict);
    }
  } finally {
    for (let i = 0; i < args.length; i++) this.decref(args[i]);
  }
};

I.plainClassCall = function (this: Interpreter, type: Ptr, n: number, a: Ptr, b: Ptr, c: Ptr): Ptr {
  const info = this.classes.get(type);
  if (info === undefined || info.plainNew !== true || this.argsGiven) return NULL;
  const space = this.space;
  const u32 = space.rt.mem.u32;
  if ((u32[(type + TP_FLAGS) >>> 2] & TPFLAGS_TYPE_SUBCLASS) !== 0) return NULL;
  // plainInit's answer only when remembered (a look-up might run code: the general path's).
  const cached = info.initCache;
  if (
    cached === undefined ||
    cached.init === NULL ||
    cached.version !== u32[(type + HT.version) >>> 2] ||
    cached.deaths !== space.strs.internedDeaths
  )
    return NULL;
  const init = cached.init;
  const code = this.fastCode(init, n + 1);
  if (code === undefined) return NULL;
  // callType's sequence: _PyObject_MakeTpCall's tuple (a plain __init__'s class is no
  // exception class), Py_EnterRecursiveCall, then classCall's fast branch.
  let tuple = NULL;
  if (n > 0) {
    tuple = tuple_new(space, n);
    this.incref(a);
    tuple_initItem(space, tuple, 0, a);
    if (n > 1) {
      this.incref(b);
      tuple_initItem(space, tuple, 1, b);
      if (n > 2) {
        this.incref(c);
        tuple_initItem(space, tuple, 2, c);
      }
    }
  }
  let state: GuardState | null = null;
  try {
    state = enterRecursiveCall(space, CALL_WHERE);
    const obj = this.newInstance(type, info);
    // __init__'s frame takes references of its own (the call's stay with the caller, as
    // CPython's stack keeps them); init is held while it runs, as _PyType_Lookup's caller does.
    if (n > 0) {
      this.incref(a);
      if (n > 1) {
        this.incref(b);
        if (n > 2) this.incref(c);
      }
    }
    this.incref(init);
    let r: Ptr;
    try {
      this.incref(obj);
      r = this.checked(
        n === 0
          ? code.fn(init, obj)
          : n === 1
            ? code.fn(init, obj, a)
            : n === 2
              ? code.fn(init, obj, a, b)
              : code.fn(init, obj, a, b, c),
      );
    } catch (error) {
      this.decref(obj);
      throw error;
    } finally {
      this.decref(init);
    }
    return checkInitResult(this, r, obj);
  } catch (error) {
    throw state === null ? error : recursionErrorFor(error, CALL_WHERE);
  } finally {
    if (state !== null) state.depth--;
    if (tuple !== NULL) this.decref(tuple);
    if (n > 0) {
      this.decref(a);
      if (n > 1) {
        this.decref(b);
        if (n > 2) this.decref(c);
      }
    }
    this.decref(type);
  }
};

// type_call for a class: __new__ (object.__new__ or the class's), then __init__.
function classCall(
  interp: Interpreter,
  calledType: Ptr,
  calledInfo: ClassInfo,
  args: Ptr[],
  kwnames: Ptr[] | null,
): Ptr {
  let type = calledType;
  let info = calledInfo;
  const space = interp.space;
  {
    if (kwnames === null && args.length <= 3) {
      // object.__new__ and a plain Python __init__: straight into its frame, no arrays.
      const init = plainInit(interp, type, info);
      const code = init === NULL ? undefined : interp.fastCode(init, args.length + 1);
      if (code !== undefined) {
        const obj =
          info.plainNew === true ? interp.newInstance(type, info) : baseNew(interp, type, args, null);
        for (const a of args) interp.incref(a);
        interp.incref(init); // held while it runs, as _PyType_Lookup's caller does
        let r: Ptr;
        try {
          r = interp.checked(
            args.length === 0
              ? code.fn(init, interp.ref(obj))
              : args.length === 1
                ? code.fn(init, interp.ref(obj), args[0])
                : args.length === 2
                  ? code.fn(init, interp.ref(obj), args[0], args[1])
                  : code.fn(init, interp.ref(obj), args[0], args[1], args[2]),
          );
        } catch (error) {
          interp.decref(obj);
          throw error;
        } finally {
          interp.decref(init);
        }
        return checkInitResult(interp, r, obj);
      }
    }
    const names = classCallNames(interp);
    const newFn = interp.typeLookup(type, names[0]);
    let obj: Ptr;
    if (newFn !== NULL) {
      // slot_tp_new: __new__(type, *args, **kwargs) through _PyObject_Call_Prepend.
      obj = interp.withUnpackDict(
        kwnames,
        () =>
          interp.callKw(
            interp.ref(unwrapStatic(interp, newFn)),
            [interp.ref(type), ...args.map((a) => interp.ref(a))],
            kwnames,
          ),
        [type, ...args],
      );
      const made = space.rt.typeObject(obj);
      if (!interp.isSubtype(made, type)) return obj;
      // type_call: an instance of a subclass is initialised by its own type's __init__.
      if (made !== type) {
        const madeInfo = interp.classes.get(made);
        if (madeInfo !== undefined) {
          type = made;
          info = madeInfo;
        }
      }
    } else {
      // slot_tp_new left by a deleted __new__: object.__new__(type, *args) refuses them.
      if (
        info.slotNew === true &&
        args.length > 0 &&
        info.mro.find((t) => !interp.classes.has(t)) === space.objectType
      )
        throw new PyErr('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
      obj = baseNew(interp, type, args, kwnames);
    }
    const init = interp.typeLookup(type, names[1]);
    if (init !== NULL) {
      // slot_tp_init: __init__(self, *args, **kwargs) through _PyObject_Call_Prepend; an
      // attribute that is not a function is bound first (lookup_method).
      let r: Ptr;
      try {
        r =
          space.rt.typeObject(init) === space.functions.type
            ? interp.withUnpackDict(
                kwnames,
                () =>
                  interp.callKw(
                    interp.ref(init),
                    [interp.ref(obj), ...args.map((a) => interp.ref(a))],
                    kwnames,
                  ),
                [obj, ...args],
              )
            : interp.callKw(
                interp.bindDescriptor(init, obj, type),
                args.map((a) => interp.ref(a)),
                kwnames,
              );
      } catch (error) {
        // type_call: an __init__ that raises leaves the new object to its last reference.
        interp.decref(obj);
        throw error;
      }
      checkInitResult(interp, r, obj);
    } else if (info.builtinBase !== NULL) {
      // The built-in's own __init__ (list, dict, set); the others took theirs in __new__.
      try {
        interp.builtinInit(obj, info.builtinBase, args, kwnames);
      } catch (error) {
        interp.decref(obj);
        throw error;
      }
    } else if (nativeNewOf(interp, type) !== undefined) {
      // The tp_init of a built-in base with a native tp_new for subtypes (property_init;
      // weakref___init__, which refuses the keywords its __new__ ignored).
      const nativeInit = nativeInitOf(interp, type);
      if (nativeInit !== undefined) {
        try {
          interp.decref(nativeInit(obj, args, kwnames));
        } catch (error) {
          interp.decref(obj);
          throw error;
        }
      }
    } else if (
      args.length > 0 &&
      (type === calledType ? newFn : interp.typeLookup(type, names[0])) === NULL &&
      !isExceptionClass(interp, type)
    ) {
      interp.decref(obj);
      throw new PyErr('TypeError', `${interp.typeName(type)}() takes no arguments`);
    }
    return obj;
  }
}

// The `__init__` of a class without `__new__` along its MRO that is not an exception class
// (NULL otherwise): two _PyType_Lookups, remembered while the class's version tag holds.
function plainInit(interp: Interpreter, type: Ptr, info: ClassInfo): Ptr {
  const space = interp.space;
  const version = space.rt.mem.u32[(type + HT.version) >>> 2];
  const deaths = space.strs.internedDeaths;
  const cached = info.initCache;
  if (cached !== undefined && cached.version === version && cached.deaths === deaths) return cached.init;
  const names = classCallNames(interp);
  let init = NULL;
  if (info.slotNew !== true && interp.typeLookup(type, names[0]) === NULL && !isExceptionClass(interp, type))
    init = interp.typeLookup(type, names[1]);
  // A lookup that ran code (a key's __eq__) and changed a class dict is not remembered.
  if (space.rt.mem.u32[(type + HT.version) >>> 2] === version) info.initCache = { version, deaths, init };
  return init;
}

// type_call's check of what __init__ returned (`r`, consumed); returns `obj`.
function checkInitResult(interp: Interpreter, r: Ptr, obj: Ptr): Ptr {
  if (r !== interp.none) {
    const tn = interp.space.typeName(r);
    interp.decref(r);
    interp.decref(obj);
    throw new PyErr('TypeError', `__init__() should return None, not '${tn}'`);
  }
  interp.decref(r);
  return obj;
}

function isExceptionClass(interp: Interpreter, type: Ptr): boolean {
  const info = interp.classes.get(type);
  if (info === undefined) return interp.exc.isSubtype(type, interp.exc.baseException);
  // A class's bases never change in pymm, so the answer is remembered.
  info.exceptionClass ??= interp.exc.isSubtype(type, interp.exc.baseException);
  return info.exceptionClass;
}

function unwrapStatic(interp: Interpreter, f: Ptr): Ptr {
  if (interp.space.rt.typeObject(f) === interp.staticmethodType) {
    return interp.space.rt.mem.u32[(f + 16) >>> 2] as Ptr;
  }
  return f;
}

// object.__new__ (or BaseException.__new__) for a class.
// The native __new__ of a class's built-in base (weakref.ref's), if it has one.
function nativeNewOf(interp: Interpreter, type: Ptr): NativeImpl | undefined {
  const info = interp.classes.get(type);
  const base = info?.mro.find((t) => !interp.classes.has(t) && t !== interp.space.objectType);
  return base === undefined ? undefined : interp.nativeMethods.get(base)?.get('__new__');
}

// The native __init__ of a class's built-in base (property's, weakref.ref's), if it has one.
function nativeInitOf(interp: Interpreter, type: Ptr): NativeImpl | undefined {
  const info = interp.classes.get(type);
  const base = info?.mro.find((t) => !interp.classes.has(t) && t !== interp.space.objectType);
  return base === undefined ? undefined : interp.nativeMethods.get(base)?.get('__init__');
}

function baseNew(interp: Interpreter, type: Ptr, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  if (interp.classes.get(type)?.plainNew === true) return interp.newInstance(type);
  if (isExceptionClass(interp, type)) {
    const size = interp.space.slots(type).basicsize;
    return interp.exceptionNew(type, args, kwnames, size);
  }
  const info = interp.classes.get(type);
  if (info !== undefined && info.builtinBase !== NULL) return interp.subtypeNew(type, args, kwnames);
  const builtinBase = info?.mro.find((t) => !interp.classes.has(t) && t !== interp.space.objectType);
  // A built-in base with a native tp_new for subtypes (weakref.ref): it makes the instance.
  const nativeNew = nativeNewOf(interp, type);
  if (nativeNew !== undefined) {
    const all = [type, ...args];
    return nativeNew(NULL, all, kwnames);
  }
  if (builtinBase !== undefined && interp.constructors.has(builtinBase)) {
    throw new PyErr(
      'TypeError',
      `subclassing '${interp.typeName(builtinBase)}' is not supported by pymm yet`,
    );
  }
  if (info !== undefined) info.plainNew = true;
  return interp.newInstance(type);
}

// type(x) or type(name, bases, dict).
function typeCall(interp: Interpreter, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  if ((kwnames?.length ?? 0) === 0 && args.length === 1)
    return interp.ref(interp.space.rt.typeObject(args[0]));
  if (args.length - (kwnames?.length ?? 0) !== 3)
    throw new PyErr('TypeError', 'type() takes 1 or 3 arguments');
  return interp.typeNew(interp.space.typeType, args, kwnames);
}
