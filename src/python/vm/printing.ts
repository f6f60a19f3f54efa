// print(), as 3.11's builtin_print: Argument Clinic's parser (its keyword tuple made on the
// first call), the tuple of positional arguments, then one `file.write(str(piece))` per
// value, separator and end (PyFile_WriteObject: the bound `write` method is looked up
// before str() is taken, and released after the call), then `file.flush()` if asked.
// Every one of those objects exists in CPython too, so gc.get_count() moves alike; and
// any object with a `write` method can be the file.

import { NULL, type Ptr } from '../../heap/index.js';
import { checkRecursionHeadroom, PyErr } from '../../objects/index.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** builtins.print(*args, sep=' ', end='\n', file=None, flush=False). */
    builtinPrint(args: Ptr[], kwnames: Ptr[] | null): Ptr;
    /** PyFile_WriteObject(v, file, Py_PRINT_RAW): `file.write(str(v))`. */
    fileWriteObject(v: Ptr, file: Ptr): void;
    /** PySys_WriteStderr: `text` to sys.stderr (the process's stderr if that is unset or None); errors are ignored. */
    writeStderr(text: string): void;
  }
}

const I = Interpreter.prototype;

const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'];

I.builtinPrint = function (this: Interpreter, args: Ptr[], kwnames: Ptr[] | null): Ptr {
  const n = this.n;
  const none = this.none;
  this.argParserInit('print', PRINT_KEYWORDS);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let sep = NULL;
  let end = NULL;
  let file = none;
  let flush = NULL;
  for (let i = 0; i < nkw; i++) {
    const key = n.jsStr((kwnames as Ptr[])[i]);
    const v = args[npos + i];
    if (key === 'sep') sep = v;
    else if (key === 'end') end = v;
    else if (key === 'file') file = v;
    else if (key === 'flush') flush = v;
    else throw new PyErr('TypeError', `'${key}' is an invalid keyword argument for print()`);
  }
  const values = this.argsTuple(args, 0, npos);
  try {
    const doFlush = flush !== NULL && this.truthy(flush);
    if (file === none) {
      const sys = this.modules.get('sys');
      file = sys === undefined ? NULL : n.dictGet(this.moduleDict(sys), n.intern('stdout'));
      if (file === NULL) throw new PyErr('RuntimeError', 'lost sys.stdout');
      // sys.stdout may be None when FILE* stdout isn't connected.
      if (file === none) return this.newNone();
    }
    if (sep === none) sep = NULL;
    else if (sep !== NULL && !n.isStr(sep))
      throw new PyErr('TypeError', `sep must be None or a string, not ${this.space.typeName(sep)}`);
    if (end === none) end = NULL;
    else if (end !== NULL && !n.isStr(end))
      throw new PyErr('TypeError', `end must be None or a string, not ${this.space.typeName(end)}`);
    this.incref(file);
    try {
      for (let i = 0; i < npos; i++) {
        if (i > 0) this.fileWriteObject(sep === NULL ? n.intern(' ') : sep, file);
        this.fileWriteObject(args[i], file);
      }
      this.fileWriteObject(end === NULL ? n.intern('\n') : end, file);
      if (doFlush) this.decref(this.callMethod(this.ref(file), n.intern('flush'), []));
    } finally {
      this.decref(file);
    }
    return this.newNone();
  } finally {
    if (values !== NULL) this.decref(values);
  }
};

I.writeStderr = function (this: Interpreter, text: string): void {
  const sys = this.modules.get('sys');
  const file = sys === undefined ? NULL : this.n.dictGet(this.moduleDict(sys), this.n.intern('stderr'));
  if (file === NULL || file === this.none || file === this.stderrObject) {
    this.io.stderr(text);
    return;
  }
  const s = this.n.str(text);
  this.incref(file);
  try {
    this.fileWriteObject(s, file);
  } catch (e) {
    // sys_write: an error while writing is cleared; the text is lost, as in CPython.
    this.decref(e instanceof PyException ? e.exc : this.toException(e));
  } finally {
    this.decref(file);
    this.decref(s);
  }
};

I.fileWriteObject = function (this: Interpreter, v: Ptr, file: Ptr): void {
  if (this.space.rt.typeObject(file) === this.stdioType) {
    // sys.stdout or sys.stderr: the same bound method object, without the lookup and the
    // str object (neither is observable).
    const method = this.newBuiltin('write', this.stdioWrite, file);
    try {
      const text = this.strOf(v);
      // The write: TextIOWrapper.write called inside Py_EnterRecursiveCall, which calls
      // on one level deeper (measured: print needs two levels above its caller).
      checkRecursionHeadroom(this.space, 2, ' while calling a Python object');
      if (file === this.stderrObject) this.io.stderr(text);
      else this.io.stdout(text);
    } finally {
      this.decref(method);
    }
    return;
  }
  const writer = this.getAttr(file, this.n.intern('write'));
  let value: Ptr;
  try {
    // PyObject_Str: an exact str is itself.
    value =
      this.n.isStr(v) && this.space.rt.typeObject(v) === this.space.strs.type
        ? this.ref(v)
        : this.n.str(this.strOf(v));
  } catch (error) {
    this.decref(writer);
    throw error;
  }
  this.decref(this.callKw(writer, [value], null));
};
