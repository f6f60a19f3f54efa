// The pickle module's Python half (pymm's own code; CPython 3.11's _pickle is the reference
// for what it writes). The opcode work is native: `_c_dump` (pickle-save.ts) writes the
// atoms, str, bytes and exact built-in containers with _pickle.c's opcodes, memo, batches
// and frames, and calls this Pickler's `_save_other`/`_save_bytes`/`_save_pers` for the rest
// (reduce protocol, globals, persistent ids, reducer_override, dispatch_table); `_c_load`
// (pickle-load.ts) runs every opcode of protocols 0-5 and calls the `_load_*` functions
// here for find_class, persistent_load, protocol 0's text forms, BUILD with __setstate__,
// INST/OBJ/EXT and buffers. Out-of-band buffers (PickleBuffer) are not supported.

/** Python source of the `pickle` module, run in the module's namespace. */
export const PICKLE_PY = String.raw`
'''Create portable serialized representations of Python objects.'''

import sys as _sys
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_BATCH = 1000
_FRAME_TARGET = 64 * 1024


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'

# The opcodes (one byte each), by name.
MARK, STOP, POP, POP_MARK, DUP = b'(', b'.', b'0', b'1', b'2'
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b'F', b'I', b'J', b'K', b'L', b'M'
NONE, PERSID, BINPERSID, REDUCE = b'N', b'P', b'Q', b'R'
STRING, BINSTRING, SHORT_BINSTRING, UNICODE, BINUNICODE = b'S', b'T', b'U', b'V', b'X'
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b'a', b'b', b'c', b'd', b'}', b'e'
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b'g', b'h', b'i', b'j', b'l', b']'
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b'o', b'p', b'q', b'r', b's', b't'
EMPTY_TUPLE, SETITEMS, BINFLOAT = b')', b'u', b'G'
TRUE, FALSE = b'I01\n', b'I00\n'
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b'\x80', b'\x81', b'\x82', b'\x83', b'\x84'
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b'\x85', b'\x86', b'\x87', b'\x88', b'\x89'
LONG1, LONG4 = b'\x8a', b'\x8b'
BINBYTES, SHORT_BINBYTES = b'B', b'C'
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b'\x8c', b'\x8d', b'\x8e'
EMPTY_SET, ADDITEMS, FROZENSET, NEWOBJ_EX = b'\x8f', b'\x90', b'\x91', b'\x92'
STACK_GLOBAL, MEMOIZE, FRAME = b'\x93', b'\x94', b'\x95'
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b'\x96', b'\x97', b'\x98'

# Python 2 names of Python 3 globals (protocols 0-2 with fix_imports), and back.
_EXCEPTION_NAMES = frozenset((
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError').split())
_PY2_NAMES = {
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                'reprlib': 'repr', 'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
                '_pickle': 'pickle'}
_PY3_NAMES = {py2: py3 for py3, py2 in _PY2_NAMES.items()}
_PY3_NAMES[('__builtin__', 'basestring')] = ('builtins', 'str')
_PY3_NAMES[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_PY3_MODULES = {py2: py3 for py3, py2 in _PY2_MODULES.items() if py3 != '_pickle'}
_PY3_MODULES['exceptions'] = 'builtins'


def _to_py2(module, name):
    if (module, name) in _PY2_NAMES:
        return _PY2_NAMES[(module, name)]
    if module == 'builtins' and name in _EXCEPTION_NAMES:
        return 'exceptions', name
    return _PY2_MODULES.get(module, module), name


def _lookup_path(obj, qualname):
    # Follows a dotted qualname from a module; '<locals>' cannot be followed.
    parent = None
    parts = qualname.split('.')
    if '<locals>' in parts:
        raise AttributeError(f"Can't pickle local object {qualname!r}")
    for part in parts:
        parent = obj
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {part!r} on {obj!r}") from None
    return obj, parent


def whichmodule(obj, name):
    '''Find the module an object belong to.'''
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for module_name, module in list(_sys.modules.items()):
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _lookup_path(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _long_bytes(x):
    # Two's complement, little-endian, as few bytes as hold the sign.
    if x == 0:
        return b''
    raw = x.to_bytes((x.bit_length() >> 3) + 1, 'little', signed=True)
    if x < 0 and len(raw) > 1 and raw[-1] == 0xff and raw[-2] & 0x80:
        raw = raw[:-1]
    return raw


def _raw_unicode_escape(text):
    out = bytearray()
    for ch in text:
        c = ord(ch)
        if c < 256 and ch not in '\\\0\n\r\x1a':
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _pack_double(x):
    import struct
    return struct.pack('>d', x)


def _protocol(protocol, buffer_callback):
    # The protocol a Pickler uses: None is the default, a negative one the highest.
    if protocol is None:
        protocol = DEFAULT_PROTOCOL
    protocol = protocol.__index__() if not isinstance(protocol, int) else protocol
    if protocol < 0:
        protocol = HIGHEST_PROTOCOL
    elif protocol > HIGHEST_PROTOCOL:
        raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
    if buffer_callback is not None and protocol < 5:
        raise ValueError('buffer_callback needs protocol >= 5')
    return protocol


def _make_pickler(proto, fix_imports, buffer_callback):
    # The Pickler of a dumps(), made when a slow path first needs one.
    return Pickler(_SINK, proto, fix_imports=fix_imports, buffer_callback=buffer_callback)


class Pickler:
    '''Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)'''

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        protocol = _protocol(protocol, buffer_callback)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        '''Write a pickled representation of the given object to the open file.'''
        if not hasattr(self, '_file_write'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        _c_dump(obj, self.proto, self._file_write, self.memo, self._persistent_hook(), self, None)

    def _persistent_hook(self):
        # persistent_id when a subclass or the instance gives one (the Pickler's own is None).
        hook = getattr(self, 'persistent_id', None)
        if hook is None or getattr(hook, '__func__', None) is Pickler.persistent_id:
            return None
        return hook

    def _get(self, index):
        if not self.bin:
            return b'g%d\n' % index
        if index < 256:
            return BINGET + bytes((index,))
        return LONG_BINGET + index.to_bytes(4, 'little')

    def persistent_id(self, obj):
        return None

    def _save_pers(self, pid):
        if self.bin:
            _save(pid, False)
            _write(BINPERSID)
        else:
            try:
                _write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None

    def _save_other(self, obj):
        # What the native save() leaves to Python (inside its recursion level).
        kind = type(obj)
        if kind is set:
            self._save_set(obj)
        elif kind is frozenset:
            self._save_frozenset(obj)
        elif kind is bytearray:
            self._save_bytearray(obj)
        else:
            override = getattr(self, 'reducer_override', None)
            if override is not None:
                rv = override(obj)
                if rv is not NotImplemented:
                    return self._save_reduced(obj, rv)
            if kind is type:
                return self._save_type(obj)
            if obj is _codecs_encode:
                self._write_global('_codecs', 'encode')
                return _memoize(obj)
            if kind is _FunctionType:
                return self.save_global(obj)
            if kind is _BuiltinType:
                # A module's function by name; a bound built-in method as getattr(self, name).
                owner = getattr(obj, '__self__', None)
                if owner is None or type(owner) is type(_sys):
                    return self.save_global(obj)
                return self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
            if obj is Ellipsis:
                return self.save_global(obj, 'Ellipsis')
            if obj is NotImplemented:
                return self.save_global(obj, 'NotImplemented')
            table = getattr(self, 'dispatch_table', dispatch_table)
            reducer = table.get(kind) if isinstance(table, dict) else _get_or_none(table, kind)
            if reducer is not None:
                rv = reducer(obj)
            elif issubclass(kind, type):
                return self.save_global(obj)
            elif kind is range:
                rv = (range, (obj.start, obj.stop, obj.step))
            elif kind is slice:
                rv = (slice, (obj.start, obj.stop, obj.step))
            else:
                reduce_ex = getattr(obj, '__reduce_ex__', None)
                if reduce_ex is not None:
                    rv = reduce_ex(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError(f"can't pickle {kind.__name__!r} object: {obj!r}")
                    rv = reduce()
            self._save_reduced(obj, rv)

    def _save_reduced(self, obj, rv):
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    # ---- scalars

    def _save_bytes(self, b):
        if self.proto < 3:
            if not b:
                self.save_reduce(bytes, (), obj=b)
            else:
                self.save_reduce(_codecs_encode, (b.decode('latin-1'), 'latin1'), obj=b)
            return
        _save(b)

    def _save_bytearray(self, b):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(b),) if b else (), obj=b)
            return
        _write_large(BYTEARRAY8 + len(b).to_bytes(8, 'little'), bytes(b))
        _memoize(b)

    # ---- containers

    def _batch_appends(self, items):
        w = _write
        if not self.bin:
            for item in items:
                _save(item)
                w(APPEND)
            return
        while True:
            chunk = []
            for item in items:
                chunk.append(item)
                if len(chunk) == _BATCH:
                    break
            if not chunk:
                return
            if len(chunk) == 1 and not _more(items, chunk):
                _save(chunk[0])
                w(APPEND)
                return
            w(MARK)
            for item in chunk:
                _save(item)
            w(APPENDS)
            if len(chunk) < _BATCH:
                return

    def _batch_setitems(self, items):
        w = _write
        if not self.bin:
            for k, v in items:
                _save(k)
                _save(v)
                w(SETITEM)
            return
        while True:
            chunk = []
            for pair in items:
                chunk.append(pair)
                if len(chunk) == _BATCH:
                    break
            if not chunk:
                return
            if len(chunk) == 1 and not _more(items, chunk):
                _save(chunk[0][0])
                _save(chunk[0][1])
                w(SETITEM)
                return
            w(MARK)
            for k, v in chunk:
                _save(k)
                _save(v)
            w(SETITEMS)
            if len(chunk) < _BATCH:
                return

    def _save_set(self, s):
        self.save_reduce(set, (list(s),), obj=s)

    def _save_frozenset(self, s):
        self.save_reduce(frozenset, (list(s),), obj=s)

    # ---- reductions and globals

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError('fourth element of the tuple returned by __reduce__ must be an iterator, '
                                f'not {type(listitems).__name__}')
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError('fifth element of the tuple returned by __reduce__ must be an iterator, '
                                f'not {type(dictitems).__name__}')
        if state_setter is not None and not callable(state_setter):
            raise PicklingError('sixth element of the tuple returned by __reduce__ must be a function, '
                                f'not {type(state_setter).__name__}')
        w = _write
        name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError(f'length of the NEWOBJ_EX argument tuple must be exactly 3, not {len(args)}')
            cls, cargs, ckwargs = args
            if not isinstance(cls, type):
                raise PicklingError('first item from NEWOBJ_EX argument tuple must be a class, '
                                    f'not {type(cls).__name__}')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('first item from NEWOBJ_EX argument tuple must be the class of the object')
            if not isinstance(cargs, tuple):
                raise PicklingError('second item from NEWOBJ_EX argument tuple must be a tuple, '
                                    f'not {type(cargs).__name__}')
            if not isinstance(ckwargs, dict):
                raise PicklingError('third item from NEWOBJ_EX argument tuple must be a dict, '
                                    f'not {type(ckwargs).__name__}')
            if self.proto >= 4:
                _save(cls)
                _save(cargs)
                _save(ckwargs)
                w(NEWOBJ_EX)
            else:
                import functools
                _save(functools.partial(cls.__new__, cls, *cargs, **ckwargs))
                _save(())
                w(REDUCE)
        elif name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError('args[0] from __newobj__ args is not a type')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            _save(cls)
            _save(args[1:])
            w(NEWOBJ)
        else:
            _save(func)
            _save(args)
            w(REDUCE)
        if obj is not None:
            if _memo_has(obj):
                w(POP)
                _memo_get(obj)
            else:
                _memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                _save(state)
                w(BUILD)
            else:
                _save(state_setter)
                _save(obj)
                _save(state)
                w(TUPLE2 + REDUCE + POP)

    def _save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        w = _write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = _sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            found, parent = _lookup_path(module, name)
        except AttributeError as e:
            if 'local object' in str(e):
                raise
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    w(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    w(EXT2 + code.to_bytes(2, 'little'))
                else:
                    w(EXT4 + code.to_bytes(4, 'little'))
                return
        last = name.rpartition('.')[2]
        if self.proto >= 4:
            _save(module_name)
            _save(name)
            w(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        else:
            self._write_global(module_name, name)
        _memoize(obj)

    def _write_global(self, module_name, name):
        if self.proto >= 3:
            _write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
            return
        if self.fix_imports:
            module_name, name = _to_py2(module_name, name)
        try:
            _write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' using pickle protocol "
                                f'{self.proto}') from None


def _more(items, chunk):
    # Whether an iterator has another item; if so it joins the chunk.
    for item in items:
        chunk.append(item)
        return True
    return False


def _get_or_none(table, kind):
    try:
        return table[kind]
    except KeyError:
        return None


_FunctionType = type(_more)
_BuiltinType = type(len)


def _codecs_encode(text, encoding):
    return text.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__qualname__ = _codecs_encode.__name__ = 'encode'


class _NoBuffers(tuple):
    # The default of buffers (C's NULL): no out-of-band buffers, shown as ().
    def __repr__(self):
        return '()'


_NO_BUFFERS = _NoBuffers()
_NO_PERSISTENT_LOAD = ('A load persistent id instruction was encountered,\n'
                       'but no persistent_load function was specified.')


def _persistent_loader(self):
    # The persistent_load a subclass or the instance gives (C's pers_func), else the error.
    f = getattr(self, 'persistent_load', None)
    if f is None or getattr(f, '__func__', None) is Unpickler.persistent_load:
        raise UnpicklingError(_NO_PERSISTENT_LOAD)
    return f


class Unpickler:
    '''Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())'''

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=_NO_BUFFERS):
        try:
            file.read
            file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self._buffers = None if buffers is None or buffers is _NO_BUFFERS else iter(buffers)

    def load(self):
        '''Load a pickle.'''
        if not hasattr(self, '_file_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        self.proto = 0
        return _c_load(self, None, self._file_read, self._file_readline, self.memo, None)

    def persistent_load(self, pid):
        raise UnpicklingError(_NO_PERSISTENT_LOAD)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _lookup_path(_sys.modules[module], name)[0]
        return getattr(_sys.modules[module], name)

    def _decode_str(self, raw):
        if self.encoding == 'bytes':
            return raw
        return raw.decode(self.encoding, self.errors)


# The opcodes the native loop hands over, by their arguments: each returns what to push.

def _load_utf8(raw):
    return str(raw, 'utf-8', 'surrogatepass')


def _load_binstring(self, raw):
    return self._decode_str(raw)


def _load_persid(self, line):
    load = _persistent_loader(self)
    try:
        pid = line.decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
    return load(pid)


def _load_decimal(line):
    return int(line)


def _load_int(line):
    if line == b'00':
        return False
    if line == b'01':
        return True
    return int(line.decode('ascii'), 0)


def _load_long(line):
    if line.endswith(b'L'):
        line = line[:-1]
    return int(line.decode('ascii'), 0)


def _load_float(line):
    return float(line.decode('ascii'))


def _load_string(self, raw):
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in b'"\'':
        raw = raw[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    return self._decode_str(_unescape(raw))


def _unescape(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        nxt = chr(raw[i + 1])
        simple = {'n': 10, 't': 9, 'r': 13, '\\': 92, "'": 39, '"': 34, 'a': 7, 'b': 8, 'f': 12, 'v': 11}
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt == 'x':
            out.append(int(raw[i + 2:i + 4], 16))
            i += 4
        elif nxt in '01234567':
            j = i + 1
            while j < len(raw) and j < i + 4 and chr(raw[j]) in '01234567':
                j += 1
            out.append(int(raw[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _load_unicode(raw):
    out = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5c and i + 1 < len(raw) and raw[i + 1] in (0x75, 0x55):
            width = 4 if raw[i + 1] == 0x75 else 8
            out.append(chr(int(raw[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return ''.join(out)


def _instantiate(cls, args):
    if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
        return cls(*args)
    return cls.__new__(cls)


def _load_inst(self, module, name, args):
    cls = self.find_class(module.decode('ascii'), name.decode('ascii'))
    return _instantiate(cls, args)


def _load_obj(args):
    if not args:
        raise UnpicklingError('unpickling stack underflow')
    cls = args.pop(0)
    return _instantiate(cls, args)


def _load_newobj(cls, args, kwargs, ex):
    op = 'NEWOBJ_EX' if ex else 'NEWOBJ'
    if not isinstance(cls, type):
        raise UnpicklingError(f'{op} class argument must be a type, not {type(cls).__name__}')
    if not isinstance(args, tuple):
        raise UnpicklingError(f'{op} args argument must be a tuple, not {type(args).__name__}')
    if ex:
        if not isinstance(kwargs, dict):
            raise UnpicklingError(f'{op} kwargs argument must be a dict, not {type(kwargs).__name__}')
        return cls.__new__(cls, *args, **kwargs)
    return cls.__new__(cls, *args)


def _load_ext(self, code):
    found = _extension_cache.get(code)
    if found is not None:
        return found
    key = _inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        raise ValueError(f'unregistered extension code {code}')
    found = self.find_class(*key)
    _extension_cache[code] = found
    return found


def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
    try:
        return next(self._buffers)
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None


def _load_readonly(buf):
    with memoryview(buf) as m:
        if not m.readonly:
            return m.toreadonly()
    return buf


def _load_build(inst, state):
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        if not isinstance(state, dict):
            raise UnpicklingError('state is not a dictionary')
        target = inst.__dict__
        if state:
            for k, v in state.items():
                if type(k) is str:
                    k = _sys.intern(k)
                target[k] = v
    if slots is not None:
        if not isinstance(slots, dict):
            raise UnpicklingError('slot state is not a dictionary')
        for k, v in slots.items():
            setattr(inst, k, v)


class _Sink:
    def write(self, data):
        pass


_SINK = _Sink()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    '''Write a pickled representation of obj to the open file object file.'''
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    '''Return the pickled representation of the object as a bytes object.'''
    if protocol is None and buffer_callback is None:
        proto = DEFAULT_PROTOCOL
    else:
        proto = _protocol(protocol, buffer_callback)
    return _c_dump(obj, proto, None, None, None, None, (fix_imports, buffer_callback))


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=_NO_BUFFERS):
    '''Read and return an object from the pickle data stored in a file.'''
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=_NO_BUFFERS):
    '''Read and return an object from the given pickle data.'''
    if type(data) is not bytes:
        try:
            data = bytes(memoryview(data))
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    return _c_load(None, data, None, None, None, (fix_imports, encoding, errors, buffers))


def _make_unpickler(proto, fix_imports, encoding, errors, buffers):
    # The Unpickler of a loads(), made when an opcode first needs one.
    unpickler = Unpickler.__new__(Unpickler)
    unpickler.memo = {}
    unpickler.encoding = encoding
    unpickler.errors = errors
    unpickler.fix_imports = fix_imports
    unpickler.proto = proto
    unpickler._buffers = None if buffers is None or buffers is _NO_BUFFERS else iter(buffers)
    return unpickler


Pickler.__module__ = Unpickler.__module__ = '_pickle'
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
del _cls
`;

/** The `_pickle` module: the names CPython implements in C (here pickle's own classes). */
export const PICKLE_C_PY = String.raw`
from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, dump, dumps,
                    load, loads)
`;
