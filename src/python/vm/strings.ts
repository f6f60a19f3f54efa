// str(), repr(), format() and f-strings, print's text, and printf-style `%` formatting.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { checkRecursionHeadroom, PyErr, str_fromLong, withRecursionGuard } from '../../objects/index.js';
import type { NativeImpl } from './calls.js';
import { EXC } from './exceptions.js';
import {
  formatComplex,
  formatFloat,
  formatInt,
  formatStr,
  parseSpec,
  unknownFormatCode,
} from './formatspec.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** repr(op) as text. */
    reprOf(op: Ptr): string;
    /** str(op) as text. */
    strOf(op: Ptr): string;
    /** strOf for an instance of a class defining __str__ (inside the caller's recursion guard). */
    strOfClass(op: Ptr): string;
    /** strOf past its recursion check: str's own text, an exception's, else the repr. */
    strOfBuiltin(op: Ptr): string;
    /** format(value, spec) as text. */
    formatOf(value: Ptr, spec: string): string;
    /** The built-in __format__ of int, float, str (by the value's kind) or object: format's text. */
    builtinFormat(value: Ptr, spec: string): string;
    /** Defines the __format__ methods of int, float and str. */
    initFormatMethods(): void;
    formatValue(value: Ptr, conversion: number, spec: Ptr): Ptr;
    joinStrings(parts: Ptr[]): Ptr;
    /** str(exc) by the built-in tp_str found along its MRO (from the type `from`, when given). */
    exceptionStr(exc: Ptr, from?: Ptr): string;
    /** printf-style `format % args`; `bytes`: bytes formatting (text is latin-1, %s/%b take bytes-like objects). */
    percentFormat(format: string, args: Ptr, bytes?: boolean): string;
  }
}

const I = Interpreter.prototype;

/** PyObject_Str's Py_EnterRecursiveCall message. */
export const STR_WHERE = ' while getting the str of an object';

I.reprOf = function (this: Interpreter, op: Ptr): string {
  if (
    this.isExceptionInstance(op) &&
    !this.classes
      .get(this.space.rt.typeObject(op))
      ?.mro.some((t) => this.typeLookup(t, this.n.intern('__repr__')) !== NULL && this.classes.has(t))
  ) {
    const args = this.exc.get(op, EXC.args);
    const items = args === NULL ? [] : this.n.tupleItems(args);
    const name = this.space.typeName(op);
    if (items.length === 1) return `${name}(${this.reprOf(items[0])})`;
    return `${name}(${items.map((x) => this.reprOf(x)).join(', ')})`;
  }
  // (A class whose metaclass is a Python class goes through the metaclass's repr slot.)
  if (this.isType(op) && !this.classes.has(this.space.rt.typeObject(op)))
    return `<class '${this.qualifiedTypeName(op)}'>`;
  if (this.space.rt.typeObject(op) === this.space.functions.type) {
    const q = this.getAttr(op, this.n.intern('__qualname__'));
    const s = `<function ${this.n.jsStr(q)} at 0x${op.toString(16)}>`;
    this.decref(q);
    return s;
  }
  if (this.space.rt.typeObject(op) === this.space.methods.type) {
    const self = this.space.rt.mem.u32[(op + 24) >>> 2] as Ptr;
    const fn = this.space.rt.mem.u32[(op + 16) >>> 2] as Ptr;
    const q = this.getAttr(fn, this.n.intern('__qualname__'));
    const s = `<bound method ${this.n.jsStr(q)} of ${this.reprOf(self)}>`;
    this.decref(q);
    return s;
  }
  return this.space.repr(op);
};

declare module './interp.js' {
  interface Interpreter {
    qualifiedTypeName(type: Ptr): string;
  }
}

I.qualifiedTypeName = function (this: Interpreter, type: Ptr): string {
  if (!this.classes.has(type)) return this.typeName(type);
  const mod = this.typeLookupOwn(type, '__module__');
  const q = this.space.rt.mem.u32[(type + 80) >>> 2] as Ptr;
  const qual = q === NULL ? this.typeName(type) : this.n.jsStr(q);
  if (mod === null || mod === 'builtins') return qual;
  return `${mod}.${qual}`;
};

