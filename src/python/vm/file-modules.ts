// Importing modules from source files: the path finder and source loader of CPython's
// importlib, reduced to what a program sees. The interpreter has no file access; the host
// supplies a ModuleLoader (the CLI reads the file system, a web page can serve a map of
// files). sys.modules is the real registry: a Python dict that `del sys.modules[name]` or
// `sys.modules[name] = obj` change for later imports.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { CompileError } from '../compiler/index.js';
import { PySyntaxError, parse } from '../syntax/index.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';
import { freeListLengths, restoreFreeLists, topUpFreeLists } from './startupstate.js';

/** What a ModuleLoader found: a module or package source, or a namespace package. */
export interface ModuleSource {
  /** The file (__file__), or null for a namespace package. */
  filename: string | null;
  /** The module's text ('' for a namespace package). */
  source: string;
  /** The package's search path (__path__), or null for a plain module. */
  path: string[] | null;
}

/** The host hook that finds module files: `name` is the last part of a dotted name. */
export interface ModuleLoader {
  /** Looks for module `name` in each directory of `dirs` in order (as importlib's FileFinder). */
  findSource(name: string, dirs: readonly string[]): ModuleSource | null;
}

declare module './interp.js' {
  interface Interpreter {
    /** The host's file finder (null: only built-in modules can be imported). */
    moduleLoader: ModuleLoader | null;
    /** Names of modules whose code is running (partially initialised). */
    initializing: Set<string>;
    /** sys.modules (borrowed; NULL until sys exists). */
    sysModules: Ptr;
    /** Puts a module in sys.modules (a new reference; the caller keeps its own). */
    registerModule(name: string, module: Ptr): void;
    /** sys.modules[name] (borrowed) or NULL. */
    lookupModule(name: string): Ptr;
    /** importlib._bootstrap._gcd_import: imports `name` and its parents; borrowed result. */
    gcdImport(name: string): Ptr;
    /** The absolute name of a relative import from a module with globals `globals`. */
    resolveName(name: string, globals: Ptr, level: number): string;
    /** A built-in or file module's dotted name for the module object, from its __name__. */
    moduleStrAttr(module: Ptr, attr: string): string | null;
  }
}

const I = Interpreter.prototype;

/** Built-in modules in python3's sys.modules when a program starts (and gc, see above). */
const CPYTHON_PRELOADED = new Set([
  'gc',
  'sys',
  'abc',
  '_collections_abc',
  'atexit',
  'bisect',
  'collections',
  'collections.abc',
  'copyreg',
  'enum',
  'functools',
  'importlib',
  'io',
  'itertools',
  'math',
  'operator',
  'os',
  'posixpath',
  'random',
  're',
  'stat',
  'threading',
  'time',
  'types',
  'typing',
  'weakref',
  '_weakref',
  '_functools',
  '_sitebuiltins',
  '_thread',
  'binascii',
  'codecs',
  'contextlib',
  'errno',
  'fnmatch',
  'importlib.util',
  'keyword',
  'pathlib',
  'reprlib',
  'shutil',
  'struct',
  'tempfile',
  'urllib',
  'urllib.parse',
  'warnings',
]);

I.registerModule = function (this: Interpreter, name: string, module: Ptr): void {
  if (this.sysModules === NULL) {
    // Bootstrap (builtins, sys): the JS map owns a reference until sys.modules exists.
    this.modules.set(name, this.ref(module));
  } else {
    const key = this.n.str(name);
    this.n.dictSet(this.sysModules, key, module);
    this.decref(key);
  }
};

I.lookupModule = function (this: Interpreter, name: string): Ptr {
  if (this.sysModules === NULL) return this.modules.get(name) ?? NULL;
  const key = this.n.str(name);
  try {
    return this.n.dictGet(this.sysModules, key);
  } finally {
    this.decref(key);
  }
};

I.moduleStrAttr = function (this: Interpreter, module: Ptr, attr: string): string | null {
  const v = this.getAttrOrNull(module, this.n.intern(attr));
  if (v === NULL) return null;
  try {
    return this.n.isStr(v) ? this.n.jsStr(v) : null;
  } finally {
    this.decref(v);
  }
};

