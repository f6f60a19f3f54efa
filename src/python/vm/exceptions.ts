// Exceptions: the built-in hierarchy, exception objects, and the JS error that carries one.
//
// PyBaseExceptionObject (72 bytes, GC; getsizeof(Exception()) = 88). Subclasses with more
// fields (StopIteration.value, SystemExit.code, NameError.name, AttributeError.name/obj)
// append 8-byte words, as CPython's structs do.
//
//   +0   ┌────────────────────────────────┐
//        │ ob_refcnt, ob_type             │
//   +16  ├────────────────────────────────┤
//        │ dict          (NULL until used)│
//   +24  │ args          (a tuple)        │
//   +32  │ notes                          │
//   +40  │ traceback                      │
//   +48  │ context       (__context__)    │
//   +56  │ cause         (__cause__)      │
//   +64  │ suppress_context (byte)        │
//   +72  ├────────────────────────────────┤
//        │ extra fields …                 │
//        └────────────────────────────────┘

import {
  TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC,
  TPFLAGS_HEAPTYPE,
} from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, type ObjectSpace, PyThrowable, pointerHash } from '../../objects/index.js';
import type { Native } from './native.js';

/** Offsets in an exception object. */
export const EXC = {
  dict: 16,
  args: 24,
  notes: 32,
  traceback: 40,
  context: 48,
  cause: 56,
  suppress: 64,
  extra: 72,
};

/** A Python exception travelling through JS frames: `exc` is an owned reference. */
export class PyException extends PyThrowable {
  exc: Ptr;
  /** The depth of the frame whose traceback entry `exc` has last been given (-1: none yet). */
  tbDepth = -1;
  constructor(exc: Ptr, message = 'Python exception') {
    super('PyException', message);
    this.exc = exc;
  }
}

/** The built-in exception types: [name, base, extra field names]. */
const HIERARCHY: [string, string | null, string[]][] = [
  ['BaseException', null, []],
  ['SystemExit', 'BaseException', ['code']],
  ['KeyboardInterrupt', 'BaseException', []],
  ['GeneratorExit', 'BaseException', []],
  ['Exception', 'BaseException', []],
  ['StopIteration', 'Exception', ['value']],
  ['StopAsyncIteration', 'Exception', []],
  ['ArithmeticError', 'Exception', []],
  ['FloatingPointError', 'ArithmeticError', []],
  ['OverflowError', 'ArithmeticError', []],
  ['ZeroDivisionError', 'ArithmeticError', []],
  ['AssertionError', 'Exception', []],
  ['AttributeError', 'Exception', ['name', 'obj']],
  ['BufferError', 'Exception', []],
  ['EOFError', 'Exception', []],
  ['ImportError', 'Exception', ['msg', 'name', 'path']],
  ['ModuleNotFoundError', 'ImportError', []],
  ['LookupError', 'Exception', []],
  ['IndexError', 'LookupError', []],
  ['KeyError', 'LookupError', []],
  ['MemoryError', 'Exception', []],
  ['NameError', 'Exception', ['name']],
  ['UnboundLocalError', 'NameError', []],
  ['OSError', 'Exception', ['errno', 'strerror', 'filename', 'filename2', 'characters_written']],
  ['FileNotFoundError', 'OSError', []],
  ['FileExistsError', 'OSError', []],
  ['PermissionError', 'OSError', []],
  ['IsADirectoryError', 'OSError', []],
  ['NotADirectoryError', 'OSError', []],
  ['TimeoutError', 'OSError', []],
  ['InterruptedError', 'OSError', []],
  ['ConnectionError', 'OSError', []],
  ['BrokenPipeError', 'ConnectionError', []],
  ['ConnectionAbortedError', 'ConnectionError', []],
  ['ConnectionRefusedError', 'ConnectionError', []],
  ['ConnectionResetError', 'ConnectionError', []],
  ['ProcessLookupError', 'OSError', []],
  ['ChildProcessError', 'OSError', []],
  ['BlockingIOError', 'OSError', []],
  ['ReferenceError', 'Exception', []],
  ['RuntimeError', 'Exception', []],
  ['NotImplementedError', 'RuntimeError', []],
  ['RecursionError', 'RuntimeError', []],
  [
    'SyntaxError',
    'Exception',
    ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'],
  ],
  ['IndentationError', 'SyntaxError', []],
  ['TabError', 'IndentationError', []],
  ['SystemError', 'Exception', []],
  ['TypeError', 'Exception', []],
  ['ValueError', 'Exception', []],
  ['UnicodeError', 'ValueError', []],
  ['UnicodeEncodeError', 'UnicodeError', ['encoding', 'object', 'start', 'end', 'reason']],
  ['UnicodeDecodeError', 'UnicodeError', ['encoding', 'object', 'start', 'end', 'reason']],
  ['UnicodeTranslateError', 'UnicodeError', ['encoding', 'object', 'start', 'end', 'reason']],
  ['Warning', 'Exception', []],
  ['UserWarning', 'Warning', []],
  ['DeprecationWarning', 'Warning', []],
  ['PendingDeprecationWarning', 'Warning', []],
  ['SyntaxWarning', 'Warning', []],
  ['RuntimeWarning', 'Warning', []],
  ['FutureWarning', 'Warning', []],
  ['ImportWarning', 'Warning', []],
  ['UnicodeWarning', 'Warning', []],
  ['BytesWarning', 'Warning', []],
  ['ResourceWarning', 'Warning', []],
  ['EncodingWarning', 'Warning', []],
];

