// The attributes and methods of exception objects beyond args (Objects/exceptions.c):
// OSError's constructor (`OSError(errno, strerror[, filename[, winerror[, filename2]]])`
// picks the subclass for a known errno, sets errno/strerror/filename/filename2 and keeps
// only (errno, strerror) in args once a filename is given), the keyword arguments of
// ImportError/AttributeError/NameError, the extra fields as attributes, the settable
// args/__traceback__/__cause__/__context__, BaseException.__str__/__repr__ and add_note.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from './args.js';
import { EXC } from './exceptions.js';
import { Interpreter } from './interp.js';
import { STR_KINDS } from './strings.js';

declare module './interp.js' {
  interface Interpreter {
    /** BaseException.__new__ for a built-in exception type or a class deriving from one; `args` borrowed (keyword values last). */
    exceptionNew(type: Ptr, args: Ptr[], kwnames: Ptr[] | null, basicsize?: number): Ptr;
    /** The keyword arguments of a built-in exception's __init__ (name=, path=, obj=). */
    exceptionKeywords(exc: Ptr, kwnames: Ptr[], values: Ptr[]): void;
    /** Sets one of an exception's own attributes (args, __traceback__, __cause__, fields…); false if `name` is none of them. */
    setExceptionAttr(exc: Ptr, name: string, value: Ptr): boolean;
    /** OSError.__init__, errno map and the exception-field attributes. */
    initExceptionFields(): void;
  }
}

const I = Interpreter.prototype;

// errnomap (Linux errno values).
const ERRNO_SUBCLASS: Record<number, string> = {
  11: 'BlockingIOError', // EAGAIN, EWOULDBLOCK
  114: 'BlockingIOError', // EALREADY
  115: 'BlockingIOError', // EINPROGRESS
  10: 'ChildProcessError', // ECHILD
  32: 'BrokenPipeError', // EPIPE
  108: 'BrokenPipeError', // ESHUTDOWN
  103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError',
  104: 'ConnectionResetError',
  17: 'FileExistsError',
  2: 'FileNotFoundError',
  21: 'IsADirectoryError',
  20: 'NotADirectoryError',
  4: 'InterruptedError',
  13: 'PermissionError', // EACCES
  1: 'PermissionError', // EPERM
  3: 'ProcessLookupError',
  110: 'TimeoutError',
};

I.exceptionNew = function (
  this: Interpreter,
  type: Ptr,
  all: Ptr[],
  kwnames: Ptr[] | null,
  basicsize?: number,
): Ptr {
  const nkw = kwnames?.length ?? 0;
  const args = nkw === 0 ? all : all.slice(0, all.length - nkw);
  const os = this.exc.osError;
  if (!this.exc.isSubtype(type, os)) {
    const owned = new Array<Ptr>(args.length);
    for (let i = 0; i < args.length; i++) owned[i] = this.ref(args[i]);
    const exc = this.exc.create(type, owned, basicsize);
    const arity = unicodeErrorInit(this, exc, type, args);
    if (arity !== 0) {
      this.decref(exc);
      throw new PyErr('TypeError', `function takes exactly ${arity} arguments (${args.length} given)`);
    }
    // A built-in type runs its own __init__ here; a class's __init__ gets the keywords later.
    if (nkw > 0 && !this.classes.has(type)) {
      try {
        this.exceptionKeywords(exc, kwnames as Ptr[], all.slice(all.length - nkw));
      } catch (e) {
        this.decref(exc);
        throw e;
      }
    }
    return exc;
  }
  if (nkw > 0 && !this.classes.has(type))
    throw new PyErr('TypeError', `${this.typeName(type)}() takes no keyword arguments`);
  // OSError_new: an errno with a subclass of its own picks that subclass.
  if (type === os && args.length >= 2 && args.length <= 5 && this.n.isInt(args[0])) {
    const sub = ERRNO_SUBCLASS[this.n.intSafe(args[0])];
    if (sub !== undefined) type = this.exc.type(sub);
  }
  const exc = this.exc.create(
    type,
    args.map((a) => this.ref(a)),
    basicsize,
  );
  if (!osErrorUsesInit(this, type)) osErrorInit(this, exc, args);
  return exc;
};

// UnicodeEncodeError_init / UnicodeDecodeError_init: the five arguments are also the
// encoding, object, start, end and reason fields; UnicodeTranslateError_init: four, all but
// the encoding. 0, or the arity a built-in one was not given.
function unicodeErrorInit(interp: Interpreter, exc: Ptr, type: Ptr, args: Ptr[]): number {
  let off = interp.exc.fieldOffset(type, 'encoding');
  if (off < 0) return 0;
  const arity = interp.exc.isSubtype(type, interp.exc.type('UnicodeTranslateError')) ? 4 : 5;
  if (args.length !== arity) return interp.classes.has(type) ? 0 : arity;
  if (arity === 4) off += 8;
  for (let i = 0; i < arity; i++) interp.exc.set(exc, off + 8 * i, args[i] as Ptr);
  return 0;
}

