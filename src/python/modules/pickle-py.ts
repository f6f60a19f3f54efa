// The pickle module in Python (pymm's own code; CPython 3.11's _pickle is the reference for
// what it writes): protocols 0-5 with the C pickler's opcodes, memo, batching (1000 items)
// and framing (protocol 4+), so that dumps() gives python3's bytes for the built-in
// containers, scalars, globals and instances reduced through __reduce_ex__; loads() reads
// every opcode of protocols 0-5. Out-of-band buffers (PickleBuffer) are not supported.

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


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


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
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't pickle local object {qualname!r}")
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


class _Writer:
    # The output with protocol 4's frames: bytes gather in the current frame, which goes out
    # (with its FRAME header when 4 bytes or more) at object boundaries past 64 KiB.
    def __init__(self, write):
        self.write_out = write
        self.frame = None
        self.pieces = []

    def start_framing(self):
        self.frame = bytearray()

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.pieces.append(bytes(data))

    def commit(self):
        frame = self.frame
        if frame:
            if len(frame) >= 4:
                self.pieces.append(FRAME + len(frame).to_bytes(8, 'little'))
            self.pieces.append(bytes(frame))
            self.frame = bytearray()
        self.flush()

    def boundary(self):
        if self.frame is not None and len(self.frame) >= _FRAME_TARGET:
            self.commit()

    def write_large(self, header, payload):
        if self.frame is not None and len(payload) >= _FRAME_TARGET:
            self.commit()
            self.pieces.append(bytes(header))
            self.pieces.append(bytes(payload))
            self.flush()
        else:
            self.write(header)
            self.write(payload)

    def end(self):
        if self.frame is not None:
            self.commit()
            self.frame = None
        self.flush()

    def flush(self):
        if self.pieces:
            data = b''.join(self.pieces)
            self.pieces = []
            self.write_out(data)


