// inspect, part two: signatures. Signature, Parameter, BoundArguments and signature(),
// with CPython 3.11's str() forms, binding rules and errors; the text signatures of
// builtins come from tables (pymm's builtins carry none). Run after inspect-py.ts's part,
// in the same namespace.

/** Source of inspect's signature part, run in the module's namespace after INSPECT_PY. */
export const INSPECT_SIGNATURE_PY = String.raw`
# ---- signatures ----

class _empty:
    '''Marker object for Signature.empty and Parameter.empty.'''

class _void:
    '''Marker for "not given" in replace().'''

class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, text):
        made = int.__new__(cls, len(cls.__members__))
        made._value_ = int(made)
        setattr(made, 'description', text)
        return made

    def __str__(self):
        return self.name

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

def formatannotation(annotation, base_module=None):
    '''How a signature shows an annotation.'''
    home = getattr(annotation, '__module__', None)
    if home == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if type(annotation) is types.GenericAlias or not isclass(annotation):
        return str(annotation) if isinstance(annotation, types.GenericAlias) else repr(annotation)
    plain = annotation.__qualname__
    return plain if home in ('builtins', base_module) else f'{home}.{plain}'

def formatannotationrelativeto(object):
    '''A formatannotation that leaves out object's own module name.'''
    home = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, home)


def _rebuild_parameter(cls, name, kind, default, note):
    return cls(name, kind, default=default, annotation=note)

class Parameter:
    '''One parameter of a Signature: name, kind, default and annotation.'''

    __slots__ = ['_pname', '_pkind', '_pdefault', '_pnote']

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(kind.description + ' parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if type(name) is not str and not isinstance(name, str):
            raise TypeError('name must be a str, not a ' + type(name).__name__)
        if name[:1] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not ' + kind.description)
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._pname = name
        self._pkind = kind
        self._pdefault = default
        self._pnote = annotation

    name = property(lambda self: self._pname)
    kind = property(lambda self: self._pkind)
    default = property(lambda self: self._pdefault)
    annotation = property(lambda self: self._pnote)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        '''A copy with the given fields changed.'''
        return type(self)(self._pname if name is _void else name,
                          self._pkind if kind is _void else kind,
                          default=self._pdefault if default is _void else default,
                          annotation=self._pnote if annotation is _void else annotation)

    def __reduce__(self):
        return (_rebuild_parameter, (type(self), self._pname, self._pkind, self._pdefault, self._pnote))

    def __str__(self):
        text = self._pname
        noted = self._pnote is not _empty
        if noted:
            text += ': ' + formatannotation(self._pnote)
        if _empty is not self._pdefault:
            text += (' = ' if noted else '=') + repr(self._pdefault)
        if self._pkind == _VAR_POSITIONAL:
            return '*' + text
        if self._pkind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._pname, self._pkind, self._pnote, self._pdefault))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter) is False:
            return NotImplemented
        return (self._pname, self._pkind, self._pdefault, self._pnote) == \
               (other._pname, other._pkind, other._pdefault, other._pnote)


class BoundArguments:
    '''The result of Signature.bind: arguments by parameter name.'''

    __slots__ = ['arguments', '_sig', '__weakref__']

    def __init__(self, signature, arguments):
        self._sig, self.arguments = signature, arguments

    signature = property(lambda self: self._sig)

    @property
    def args(self):
        out = []
        for name, p in self._sig.parameters.items():
            if p.kind >= _KEYWORD_ONLY or name not in self.arguments:
                break
            if p.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, p in self._sig.parameters.items():
            if not started:
                if p.kind >= _KEYWORD_ONLY:
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if p.kind == _VAR_KEYWORD:
                    out.update(self.arguments[name])
                else:
                    out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        '''Fill in the defaults of parameters that got no argument.'''
        have = self.arguments
        filled = {}
        for name, p in self._sig.parameters.items():
            if name in have:
                filled[name] = have[name]
            elif p.default is not _empty or p.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                filled[name] = {_VAR_POSITIONAL: (), _VAR_KEYWORD: {}}.get(p.kind, p.default)
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return (self._sig, self.arguments) == (other._sig, other.arguments)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._sig, self.arguments))

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


def _rebuild_signature(cls, params, ret):
    return cls(params, return_annotation=ret)

class Signature:
    '''The parameters and return annotation of a callable.'''

    __slots__ = ['_ret', '_params']

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__ is not False:
                highest = _POSITIONAL_ONLY
                defaulted = False
                for p in parameters:
                    if p.kind < highest:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                         .format(highest.description, p.kind.description))
                    highest = p.kind
                    if p.kind <= _POSITIONAL_OR_KEYWORD:
                        if p.default is not _empty:
                            defaulted = True
                        elif defaulted:
                            raise ValueError('non-default argument follows default argument')
                    if p.name in table:
                        raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                    table[p.name] = p
            else:
                for p in parameters:
                    table[p.name] = p
        self._ret, self._params = return_annotation, types.MappingProxyType(table)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        '''The Signature of a callable.'''
        return _signature_of(obj, follow=follow_wrapped, sigcls=cls, globals=globals,
                             locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._params)
    return_annotation = property(lambda self: self._ret)

    def replace(self, *, parameters=_void, return_annotation=_void):
        '''A copy with new parameters and/or return annotation.'''
        keep = lambda given, mine: mine if given is _void else given
        return type(self)(keep(parameters, self._params.values()),
                          return_annotation=keep(return_annotation, self._ret))

    def _key(self):
        ordered = tuple(p for p in self._params.values() if p.kind != _KEYWORD_ONLY)
        named = {p.name: p for p in self._params.values() if p.kind == _KEYWORD_ONLY}
        return ordered, named, self._ret

    def __hash__(self):
        ordered, named, ret = self._key()
        return hash((ordered, frozenset(named.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return other._key() == self._key()
        return NotImplemented

    def _match(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        bound = {}
        params = list(self._params.values())
        at = 0
        count = len(params)
        # Positional arguments fill parameters left to right.
        for index, value in enumerate(args):
            if at >= count or params[at].kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments')
            p = params[at]
            if p.kind == _VAR_POSITIONAL:
                bound[p.name] = tuple(args[index:])
                at += 1
                break
            if p.kind != _POSITIONAL_ONLY and p.name in kwargs:
                raise TypeError(f'multiple values for argument {p.name!r}')
            bound[p.name] = value
            at += 1
        else:
            # Arguments ran out first: the next parameter must be satisfiable.
            if at < count:
                p = params[at]
                if p.kind == _VAR_POSITIONAL:
                    at += 1
                elif p.name in kwargs:
                    if p.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{p.name!r} parameter is positional only, but was passed as a keyword')
                elif p.kind != _VAR_KEYWORD and p.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {p.name!r}')
        catch_all = None
        for p in params[at:]:
            if p.kind == _VAR_KEYWORD:
                catch_all = p
                continue
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.name in kwargs:
                if p.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{p.name!r} parameter is positional only, but was passed as a keyword')
                bound[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError(f'missing a required argument: {p.name!r}')
        if kwargs:
            if catch_all is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        '''Map args and kwargs to parameters (TypeError when they do not fit).'''
        return self._match(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        '''Map args and kwargs to parameters, allowing some to stay unbound.'''
        return self._match(args, kwargs, True)

    def __reduce__(self):
        return (_rebuild_signature, (type(self), tuple(self._params.values()), self._ret))

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        parts = []
        slash_due = False
        star_needed = True
        for p in self._params.values():
            if p.kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                parts.append('/')
                slash_due = False
            if p.kind == _VAR_POSITIONAL:
                star_needed = False
            elif p.kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(p))
        if slash_due:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._ret is not _empty:
            text += ' -> ' + formatannotation(self._ret)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    '''The Signature of a callable.'''
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _looks_like_function(obj):
    '''A duck-typed function (e.g. a Cython one): has the attributes signatures need.'''
    if isclass(obj) or not callable(obj):
        return False
    wants = (('__code__', types.CodeType), ('__name__', str), ('__defaults__', (tuple, type(None))),
             ('__kwdefaults__', (dict, type(None))), ('__annotations__', (dict, type(None))))
    return all(isinstance(getattr(obj, attr, _void), kind) for attr, kind in wants)

def _from_code(sigcls, func, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    nposonly = code.co_posonlyargcount
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    make = sigcls._parameter_cls
    first_default = npos - len(defaults)
    made = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        value = defaults[i - first_default] if i >= first_default else _empty
        made.append(make(name, kind, default=value, annotation=notes.get(name, _empty)))
    at = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[at]
        made.append(make(name, _VAR_POSITIONAL, annotation=notes.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkw]:
        made.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                         annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        made.append(make(name, _VAR_KEYWORD, annotation=notes.get(name, _empty)))
    return sigcls(made, return_annotation=notes.get('return', _empty),
                  __validate_parameters__=not isfunction(func))

def _without_first(sig):
    rest = list(sig.parameters.values())
    if not rest or rest[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    return sig if rest[0].kind == _VAR_POSITIONAL else sig.replace(parameters=rest[1:])

def _after_partial(sig, part, leading=()):
    args = leading + tuple(part.args or ())
    keywords = part.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as exc:
        raise ValueError(f'partial object {part!r} has incorrect arguments') from exc
    kept = {}
    pushed = {}
    to_keyword = False
    for name, p in sig.parameters.items():
        given = name in bound.arguments
        if given and p.kind is _POSITIONAL_ONLY:
            continue
        if given and p.kind is _POSITIONAL_OR_KEYWORD:
            if name not in keywords:
                continue
            to_keyword = True
            p = p.replace(default=bound.arguments[name])
        elif given and p.kind is _KEYWORD_ONLY:
            p = p.replace(default=bound.arguments[name])
        if to_keyword:
            if p.kind is _POSITIONAL_OR_KEYWORD:
                pushed[name] = p.replace(kind=_KEYWORD_ONLY)
                continue
            if p.kind is _VAR_POSITIONAL:
                continue
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                pushed[name] = p
                continue
        kept[name] = p
    kept.update(pushed)
    return sig.replace(parameters=kept.values())

# Text signatures of the builtins that have one in CPython (pymm's builtins carry none).
_BUILTIN_SIGNATURES = {
    'abs': '(x, /)', 'all': '(iterable, /)', 'any': '(iterable, /)', 'ascii': '(obj, /)',
    'bin': '(number, /)', 'callable': '(obj, /)', 'chr': '(i, /)', 'delattr': '(obj, name, /)',
    'divmod': '(x, y, /)', 'format': "(value, format_spec='', /)", 'hash': '(obj, /)',
    'hex': '(number, /)', 'id': '(obj, /)', 'isinstance': '(obj, class_or_tuple, /)',
    'issubclass': '(cls, class_or_tuple, /)', 'len': '(obj, /)', 'oct': '(number, /)',
    'ord': '(c, /)', 'pow': '(base, exp, mod=None)', 'repr': '(obj, /)',
    'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'input': "(prompt='', /)", 'hasattr': '(obj, name, /)', 'globals': '()', 'locals': '()',
    'aiter': '(async_iterable, /)', '__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
    'compile': '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    'eval': '(source, globals=None, locals=None, /)', 'exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    # classes in CPython, functions in pymm
    'enumerate': '(iterable, start=0)', 'reversed': '(sequence, /)',
}
_BUILTIN_TYPE_SIGNATURES = {
    'complex': '(real=0, imag=0)', 'enumerate': '(iterable, start=0)', 'float': '(x=0, /)',
    'list': '(iterable=(), /)', 'memoryview': '(object)', 'property': '(fget=None, fset=None, fdel=None, doc=None)',
    'reversed': '(sequence, /)', 'tuple': '(iterable=(), /)',
}

# Text signatures of the built-in types' methods, as CPython gives them for a bound method.
_METHOD_SIGNATURE_TEXT = '''
list.append(object, /)
list.clear()
list.copy()
list.count(value, /)
list.extend(iterable, /)
list.index(value, start=0, stop=9223372036854775807, /)
list.insert(index, object, /)
list.pop(index=-1, /)
list.remove(value, /)
list.reverse()
list.sort(*, key=None, reverse=False)
dict.fromkeys(iterable, value=None, /)
dict.get(key, default=None, /)
dict.popitem()
dict.setdefault(key, default=None, /)
str.capitalize()
str.casefold()
str.center(width, fillchar=' ', /)
str.encode(encoding='utf-8', errors='strict')
str.expandtabs(tabsize=8)
str.isalnum()
str.isalpha()
str.isascii()
str.isdecimal()
str.isdigit()
str.isidentifier()
str.islower()
str.isnumeric()
str.isprintable()
str.isspace()
str.istitle()
str.isupper()
str.join(iterable, /)
str.ljust(width, fillchar=' ', /)
str.lower()
str.lstrip(chars=None, /)
str.partition(sep, /)
str.removeprefix(prefix, /)
str.removesuffix(suffix, /)
str.replace(old, new, count=-1, /)
str.rjust(width, fillchar=' ', /)
str.rpartition(sep, /)
str.rsplit(sep=None, maxsplit=-1)
str.rstrip(chars=None, /)
str.split(sep=None, maxsplit=-1)
str.splitlines(keepends=False)
str.strip(chars=None, /)
str.swapcase()
str.title()
str.translate(table, /)
str.upper()
str.zfill(width, /)
tuple.count(value, /)
tuple.index(value, start=0, stop=9223372036854775807, /)
int.as_integer_ratio()
int.bit_count()
int.bit_length()
int.from_bytes(bytes, byteorder='big', *, signed=False)
int.to_bytes(length=1, byteorder='big', *, signed=False)
float.as_integer_ratio()
float.conjugate()
float.fromhex(string, /)
float.hex()
float.is_integer()
bytes.center(width, fillchar=b' ', /)
bytes.decode(encoding='utf-8', errors='strict')
bytes.expandtabs(tabsize=8)
bytes.fromhex(string, /)
bytes.join(iterable_of_bytes, /)
bytes.ljust(width, fillchar=b' ', /)
bytes.lstrip(bytes=None, /)
bytes.maketrans(frm, to, /)
bytes.partition(sep, /)
bytes.removeprefix(prefix, /)
bytes.removesuffix(suffix, /)
bytes.replace(old, new, count=-1, /)
bytes.rjust(width, fillchar=b' ', /)
bytes.rpartition(sep, /)
bytes.rsplit(sep=None, maxsplit=-1)
bytes.rstrip(bytes=None, /)
bytes.split(sep=None, maxsplit=-1)
bytes.splitlines(keepends=False)
bytes.strip(bytes=None, /)
bytes.translate(table, /, delete=b'')
bytes.zfill(width, /)
'''
_method_signatures = None


def _method_signature_text(fn):
    global _method_signatures
    if _method_signatures is None:
        _method_signatures = {}
        for row in _METHOD_SIGNATURE_TEXT.split('\n'):
            if row:
                at = row.index('(')
                _method_signatures[row[:at]] = row[at:]
    owner = fn.__self__
    for klass in (owner if isclass(owner) else type(owner)).__mro__:
        if klass.__module__ == 'builtins':
            found = _method_signatures.get(f'{klass.__name__}.{fn.__name__}')
            if found is not None:
                return found
    return None


def _parse_text_signature(sigcls, text):
    '''A Signature from a text signature such as "(a, b=1, /, *, c)".'''
    body = text.strip()[1:-1]
    pieces, depth, quote, start = [], 0, None, 0
    for i, c in enumerate(body):
        if quote:
            if c == quote and body[i - 1] != '\\':
                quote = None
        elif c in '\'"':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            pieces.append(body[start:i].strip())
            start = i + 1
    if body.strip():
        pieces.append(body[start:].strip())
    made = []
    kind = _POSITIONAL_OR_KEYWORD
    if '/' in pieces:
        kind = _POSITIONAL_ONLY
    make = sigcls._parameter_cls
    for piece in pieces:
        if piece == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if piece == '*':
            kind = _KEYWORD_ONLY
            continue
        if piece.startswith('**'):
            made.append(make(piece[2:], _VAR_KEYWORD))
            continue
        if piece.startswith('*'):
            made.append(make(piece[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, value = piece.partition('=')
        default = eval(value, {'sys': sys}) if eq else _empty
        made.append(make(name.strip(), kind, default=default))
    return sigcls(made)

def _user_method(owner, name):
    try:
        found = getattr(owner, name)
    except AttributeError:
        return None
    if isinstance(found, _builtin_kind):
        return None
    for kind in ('WrapperDescriptorType', 'MethodWrapperType', 'ClassMethodDescriptorType'):
        if isinstance(found, getattr(types, kind, ())):
            return None
    return found

def _builtin_signature(sigcls, fn):
    text = getattr(fn, '__text_signature__', None)
    if text:
        for lead in ('($module, ', '($self, ', '($type, '):
            text = text.replace(lead, '(')
    else:
        owner = getattr(fn, '__self__', None)
        if owner is None or ismodule(owner):
            text = _BUILTIN_SIGNATURES.get(fn.__name__)
        else:
            text = _method_signature_text(fn)
    if not text:
        owner = getattr(fn, '__self__', None)
        if fn.__name__ in ('zip', 'map', 'filter') and (owner is None or ismodule(owner)):
            # classes in CPython, functions in pymm
            raise ValueError(f"no signature found for builtin type <class '{fn.__name__}'>")
        raise ValueError(f'no signature found for builtin {fn!r}')
    return _parse_text_signature(sigcls, text)

def _class_signature(sigcls, klass, again):
    '''What calling klass accepts: its metaclass's __call__, else its __new__ or __init__.'''
    if klass is type:
        raise ValueError(f'no signature found for builtin {klass!r}')
    meta_call = _user_method(type(klass), '__call__')
    if meta_call is not None:
        return again(meta_call)
    made_by = {name: _user_method(klass, name) for name in ('__new__', '__init__')}
    for base in klass.__mro__:
        own = _own_dict(base)
        hit = next((m for name, m in made_by.items() if m is not None and name in own), None)
        if hit is not None:
            return again(hit)
    for base in klass.__mro__[:-1]:
        if base.__module__ == 'builtins' and base.__name__ in _BUILTIN_TYPE_SIGNATURES:
            # A text signature: already the call's, nothing to drop (a tuple marks it).
            return (_parse_text_signature(sigcls, _BUILTIN_TYPE_SIGNATURES[base.__name__]),)
    if type in klass.__mro__:
        return None
    # pymm's built-in types may inherit object's __new__ and __init__; they have no signature.
    plain = klass.__new__ is object.__new__ and klass.__init__ is object.__init__
    if plain and (klass is object or klass.__module__ != 'builtins'):
        return _void
    raise ValueError(f'no signature found for builtin type {klass!r}')

def _signature_of(obj, *, follow=True, drop_first=True, sigcls=None, globals=None,
                  locals=None, eval_str=False):
    sigcls = sigcls or Signature
    options = dict(follow=follow, drop_first=drop_first, sigcls=sigcls, globals=globals,
                   locals=locals, eval_str=eval_str)
    again = lambda target: _signature_of(target, **options)
    bound = lambda sig: _without_first(sig) if drop_first else sig
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if ismethod(obj):
        return bound(again(obj.__func__))
    if follow:
        obj = unwrap(obj, stop=lambda f: ismethod(f) or hasattr(f, '__signature__'))
        if ismethod(obj):
            return again(obj)
    given = getattr(obj, '__signature__', None)
    if given is not None:
        if isinstance(given, Signature):
            return given
        raise TypeError(f'unexpected object {given!r} in __signature__ attribute')
    pm = getattr(obj, '_partialmethod', None)
    if isinstance(pm, getattr(functools, 'partialmethod', ())):
        inner = again(pm.func)
        head = next(iter(inner.parameters.values()))
        sig = _after_partial(inner, pm, (None,))
        if head.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=[head, *sig.parameters.values()])
    if isfunction(obj) or _looks_like_function(obj):
        return _from_code(sigcls, obj, globals, locals, eval_str)
    if isbuiltin(obj):
        return _builtin_signature(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _after_partial(again(obj.func), obj)
    if isclass(obj):
        found = _class_signature(sigcls, obj, again)
        if found is _void:
            return sigcls()
        if isinstance(found, tuple):
            return found[0]
    else:
        found = None
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                found = again(call)
            except ValueError as err:
                raise ValueError(f'no signature found for {obj!r}') from err
    if found is None:
        raise ValueError(f'callable {obj!r} is not supported by signature')
    return bound(found)


class ClosureVars(collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')):
    '''The names a function's code refers to, split by where they are found.'''

def getclosurevars(func):
    '''ClosureVars(nonlocals, globals, builtins, unbound) of a Python function.'''
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    space = func.__globals__
    table = space.get('__builtins__', __import__('builtins'))
    if ismodule(table):
        table = table.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in space:
            found_globals[name] = space[name]
        elif name in table:
            found_builtins[name] = table[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)

def indentsize(line):
    '''The width of line's leading whitespace, tabs expanded.'''
    text = line.expandtabs()
    return len(text) - len(text.lstrip())
`;