// oserror_use_init: a subclass that defines __init__ (but not __new__) parses its
// arguments when OSError.__init__ is called, not in __new__.
function osErrorUsesInit(interp: Interpreter, type: Ptr): boolean {
  const info = interp.classes.get(type);
  if (info === undefined) return false;
  const n = interp.n;
  let init = false;
  for (const t of info.mro) {
    if (!interp.classes.has(t)) break;
    const d = interp.space.rt.mem.u32[(t + 48) >>> 2] as Ptr;
    if (n.dictGet(d, n.intern('__new__')) !== NULL) return false;
    if (n.dictGet(d, n.intern('__init__')) !== NULL) init = true;
  }
  return init;
}

// oserror_parse_args + oserror_init: the fields from 2 to 5 arguments.
function osErrorInit(interp: Interpreter, exc: Ptr, args: Ptr[]): void {
  if (args.length < 2 || args.length > 5) return;
  const type = interp.space.rt.typeObject(exc);
  const none = interp.space.none;
  const set = (field: string, v: Ptr) => interp.exc.set(exc, interp.exc.fieldOffset(type, field), v);
  const [errno, strerror, filename = NULL, , filename2 = NULL] = args;
  if (filename !== NULL && filename !== none) {
    if (interp.exc.isSubtype(type, interp.exc.type('BlockingIOError')) && interp.n.isInt(filename)) {
      set('characters_written', filename);
    } else {
      set('filename', filename);
      if (filename2 !== NULL && filename2 !== none) set('filename2', filename2);
      const t = interp.n.tuple([interp.ref(errno), interp.ref(strerror)]);
      interp.exc.set(exc, EXC.args, t);
      interp.decref(t);
    }
  }
  set('errno', errno);
  set('strerror', strerror);
}

// The keyword-only parameters of the exceptions that take some (ImportError_init,
// AttributeError_init, NameError_init); the others accept none.
const KEYWORDS: [string, string[]][] = [
  ['ImportError', ['name', 'path']],
  ['AttributeError', ['name', 'obj']],
  ['NameError', ['name']],
];

I.exceptionKeywords = function (this: Interpreter, exc: Ptr, kwnames: Ptr[], values: Ptr[]): void {
  const type = this.space.rt.typeObject(exc);
  const entry = KEYWORDS.find(([base]) => this.exc.isSubtype(type, this.exc.type(base)));
  if (entry === undefined) {
    if (kwnames.length === 0) return;
    throw new PyErr('TypeError', `${this.typeName(type)}() takes no keyword arguments`);
  }
  // Each __init__ sets every keyword field: one not given is reset (ImportError_init).
  for (const name of entry[1]) this.exc.set(exc, this.exc.fieldOffset(type, name), NULL);
  kwnames.forEach((k, i) => {
    const name = this.n.jsStr(k);
    if (!entry[1].includes(name))
      throw new PyErr('TypeError', `'${name}' is an invalid keyword argument for ${entry[0]}()`);
    this.exc.set(exc, this.exc.fieldOffset(type, name), values[i]);
  });
};

I.setExceptionAttr = function (this: Interpreter, exc: Ptr, name: string, value: Ptr): boolean {
  const n = this.n;
  const isExc = (v: Ptr) => v === this.none || this.isExceptionInstance(v);
  switch (name) {
    case 'args': {
      // BaseException_set_args: args = tuple(value).
      const items = this.iterToArray(value);
      const t = n.tuple(items);
      this.exc.set(exc, EXC.args, t);
      this.decref(t);
      return true;
    }
    case '__traceback__':
      if (value !== this.none && this.space.typeName(value) !== 'traceback')
        throw new PyErr('TypeError', '__traceback__ must be a traceback or None');
      this.exc.set(exc, EXC.traceback, value === this.none ? NULL : value);
      return true;
    case '__cause__':
      if (!isExc(value))
        throw new PyErr('TypeError', 'exception cause must be None or derive from BaseException');
      this.exc.set(exc, EXC.cause, value === this.none ? NULL : value);
      this.space.rt.mem.u8[exc + EXC.suppress] = 1;
      return true;
    case '__context__':
      if (!isExc(value))
        throw new PyErr('TypeError', 'exception context must be None or derive from BaseException');
      this.exc.set(exc, EXC.context, value === this.none ? NULL : value);
      return true;
    case '__suppress_context__':
      this.space.rt.mem.u8[exc + EXC.suppress] = this.truthy(value) ? 1 : 0;
      return true;
  }
  const off = this.exc.fieldOffset(this.space.rt.typeObject(exc), name);
  if (off < 0) return false;
  this.exc.set(exc, off, value);
  return true;
};