declare module './interp.js' {
  interface Interpreter {
    typeLookupOwn(type: Ptr, name: string): string | null;
  }
}

I.typeLookupOwn = function (this: Interpreter, type: Ptr, name: string): string | null {
  const dict = this.space.rt.mem.u32[(type + 48) >>> 2] as Ptr;
  const v = this.n.dictGet(dict, this.n.intern(name));
  return v !== NULL && this.n.isStr(v) ? this.n.jsStr(v) : null;
};

/**
 * A class's __repr__ returned a non-str (slot_tp_repr's result, checked by PyObject_Repr).
 * object_str calls tp_repr itself, so str() of that object reports it as __str__'s result.
 */
export class ReprResultError extends PyErr {
  constructor(
    readonly obj: Ptr,
    readonly resultType: string,
  ) {
    super('TypeError', `__repr__ returned non-string (type ${resultType})`);
  }
}

I.strOf = function (this: Interpreter, op: Ptr): string {
  const n = this.n;
  const type = this.space.rt.typeObject(op);
  if (n.isStr(op) && !this.classes.has(type)) return n.jsStr(op);
  // PyObject_Str runs tp_str inside Py_EnterRecursiveCall(" while getting the str of an
  // object"): around a class's __str__; otherwise (object_str calls tp_repr directly, and
  // the repr slot of a class or container enters its own level) the check alone.
  if (this.hasUserSpecial(type, '__str__'))
    return withRecursionGuard(this.space, STR_WHERE, () => this.strOfClass(op));
  checkRecursionHeadroom(this.space, 1, STR_WHERE);
  try {
    return this.strOfBuiltin(op);
  } catch (e) {
    if (e instanceof ReprResultError && e.obj === op && e.value === 0)
      throw new PyErr('TypeError', `__str__ returned non-string (type ${e.resultType})`);
    throw e;
  }
};

I.strOfClass = function (this: Interpreter, op: Ptr): string {
  const n = this.n;
  const r = this.callSpecialUser(op, '__str__');
  if (r === NULL) return this.strOfBuiltin(op);
  try {
    if (!n.isStr(r))
      throw new PyErr('TypeError', `__str__ returned non-string (type ${this.space.typeName(r)})`);
    return n.jsStr(r);
  } finally {
    this.decref(r);
  }
};

I.strOfBuiltin = function (this: Interpreter, op: Ptr): string {
  const n = this.n;
  if (n.isStr(op)) return n.jsStr(op); // a str subclass without __str__
  if (this.isExceptionInstance(op)) return this.exceptionStr(op);
  // bytes_str / bytearray_str: the built-in repr itself, never a class's __repr__.
  const bytesBase = n.isBytes(op)
    ? this.space.bytes.type
    : O.bytearray_check(this.space, op)
      ? this.space.bytearrays.type
      : NULL;
  if (bytesBase !== NULL) return (this.space.slots(bytesBase).repr as (op: Ptr) => string)(op);
  const target = this.proxyTarget(op); // proxy_str
  if (target !== NULL) return this.strOf(target);
  return this.reprOf(op);
};

declare module './interp.js' {
  interface Interpreter {
    /** A special method defined by a Python class along the MRO (not a native one); 0 if none. */
    callSpecialUser(op: Ptr, name: string): Ptr;
    /** True if a Python class along `type`'s MRO (before its first built-in type) defines `name`. */
    hasUserSpecial(type: Ptr, name: string): boolean;
  }
}

I.hasUserSpecial = function (this: Interpreter, type: Ptr, name: string): boolean {
  const info = this.classes.get(type);
  if (info === undefined) return false;
  const key = this.n.intern(name);
  for (const t of info.mro) {
    if (!this.classes.has(t)) break;
    if (this.n.dictGet(this.space.rt.mem.u32[(t + 48) >>> 2] as Ptr, key) !== NULL) return true;
  }
  return false;
};