/** One built-in exception type. */
export interface ExceptionType {
  name: string;
  type: Ptr;
  base: ExceptionType | null;
  /** Names of all extra fields (inherited ones first). */
  fields: string[];
  basicsize: number;
}

/** The exception types of one interpreter, by name. */
export class Exceptions {
  readonly byName = new Map<string, ExceptionType>();
  readonly byType = new Map<number, ExceptionType>();
  /** A Python class's MRO (set once the interpreter exists); subtype tests follow it, as PyType_IsSubtype does. */
  classMro: (type: Ptr) => Ptr[] | undefined = () => undefined;
  private readonly n: Native;
  /** BaseException and OSError (their type objects, looked up once). */
  readonly baseException: Ptr;
  readonly osError: Ptr;

  constructor(n: Native) {
    this.n = n;
    const space = n.space;
    for (const [name, baseName, extra] of HIERARCHY) {
      const base = baseName === null ? null : (this.byName.get(baseName) as ExceptionType);
      const fields = [...(base?.fields ?? []), ...extra];
      const basicsize = EXC.extra + 8 * fields.length;
      const type = space.newStaticType({
        ...DEFAULT_PY_SLOTS,
        name,
        flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS,
        basicsize,
        base: base?.type ?? NULL,
        hash: pointerHash,
        traverse: (op, visit) => {
          const u32 = space.rt.mem.u32;
          for (let f = EXC.dict; f < basicsize; f += 8) {
            if (f === EXC.suppress) continue;
            const v = u32[(op + f) >>> 2] as Ptr;
            if (v !== NULL) visit(v);
          }
        },
        clear: (op) => clearFields(space, op, basicsize),
        dealloc: (op) => {
          space.rt.untrack(op);
          clearFields(space, op, basicsize);
          space.rt.gcDel(op);
        },
      });
      const info = { name, type, base, fields, basicsize };
      this.byName.set(name, info);
      this.byType.set(type, info);
    }
    this.baseException = this.type('BaseException');
    this.osError = this.type('OSError');
  }

  /** The type object of a built-in exception. */
  type(name: string): Ptr {
    const t = this.byName.get(name);
    if (t === undefined) throw new Error(`unknown exception type ${name}`);
    return t.type;
  }

  /** A new exception object of a built-in exception type with `args` (stolen). */
  create(type: Ptr, args: Ptr[], basicsize?: number): Ptr {
    const space = this.n.space;
    const rt = space.rt;
    const size = basicsize ?? this.byType.get(type)?.basicsize ?? EXC.extra;
    const op = rt.gcNew(type, size);
    const u32 = rt.mem.u32;
    for (let i = 16; i < size; i += 4) u32[(op + i) >>> 2] = 0;
    rt.mem.u32[(op + EXC.args) >>> 2] = this.n.tuple(args);
    if (rt.typeFlags(op) & TPFLAGS_HEAPTYPE) rt.incref(type); // heap-type instances own their type
    rt.track(op);
    return op;
  }

  /** A field of an exception (borrowed; NULL if unset). */
  get(op: Ptr, offset: number): Ptr {
    return this.n.space.rt.mem.u32[(op + offset) >>> 2] as Ptr;
  }

  /** Stores a new reference to `value` (or NULL) at `offset`, releasing the old value. */
  set(op: Ptr, offset: number, value: Ptr): void {
    const rt = this.n.space.rt;
    const at = (op + offset) >>> 2;
    const old = rt.mem.u32[at] as Ptr;
    if (value !== NULL) rt.incref(value);
    rt.mem.u32[at] = value;
    if (old !== NULL) rt.decref(old);
  }

  /** Offset of a named extra field, or -1. */
  fieldOffset(type: Ptr, name: string): number {
    let t = this.byType.get(type);
    // A user subclass: walk to the nearest built-in base.
    const space = this.n.space;
    let cur = type;
    while (t === undefined && cur !== NULL) {
      cur = space.slots(cur).base;
      t = this.byType.get(cur);
    }
    if (t === undefined) return -1;
    const i = t.fields.indexOf(name);
    return i < 0 ? -1 : EXC.extra + 8 * i;
  }

  /** True if `type` is `base` or derives from it. */
  isSubtype(type: Ptr, base: Ptr): boolean {
    const mro = this.classMro(type);
    if (mro !== undefined) return mro.includes(base);
    const space = this.n.space;
    for (let t = type; t !== NULL; t = space.slots(t).base) if (t === base) return true;
    return false;
  }
}

// The object words of an exception of `basicsize` bytes, in order: dict … cause, then the
// extra fields (every 8-byte word from EXC.dict on but the suppress_context byte's).
function clearFields(space: ObjectSpace, op: Ptr, basicsize: number): void {
  for (let f = EXC.dict; f < basicsize; f += 8) {
    if (f === EXC.suppress) continue;
    const at = (op + f) >>> 2;
    const v = space.rt.mem.u32[at] as Ptr;
    if (v !== NULL) {
      space.rt.mem.u32[at] = 0;
      space.rt.decref(v);
    }
  }
}
