// The `inspect` module: predicates on objects, getmembers, signatures (Signature, Parameter,
// BoundArguments), docstrings, frames and stacks, and source lookup through linecache; it
// follows the behaviour of CPython 3.11's module. pymm's builtins carry no text signatures,
// so a small table here gives the common ones theirs.

/** Source of the inspect module, run in the module's namespace. */
export const INSPECT_PY = String.raw`
'''Look inside live objects: kinds, members, call signatures, docstrings, frames, source.'''
import sys
import types
import enum
import functools
import collections

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 0x100000

_builtin_kind = type(len)


# ---- what kind of object is it ----

def _type_test(name, kind, what):
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'True for ' + what + '.'
    return test

for _name, _kind, _what in (
        ('ismodule', types.ModuleType, 'module objects'),
        ('isclass', type, 'classes'),
        ('ismethod', types.MethodType, 'bound methods'),
        ('isfunction', types.FunctionType, 'functions written in Python (def and lambda)'),
        ('isgenerator', types.GeneratorType, 'generator objects'),
        ('iscoroutine', types.CoroutineType, 'coroutine objects'),
        ('isasyncgen', types.AsyncGeneratorType, 'asynchronous generator objects'),
        ('istraceback', types.TracebackType, 'traceback objects'),
        ('isframe', types.FrameType, 'frame objects'),
        ('iscode', types.CodeType, 'code objects'),
        ('isbuiltin', _builtin_kind, 'functions and methods implemented by the interpreter')):
    globals()[_name] = _type_test(_name, _kind, _what)
del _name, _kind, _what

def _plain_function(f):
    while isinstance(f, types.MethodType):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if isinstance(f, types.FunctionType) or _looks_like_function(f):
        return f
    return None

def _flag_test(name, bit, what):
    def test(object):
        f = _plain_function(object)
        return f is not None and bool(f.__code__.co_flags & bit)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'True for ' + what + '.'
    return test

isgeneratorfunction = _flag_test('isgeneratorfunction', CO_GENERATOR, 'a function whose calls make generators')
iscoroutinefunction = _flag_test('iscoroutinefunction', CO_COROUTINE, 'an async def function')
isasyncgenfunction = _flag_test('isasyncgenfunction', CO_ASYNC_GENERATOR, 'an async def function containing yield')

def isawaitable(object):
    '''True for what an await expression accepts.'''
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), '__await__')

def _not_plain(x):
    return isinstance(x, (type, types.MethodType, types.FunctionType))

def ismethodwrapper(object):
    '''True for method-wrapper objects (pymm has none).'''
    return isinstance(object, getattr(types, 'MethodWrapperType', ()))

def ismethoddescriptor(object):
    '''True for a non-data descriptor that is not a class, method or function.'''
    if _not_plain(object) or isinstance(object, property):
        return False
    has = dir(type(object))
    return '__get__' in has and '__set__' not in has

def isdatadescriptor(object):
    '''True for a descriptor defining __set__ or __delete__.'''
    if _not_plain(object):
        return False
    has = dir(type(object))
    return isinstance(object, property) or '__set__' in has or '__delete__' in has

def isgetsetdescriptor(object):
    '''True for getset descriptors of extension types (none in pymm).'''
    return False

def ismemberdescriptor(object):
    '''True for member descriptors (__slots__ entries).'''
    return isinstance(object, getattr(types, 'MemberDescriptorType', ()))

def isroutine(object):
    '''True for any kind of function or method.'''
    return any(test(object) for test in (isbuiltin, isfunction, ismethod, ismethoddescriptor, ismethodwrapper))

def isabstract(object):
    '''True for a class that still has abstract methods.'''
    if not isclass(object):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    import abc
    if not isinstance(object, abc.ABCMeta):
        return False
    # A class ABCMeta is still building: judge by what its abstract set would hold.
    marked = lambda v: getattr(v, '__isabstractmethod__', False)
    if any(marked(v) for v in _own_dict(object).values()):
        return True
    return any(marked(getattr(object, k, None))
               for parent in object.__bases__ for k in getattr(parent, '__abstractmethods__', ()))


# ---- members and attributes ----

def _collect_members(target, predicate, fetch):
    names = dir(target)
    owners = ()
    if isclass(target):
        owners = (target,) + target.__mro__
        names += [k for parent in target.__bases__ for k in _own_dict(parent) if k not in names]
    pairs = {}
    for key in names:
        if key in pairs:
            continue
        try:
            value = fetch(target, key)
        except AttributeError:
            holder = next((o for o in owners if key in _own_dict(o)), None)
            if holder is None:
                continue
            value = _own_dict(holder)[key]
        if predicate is None or predicate(value):
            pairs[key] = value
    return sorted(pairs.items(), key=lambda kv: kv[0])

def getmembers(object, predicate=None):
    '''All (name, value) attributes of object, sorted by name, optionally filtered.'''
    return _collect_members(object, predicate, getattr)

def getmembers_static(object, predicate=None):
    '''getmembers without running descriptors or __getattr__.'''
    return _collect_members(object, predicate, getattr_static)

def getmro(cls):
    '''The method resolution order of cls, as a tuple.'''
    return cls.__mro__

def unwrap(func, *, stop=None):
    '''Follow the __wrapped__ chain from func to the object at its end.'''
    visited = {id(func)}
    limit = sys.getrecursionlimit()
    start = func
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        visited.add(key)
    return func

_absent = object()

def _own_dict(owner):
    '''owner.__dict__, or an empty dict for a type that shows none (pymm's builtins).'''
    try:
        return owner.__dict__
    except AttributeError:
        return {}

def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}

def _type_lookup(klass, attr):
    for owner in klass.__mro__:
        space = _own_dict(owner)
        if attr in space:
            return space[attr]
    return _absent

def getattr_static(obj, attr, default=_absent):
    '''Look attr up the way attribute access does, without running any code.'''
    if isinstance(obj, type):
        for owner in obj.__mro__:
            space = _own_dict(owner)
            if attr in space:
                return space[attr]
        meta = _type_lookup(type(obj), attr)
        if meta is not _absent:
            return meta
    else:
        found = _type_lookup(type(obj), attr)
        mine = _instance_dict(obj)
        if found is not _absent and isdatadescriptor(found):
            return found
        if isinstance(mine, dict) and attr in mine:
            return mine[attr]
        if found is not _absent:
            return found
    if default is not _absent:
        return default
    raise AttributeError(attr) from None


# ---- docstrings ----

def cleandoc(doc):
    '''Strip a docstring's shared indentation and its leading and trailing blank lines.'''
    rows = doc.expandtabs().split('\n')
    indents = [len(r) - len(r.lstrip()) for r in rows[1:] if r.lstrip()]
    rows[0] = rows[0].lstrip()
    if indents:
        cut = min(indents)
        rows[1:] = [r[cut:] for r in rows[1:]]
    while rows and not rows[-1]:
        rows.pop()
    while rows and not rows[0]:
        del rows[0]
    return '\n'.join(rows)

def _owner_class(fn):
    '''The class a function or method was defined in, found through its __qualname__.'''
    if ismethod(fn):
        bound_to = fn.__self__
        return bound_to if isclass(bound_to) else type(bound_to)
    path = getattr(fn, '__qualname__', '').split('.')[:-1]
    home = sys.modules.get(getattr(fn, '__module__', None))
    if not path or home is None:
        return None
    for step in path:
        home = getattr(home, step, None)
    return home if isclass(home) else None

def _inherited_doc(obj):
    if isclass(obj):
        return next((k.__doc__ for k in obj.__mro__ if k is not object and k.__doc__ is not None), None)
    if not (ismethod(obj) or isfunction(obj) or isbuiltin(obj)):
        return None
    klass = _owner_class(obj)
    if klass is None:
        return None
    wanted = obj.__name__
    for parent in klass.__mro__[1:]:
        text = getattr(getattr(parent, wanted, None), '__doc__', None)
        if text is not None:
            return text
    return None

def getdoc(object):
    '''The cleaned docstring of object, inherited from a base class when it has none.'''
    try:
        text = object.__doc__
        if text is None:
            text = _inherited_doc(object)
    except (TypeError, AttributeError):
        return None
    return cleandoc(text) if isinstance(text, str) else None


# ---- modules, files and source ----

def getmodule(object, _filename=None):
    '''The module object was defined in, or None.'''
    if ismodule(object):
        return object
    home = getattr(object, '__module__', None)
    return None if home is None else sys.modules.get(home)

def getfile(object):
    '''The name of the file object was defined in.'''
    if ismodule(object) or isclass(object):
        home = object if ismodule(object) else sys.modules.get(object.__module__)
        path = getattr(home, '__file__', None)
        if path:
            return path
        if ismodule(object):
            raise TypeError(f'{object!r} is a built-in module')
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    for step in ('__func__', '__code__', 'tb_frame', 'f_code'):
        if hasattr(object, step) and not isinstance(object, _builtin_kind):
            object = getattr(object, step)
    if iscode(object):
        return object.co_filename
    kind = 'builtin_function_or_method' if isbuiltin(object) else type(object).__name__
    raise TypeError('module, class, method, function, traceback, frame, or code object '
                    f'was expected, got {kind}')

def getsourcefile(object):
    '''The source file of object, or None when it has none.'''
    path = getfile(object)
    if path.startswith('<') and path.endswith('>') and not __import__('linecache').getlines(path):
        return None
    return path

def getabsfile(object, _filename=None):
    '''getsourcefile (or getfile) made absolute and normalised.'''
    import os
    return os.path.normcase(os.path.abspath(getsourcefile(object) or getfile(object)))

class _Scan:
    '''Tracks brackets and strings across source lines, one line at a time.'''

    def __init__(self):
        self.depth = 0
        self.quote = None
        self.joined = False

    def feed(self, line):
        i, n = 0, len(line)
        # A backslash ending the line outside a comment joins the next line to it.
        self.joined = line.rstrip('\r\n').endswith('\\')
        # Where the line's comment starts (its length when it has none).
        self.code_end = n
        while i < n:
            c = line[i]
            if self.quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            if c == '#':
                self.joined = False
                self.code_end = i
                break
            if c in '\'"':
                triple = line[i:i + 3]
                self.quote = triple if triple in ('"""', "'''") else c
                i += len(self.quote)
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                self.depth = max(0, self.depth - 1)
            i += 1
        if self.quote in ('"', "'"):
            if not line.rstrip('\n').endswith('\\'):
                self.quote = None

    def open(self):
        return self.depth > 0 or self.quote is not None or self.joined

def _indent(line):
    return len(line) - len(line.lstrip())

def _block_from(lines, start):
    '''The lines of the statement starting at lines[start] (a def/class with its body).'''
    scan = _Scan()
    base = _indent(lines[start])
    head = lines[start].strip()
    compound = head.startswith(('def ', 'class ', 'async ', '@'))
    end = start
    in_body = False
    i = start
    while i < len(lines):
        line = lines[i]
        text = line.strip()
        fresh = not scan.open()
        if fresh and i > start and text and not text.startswith('#'):
            if not compound or (in_body and _indent(line) <= base):
                break
            if not in_body and _indent(line) <= base and not text.startswith(('def ', 'class ', 'async ', '@')):
                break
        scan.feed(line)
        if text and not text.startswith('#') or not fresh:
            end = i
        if compound and not in_body and not scan.open() and not text.startswith('@'):
            code = line[:scan.code_end].rstrip()
            if code.endswith(':'):
                in_body = True
            elif ':' in code:
                break  # a one-line compound statement: def f(): return 1
        i += 1
        if not compound and not scan.open():
            break
    return lines[start:end + 1]

def _source_lines(object):
    import linecache
    path = getsourcefile(object) or getfile(object)
    if not (path.startswith('<') and path.endswith('>')) and not linecache.getlines(path):
        raise OSError('source code not available')
    lines = linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    return path, lines

def _code_of(thing):
    '''The code object behind a method, function, traceback or frame (else thing).'''
    for kind, step in ((types.MethodType, '__func__'), (types.FunctionType, '__code__'),
                       (types.TracebackType, 'tb_frame'), (types.FrameType, 'f_code')):
        if isinstance(thing, kind):
            thing = getattr(thing, step)
    return thing

def findsource(object):
    '''All lines of object's source file and the 0-based line where object starts.'''
    _, lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        header = re.compile(r'\s*class\s*%s\b' % object.__name__)
        at = next((i for i, text in enumerate(lines) if header.match(text)), None)
        if at is None:
            raise OSError('could not find class definition')
        return lines, at
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    at = code.co_firstlineno - 1
    if not 0 <= at < len(lines):
        raise OSError('lineno is out of bounds')
    return lines, at

def getsourcelines(object):
    '''The source lines of object and the 1-based number of the first one.'''
    object = unwrap(object)
    lines, first = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return _block_from(lines, first), first + 1

def getsource(object):
    '''The source text of object (OSError when it is not available).'''
    return ''.join(getsourcelines(object)[0])

def getcomments(object):
    '''The comment lines just above object's source, or None.'''
    try:
        lines, first = findsource(object)
    except (TypeError, OSError):
        return None
    grabbed = []
    i = first - 1
    while i >= 0 and lines[i].lstrip().startswith('#'):
        grabbed.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    return ''.join(grabbed) or None


# ---- frames and the stack ----

Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')
_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + Traceback._fields)
_Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')

class FrameInfo(_FrameInfo):
    '''A frame with its file, line, function name and source context.'''

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        info = _FrameInfo.__new__(cls, frame, filename, lineno, function, code_context, index)
        info.positions = positions
        return info

    def __repr__(self):
        shown = [f'{k}={v!r}' for k, v in zip(self._fields, self)]
        shown.append(f'positions={self.positions!r}')
        return 'FrameInfo(' + ', '.join(shown) + ')'

def currentframe():
    '''The frame of the caller.'''
    return sys._getframe(1)

def _context(filename, lineno, context):
    if context <= 0:
        return None, None
    import linecache
    lines = linecache.getlines(filename)
    if not lines:
        return None, None
    first = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[first:first + context], lineno - 1 - first

def getframeinfo(frame, context=1):
    '''Traceback(filename, lineno, function, code_context, index) for a frame or traceback.'''
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    elif isframe(frame):
        lineno = frame.f_lineno
    else:
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    code = frame.f_code
    lines, index = _context(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, lines, index)

def getlineno(frame):
    '''The current line number of a frame.'''
    return frame.f_lineno

def _info(frame, lineno, context):
    code = frame.f_code
    lines, index = _context(code.co_filename, lineno, context)
    return FrameInfo(frame, code.co_filename, lineno, code.co_name, lines, index,
                     positions=_Positions(lineno, lineno, None, None))

def getouterframes(frame, context=1):
    '''FrameInfo records for frame and each of its callers, innermost first.'''
    records = []
    at = frame
    while at is not None:
        records.append(_info(at, at.f_lineno, context))
        at = at.f_back
    return records

def getinnerframes(tb, context=1):
    '''FrameInfo records for a traceback's frames, outermost first.'''
    records = []
    at = tb
    while at is not None:
        records.append(_info(at.tb_frame, at.tb_lineno, context))
        at = at.tb_next
    return records

def stack(context=1):
    '''FrameInfo records for the caller's stack, innermost first.'''
    caller = sys._getframe(1)
    return getouterframes(caller, context)

def trace(context=1):
    '''FrameInfo records between the current frame and where the handled exception was raised.'''
    handled = sys.exc_info()[2]
    return getinnerframes(handled, context)

for _prefix in ('GEN_', 'CORO_'):
    for _phase in ('CREATED', 'RUNNING', 'SUSPENDED', 'CLOSED'):
        globals()[_prefix + _phase] = _prefix + _phase
del _prefix, _phase

def _phase_of(obj, prefix, attr):
    running, suspended, frame = (getattr(obj, attr + x) for x in ('running', 'suspended', 'frame'))
    phase = ('RUNNING' if running else 'SUSPENDED' if suspended
             else 'CLOSED' if frame is None else 'CREATED')
    return prefix + phase

def getgeneratorstate(generator):
    '''GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED.'''
    return _phase_of(generator, 'GEN_', 'gi_')

def getcoroutinestate(coroutine):
    '''CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED.'''
    return _phase_of(coroutine, 'CORO_', 'cr_')

def getgeneratorlocals(generator):
    '''The local variables of a suspended generator, as a dict.'''
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}

def getcoroutinelocals(coroutine):
    '''The local variables of a suspended coroutine, as a dict.'''
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


# ---- argument specs ----

ArgInfo = collections.namedtuple('ArgInfo', ['args', 'varargs', 'keywords', 'locals'])
FullArgSpec = collections.namedtuple(
    'FullArgSpec', ['args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations'])
_Arguments = collections.namedtuple('Arguments', ['args', 'varargs', 'varkw'])

def getargs(co):
    '''Arguments(args, varargs, varkw) of a code object.'''
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    named = co.co_argcount + co.co_kwonlyargcount
    star = bool(co.co_flags & CO_VARARGS)
    return _Arguments(list(names[:named]), names[named] if star else None,
                      names[named + star] if co.co_flags & CO_VARKEYWORDS else None)

def getfullargspec(func):
    '''FullArgSpec of a callable, from its signature (bound self included).'''
    try:
        sig = _signature_of(func, follow=False, drop_first=False)
    except Exception as err:
        raise TypeError('unsupported callable') from err
    notes = {} if sig.return_annotation is _empty else {'return': sig.return_annotation}
    by_kind = {k: [] for k in _ParameterKind}
    for p in sig.parameters.values():
        by_kind[p.kind].append(p)
        if p.annotation is not _empty:
            notes[p.name] = p.annotation
    ordered = by_kind[_POSITIONAL_ONLY] + by_kind[_POSITIONAL_OR_KEYWORD]
    kwonly = by_kind[_KEYWORD_ONLY]
    star = [p.name for p in by_kind[_VAR_POSITIONAL]] + [None]
    starstar = [p.name for p in by_kind[_VAR_KEYWORD]] + [None]
    given = tuple(p.default for p in ordered if p.default is not _empty)
    kwgiven = {p.name: p.default for p in kwonly if p.default is not _empty}
    return FullArgSpec([p.name for p in ordered], star[0], starstar[0], given or None,
                       [p.name for p in kwonly], kwgiven or None, notes)

def getargvalues(frame):
    '''ArgInfo(args, varargs, keywords, locals) of a frame.'''
    spec = getargs(frame.f_code)
    return ArgInfo(spec.args, spec.varargs, spec.varkw, frame.f_locals)

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    '''A fresh dict of obj's annotations (strings evaluated when eval_str).'''
    if isclass(obj):
        notes = _own_dict(obj).get('__annotations__', None)
    elif ismodule(obj) or callable(obj):
        notes = getattr(obj, '__annotations__', None)
    else:
        raise TypeError('%r is not a module, class, or callable.' % (obj,))
    if notes is not None and not isinstance(notes, dict):
        raise ValueError('%r.__annotations__ is neither a dict nor None' % (obj,))
    if not notes:
        return {}
    if not eval_str:
        return dict(notes)
    if globals is None:
        home = obj if isclass(obj) or not callable(obj) else unwrap(obj)
        globals = getattr(home, '__globals__', None)
        if globals is None:
            globals = getattr(sys.modules.get(getattr(obj, '__module__', None)), '__dict__', None)
    return {k: eval(v, globals, locals) if isinstance(v, str) else v for k, v in notes.items()}


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