I.callSpecialUser = function (this: Interpreter, op: Ptr, name: string): Ptr {
  if (!this.hasUserSpecial(this.space.rt.typeObject(op), name)) return NULL;
  return this.callSpecial(op, name, []);
};

/** The built-in exception types with their own tp_str, in the order a lookup tries them. */
export const STR_KINDS = [
  'KeyError',
  'OSError',
  'SyntaxError',
  'UnicodeEncodeError',
  'UnicodeDecodeError',
  'UnicodeTranslateError',
];

/**
 * Whose tp_str str(exc) runs: the first built-in exception type along the MRO (from `from`
 * on) that defines one — as _PyType_Lookup finds `__str__` — or BaseException's.
 */
function strKind(interp: Interpreter, type: Ptr, from: Ptr): string {
  const mro = interp.mroOf(type);
  const start = from === NULL ? 0 : Math.max(0, mro.indexOf(from));
  for (let i = start; i < mro.length; i++) {
    const t = mro[i] as Ptr;
    if (interp.classes.has(t)) continue;
    const name = STR_KINDS.find((k) => interp.exc.type(k) === t);
    if (name !== undefined) return name;
    if (t === interp.exc.type('BaseException')) return 'BaseException';
  }
  return 'BaseException';
}

I.exceptionStr = function (this: Interpreter, exc: Ptr, from: Ptr = NULL): string {
  const args = this.exc.get(exc, EXC.args);
  const items = args === NULL ? [] : this.n.tupleItems(args);
  const type = this.space.rt.typeObject(exc);
  const kind = strKind(this, type, from);
  const keyError = kind === 'KeyError';
  if (kind === 'OSError') {
    // OSError_str: from the errno, strerror and filename fields.
    const field = (f: string) => this.exc.get(exc, this.exc.fieldOffset(type, f));
    const [errno, strerror, filename, filename2] = ['errno', 'strerror', 'filename', 'filename2'].map(field);
    const head = () =>
      `[Errno ${errno === NULL ? 'None' : this.strOf(errno)}] ${strerror === NULL ? 'None' : this.strOf(strerror)}`;
    if (filename !== NULL) {
      if (filename2 !== NULL) return `${head()}: ${this.reprOf(filename)} -> ${this.reprOf(filename2)}`;
      return `${head()}: ${this.reprOf(filename)}`;
    }
    if (errno !== NULL && strerror !== NULL) return head();
  }
  if (kind === 'SyntaxError') {
    // SyntaxError_str: "msg (file, line N)" with the file's base name.
    const field = (f: string) => {
      const off = this.exc.fieldOffset(type, f);
      return off >= 0 ? this.exc.get(exc, off) : NULL;
    };
    const info = items.length === 2 && this.n.isTuple(items[1]) ? this.n.tupleItems(items[1]) : [];
    const msg = field('msg');
    const file = field('filename') || (info[0] ?? NULL);
    const line = field('lineno') || (info[1] ?? NULL);
    const text = msg !== NULL ? this.strOf(msg) : items.length > 0 ? this.strOf(items[0]) : 'None';
    const fileOk = file !== NULL && this.n.isStr(file);
    const lineOk = line !== NULL && this.n.isInt(line);
    const base = fileOk ? this.n.jsStr(file).replace(/^.*\//, '') : '';
    if (fileOk && lineOk) return `${text} (${base}, line ${this.strOf(line)})`;
    if (fileOk) return `${text} (${base})`;
    if (lineOk) return `${text} (line ${this.strOf(line)})`;
    return text;
  }
  if (items.length === 5 && kind.startsWith('Unicode')) {
    const u = unicodeErrorStr(this, type, items);
    if (u !== null) return u;
  }
  if (items.length === 4 && kind === 'UnicodeTranslateError') {
    const u = unicodeErrorStr(this, type, [this.space.none, ...items]);
    if (u !== null) return u;
  }
  if (items.length === 0) return '';
  if (items.length === 1) return keyError ? this.reprOf(items[0]) : this.strOf(items[0]);
  return this.reprOf(args);
};

I.formatOf = function (this: Interpreter, value: Ptr, spec: string): string {
  const n = this.n;
  const type = this.space.rt.typeObject(value);
  if (this.classes.has(type)) {
    const f = this.typeLookup(type, n.intern('__format__'));
    if (f !== NULL && !this.isNativeCallableType(this.space.rt.typeObject(f))) {
      const s = n.str(spec);
      let r: Ptr;
      try {
        r = this.callLookedUp(f, value, [s]);
      } finally {
        this.decref(s);
      }
      try {
        // PyObject_Format: the result must be a str (a subclass will do).
        if (!n.isStr(r))
          throw new PyErr('TypeError', `__format__ must return a str, not ${this.space.typeName(r)}`);
        return n.jsStr(r);
      } finally {
        this.decref(r);
      }
    }
  }
  return this.builtinFormat(value, spec);
};

I.initFormatMethods = function (this: Interpreter): void {
  const space = this.space;
  const n = this.n;
  const specText = (args: Ptr[]): string => {
    const spec = args[0];
    if (args.length !== 1)
      throw new PyErr('TypeError', `__format__() takes exactly one argument (${args.length} given)`);
    if (!n.isStr(spec))
      throw new PyErr('TypeError', `__format__() argument must be str, not ${space.typeName(spec)}`);
    return n.jsStr(spec);
  };
  // (object.__format__ is in types.ts.)
  for (const t of [space.ints.type, space.floats.type, space.strs.type, space.complexes.type])
    this.defMethod(t, '__format__', (self, args) => n.str(this.builtinFormat(self, specText(args))));
};

I.builtinFormat = function (this: Interpreter, value: Ptr, spec: string): string {
  const n = this.n;
  if (spec === '') return this.strOf(value);
  const typeName = this.space.typeName(value);
  if (n.isInt(value)) {
    // bool too: int.__format__ with a non-empty spec formats the number.
    const p = parseSpec(spec, 'int', typeName);
    if ('eEfFgG%'.includes(p.type)) {
      const x = Number(n.intBig(value));
      if (!Number.isFinite(x)) throw new PyErr('OverflowError', 'int too large to convert to float');
      return formatFloat(x, p);
    }
    if (!'bcdoxXn'.includes(p.type)) throw unknownFormatCode(p.type, typeName);
    return formatInt(n.intBig(value), p);
  }
  if (n.isFloat(value)) {
    const p = parseSpec(spec, 'float', typeName);
    return formatFloat(n.floatValue(value), p, (x) => this.reprOf(n.float(x)), typeName);
  }
  if (n.isStr(value)) return formatStr(n.jsStr(value), parseSpec(spec, 'str', typeName), typeName);
  if (O.complex_check(this.space, value)) {
    const { real: re, imag: im } = O.complex_value(this.space, value);
    const repr = (x: number) => this.reprOf(n.float(x));
    return formatComplex(re, im, parseSpec(spec, 'float', typeName), repr, typeName);
  }
  throw new PyErr(
    'TypeError',
    `unsupported format string passed to ${this.space.typeName(value)}.__format__`,
  );
};

/** FORMAT_VALUE: conversion -1 (none), 115 ('s'), 114 ('r'), 97 ('a'); spec a str or 0. */
I.formatValue = function (this: Interpreter, value: Ptr, conversion: number, spec: Ptr): Ptr {
  const n = this.n;
  const specText = spec === 0 ? '' : n.jsStr(spec);
  if (conversion === 114 || conversion === 97 || conversion === 115) {
    // The converted str is then formatted with the spec (FORMAT_VALUE).
    const text =
      conversion === 115
        ? this.strOf(value)
        : conversion === 97
          ? asciiOnly(this.reprOf(value))
          : this.reprOf(value);
    const s = n.str(text);
    if (specText === '') return s;
    try {
      return n.str(this.formatOf(s, specText));
    } finally {
      this.decref(s);
    }
  }
  if (specText === '' && n.isStr(value) && !this.classes.has(this.space.rt.typeObject(value)))
    return this.ref(value);
  // PyObject_Format(int, ''): PyObject_Str, a new str even for one digit.
  if (specText === '' && this.space.rt.typeObject(value) === this.space.ints.type) {
    checkRecursionHeadroom(this.space, 1, STR_WHERE);
    return str_fromLong(this.space, value);
  }
  return n.str(this.formatOf(value, specText));
};

function asciiOnly(s: string): string {
  return s.replace(/[^ -~\t\n\r]/gu, (c) => {
    const cp = c.codePointAt(0) ?? 0;
    if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
    if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
    return `\\U${cp.toString(16).padStart(8, '0')}`;
  });
}

/** BUILD_STRING: concatenates str parts (stolen). */
I.joinStrings = function (this: Interpreter, parts: Ptr[]): Ptr {
  // f"{x}" is FORMAT_VALUE alone in 3.11: its str is the result itself.
  if (parts.length === 1 && this.space.rt.typeObject(parts[0]) === this.space.strs.type) return parts[0];
  // _PyUnicode_JoinArray with an empty separator: copied in the heap, no JS text.
  const r = O.str_join(this.space, this.space.strs.empty, parts);
  for (let i = 0; i < parts.length; i++) this.decref(parts[i]);
  return r;
};

// %c: a one-character str, or an int in range(0x110000) (formatchar).
function percentChar(interp: Interpreter, arg: Ptr): string {
  const n = interp.n;
  if (n.isStr(arg)) {
    const s = n.jsStr(arg);
    if (Array.from(s).length === 1) return s;
  } else {
    const r = interp.indexValue(arg);
    if (r === NULL) throw new PyErr('TypeError', '%c requires int or char');
    const v = n.intBig(r);
    interp.decref(r);
    // PyLong_AsLongAndOverflow: a C long overflow is out of range too.
    if (v < 0n || v > 0x10ffffn) throw new PyErr('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(v));
  }
  throw new PyErr('TypeError', '%c requires int or char');
}

/** printf-style `format % args`. */
I.percentFormat = function (this: Interpreter, format: string, args: Ptr, bytes = false): string {
  const n = this.n;
  const space = this.space;
  // PyUnicode_Format: a mapping (anything with __getitem__ but a tuple or str) serves %(key)s;
  // a tuple gives the arguments in order; anything else is the one argument.
  const argsType = space.rt.typeObject(args);
  const isMapping =
    !n.isTuple(args) &&
    !n.isStr(args) &&
    !(bytes && n.isBytes(args)) &&
    (n.isDict(args) ||
      n.isList(args) ||
      (this.classes.has(argsType) && this.typeLookup(argsType, n.intern('__getitem__')) !== NULL));
  let current = args;
  let items = n.isTuple(args) ? n.tupleItems(args) : null;
  let argidx = items !== null ? 0 : -2;
  const arglen = () => (items !== null ? items.length : -1);
  const nextArg = (): Ptr => {
    if (argidx < arglen()) {
      const i = argidx++;
      return items !== null ? items[i] : current;
    }
    throw new PyErr('TypeError', 'not enough arguments for format string');
  };
  const keyObjects: Ptr[] = [];
  let out = '';
  let i = 0;
  try {
    while (i < format.length) {
      if (format[i] !== '%') {
        const j = format.indexOf('%', i);
        const end = j < 0 ? format.length : j;
        out += format.slice(i, end);
        i = end;
        continue;
      }
      i++;
      if (format[i] === '%') {
        out += '%';
        i++;
        continue;
      }
      const incomplete = () => new PyErr('ValueError', 'incomplete format');
      if (format[i] === '(') {
        if (!isMapping) throw new PyErr('TypeError', 'format requires a mapping');
        let depth = 1;
        const start = ++i;
        while (depth > 0 && i < format.length) {
          if (format[i] === ')') depth--;
          else if (format[i] === '(') depth++;
          i++;
        }
        if (depth > 0) throw new PyErr('ValueError', 'incomplete format key');
        const key = format.slice(start, i - 1);
        const kk = bytes ? n.bytes(Uint8Array.from(key, (c) => c.charCodeAt(0) & 0xff)) : n.str(key);
        try {
          current = this.getItem(args, kk);
        } finally {
          this.decref(kk);
        }
        keyObjects.push(current);
        items = null;
        argidx = -2;
      }
      let flags = '';
      while (i < format.length && '-+ #0'.includes(format[i])) flags += format[i++];
      // '*' width and precision come from the arguments before the value.
      const starArg = (): number => {
        const a = nextArg();
        if (!n.isInt(a)) throw new PyErr('TypeError', '* wants int');
        return n.intSafe(a);
      };
      let w = 0;
      if (format[i] === '*') {
        i++;
        w = starArg();
        if (w < 0) {
          // A negative '*' width left-aligns, as the '-' flag.
          w = -w;
          flags += '-';
        }
      } else {
        const start = i;
        while (i < format.length && format[i] >= '0' && format[i] <= '9') i++;
        if (i > start) w = Number(format.slice(start, i));
      }
      let p: number | null = null;
      if (format[i] === '.') {
        i++;
        p = 0;
        if (format[i] === '*') {
          i++;
          // (a C int: _PyLong_AsInt)
          const star = starArg();
          if (Number.isNaN(star) || star > 2 ** 31 - 1 || star < -(2 ** 31))
            throw new PyErr('OverflowError', 'Python int too large to convert to C int');
          p = Math.max(0, star);
        } else {
          const start = i;
          while (i < format.length && format[i] >= '0' && format[i] <= '9') i++;
          if (i > start) p = Number(format.slice(start, i));
        }
      }
      // "h", "l" and "L" length modifiers are ignored.
      if (i < format.length && 'hlL'.includes(format[i])) i++;
      if (i >= format.length) throw incomplete();
      const conv = format[i++];
      const arg = nextArg();
      out += percentConversion(this, conv, arg, flags, w, p, bytes, i - 1);
      if (isMapping && argidx < arglen())
        throw new PyErr('TypeError', 'not all arguments converted during string formatting');
    }
    if (argidx < arglen() && !isMapping)
      throw new PyErr('TypeError', 'not all arguments converted during string formatting');
  } finally {
    for (const k of keyObjects) this.decref(k);
  }
  return out;
};

// PyNumber_Check: the value has __index__, __int__ or __float__ (or is a built-in number).
function isNumber(interp: Interpreter, v: Ptr): boolean {
  const n = interp.n;
  if (n.isInt(v) || n.isFloat(v) || O.complex_check(interp.space, v)) return true;
  const type = interp.space.rt.typeObject(v);
  if (!interp.classes.has(type)) return false;
  return ['__index__', '__int__', '__float__'].some((m) => interp.typeLookup(type, n.intern(m)) !== NULL);
}

// unicode_format_arg_format: one conversion of printf-style formatting, padded to `w`.
function percentConversion(
  interp: Interpreter,
  conv: string,
  arg: Ptr,
  flags: string,
  w: number,
  p: number | null,
  bytes: boolean,
  at: number,
): string {
  const n = interp.n;
  const space = interp.space;
  // %d of an exact int that fits a JS number, without flags or precision: its digits.
  if (flags === '' && p === null && (conv === 'd' || conv === 'i' || conv === 'u')) {
    const v = space.rt.typeObject(arg) === space.ints.type ? O.long_asSafe(space, arg) : Number.NaN;
    if (!Number.isNaN(v)) {
      const digits = String(v);
      if (w > 2 ** 29 - 24) throw new PyErr('MemoryError', '');
      return digits.length < w ? ' '.repeat(w - digits.length) + digits : digits;
    }
  }
  let body: string;
  const spec = {
    fill: ' ',
    align: '',
    sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-',
    alt: flags.includes('#'),
    zero: false,
    width: 0,
    grouping: '',
    precision: p,
    type: '',
  };
  if (bytes && 'sbrac'.includes(conv)) return bytesConversion(interp, conv, arg, p, w, flags.includes('-'));
  switch (conv) {
    case 's':
      body = interp.strOf(arg);
      if (p !== null) body = Array.from(body).slice(0, p).join('');
      break;
    case 'r':
      body = interp.reprOf(arg);
      if (p !== null) body = Array.from(body).slice(0, p).join('');
      break;
    case 'a':
      body = asciiOnly(interp.reprOf(arg));
      if (p !== null) body = body.slice(0, p);
      break;
    case 'c':
      body = percentChar(interp, arg);
      break;
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const integral = conv === 'o' || conv === 'x' || conv === 'X';
      const wrong = () =>
        new PyErr(
          'TypeError',
          `%${conv} format: ${integral ? 'an integer' : 'a real number'} is required, not ${space.typeName(arg)}`,
        );
      let v: bigint;
      if (n.isInt(arg)) v = n.intBig(arg);
      else {
        if (!isNumber(interp, arg)) throw wrong();
        let r: Ptr;
        try {
          r = integral
            ? interp.indexValue(arg)
            : n.isFloat(arg)
              ? n.bigint(BigInt(Math.trunc(n.floatValue(arg))))
              : (interp.constructors.get(space.ints.type) as NativeImpl)(space.ints.type, [arg], null);
        } catch (e) {
          if (e instanceof PyErr && e.excType === 'TypeError') throw wrong();
          throw e;
        }
        if (r === NULL) throw wrong();
        v = n.intBig(r);
        interp.decref(r);
      }
      body = formatInt(v, { ...spec, type: integral ? conv : 'd' }, true);
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      let v: number;
      if (n.isFloat(arg)) v = n.floatValue(arg);
      else if (n.isInt(arg)) {
        v = Number(n.intBig(arg));
        if (!Number.isFinite(v)) throw new PyErr('OverflowError', 'int too large to convert to float');
      } else {
        const f = interp.classes.has(space.rt.typeObject(arg))
          ? (interp.constructors.get(space.floats.type) as NativeImpl)
          : null;
        if (f === null || !isNumber(interp, arg))
          throw new PyErr('TypeError', `must be real number, not ${space.typeName(arg)}`);
        const r = f(space.floats.type, [arg], null);
        v = n.floatValue(r);
        interp.decref(r);
      }
      body = formatFloat(v, { ...spec, type: conv, precision: p ?? 6 });
      break;
    }
    default: {
      const code = conv.codePointAt(0) ?? 0;
      const shown = code >= 31 && code <= 126 ? conv : '?';
      throw new PyErr(
        'ValueError',
        `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${at}`,
      );
    }
  }
  const len = Array.from(body).length;
  // A field wider than V8's longest string is a MemoryError (CPython's allocation fails).
  if (w > 2 ** 29 - 24) throw new PyErr('MemoryError', '');
  if (len < w) {
    if (flags.includes('-')) body += ' '.repeat(w - len);
    else if (flags.includes('0') && 'diouxXeEfFgG'.includes(conv)) {
      const sign = /^[-+ ]/.test(body) ? body[0] : '';
      const prefix =
        /^[-+ ]?0[xXo]/.test(body) && flags.includes('#') ? body.slice(sign.length, sign.length + 2) : '';
      const rest = body.slice(sign.length + prefix.length);
      body = sign + prefix + rest.padStart(w - sign.length - prefix.length, '0');
    } else body = ' '.repeat(w - len) + body;
  }
  return body;
}

// UnicodeEncodeError_str / UnicodeDecodeError_str for the five-argument form
// (encoding, object, start, end, reason); null when the arguments are not of that shape.
function unicodeErrorStr(interp: Interpreter, type: Ptr, items: Ptr[]): string | null {
  const n = interp.n;
  const [encoding, object, start, end, reason] = items;
  const translate = interp.exc.isSubtype(type, interp.exc.type('UnicodeTranslateError'));
  if (!(translate || n.isStr(encoding)) || !n.isInt(start) || !n.isInt(end) || !n.isStr(reason)) return null;
  const a = Number(n.intBig(start));
  const b = Number(n.intBig(end));
  const enc = translate ? '' : n.jsStr(encoding);
  const why = n.jsStr(reason);
  const verb = translate ? "can't translate" : `'${enc}' codec can't encode`;
  if (interp.exc.isSubtype(type, interp.exc.type('UnicodeDecodeError')) && n.isBytes(object)) {
    const bytes = n.bytesValue(object);
    if (b === a + 1 && a >= 0 && a < bytes.length)
      return `'${enc}' codec can't decode byte 0x${bytes[a].toString(16).padStart(2, '0')} in position ${a}: ${why}`;
    return `'${enc}' codec can't decode bytes in position ${a}-${b - 1}: ${why}`;
  }
  if ((translate || interp.exc.isSubtype(type, interp.exc.type('UnicodeEncodeError'))) && n.isStr(object)) {
    const chars = [...n.jsStr(object)];
    if (b === a + 1 && a >= 0 && a < chars.length) {
      const cp = chars[a].codePointAt(0) ?? 0;
      const hex = cp.toString(16);
      const esc =
        cp <= 0xff
          ? `\\x${hex.padStart(2, '0')}`
          : cp <= 0xffff
            ? `\\u${hex.padStart(4, '0')}`
            : `\\U${hex.padStart(8, '0')}`;
      return `${verb} character '${esc}' in position ${a}: ${why}`;
    }
    return `${verb} characters in position ${a}-${b - 1}: ${why}`;
  }
  return null;
}

// bytes % args: %s / %b of a bytes-like object (or one with __bytes__), %r / %a as ascii(),
// %c of an int in range(256) or a length-1 bytes; the text returned is latin-1.
function bytesConversion(
  interp: Interpreter,
  conv: string,
  arg: Ptr,
  precision: number | null,
  width: number,
  left: boolean,
): string {
  const n = interp.n;
  const latin1 = (b: Uint8Array) => {
    let t = '';
    for (let i = 0; i < b.length; i++) t += String.fromCharCode(b[i]);
    return t;
  };
  let body: string;
  if (conv === 's' || conv === 'b') {
    if (n.isBytes(arg)) body = latin1(n.bytesValue(arg));
    else if (O.bytearray_check(interp.space, arg)) body = latin1(O.bytearray_toU8(interp.space, arg));
    else {
      const r = interp.classes.has(interp.space.rt.typeObject(arg))
        ? interp.callSpecial(arg, '__bytes__', [])
        : NULL;
      if (r === NULL)
        throw new PyErr(
          'TypeError',
          `%b requires a bytes-like object, or an object that implements __bytes__, not '${interp.space.typeName(arg)}'`,
        );
      try {
        if (!n.isBytes(r))
          throw new PyErr('TypeError', `__bytes__ returned non-bytes (type ${interp.space.typeName(r)})`);
        body = latin1(n.bytesValue(r));
      } finally {
        interp.decref(r);
      }
    }
    if (precision !== null) body = body.slice(0, precision);
  } else if (conv === 'c') {
    // byte_converter: a bytes or bytearray of one byte, else an integer (__index__).
    const one = n.isBytes(arg)
      ? n.bytesValue(arg)
      : O.bytearray_check(interp.space, arg)
        ? O.bytearray_toU8(interp.space, arg)
        : null;
    if (one !== null && one.length === 1) body = latin1(one);
    else {
      const ix = one === null ? interp.indexValue(arg) : NULL;
      if (ix === NULL) throw new PyErr('TypeError', '%c requires an integer in range(256) or a single byte');
      const v = n.intBig(ix);
      interp.decref(ix);
      if (!(v >= 0n && v < 256n)) throw new PyErr('OverflowError', '%c arg not in range(256)');
      body = String.fromCharCode(Number(v));
    }
  } else {
    const a = interp.formatValue(arg, 97, 0 as Ptr);
    try {
      body = n.jsStr(a);
    } finally {
      interp.decref(a);
    }
    if (precision !== null) body = body.slice(0, precision);
  }
  if (width > 2 ** 29 - 24) throw new PyErr('MemoryError', '');
  if (body.length < width) body = left ? body.padEnd(width) : body.padStart(width);
  return body;
}