/** A ModuleNotFoundError / ImportError with its name (and path) attributes. */
export function importError(
  interp: Interpreter,
  kind: 'ImportError' | 'ModuleNotFoundError',
  msg: string,
  name: string | null,
  path: string | null = null,
): PyException {
  const exc = interp.newException(kind, msg);
  const type = interp.space.rt.typeObject(exc);
  const set = (field: string, v: string | null) => {
    if (v === null) return;
    const o = interp.n.str(v);
    interp.exc.set(exc, interp.exc.fieldOffset(type, field), o);
    interp.decref(o);
  };
  set('msg', msg);
  set('name', name);
  set('path', path);
  return interp.throwable(exc);
}

I.resolveName = function (this: Interpreter, name: string, globals: Ptr, level: number): string {
  const n = this.n;
  let pkg: string | null = null;
  if (globals !== NULL) {
    const p = n.dictGet(globals, n.intern('__package__'));
    if (p !== NULL && p !== this.none) {
      if (!n.isStr(p)) throw new PyErr('TypeError', 'package must be a string');
      pkg = n.jsStr(p);
    } else {
      const nm = n.dictGet(globals, n.intern('__name__'));
      if (nm === NULL || !n.isStr(nm)) throw new PyErr('KeyError', "'__name__' not in globals");
      const s = n.jsStr(nm);
      pkg =
        n.dictGet(globals, n.intern('__path__')) !== NULL ? s : s.slice(0, Math.max(0, s.lastIndexOf('.')));
    }
  }
  if (pkg === null || pkg === '')
    throw importError(this, 'ImportError', 'attempted relative import with no known parent package', null);
  const bits = rsplit(pkg, '.', level - 1);
  if (bits.length < level)
    throw importError(this, 'ImportError', 'attempted relative import beyond top-level package', null);
  return name === '' ? bits[0] : `${bits[0]}.${name}`;
};

// str.rsplit(sep, maxsplit).
function rsplit(s: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < max) {
    const i = rest.lastIndexOf(sep);
    if (i < 0) break;
    out.unshift(rest.slice(i + 1));
    rest = rest.slice(0, i);
  }
  out.unshift(rest);
  return out;
}

I.gcdImport = function (this: Interpreter, name: string): Ptr {
  let m = this.lookupModule(name);
  if (m === this.none)
    throw importError(this, 'ModuleNotFoundError', `import of ${name} halted; None in sys.modules`, name);
  if (m !== NULL) return m;
  const dot = name.lastIndexOf('.');
  let dirs: string[] | null = null;
  let parent: Ptr = NULL;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parent = this.gcdImport(parentName);
    m = this.lookupModule(name); // importing the parent may have imported the child
    if (m !== NULL && m !== this.none) return m;
    dirs = searchPath(this, parent);
    if (dirs === null)
      throw importError(
        this,
        'ModuleNotFoundError',
        `No module named '${name}'; '${parentName}' is not a package`,
        name,
      );
  }
  const init = this.moduleInits.get(name);
  if (init !== undefined) {
    // A module python3's startup has already imported costs a program nothing in
    // gc.get_count() there (nor does gc, whose import is in the startup count: see
    // startupstate.ts); here it is made now, without counting and without collecting.
    // Such a module leaves the free lists exactly as it found them (python3's import is a
    // sys.modules lookup); pymm's other modules leave them stocked at least as they found
    // them (python3's import of a Python module gives back more than it takes).
    const gc = this.space.rt.gc;
    const preloaded = CPYTHON_PRELOADED.has(name) && !gc.collecting;
    const count0 = gc.count[0];
    const freeLists = freeListLengths(this);
    if (preloaded) gc.collecting = true;
    try {
      m = this.newModule(name);
      this.registerModule(name, m);
      this.decref(m);
      init(this, m, this.moduleDict(m));
    } finally {
      if (preloaded) {
        gc.collecting = false;
        restoreFreeLists(this, freeLists);
        gc.count[0] = count0;
      } else topUpFreeLists(this, freeLists);
    }
  } else {
    const found = this.moduleLoader?.findSource(name.slice(dot + 1), dirs ?? sysPath(this)) ?? null;
    if (found === null) throw importError(this, 'ModuleNotFoundError', `No module named '${name}'`, name);
    m = execSourceModule(this, name, found);
  }
  if (parent !== NULL) {
    const child = this.n.str(name.slice(dot + 1));
    try {
      this.setAttr(parent, child, m);
    } finally {
      this.decref(child);
    }
  }
  return m;
};

