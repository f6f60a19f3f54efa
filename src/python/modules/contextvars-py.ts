// The `contextvars` module: ContextVar, Token, Context and copy_context, with the types,
// reprs and errors of CPython 3.11's `_contextvars` (C there, so its frames are left out of
// tracebacks). A Context holds a plain dict that copy_context copies; the running context
// is one module global that Context.run swaps in and out.

/** Source of the _contextvars module (contextvars re-exports it), run in the module's namespace. */
export const CONTEXTVARS_C_PY = String.raw`
'''Context variables: values that follow the logical thread of execution.'''
import types as _types

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_VALUE = object()
_token_key = object()


def _closed_to_subclassing(cls, **kw):
    raise TypeError(f"type '{cls.__mro__[1].__module__}.{cls.__mro__[1].__name__}' "
                    'is not an acceptable base type')


class Context:
    '''A mapping of ContextVars to their values; Context.run makes it the current one.'''

    __module__ = '_contextvars'
    __slots__ = ('_values', '_running', '_outer')
    __init_subclass__ = classmethod(_closed_to_subclassing)
    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._values = {}
        self._running = False
        self._outer = None

    def run(self, callable, /, *args, **kwargs):
        '''Call callable(*args, **kwargs) with this context current.'''
        global _now
        if self._running:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._outer, _now = _now, self
        self._running = True
        try:
            return callable(*args, **kwargs)
        finally:
            _now, self._outer = self._outer, None
            self._running = False

    def copy(self):
        '''A new Context with the same variables and values.'''
        twin = Context()
        twin._values = dict(self._values)
        return twin

    @staticmethod
    def _key(var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        found = self._values.get(self._key(var), _NO_VALUE)
        if found is _NO_VALUE:
            raise KeyError(var)
        return found

    def get(self, key, default=None, /):
        '''The value of ContextVar key here, else default.'''
        return self._values.get(self._key(key), default)

    def __contains__(self, var):
        return self._key(var) in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self):
        '''The ContextVars set in this context.'''
        return self._values.keys()

    def values(self):
        '''Their values.'''
        return self._values.values()

    def items(self):
        '''(ContextVar, value) pairs.'''
        return self._values.items()

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._values == other._values


_now = Context()


def copy_context():
    '''A copy of the current context.'''
    return _now.copy()


class Token:
    '''What ContextVar.set returns: reset() with it restores the previous value.'''

    __module__ = '_contextvars'
    __slots__ = ('_var', '_old', '_where', '_spent')
    __init_subclass__ = classmethod(_closed_to_subclassing)

    def __new__(cls, *args, **kwargs):
        if args[:1] != (_token_key,):
            raise RuntimeError('Tokens can only be created by ContextVars')
        made = object.__new__(cls)
        _, made._var, made._old, made._where = args
        made._spent = False
        return made

    var = property(lambda self: self._var, doc='The ContextVar that made this token.')
    old_value = property(lambda self: self._old,
                         doc='The value before set(), or Token.MISSING.')

    def __repr__(self):
        spent = ' used' if self._spent else ''
        return f'<Token{spent} var={self._var!r} at 0x{id(self):x}>'

    __class_getitem__ = classmethod(_types.GenericAlias)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _Missing()
del _Missing


class ContextVar:
    '''A variable whose value depends on the current Context.'''

    __module__ = '_contextvars'
    __slots__ = ('_name', '_default', '__weakref__')
    __init_subclass__ = classmethod(_closed_to_subclassing)

    def __init__(self, name, *, default=_NO_VALUE):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    name = property(lambda self: self._name)

    def get(self, *default):
        '''The value in the current context, else the given default, else the variable's own.'''
        if len(default) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(default)}')
        found = _now._values.get(self, _NO_VALUE)
        if found is not _NO_VALUE:
            return found
        if default:
            return default[0]
        if self._default is not _NO_VALUE:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        '''Give the variable value in the current context; returns a Token for reset().'''
        here = _now._values
        token = Token(_token_key, self, here.get(self, Token.MISSING), _now)
        here[self] = value
        return token

    def reset(self, token, /):
        '''Put back the value the variable had before the set() that made token.'''
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._spent:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._where is not _now:
            raise ValueError(f'{token!r} was created in a different Context')
        token._spent = True
        if token._old is Token.MISSING:
            _now._values.pop(self, None)
        else:
            _now._values[self] = token._old

    def __repr__(self):
        shown = '' if self._default is _NO_VALUE else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{shown} at 0x{id(self):x}>'

    __hash__ = object.__hash__
    __class_getitem__ = classmethod(_types.GenericAlias)


for _cls, _tp in ((Context, 'Context'), (Token, 'Token'), (ContextVar, 'ContextVar')):
    _set_tp_name(_cls, '_contextvars.' + _tp)
del _cls, _tp, _set_tp_name
`;

/** Source of the contextvars module: _contextvars' names. */
export const CONTEXTVARS_PY = String.raw`
from _contextvars import Context, ContextVar, Token, copy_context
__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
`;
