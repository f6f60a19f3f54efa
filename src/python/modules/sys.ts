// The `sys` module: getsizeof, getrefcount, recursion limit, argv, exit, stdout/stderr,
// version_info (the CPython we follow), _debugmallocstats, getallocatedblocks.

import { NULL, type Ptr } from '../../heap/index.js';
import { DEFAULT_PY_SLOTS, long_fromSsize, PyErr, pointerHash } from '../../objects/index.js';
import { argCount, parseArgs } from '../vm/args.js';
import type { NativeImpl } from '../vm/calls.js';
import { PyException } from '../vm/exceptions.js';
import type { Interpreter } from '../vm/interp.js';
import { newStdinObject } from '../vm/stdin.js';
import { newStdoutBuffer } from '../vm/stdiobuffers.js';
import { managedDictCorrection } from '../vm/subclassing.js';
import { defineTpNameHook } from './tpname.js';

/** The CPython version pymm follows. */
export const VERSION = [3, 11, 7] as const;

// Whether a JS-side error is a Python TypeError (raised natively or by Python code); a
// matching Python exception is released, as PyErr_Clear would.
function isTypeError(interp: Interpreter, e: unknown): boolean {
  if (e instanceof PyErr) return e.excType === 'TypeError';
  const exc = (e as { exc?: Ptr })?.exc;
  if (typeof exc !== 'number') return false;
  const matches = interp.exc.isSubtype(interp.space.rt.typeObject(exc), interp.exc.type('TypeError'));
  if (matches) interp.decref(exc);
  return matches;
}

// Whether a JS-side error is a Python ImportError; a matching exception is released.
function isImportError(interp: Interpreter, e: unknown): boolean {
  if (e instanceof PyErr) return e.excType === 'ImportError' || e.excType === 'ModuleNotFoundError';
  const exc = (e as { exc?: Ptr })?.exc;
  if (typeof exc !== 'number') return false;
  const matches = interp.exc.isSubtype(interp.space.rt.typeObject(exc), interp.exc.type('ImportError'));
  if (matches) interp.decref(exc);
  return matches;
}