I.initExceptionFields = function (this: Interpreter): void {
  const n = this.n;
  const BE = this.exc.type('BaseException');
  this.defMethod(BE, '__str__', (self) => n.str(this.exceptionStr(self, BE)));
  for (const name of STR_KINDS) {
    const t = this.exc.type(name);
    this.defMethod(t, '__str__', (self) => n.str(this.exceptionStr(self, t)));
  }
  this.defMethod(BE, '__repr__', (self) => {
    const args = this.exc.get(self, EXC.args);
    const items = args === NULL ? [] : n.tupleItems(args);
    const name = this.classes.get(this.space.rt.typeObject(self))?.name ?? this.space.typeName(self);
    return n.str(`${name}(${items.map((x) => this.reprOf(x)).join(', ')})`);
  });
  // BaseException.__new__ (tp_new_wrapper, then BaseException_new or OSError_new): the
  // arguments after the type become the new exception's args.
  this.defMethod(BE, '__new__', (_self, all, kw) => {
    const cls = all[0];
    if (cls === undefined) throw new PyErr('TypeError', 'BaseException.__new__(): not enough arguments');
    if (!this.isType(cls))
      throw new PyErr(
        'TypeError',
        `BaseException.__new__(X): X is not a type object (${this.space.typeName(cls)})`,
      );
    if (!this.exc.isSubtype(cls, BE)) {
      const cn = this.typeName(cls);
      throw new PyErr('TypeError', `BaseException.__new__(${cn}): ${cn} is not a subtype of BaseException`);
    }
    const size = this.classes.has(cls) ? this.space.slots(cls).basicsize : undefined;
    return this.exceptionNew(cls, all.slice(1), kw, size);
  });
  // BaseException.add_note(note): appended to __notes__ (made a list in __dict__ if absent).
  this.defMethod(BE, 'add_note', (self, args, kw) => {
    argCount('BaseException.add_note', args, kw, 1, 1);
    const note = args[0];
    if (!n.isStr(note))
      throw new PyErr('TypeError', `note must be a str, not '${this.space.typeName(note)}'`);
    const key = n.intern('__notes__');
    let notes = this.getAttrOrNull(self, key);
    if (notes === NULL) {
      notes = n.list([]);
      this.setAttr(self, key, notes);
    } else if (!n.isList(notes)) {
      this.decref(notes);
      throw new PyErr('TypeError', 'Cannot add note: __notes__ is not a list');
    }
    n.listAppend(notes, note);
    this.decref(notes);
    return this.newNone();
  });
  for (const name of ['UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError']) {
    const arity = name === 'UnicodeTranslateError' ? 4 : 5;
    this.defMethod(this.exc.type(name), '__init__', (self, args) => {
      const t = this.n.tuple(args.map((a) => this.ref(a)));
      this.exc.set(self, EXC.args, t);
      this.decref(t);
      if (args.length !== arity)
        throw new PyErr('TypeError', `function takes exactly ${arity} arguments (${args.length} given)`);
      unicodeErrorInit(this, self, this.space.rt.typeObject(self), args);
      return this.newNone();
    });
  }
  const os = this.exc.type('OSError');
  this.defMethod(os, '__init__', (self, args) => {
    if (osErrorUsesInit(this, this.space.rt.typeObject(self))) {
      const t = this.n.tuple(args.map((a) => this.ref(a)));
      this.exc.set(self, EXC.args, t);
      this.decref(t);
      osErrorInit(this, self, args);
    }
    return this.newNone();
  });
  // Every extra field reads as an attribute (None while unset) unless a getter exists.
  for (const info of this.exc.byName.values()) {
    // BaseException_repr inside containers too (a class's own __repr__ has its own slot).
    this.space.slots(info.type).repr = (op) => this.reprOf(op);
    const own = info.fields.filter((f) => !(info.base?.fields ?? []).includes(f));
    if (own.length === 0) continue;
    let getters = this.nativeGetters.get(info.type);
    if (getters === undefined) {
      getters = new Map();
      this.nativeGetters.set(info.type, getters);
    }
    for (const f of own) {
      if (getters.has(f) || f === 'characters_written') continue;
      const off = this.exc.fieldOffset(info.type, f);
      getters.set(f, (self: Ptr) => {
        const v = this.exc.get(self, off);
        return v === NULL ? this.newNone() : this.ref(v);
      });
    }
  }
};