class Pickler:
    '''Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)'''

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = protocol.__index__() if not isinstance(protocol, int) else protocol
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._out = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        '''Write a pickled representation of the given object to the open file.'''
        if not hasattr(self, '_file_write'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        # Pickler.dump and pickle.dumps are C functions, called inside Py_EnterRecursiveCall.
        _enter_recursive_call(' while calling a Python object')
        try:
            out = self._out = _Writer(self._file_write)
            if self.proto >= 2:
                out.write(PROTO + bytes((self.proto,)))
            if self.proto >= 4:
                out.start_framing()
            self.save(obj)
            out.write(STOP)
            out.end()
            self._out = None
        finally:
            _leave_recursive_call()

    # ---- memo

    def memoize(self, obj):
        index = len(self.memo)
        self.memo[_id(obj)] = (index, obj)
        w = self._out.write
        if self.proto >= 4:
            w(MEMOIZE)
        elif not self.bin:
            w(b'p%d\n' % index)
        elif index < 256:
            w(BINPUT + bytes((index,)))
        else:
            w(LONG_BINPUT + index.to_bytes(4, 'little'))

    def _get(self, index):
        if not self.bin:
            return b'g%d\n' % index
        if index < 256:
            return BINGET + bytes((index,))
        return LONG_BINGET + index.to_bytes(4, 'little')

    # ---- the dispatcher

    def save(self, obj, save_persistent_id=True):
        out = self._out
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        kind = type(obj)
        if obj is None:
            out.write(NONE)
        elif obj is True or obj is False:
            if self.proto >= 2:
                out.write(NEWTRUE if obj else NEWFALSE)
            else:
                out.write(TRUE if obj else FALSE)
        elif kind is int:
            self._save_int(obj)
        elif kind is float:
            if self.bin:
                out.write(BINFLOAT + _pack_double(obj))
            else:
                out.write(FLOAT + repr(obj).encode('ascii') + b'\n')
        elif _id(obj) in self.memo:
            out.write(self._get(self.memo[_id(obj)][0]))
        elif kind is str:
            self._save_str(obj)
        elif kind is bytes:
            self._save_bytes(obj)
        else:
            # The C pickler enters Py_EnterRecursiveCall here, past the atoms (this module's
            # frames do not count toward the recursion limit: it stands for C code).
            _enter_recursive_call()
            try:
                self._save_other(obj, kind)
            finally:
                _leave_recursive_call()
        out.boundary()

    def persistent_id(self, obj):
        return None

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            try:
                self._out.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None

    def _save_other(self, obj, kind):
        if kind is dict:
            self._save_dict(obj)
        elif kind is set:
            self._save_set(obj)
        elif kind is frozenset:
            self._save_frozenset(obj)
        elif kind is list:
            self._save_list(obj)
        elif kind is tuple:
            self._save_tuple(obj)
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
                return self.memoize(obj)
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

    def _save_int(self, x):
        w = self._out.write
        if self.bin and -0x80000000 <= x <= 0x7fffffff:
            if 0 <= x < 256:
                w(BININT1 + bytes((x,)))
            elif 0 <= x < 65536:
                w(BININT2 + x.to_bytes(2, 'little'))
            else:
                w(BININT + x.to_bytes(4, 'little', signed=True))
        elif self.proto >= 2:
            raw = _long_bytes(x)
            if len(raw) < 256:
                w(LONG1 + bytes((len(raw),)) + raw)
            else:
                w(LONG4 + len(raw).to_bytes(4, 'little', signed=True) + raw)
        elif -0x80000000 <= x <= 0x7fffffff:
            w(INT + str(x).encode('ascii') + b'\n')
        else:
            w(LONG + str(x).encode('ascii') + b'L\n')

    def _save_str(self, s):
        out = self._out
        if self.bin:
            data = s.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                out.write_large(SHORT_BINUNICODE + bytes((n,)), data)
            elif n > 0xffffffff and self.proto >= 4:
                out.write_large(BINUNICODE8 + n.to_bytes(8, 'little'), data)
            else:
                out.write_large(BINUNICODE + n.to_bytes(4, 'little'), data)
        else:
            out.write(UNICODE + _raw_unicode_escape(s) + b'\n')
        self.memoize(s)

    def _save_bytes(self, b):
        if self.proto < 3:
            if not b:
                self.save_reduce(bytes, (), obj=b)
            else:
                self.save_reduce(_codecs_encode, (b.decode('latin-1'), 'latin1'), obj=b)
            return
        n = len(b)
        if n < 256:
            self._out.write_large(SHORT_BINBYTES + bytes((n,)), b)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + n.to_bytes(8, 'little'), b)
        else:
            self._out.write_large(BINBYTES + n.to_bytes(4, 'little'), b)
        self.memoize(b)

    def _save_bytearray(self, b):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(b),), obj=b)
            return
        self._out.write_large(BYTEARRAY8 + len(b).to_bytes(8, 'little'), b)
        self.memoize(b)

    # ---- containers

    def _save_tuple(self, t):
        w = self._out.write
        n = len(t)
        if n == 0:
            w(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in t:
                self.save(item)
            if _id(t) in self.memo:
                w(POP * n + self._get(self.memo[_id(t)][0]))
            else:
                w((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(t)
            return
        w(MARK)
        for item in t:
            self.save(item)
        if _id(t) in self.memo:
            # The tuple was reached through its items: drop what was built, fetch it back.
            w((POP_MARK if self.bin else POP * (n + 1)) + self._get(self.memo[_id(t)][0]))
            return
        w(TUPLE)
        self.memoize(t)

    def _save_list(self, l):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(l)
        if not l:
            return
        # save_list's items are written inside one more Py_EnterRecursiveCall.
        _enter_recursive_call()
        try:
            self._save_list_items(l)
        finally:
            _leave_recursive_call()

    def _save_list_items(self, l):
        if self.bin and len(l) == 1:
            self.save(l[0])
            self._out.write(APPEND)
            return
        if self.bin:
            done = 0
            while done < len(l):
                self._out.write(MARK)
                batch = 0
                while done < len(l) and batch < _BATCH:
                    self.save(l[done])
                    done += 1
                    batch += 1
                self._out.write(APPENDS)
            return
        self._batch_appends(iter(l))

    def _batch_appends(self, items):
        w = self._out.write
        if not self.bin:
            for item in items:
                self.save(item)
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
                self.save(chunk[0])
                w(APPEND)
                return
            w(MARK)
            for item in chunk:
                self.save(item)
            w(APPENDS)
            if len(chunk) < _BATCH:
                return

    def _save_dict(self, d):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(d)
        if not d:
            return
        # save_dict's items are written inside one more Py_EnterRecursiveCall.
        _enter_recursive_call()
        try:
            self._save_dict_items(d)
        finally:
            _leave_recursive_call()

    def _save_dict_items(self, d):
        if self.bin and len(d) == 1:
            for k, v in d.items():
                self.save(k)
                self.save(v)
            self._out.write(SETITEM)
            return
        if self.bin:
            items = list(d.items())
            for start in range(0, len(items), _BATCH):
                self._out.write(MARK)
                for k, v in items[start:start + _BATCH]:
                    self.save(k)
                    self.save(v)
                self._out.write(SETITEMS)
            return
        self._batch_setitems(iter(d.items()))

    def _batch_setitems(self, items):
        w = self._out.write
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
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
                self.save(chunk[0][0])
                self.save(chunk[0][1])
                w(SETITEM)
                return
            w(MARK)
            for k, v in chunk:
                self.save(k)
                self.save(v)
            w(SETITEMS)
            if len(chunk) < _BATCH:
                return

    def _save_set(self, s):
        if self.proto < 4:
            self.save_reduce(set, (list(s),), obj=s)
            return
        w = self._out.write
        w(EMPTY_SET)
        self.memoize(s)
        items = list(s)
        for start in range(0, len(items), _BATCH):
            w(MARK)
            for item in items[start:start + _BATCH]:
                self.save(item)
            w(ADDITEMS)

    def _save_frozenset(self, s):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(s),), obj=s)
            return
        w = self._out.write
        w(MARK)
        for item in s:
            self.save(item)
        if _id(s) in self.memo:
            w(POP_MARK + self._get(self.memo[_id(s)][0]))
            return
        w(FROZENSET)
        self.memoize(s)

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
        w = self._out.write
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
                self.save(cls)
                self.save(cargs)
                self.save(ckwargs)
                w(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **ckwargs))
                self.save(())
                w(REDUCE)
        elif name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError('args[0] from __newobj__ args is not a type')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            w(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            w(REDUCE)
        if obj is not None:
            if _id(obj) in self.memo:
                w(POP + self._get(self.memo[_id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                w(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
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
        w = self._out.write
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
            self.save(module_name)
            self.save(name)
            w(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _write_global(self, module_name, name):
        if self.proto >= 3:
            self._out.write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
            return
        if self.fix_imports:
            module_name, name = _to_py2(module_name, name)
        try:
            self._out.write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
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


class _Source:
    # What the unpickler reads: bytes in memory, or a file (frames are read whole).
    def __init__(self, data=None, file=None):
        self.data = data
        self.pos = 0
        self.file = file
        self.frame = None
        self.frame_pos = 0

    def read(self, n):
        if self.frame is not None:
            if self.frame_pos + n <= len(self.frame):
                piece = self.frame[self.frame_pos:self.frame_pos + n]
                self.frame_pos += n
                return piece
            if self.frame_pos < len(self.frame):
                raise UnpicklingError('pickle exhausted before end of frame')
            self.frame = None
        if self.data is not None:
            piece = self.data[self.pos:self.pos + n]
            self.pos += len(piece)
        else:
            piece = self.file.read(n)
        if len(piece) < n:
            raise UnpicklingError('pickle data was truncated')
        return piece

    def readline(self):
        if self.frame is not None:
            end = self.frame.find(b'\n', self.frame_pos)
            if end >= 0:
                line = self.frame[self.frame_pos:end + 1]
                self.frame_pos = end + 1
                return line
            if self.frame_pos < len(self.frame):
                raise UnpicklingError('pickle exhausted before end of frame')
            self.frame = None
        if self.data is not None:
            end = self.data.find(b'\n', self.pos)
            if end < 0:
                raise UnpicklingError('pickle data was truncated')
            line = self.data[self.pos:end + 1]
            self.pos = end + 1
            return line
        line = self.file.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def load_frame(self, size):
        if self.frame is not None and self.frame_pos < len(self.frame):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        self.frame = None
        self.frame = self.read(size)
        self.frame_pos = 0


class Unpickler:
    '''Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())'''

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        try:
            file.read
            file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._source = _Source(file=file)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self._buffers = iter(buffers) if buffers is not None else None

    def load(self):
        '''Load a pickle.'''
        src = self._source
        self.stack = []
        self.marks = []
        self.proto = 0
        read = src.read
        table = _DISPATCH
        try:
            while True:
                try:
                    key = read(1)
                except UnpicklingError:
                    raise EOFError('Ran out of input') from None
                handler = table.get(key[0])
                if handler is None:
                    raise UnpicklingError(_bad_key(key[0]))
                try:
                    handler(self)
                except IndexError:
                    if self.stack:
                        raise
                    raise UnpicklingError('unpickling stack underflow') from None
        except _Stop as stop:
            return stop.value

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load '
                              'function was specified.')

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

    # ---- helpers for the opcode handlers

    def _pop_mark(self):
        items = self.stack
        if not self.marks:
            raise UnpicklingError('could not find MARK')
        self.stack = self.marks.pop()
        return items

    def _decode_str(self, raw):
        if self.encoding == 'bytes':
            return raw
        return raw.decode(self.encoding, self.errors)


def _bad_key(code):
    ch = chr(code)
    if ch.isprintable() and code < 128:
        return f"invalid load key, '{ch}'."
    return f"invalid load key, '\\x{code:02x}'."


def _int(self, n, signed=False):
    return int.from_bytes(self._source.read(n), 'little', signed=signed)


def _push(value):
    def handler(self):
        self.stack.append(value)
    return handler


def _op_proto(self):
    proto = self._source.read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError(f'unsupported pickle protocol: {proto}')
    self.proto = proto


def _op_frame(self):
    size = _int(self, 8)
    if size > _sys.maxsize:
        raise ValueError(f'frame size > sys.maxsize: {size}')
    self._source.load_frame(size)


def _op_persid(self):
    try:
        pid = self._source.readline()[:-1].decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
    self.stack.append(self.persistent_load(pid))


def _op_binpersid(self):
    self.stack.append(self.persistent_load(self.stack.pop()))


def _op_int(self):
    text = self._source.readline()[:-1]
    if text == b'00':
        value = False
    elif text == b'01':
        value = True
    else:
        value = int(text.decode('ascii'), 0)
    self.stack.append(value)


def _op_long(self):
    text = self._source.readline()[:-1]
    if text.endswith(b'L'):
        text = text[:-1]
    self.stack.append(int(text.decode('ascii'), 0))


def _op_long4(self):
    n = _int(self, 4, True)
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    self.stack.append(int.from_bytes(self._source.read(n), 'little', signed=True))


def _op_float(self):
    self.stack.append(float(self._source.readline()[:-1].decode('ascii')))


def _op_binfloat(self):
    import struct
    self.stack.append(struct.unpack('>d', self._source.read(8))[0])


def _op_string(self):
    raw = self._source.readline()[:-1]
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in b'"\'':
        raw = raw[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    self.stack.append(self._decode_str(_unescape(raw)))


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


def _op_binstring(self, width, signed):
    n = _int(self, width, signed)
    if n < 0:
        raise UnpicklingError('BINSTRING pickle has negative byte count')
    self.stack.append(self._decode_str(self._source.read(n)))


def _op_unicode(self):
    raw = self._source.readline()[:-1]
    self.stack.append(_raw_unicode_unescape(raw))


def _raw_unicode_unescape(raw):
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


def _op_text(width):
    def handler(self):
        n = _int(self, width)
        if n > _sys.maxsize:
            raise UnpicklingError(f'BINUNICODE exceeds system\'s maximum size of {_sys.maxsize} bytes')
        self.stack.append(str(self._source.read(n), 'utf-8', 'surrogatepass'))
    return handler


def _op_bytes(width, kind=bytes):
    def handler(self):
        n = _int(self, width)
        if n > _sys.maxsize:
            raise UnpicklingError(f'BINBYTES exceeds system\'s maximum size of {_sys.maxsize} bytes')
        self.stack.append(kind(self._source.read(n)))
    return handler


def _op_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
    try:
        self.stack.append(next(self._buffers))
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None


def _op_readonly_buffer(self):
    buf = self.stack[-1]
    with memoryview(buf) as m:
        if not m.readonly:
            self.stack[-1] = m.toreadonly()


def _op_tuple(self):
    items = tuple(self._pop_mark())
    self.stack.append(items)


def _op_tuple_n(n):
    def handler(self):
        stack = self.stack
        if len(stack) < n:
            raise UnpicklingError('unpickling stack underflow')
        items = tuple(stack[len(stack) - n:])
        del stack[len(stack) - n:]
        stack.append(items)
    return handler


def _op_list(self):
    items = self._pop_mark()
    self.stack.append(items)


def _op_dict(self):
    items = self._pop_mark()
    made = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
    self.stack.append(made)


def _op_frozenset(self):
    items = frozenset(self._pop_mark())
    self.stack.append(items)


def _instantiate(self, cls, args):
    if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
        self.stack.append(cls(*args))
    else:
        self.stack.append(cls.__new__(cls))


def _op_inst(self):
    module = self._source.readline()[:-1].decode('ascii')
    name = self._source.readline()[:-1].decode('ascii')
    cls = self.find_class(module, name)
    _instantiate(self, cls, self._pop_mark())


def _op_obj(self):
    args = self._pop_mark()
    cls = args.pop(0)
    _instantiate(self, cls, args)


def _op_newobj(self):
    args = self.stack.pop()
    cls = self.stack.pop()
    if not isinstance(cls, type):
        raise UnpicklingError(f'NEWOBJ class argument isn\'t a type object')
    self.stack.append(cls.__new__(cls, *args))


def _op_newobj_ex(self):
    kwargs = self.stack.pop()
    args = self.stack.pop()
    cls = self.stack.pop()
    self.stack.append(cls.__new__(cls, *args, **kwargs))


def _op_global(self):
    module = self._source.readline()[:-1].decode('utf-8')
    name = self._source.readline()[:-1].decode('utf-8')
    self.stack.append(self.find_class(module, name))


def _op_stack_global(self):
    name = self.stack.pop()
    module = self.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    self.stack.append(self.find_class(module, name))


def _op_ext(width):
    def handler(self):
        code = _int(self, width)
        found = _extension_cache.get(code)
        if found is None:
            key = _inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError('EXT specifies code <= 0')
                raise ValueError(f'unregistered extension code {code}')
            found = self.find_class(*key)
            _extension_cache[code] = found
        self.stack.append(found)
    return handler


def _op_reduce(self):
    args = self.stack.pop()
    func = self.stack[-1]
    self.stack[-1] = func(*args)


def _op_pop(self):
    if self.stack:
        self.stack.pop()
    else:
        self._pop_mark()


def _op_pop_mark(self):
    self._pop_mark()


def _op_dup(self):
    self.stack.append(self.stack[-1])


def _memo_value(self, index):
    try:
        return self.memo[index]
    except KeyError:
        raise UnpicklingError(f'Memo value not found at index {index}') from None


def _op_get(self):
    self.stack.append(_memo_value(self, int(self._source.readline()[:-1].decode('ascii'))))


def _op_binget(width):
    def handler(self):
        self.stack.append(_memo_value(self, _int(self, width)))
    return handler


def _op_put(self):
    index = int(self._source.readline()[:-1].decode('ascii'))
    if index < 0:
        raise ValueError('negative PUT argument')
    self.memo[index] = self.stack[-1]


def _op_binput(width):
    def handler(self):
        index = _int(self, width)
        if index > _sys.maxsize:
            raise ValueError('negative LONG_BINPUT argument')
        self.memo[index] = self.stack[-1]
    return handler


def _op_memoize(self):
    self.memo[len(self.memo)] = self.stack[-1]


def _op_append(self):
    value = self.stack.pop()
    self.stack[-1].append(value)


def _op_appends(self):
    items = self._pop_mark()
    target = self.stack[-1]
    try:
        extend = target.extend
    except AttributeError:
        pass
    else:
        extend(items)
        return
    append = target.append
    for item in items:
        append(item)


def _op_setitem(self):
    value = self.stack.pop()
    key = self.stack.pop()
    self.stack[-1][key] = value


def _op_setitems(self):
    items = self._pop_mark()
    target = self.stack[-1]
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def _op_additems(self):
    items = self._pop_mark()
    target = self.stack[-1]
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


def _op_build(self):
    state = self.stack.pop()
    inst = self.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        target = inst.__dict__
        for k, v in state.items():
            if type(k) is str:
                k = _sys.intern(k)
            target[k] = v
    if slots:
        for k, v in slots.items():
            setattr(inst, k, v)


def _op_mark(self):
    self.marks.append(self.stack)
    self.stack = []


def _op_stop(self):
    raise _Stop(self.stack.pop())


_DISPATCH = {
    MARK[0]: _op_mark, STOP[0]: _op_stop, POP[0]: _op_pop, POP_MARK[0]: _op_pop_mark, DUP[0]: _op_dup,
    FLOAT[0]: _op_float, INT[0]: _op_int, BININT[0]: lambda self: self.stack.append(_int(self, 4, True)),
    BININT1[0]: lambda self: self.stack.append(_int(self, 1)), LONG[0]: _op_long,
    BININT2[0]: lambda self: self.stack.append(_int(self, 2)), NONE[0]: _push(None),
    PERSID[0]: _op_persid, BINPERSID[0]: _op_binpersid, REDUCE[0]: _op_reduce, STRING[0]: _op_string,
    BINSTRING[0]: lambda self: _op_binstring(self, 4, True),
    SHORT_BINSTRING[0]: lambda self: _op_binstring(self, 1, False), UNICODE[0]: _op_unicode,
    BINUNICODE[0]: _op_text(4), APPEND[0]: _op_append, BUILD[0]: _op_build, GLOBAL[0]: _op_global,
    DICT[0]: _op_dict, EMPTY_DICT[0]: lambda self: self.stack.append({}), APPENDS[0]: _op_appends,
    GET[0]: _op_get, BINGET[0]: _op_binget(1), INST[0]: _op_inst, LONG_BINGET[0]: _op_binget(4),
    LIST[0]: _op_list, EMPTY_LIST[0]: lambda self: self.stack.append([]), OBJ[0]: _op_obj,
    PUT[0]: _op_put, BINPUT[0]: _op_binput(1), LONG_BINPUT[0]: _op_binput(4), SETITEM[0]: _op_setitem,
    TUPLE[0]: _op_tuple, EMPTY_TUPLE[0]: _push(()), SETITEMS[0]: _op_setitems, BINFLOAT[0]: _op_binfloat,
    PROTO[0]: _op_proto, NEWOBJ[0]: _op_newobj, EXT1[0]: _op_ext(1), EXT2[0]: _op_ext(2),
    EXT4[0]: _op_ext(4), TUPLE1[0]: _op_tuple_n(1), TUPLE2[0]: _op_tuple_n(2), TUPLE3[0]: _op_tuple_n(3),
    NEWTRUE[0]: _push(True), NEWFALSE[0]: _push(False),
    LONG1[0]: lambda self: self.stack.append(int.from_bytes(self._source.read(_int(self, 1)), 'little', signed=True)),
    LONG4[0]: _op_long4, BINBYTES[0]: _op_bytes(4), SHORT_BINBYTES[0]: _op_bytes(1),
    SHORT_BINUNICODE[0]: _op_text(1), BINUNICODE8[0]: _op_text(8), BINBYTES8[0]: _op_bytes(8),
    EMPTY_SET[0]: lambda self: self.stack.append(set()), ADDITEMS[0]: _op_additems,
    FROZENSET[0]: _op_frozenset, NEWOBJ_EX[0]: _op_newobj_ex, STACK_GLOBAL[0]: _op_stack_global,
    MEMOIZE[0]: _op_memoize, FRAME[0]: _op_frame, BYTEARRAY8[0]: _op_bytes(8, bytearray),
    NEXT_BUFFER[0]: _op_next_buffer, READONLY_BUFFER[0]: _op_readonly_buffer,
}


class _Sink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    '''Write a pickled representation of obj to the open file object file.'''
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    '''Return the pickled representation of the object as a bytes object.'''
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    '''Read and return an object from the pickle data stored in a file.'''
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    '''Read and return an object from the given pickle data.'''
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler.__new__(Unpickler)
    unpickler._source = _Source(data=bytes(data))
    unpickler.memo = {}
    unpickler.encoding = encoding
    unpickler.errors = errors
    unpickler.fix_imports = fix_imports
    unpickler.proto = 0
    unpickler._buffers = iter(buffers) if buffers is not None else None
    return unpickler.load()


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