/** Fills the sys module. */
export function initSysModule(interp: Interpreter, module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const space = interp.space;
  // METH_VARARGS functions (getsizeof) receive their arguments in a tuple.
  const varargs = new Set(['getsizeof']);
  const def = (name: string, f: (args: Ptr[], kw: Ptr[] | null) => Ptr) =>
    interp.defNative(
      dict,
      name,
      varargs.has(name) ? interp.varargs((_s, a, k) => f(a, k), true) : (_s, a, k) => f(a, k),
    );
  const set = (name: string, v: Ptr) => {
    n.dictSet(dict, n.intern(name), v);
    interp.decref(v);
  };
  // sys_breakpointhook with $PYTHONBREAKPOINT unset: pdb.set_trace, or a RuntimeWarning
  // and None when pdb cannot be imported (as here).
  def('breakpointhook', (a, k) => {
    let mod: Ptr;
    try {
      mod = interp.importModule(n.intern('pdb'), NULL, false);
    } catch (e) {
      if (!isImportError(interp, e)) throw e;
      const warnings = interp.importModule(n.intern('warnings'), NULL, false);
      const category = interp.ref(interp.exc.type('RuntimeWarning'));
      const message = n.str('Ignoring unimportable $PYTHONBREAKPOINT: "pdb.set_trace"');
      interp.decref(interp.callMethod(warnings, n.intern('warn'), [message, category]));
      return interp.newNone();
    }
    let setTrace: Ptr;
    try {
      setTrace = interp.getAttr(mod, n.intern('set_trace'));
    } finally {
      interp.decref(mod);
    }
    return interp.callKw(
      setTrace,
      a.map((x) => interp.ref(x)),
      k,
    );
  });
  n.dictSet(dict, n.intern('__breakpointhook__'), n.dictGet(dict, n.intern('breakpointhook')));
  def('getsizeof', (a, k) => {
    const [obj, dflt] = parseArgs(interp, 'getsizeof', a, k, ['object', 'default'], 1);
    // _PySys_GetSizeOf: type(obj).__sizeof__(obj) plus the GC (and managed-dict) pre-header.
    try {
      const type = space.rt.typeObject(obj);
      const r = interp.classes.has(type) ? interp.callSpecial(obj, '__sizeof__', []) : NULL;
      if (r === NULL) return n.int(space.getsizeof(obj));
      let size: bigint;
      try {
        if (!n.isInt(r)) throw new PyErr('TypeError', 'an integer is required');
        size = n.intBig(r);
      } finally {
        interp.decref(r);
      }
      // PyLong_AsSsize_t, then the pre-header added as a size_t.
      if (size > 2n ** 63n - 1n || size < -(2n ** 63n))
        throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
      if (size < 0n) throw new PyErr('ValueError', '__sizeof__() should return >= 0');
      const info = interp.classes.get(type);
      const pre =
        space.rt.preHeaderSize(space.slots(type).flags) -
        (info === undefined ? 0 : managedDictCorrection(interp, info));
      return n.bigint(size + BigInt(pre));
    } catch (e) {
      if (dflt !== NULL && isTypeError(interp, e)) return interp.ref(dflt);
      throw e;
    }
  });
  def('getrefcount', (a, k) => {
    argCount('sys.getrefcount', a, k, 1, 1);
    return long_fromSsize(space, space.rt.refcnt(a[0]));
  });
  def('_getframe', (a, k) => {
    // Argument Clinic, `depth: int = 0, /`.
    if (k !== null && k.length > 0) throw new PyErr('TypeError', '_getframe() takes no keyword arguments');
    if (a.length > 1) throw new PyErr('TypeError', `_getframe expected at most 1 argument, got ${a.length}`);
    return interp.getFrame(a.length === 0 ? 0 : interp.toIndex(a[0]));
  });
  def('get_int_max_str_digits', () => n.int(space.intMaxStrDigits));
  def('set_int_max_str_digits', (a, k) => {
    // Argument Clinic's message for its one required argument (_PyArg_UnpackKeywords).
    if (a.length === 0) {
      throw new PyErr('TypeError', "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    const [v] = parseArgs(interp, 'set_int_max_str_digits', a, k, ['maxdigits'], 1);
    const digits = interp.toIndex(v);
    if (digits !== 0 && digits < 640) throw new PyErr('ValueError', 'maxdigits must be 0 or larger than 640');
    space.intMaxStrDigits = digits;
    return interp.ref(interp.none);
  });
  def('getrecursionlimit', (a, k) => {
    argCount('sys.getrecursionlimit', a, k, 0, 0);
    return n.int(interp.recursionLimit);
  });
  // The hooks asyncio's loop sets for the async generators it runs (asyncgens.ts).
  // The default unraisable hook's report (write_unraisable_exc_file), for a Python-level call.
  def('_write_unraisable', (a, k) => {
    argCount('_write_unraisable', a, k, 3, 3);
    const [value, msg, obj] = a;
    if (!interp.isExceptionInstance(value)) return interp.newNone();
    interp.incref(value);
    interp.writeUnraisableDefault(new PyException(value), obj, n.isStr(msg) ? n.jsStr(msg) : undefined);
    return interp.newNone();
  });
  // _clear_type_cache(): forgets every class's attribute lookup cache.
  def('_clear_type_cache', (a, k) => {
    argCount('_clear_type_cache', a, k, 0, 0);
    for (const info of interp.classes.values()) info.lookupCache.clear();
    return interp.newNone();
  });
  def('_get_asyncgen_hooks', () =>
    n.tuple(interp.agHooks.map((h) => (h === NULL ? interp.newNone() : interp.ref(h)))),
  );
  def('set_asyncgen_hooks', (a, k) => {
    const [firstiter, finalizer] = parseArgs(
      interp,
      'set_asyncgen_hooks',
      a,
      k,
      ['firstiter', 'finalizer'],
      0,
    );
    const given = [firstiter, finalizer];
    given.forEach((h, i) => {
      if (h !== NULL && h !== interp.none && !interp.isCallable(h))
        throw new PyErr(
          'TypeError',
          `callable ${i === 0 ? 'firstiter' : 'finalizer'} expected, got ${interp.space.typeName(h)}`,
        );
    });
    given.forEach((h, i) => {
      if (h === NULL) return;
      const old = interp.agHooks[i];
      interp.agHooks[i] = h === interp.none ? NULL : interp.ref(h);
      if (old !== NULL) interp.decref(old);
    });
    return interp.newNone();
  });
  def('is_finalizing', (a, k) => {
    argCount('sys.is_finalizing', a, k, 0, 0);
    return interp.bool(interp.finalizing === true);
  });
  def('setrecursionlimit', (a, k) => {
    argCount('sys.setrecursionlimit', a, k, 1, 1);
    const v = interp.toIndex(a[0]);
    if (v < 1) throw new PyErr('ValueError', 'recursion limit must be greater or equal than 1');
    // The depth counts this call too: cfunction_vectorcall_O enters a recursive call.
    const depth = interp.depth + interp.cGuard.depth + 1;
    if (v <= depth) {
      throw new PyErr(
        'RecursionError',
        `cannot set the recursion limit to ${v} at the recursion depth ${depth}: the limit is too low`,
      );
    }
    interp.recursionLimit = v;
    return interp.newNone();
  });
  def('exit', (a, k) => {
    argCount('exit', a, k, 0, 1);
    const exc = interp.exc.create(
      interp.exc.type('SystemExit'),
      a.map((x) => interp.ref(x)),
    );
    throw interp.throwable(exc);
  });
  def('getallocatedblocks', (a, k) => {
    argCount('sys.getallocatedblocks', a, k, 0, 0);
    return n.int(space.rt.heap.allocatedBlocks());
  });
  def('_debugmallocstats', (a, k) => {
    argCount('sys._debugmallocstats', a, k, 0, 0);
    interp.io.stderr(space.rt.heap.debugMallocStats(n.freeListLines()));
    return interp.newNone();
  });
  def('intern', (a, k) => {
    argCount('sys.intern', a, k, 1, 1);
    if (!n.isStr(a[0]))
      throw new PyErr('TypeError', `intern() argument must be str, not ${space.typeName(a[0])}`);
    if (space.rt.typeObject(a[0]) !== space.strs.type)
      throw new PyErr('TypeError', `can't intern ${space.typeName(a[0])}`);
    return n.internInPlace(a[0]);
  });
  def('exc_info', (a, k) => {
    argCount('sys.exc_info', a, k, 0, 0);
    const e = interp.handling.at(-1);
    if (e === undefined) return n.tuple([interp.newNone(), interp.newNone(), interp.newNone()]);
    const tb = interp.getAttr(e, n.intern('__traceback__'));
    return n.tuple([interp.ref(space.rt.typeObject(e)), interp.ref(e), tb]);
  });
  def('excepthook', (a, k) => {
    argCount('excepthook', a, k, 3, 3);
    interp.writeStderr(interp.formatException(a[1])); // PyErr_Display writes to sys.stderr
    return interp.newNone();
  });
  def('exception', () => {
    const e = interp.handling.at(-1);
    return e === undefined ? interp.newNone() : interp.ref(e);
  });
  set('argv', n.list(interp.argv.map((s) => n.str(s))));
  // The interpreter's own command line as CPython would have it: python3 and the arguments.
  set('orig_argv', n.list(['python3', ...interp.argv].map((s) => n.str(s))));
  defineTpNameHook(interp, dict);
  interp.runPythonInto(SYS_PY, '<frozen sys>', dict);
  set('version', n.str(`${VERSION.join('.')} (pymm)`));
  set('hexversion', n.int(0x030b07f0));
  set('maxsize', n.bigint(2n ** 63n - 1n));
  set('byteorder', n.str('little'));
  // The platform python3 reports where pymm's output is compared (os.name is 'posix' and
  // platform.system() 'Linux' too): programs that branch on it take CPython's branch.
  set('platform', n.str('linux'));
  set('executable', n.str(''));
  // No installation directory: as with sys.executable, CPython's empty value for unknown.
  for (const name of ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']) set(name, n.str(''));
  set('path', n.list([]));
  // sys.stdout / sys.stderr: objects with write() and flush().
  const ioType = space.newStaticType({
    ...DEFAULT_PY_SLOTS,
    name: '_io.TextIOWrapper',
    basicsize: 24,
    dealloc: () => {},
    hash: (op) => pointerHash(op),
  });
  const write: NativeImpl = (self, a) => {
    const s = interp.strOfWrite(a[0]);
    if (self === interp.stderrObject) interp.io.stderr(s);
    else interp.io.stdout(s);
    return n.int([...s].length);
  };
  interp.defMethod(ioType, 'write', write);
  interp.stdioType = ioType;
  interp.stdioWrite = write;
  // IOBase.writelines: write() each item of the iterable, in order.
  interp.defMethod(ioType, 'writelines', (self, a, k) => {
    argCount('writelines', a, k, 1, 1);
    const it = interp.iter(a[0]);
    try {
      for (let line = interp.next(it); line !== NULL; line = interp.next(it)) {
        try {
          interp.decref(write(self, [line], null) as Ptr);
        } finally {
          interp.decref(line);
        }
      }
    } finally {
      interp.decref(it);
    }
    return interp.newNone();
  });
  interp.defMethod(ioType, 'flush', () => {
    interp.io.flush?.();
    return interp.newNone();
  });
  const stdout = space.newStaticObject(ioType, 24);
  const stderr = space.newStaticObject(ioType, 24);
  // The stream queries of a text stream over a pipe (as the stdin object answers them).
  const query = (name: string, value: (self: Ptr) => Ptr) =>
    interp.defMethod(ioType, name, (self, a, k) => {
      argCount(`TextIOWrapper.${name}`, a, k, 0, 0);
      return value(self);
    });
  query('fileno', (self) => n.int(self === stderr ? 2 : 1));
  query('isatty', () => interp.ref(space.false));
  query('writable', () => interp.ref(space.true));
  query('readable', () => interp.ref(space.false));
  query('seekable', () => interp.ref(space.false));
  interp.stderrObject = stderr;
  n.dictSet(dict, n.intern('stdout'), stdout);
  n.dictSet(dict, n.intern('stderr'), stderr);
  n.dictSet(dict, n.intern('__stdout__'), stdout);
  n.dictSet(dict, n.intern('__stderr__'), stderr);
  // .buffer of the text streams: BufferedWriters over fds 1 and 2.
  const outBuffer = newStdoutBuffer(interp, 1, null);
  const errBuffer = newStdoutBuffer(interp, 2, space.rt.typeObject(outBuffer));
  interp.nativeGetters.set(
    ioType,
    new Map([
      ['buffer', (self: Ptr) => interp.ref(self === stderr ? errBuffer : outBuffer)],
      ['name', (self: Ptr) => n.str(self === stderr ? '<stderr>' : '<stdout>')],
      ['encoding', () => n.str('utf-8')],
      ['errors', (self: Ptr) => n.str(self === stderr ? 'backslashreplace' : 'strict')],
      ['mode', () => n.str('w')],
      ['closed', () => interp.ref(space.false)],
      ['line_buffering', () => interp.ref(space.false)],
    ]),
  );
  const stdin = newStdinObject(interp);
  n.dictSet(dict, n.intern('stdin'), stdin);
  n.dictSet(dict, n.intern('__stdin__'), stdin);
  const modules = n.dict();
  // The bootstrap modules' names are interned, as _PyImport_FixupBuiltin's are.
  for (const [name, m] of interp.modules) n.dictSet(modules, n.intern(name), m);
  n.dictSet(modules, n.intern('sys'), module);
  set('modules', modules);
  interp.sysModules = modules;
}

declare module '../vm/interp.js' {
  interface Interpreter {
    argv: string[];
    strOfWrite(op: Ptr): string;
  }
}

/** write() takes a str only. */
export function installWrite(interp: Interpreter): void {
  interp.strOfWrite = (op: Ptr) => {
    if (!interp.n.isStr(op))
      throw new PyErr('TypeError', `write() argument must be str, not ${interp.space.typeName(op)}`);
    return interp.n.jsStr(op);
  };
}

// sys's Python half: version_info and the other structseqs, and the unraisable hook.
const SYS_PY = `


class _member:
    # A structseq field: a read-only member descriptor over the tuple's item i.
    __slots__ = ('i', 'name', 'owner')
    def __init__(self, i, name, owner):
        self.i = i
        self.name = name
        self.owner = owner
    def __get__(self, obj, cls=None):
        return self if obj is None else tuple.__getitem__(obj, self.i)
    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')
    def __delete__(self, obj):
        raise AttributeError('readonly attribute')
    def __repr__(self):
        return "<member '%s' of '%s' objects>" % (self.name, self.owner)

_member.__name__ = _member.__qualname__ = 'member_descriptor'


def _structseq(name, fields, values, instantiable=True, module='sys'):
    # A named tuple of constants, as CPython's structseq types (sys.float_info, ...).
    full = name if module == 'builtins' else module + '.' + name
    n = len(fields)
    class structseq(tuple):
        __slots__ = ()
        n_fields = n_sequence_fields = n
        n_unnamed_fields = 0
        __match_args__ = fields
        def __new__(cls, sequence=None, dict=None, *extra, **kwargs):
            # structseq_new: sequence and an optional dict (unused: no hidden fields here).
            if not instantiable:
                raise TypeError(f"cannot create '{full}' instances")
            if extra:
                raise TypeError(f'structseq() takes at most 2 arguments ({2 + len(extra)} given)')
            if 'sequence' in kwargs:
                if sequence is not None:
                    raise TypeError("argument for structseq() given by name ('sequence') and position (1)")
                sequence = kwargs.pop('sequence')
            if 'dict' in kwargs:
                dict = kwargs.pop('dict')
            if kwargs:
                raise TypeError(f"structseq() got an unexpected keyword argument '{next(iter(kwargs))}'")
            if sequence is None:
                raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
            if dict is not None and not isinstance(dict, type({})):
                raise TypeError(f'{full}() takes a dict as second arg, if any')
            try:
                items = tuple(sequence)
            except TypeError:
                raise TypeError('constructor requires a sequence') from None
            if len(items) != n:
                raise TypeError(f'{full}() takes a {n}-sequence ({len(items)}-sequence given)')
            return tuple.__new__(cls, items)
        def __repr__(self):
            return '%s(%s)' % (full, ', '.join('%s=%r' % fv for fv in zip(fields, self)))
        def __reduce__(self):
            return (type(self), (tuple(self), {}))
    for i, f in enumerate(fields):
        setattr(structseq, f, _member(i, f, full))
    structseq.__name__ = structseq.__qualname__ = name
    structseq.__module__ = module
    del structseq.__slots__
    _set_tp_name(structseq, full)
    return tuple.__new__(structseq, values)


_asyncgen_hooks = None


def get_asyncgen_hooks(_hooks=_get_asyncgen_hooks):
    '''The (firstiter, finalizer) hooks for asynchronous generators, as a structseq.'''
    global _asyncgen_hooks
    if _asyncgen_hooks is None:
        _asyncgen_hooks = type(_structseq('asyncgen_hooks', ('firstiter', 'finalizer'), (None, None),
                                          module='builtins'))
    return _asyncgen_hooks(_hooks())


del _get_asyncgen_hooks


# The structseqs and sys.implementation are made on first access (__pymm_lazy__, a module
# __getattr__ that returns NotImplemented for a missing name, so that the AttributeError is
# the interpreter's own, without this frame; sys.__dir__ lists them before that): making their classes was a large
# part of pymm's start-up.
_LAZY = {
    'version_info': lambda: _structseq(
        'version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
        (${VERSION.join(', ')}, 'final', 0), False),
    'float_info': lambda: _structseq(
        'float_info',
        ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
         'epsilon', 'radix', 'rounds'),
        (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
         2.220446049250313e-16, 2, 1)),
    'int_info': lambda: _structseq(
        'int_info',
        ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
        (30, 4, 4300, 640)),
    'hash_info': lambda: _structseq(
        'hash_info',
        ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
        (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0)),
    # As python3 runs with PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1, as pymm always does.
    'flags': lambda: _structseq(
        'flags',
        ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
         'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization',
         'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
         'int_max_str_digits'),
        (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1), False),
    'thread_info': lambda: _structseq(
        'thread_info', ('name', 'lock', 'version'), ('pthread', 'semaphore', 'NPTL 2.36')),
    'implementation': lambda: _implementation(),
}


def _implementation():
    class SimpleNamespace:
        # sys.implementation, a types.SimpleNamespace in CPython.
        def __init__(self, **attrs):
            self.__dict__.update(attrs)
        def __repr__(self):
            return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())
        def __eq__(self, other):
            return isinstance(other, SimpleNamespace) and vars(self) == vars(other)
    SimpleNamespace.__module__ = 'types'
    SimpleNamespace.__qualname__ = 'SimpleNamespace'
    return SimpleNamespace(name='cpython', cache_tag='cpython-311', version=__pymm_lazy__('version_info'),
                           hexversion=0x030b07f0, _multiarch='x86_64-linux-gnu')


_HIDDEN = {'_LAZY', '_HIDDEN', '_structseq', '_member', '_implementation', '_set_tp_name', '_asyncgen_hooks',
           '__pymm_lazy__', '__dir__', '_UnraisableHookArgs'}


def __pymm_lazy__(name):
    make = _LAZY.get(name)
    if make is None:
        return NotImplemented
    value = globals()[name] = make()
    return value


def __dir__():
    return sorted((set(globals()) | set(_LAZY)) - _HIDDEN)


maxunicode = 1114111
float_repr_style = 'short'
api_version = 1013
abiflags = ''
platlibdir = 'lib'
warnoptions = []
dont_write_bytecode = True
copyright = ('Copyright (c) 2001-2023 Python Software Foundation.\\nAll Rights Reserved.\\n\\n'
             'Copyright (c) 2000 BeOpen.com.\\nAll Rights Reserved.\\n\\n'
             'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\\n'
             'All Rights Reserved.\\n\\n'
             'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\\n'
             'All Rights Reserved.')


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def getswitchinterval():
    return getswitchinterval.value


getswitchinterval.value = 0.005


def setswitchinterval(interval):
    # Argument Clinic's double converter: a real number (__float__ or __index__), not a str.
    if not (hasattr(type(interval), '__float__') or hasattr(type(interval), '__index__')):
        raise TypeError('must be real number, not %s' % type(interval).__name__)
    interval = float(interval)
    if interval <= 0.0:
        raise ValueError('switch interval must be strictly positive')
    getswitchinterval.value = interval


def gettrace():
    return settrace.value


def call_tracing(func, args, /):
    '''func(*args), as it would run while tracing (pymm has no tracing).'''
    if not isinstance(args, tuple):
        raise TypeError('call_tracing() argument 2 must be tuple, not %s' % type(args).__name__)
    return func(*args)


def getprofile():
    return setprofile.value


class _UnraisableHookArgs:
    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')
    def __init__(self, exc_type, exc_value, exc_traceback, err_msg, object):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.err_msg = err_msg
        self.object = object


def __unraisablehook__(unraisable, /, _write=_write_unraisable):
    '''Writes the unraisable exception's report to sys.stderr.'''
    if type(unraisable) is not _UnraisableHookArgs:
        raise TypeError('sys.unraisablehook argument type must be UnraisableHookArgs')
    msg = unraisable.err_msg
    if msg is not None and msg.startswith('Exception ignored '):
        msg = msg[len('Exception ignored '):]
    _write(unraisable.exc_value, msg, unraisable.object)


del _write_unraisable

unraisablehook = __unraisablehook__
__excepthook__ = excepthook


_UnraisableHookArgs.__name__ = _UnraisableHookArgs.__qualname__ = 'UnraisableHookArgs'
builtin_module_names = ('_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre', '_stat', '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc', '_warnings', '_weakref', 'atexit', 'builtins', 'errno', 'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype')
stdlib_module_names = frozenset(('__future__', '_abc', '_aix_support', '_ast', '_asyncio',
    '_bisect', '_blake2', '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk',
    '_codecs_iso2022', '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections',
    '_collections_abc', '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv',
    '_ctypes', '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree',
    '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib',
    '_heapq', '_imp', '_io', '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5',
    '_msi', '_multibytecodec', '_multiprocessing', '_opcode', '_operator', '_osx_support',
    '_overlapped', '_pickle', '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal',
    '_pyio', '_queue', '_random', '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512',
    '_signal', '_sitebuiltins', '_socket', '_sqlite3', '_sre', '_ssl', '_stat', '_statistics',
    '_string', '_strptime', '_struct', '_symtable', '_thread', '_threading_local', '_tkinter',
    '_tokenize', '_tracemalloc', '_typing', '_uuid', '_warnings', '_weakref', '_weakrefset',
    '_winapi', '_zoneinfo', 'abc', 'aifc', 'antigravity', 'argparse', 'array', 'ast',
    'asynchat', 'asyncio', 'asyncore', 'atexit', 'audioop', 'base64', 'bdb', 'binascii',
    'bisect', 'builtins', 'bz2', 'cProfile', 'calendar', 'cgi', 'cgitb', 'chunk', 'cmath',
    'cmd', 'code', 'codecs', 'codeop', 'collections', 'colorsys', 'compileall', 'concurrent',
    'configparser', 'contextlib', 'contextvars', 'copy', 'copyreg', 'crypt', 'csv', 'ctypes',
    'curses', 'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'distutils',
    'doctest', 'email', 'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl',
    'filecmp', 'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath',
    'getopt', 'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq',
    'hmac', 'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib', 'inspect',
    'io', 'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale',
    'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap',
    'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt',
    'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os', 'ossaudiodev',
    'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil', 'platform', 'plistlib',
    'poplib', 'posix', 'posixpath', 'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile',
    'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue', 'quopri', 'random', 're', 'readline',
    'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select', 'selectors',
    'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtpd', 'smtplib', 'sndhdr', 'socket',
    'socketserver', 'spwd', 'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl',
    'stat', 'statistics', 'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable',
    'sys', 'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios',
    'textwrap', 'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize',
    'tomllib', 'trace', 'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types',
    'typing', 'unicodedata', 'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave',
    'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc',
    'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo'))
meta_path = []
path_hooks = []
path_importer_cache = {}
pycache_prefix = None
_xoptions = {}


def addaudithook(hook):
    '''Adds a hook that audit() calls with each event (pymm raises no events itself).'''
    audit.hooks.append(hook)


def audit(event, /, *args):
    '''Calls the audit hooks with the event name and its arguments.'''
    if audit.hooks and not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)
    for hook in audit.hooks:
        hook(event, args)


audit.hooks = []


def getdlopenflags():
    return getdlopenflags.value


getdlopenflags.value = 2


def setdlopenflags(flags, /):
    getdlopenflags.value = flags.__index__()


def get_coroutine_origin_tracking_depth():
    return get_coroutine_origin_tracking_depth.value


get_coroutine_origin_tracking_depth.value = 0


def set_coroutine_origin_tracking_depth(depth):
    if depth < 0:
        raise ValueError('depth must be >= 0')
    get_coroutine_origin_tracking_depth.value = depth


def settrace(function, /):
    '''Stores the trace function (pymm never calls it: it has no tracing).'''
    settrace.value = function


def setprofile(function, /):
    '''Stores the profile function (pymm never calls it).'''
    setprofile.value = function


settrace.value = setprofile.value = None


def displayhook(value, /):
    '''Print repr(value) to sys.stdout and keep value as builtins._ (not for None).'''
    if value is None:
        return
    import builtins
    builtins._ = None
    stdout.write(repr(value) + '\\n')
    builtins._ = value

__displayhook__ = displayhook
`;