// A package's __path__ as JS strings, or null when `module` is not a package.
function searchPath(interp: Interpreter, module: Ptr): string[] | null {
  const p = interp.getAttrOrNull(module, interp.n.intern('__path__'));
  if (p === NULL) return null;
  try {
    return strList(interp, p);
  } finally {
    interp.decref(p);
  }
}

function sysPath(interp: Interpreter): string[] {
  const sys = interp.modules.get('sys');
  if (sys === undefined) return [];
  const p = interp.n.dictGet(interp.moduleDict(sys), interp.n.intern('path'));
  return p === NULL ? [] : strList(interp, p);
}

function strList(interp: Interpreter, seq: Ptr): string[] {
  const n = interp.n;
  const items = n.isList(seq) ? n.listItems(seq) : n.isTuple(seq) ? n.tupleItems(seq) : [];
  return items.filter((x) => n.isStr(x)).map((x) => n.jsStr(x));
}

// SourceFileLoader.exec_module: a new module in sys.modules, its code run in its dict; on
// an error the module leaves sys.modules again. Returns sys.modules[name] (borrowed).
function execSourceModule(interp: Interpreter, name: string, found: ModuleSource): Ptr {
  const n = interp.n;
  const m = interp.newModule(name);
  const d = interp.moduleDict(m);
  const put = (k: string, v: Ptr) => {
    n.dictSet(d, n.intern(k), v);
    interp.decref(v);
  };
  const isPkg = found.path !== null;
  put('__package__', n.str(isPkg ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')))));
  put('__loader__', interp.newNone());
  put('__spec__', interp.newNone());
  if (found.path !== null) put('__path__', n.list(found.path.map((s) => n.str(s))));
  if (found.filename !== null) {
    put('__file__', n.str(found.filename));
    put('__cached__', interp.newNone());
  }
  n.dictSet(d, n.intern('__builtins__'), interp.modules.get('builtins') as Ptr);
  interp.registerModule(name, m);
  interp.decref(m);
  if (found.filename === null) return m;
  interp.initializing.add(name);
  try {
    const filename = found.filename;
    let tree: unknown;
    let code: ReturnType<Interpreter['compile']>;
    try {
      tree = parse(found.source, filename, 'exec', true);
      code = interp.compile(tree as never, filename, found.source);
    } catch (e) {
      if (e instanceof PySyntaxError) throw parseError(interp, e, filename);
      if (e instanceof CompileError) {
        const line = found.source.split(/\r?\n/)[e.lineno - 1] ?? null;
        throw syntaxError(
          interp,
          'SyntaxError',
          e.message,
          filename,
          e.lineno,
          e.col + 1,
          e.endOffset(),
          line,
          e.endLineno,
        );
      }
      throw e;
    }
    interp.decref(code.fn(d) as Ptr);
  } catch (e) {
    const key = n.str(name);
    if (n.dictGet(interp.sysModules, key) !== NULL) n.dictDel(interp.sysModules, key);
    interp.decref(key);
    throw e;
  } finally {
    interp.initializing.delete(name);
  }
  const r = interp.lookupModule(name);
  if (r === NULL)
    throw importError(interp, 'ImportError', `Loaded module ${name} not found in sys.modules`, name);
  return r;
}

// A SyntaxError (or IndentationError) object with CPython's attributes, to raise.
/** The Python SyntaxError (or IndentationError/TabError) for the parser's error `e` in `filename`. */
export function parseError(interp: Interpreter, e: PySyntaxError, filename: string): PyException {
  return syntaxError(interp, e.kind, e.msg, filename, e.lineno, e.offset, e.end_offset, e.text, e.end_lineno);
}

export function syntaxError(
  interp: Interpreter,
  kind: string,
  msg: string,
  filename: string,
  lineno: number,
  offset: number,
  endOffset: number | null,
  text: string | null,
  endLineno = lineno,
  textAsIs = false,
): PyException {
  const n = interp.n;
  const type = interp.exc.type(kind === 'IndentationError' || kind === 'TabError' ? kind : 'SyntaxError');
  const none = () => interp.newNone();
  if (lineno === 0) {
    // No location at all (null bytes in a source string): args is (msg,), the fields None.
    const text = n.str(msg);
    const exc = interp.exc.create(type, [interp.ref(text)]);
    interp.exc.set(exc, interp.exc.fieldOffset(type, 'msg'), text);
    interp.decref(text);
    return interp.throwable(exc);
  }
  const fields: [string, Ptr][] = [
    ['msg', n.str(msg)],
    ['filename', n.str(filename)],
    ['lineno', n.int(lineno)],
    ['offset', n.int(offset)],
    ['text', text === null ? none() : n.str(textAsIs || text.endsWith('\n') ? text : `${text}\n`)],
    ['end_lineno', n.int(endLineno)],
    ['end_offset', endOffset === null ? none() : n.int(endOffset)],
  ];
  const detail = n.tuple(fields.slice(1).map(([, v]) => interp.ref(v)));
  const exc = interp.exc.create(type, [n.str(msg), detail]);
  for (const [f, v] of fields) {
    interp.exc.set(exc, interp.exc.fieldOffset(type, f), v);
    interp.decref(v);
  }
  return interp.throwable(exc);
}

/** ImportError.msg/name/path and SyntaxError.msg/filename/lineno/… as attributes. */
export function installImportErrorFields(interp: Interpreter): void {
  const n = interp.n;
  const getter = (typeName: string, field: string, fromArgs: (args: Ptr[]) => Ptr) => {
    const type = interp.exc.type(typeName);
    const off = interp.exc.fieldOffset(type, field);
    return (self: Ptr) => {
      const v = interp.exc.get(self, off);
      if (v !== NULL) return interp.ref(v);
      const d = interp.exc.get(self, 16);
      const inDict = d === NULL ? NULL : n.dictGet(d, n.intern(field));
      if (inDict !== NULL) return interp.ref(inDict);
      const r = fromArgs(n.tupleItems(interp.exc.get(self, 24)));
      return r === NULL ? interp.newNone() : interp.ref(r);
    };
  };
  const install = (typeName: string, fields: string[], fromArgs: (f: string, args: Ptr[]) => Ptr) => {
    const type = interp.exc.type(typeName);
    let m = interp.nativeGetters.get(type);
    if (m === undefined) {
      m = new Map();
      interp.nativeGetters.set(type, m);
    }
    for (const f of fields)
      m.set(
        f,
        getter(typeName, f, (a) => fromArgs(f, a)),
      );
  };
  install('ImportError', ['msg', 'name', 'path'], (f, a) => (f === 'msg' && a.length === 1 ? a[0] : NULL));
  const syntax = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  install('SyntaxError', ['msg', ...syntax], (f, a) => {
    if (f === 'msg') return a.length >= 1 ? a[0] : NULL;
    if (a.length !== 2 || !n.isTuple(a[1])) return NULL;
    return n.tupleItems(a[1])[syntax.indexOf(f)] ?? NULL;
  });
}

declare module './interp.js' {
  interface Interpreter {
    /** A raised SyntaxError's `File … line …`, caret and message lines (null: not one). */
    syntaxErrorDetail(exc: Ptr): string | null;
  }
}

I.syntaxErrorDetail = function (this: Interpreter, exc: Ptr): string | null {
  const type = this.space.rt.typeObject(exc);
  if (!this.exc.isSubtype(type, this.exc.type('SyntaxError'))) return null;
  const n = this.n;
  if (this.noSuggestions) return tracebackModuleSyntaxError(this, exc);
  // parse_syntax_error: the attributes as getattr finds them; one of the wrong type means the
  // exception prints as any other.
  const values = new Map<string, Ptr>();
  try {
    for (const f of ['msg', 'filename', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text']) {
      const v = this.getAttrOrNull(exc, n.intern(f));
      values.set(f, v === NULL ? this.newNone() : v);
    }
    const get = (f: string) => values.get(f) as Ptr;
    const isNone = (f: string) => get(f) === this.none;
    const int = (f: string, dflt: number): number | null => {
      if (isNone(f)) return dflt;
      return n.isInt(get(f)) ? n.intSafe(get(f)) : null;
    };
    const lineno = isNone('lineno') ? null : int('lineno', 0);
    const offset = int('offset', -1);
    if (lineno === null || offset === null) return null;
    const exact = type === this.exc.type('SyntaxError');
    const endLineno = exact ? int('end_lineno', lineno) : lineno;
    const endOffset = exact ? int('end_offset', -1) : -1;
    if (endLineno === null || endOffset === null) return null;
    const filename = isNone('filename') ? '<string>' : this.strOf(get('filename'));
    const text = n.isStr(get('text')) ? n.jsStr(get('text')) : null;
    const msg = this.strOf(get('msg'));
    const name = this.exceptionLine(exc).split(':')[0];
    return this.formatSyntaxError(
      exact ? 'SyntaxError' : name,
      msg,
      filename,
      lineno,
      offset,
      endOffset,
      text,
      endLineno,
    );
  } catch (e) {
    if (e instanceof PyException) {
      this.decref(e.exc);
      return null;
    }
    throw e;
  } finally {
    for (const v of values.values()) this.decref(v);
  }
};

/**
 * traceback.py's TracebackException._format_syntax_error (3.11): the File line when there is
 * a line number, the text without its indent, carets from offset to end_offset (one when they
 * meet), and the message, `<no detail available>` when it is empty.
 */
function tracebackModuleSyntaxError(interp: Interpreter, exc: Ptr): string {
  const n = interp.n;
  const attr = (f: string): Ptr => {
    const v = interp.getAttrOrNull(exc, n.intern(f));
    return v === NULL ? interp.newNone() : v;
  };
  const fields = ['filename', 'lineno', 'text', 'offset', 'end_offset', 'msg'].map(attr);
  try {
    const [filename, lineno, text, offset, endOffset, msg] = fields;
    const none = interp.none;
    let out = '';
    let suffix = '';
    if (lineno !== none) {
      const file = interp.truthy(filename) ? interp.strOf(filename) : '<string>';
      out += `  File "${file}", line ${interp.strOf(lineno)}\n`;
    } else if (filename !== none) suffix = ` (${interp.strOf(filename)})`;
    if (n.isStr(text)) {
      const rtext = [...n.jsStr(text).replace(/\n+$/, '')];
      let k = 0;
      while (k < rtext.length && (rtext[k] === ' ' || rtext[k] === '\n' || rtext[k] === '\f')) k++;
      const ltext = rtext.slice(k);
      out += `    ${ltext.join('')}\n`;
      if (offset !== none && n.isInt(offset)) {
        const off = n.intSafe(offset);
        let end =
          endOffset === none || !n.isInt(endOffset) || n.intSafe(endOffset) === 0
            ? off
            : n.intSafe(endOffset);
        if (off === end || end === -1) end = off + 1;
        const colno = off - 1 - k;
        const endColno = end - 1 - k;
        if (colno >= 0) {
          const space = ltext.slice(0, colno).map((c) => (/\s/.test(c) ? c : ' '));
          out += `    ${space.join('')}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
        }
      }
    }
    const message = interp.truthy(msg) ? interp.strOf(msg) : '<no detail available>';
    const stype = interp.exceptionLine(exc).split(':')[0];
    return `${out}${stype}: ${message}${suffix}\n`;
  } finally {
    for (const v of fields) interp.decref(v);
  }
}
