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
from collections import namedtuple

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

TPFLAGS_IS_ABSTRACT = 1 << 20

_builtin_kind = type(len)


# ---- what kind of object is it ----

def ismodule(object):
    '''True for module objects.'''
    return isinstance(object, types.ModuleType)

def isclass(object):
    '''True for classes.'''
    return isinstance(object, type)

def ismethod(object):
    '''True for bound methods.'''
    return isinstance(object, types.MethodType)

def isfunction(object):
    '''True for functions written in Python (def and lambda).'''
    return isinstance(object, types.FunctionType)

def _plain_function(f):
    while isinstance(f, types.MethodType):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if isinstance(f, types.FunctionType) or _looks_like_function(f):
        return f
    return None

def _flagged(f, bit):
    f = _plain_function(f)
    return f is not None and bool(f.__code__.co_flags & bit)

def isgeneratorfunction(object):
    '''True for a function whose calls make generators.'''
    return _flagged(object, CO_GENERATOR)

def iscoroutinefunction(object):
    '''True for an async def function.'''
    return _flagged(object, CO_COROUTINE)

def isasyncgenfunction(object):
    '''True for an async def function containing yield.'''
    return _flagged(object, CO_ASYNC_GENERATOR)

def isgenerator(object):
    '''True for generator objects.'''
    return isinstance(object, types.GeneratorType)

def iscoroutine(object):
    '''True for coroutine objects.'''
    return isinstance(object, types.CoroutineType)

def isasyncgen(object):
    '''True for asynchronous generator objects.'''
    return isinstance(object, types.AsyncGeneratorType)

def isawaitable(object):
    '''True for what an await expression accepts.'''
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), '__await__')

def istraceback(object):
    '''True for traceback objects.'''
    return isinstance(object, types.TracebackType)

def isframe(object):
    '''True for frame objects.'''
    return isinstance(object, types.FrameType)

def iscode(object):
    '''True for code objects.'''
    return isinstance(object, types.CodeType)

def isbuiltin(object):
    '''True for functions and methods implemented by the interpreter.'''
    return isinstance(object, _builtin_kind)

def ismethodwrapper(object):
    '''True for method-wrapper objects.'''
    kind = getattr(types, 'MethodWrapperType', None)
    return kind is not None and isinstance(object, kind)

def ismethoddescriptor(object):
    '''True for a non-data descriptor that is not a class, method or function.'''
    if isclass(object) or ismethod(object) or isfunction(object) or isinstance(object, property):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')

def isdatadescriptor(object):
    '''True for a descriptor defining __set__ or __delete__.'''
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')

def isgetsetdescriptor(object):
    '''True for getset descriptors of extension types (none in pymm).'''
    return False

def ismemberdescriptor(object):
    '''True for member descriptors (__slots__ entries).'''
    kind = getattr(types, 'MemberDescriptorType', None)
    return kind is not None and isinstance(object, kind)

def isroutine(object):
    '''True for any kind of function or method.'''
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))

def isabstract(object):
    '''True for a class that still has abstract methods.'''
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if not isinstance(object, __import__('abc').ABCMeta):
        return False
    # A class still being built by ABCMeta: look at what it would have.
    for key, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for parent in object.__bases__:
        for key in getattr(parent, '__abstractmethods__', ()):
            if getattr(getattr(object, key, None), '__isabstractmethod__', False):
                return True
    return False


# ---- members and attributes ----

def _collect_members(object, predicate, fetch):
    found = []
    seen = set()
    names = dir(object)
    owners = ()
    if isclass(object):
        owners = (object,) + object.__mro__
        extra = []
        for base in object.__bases__:
            for key in _own_dict(base):
                if key not in names:
                    extra.append(key)
        names = names + extra
    for key in names:
        try:
            value = fetch(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for owner in owners:
                if key in _own_dict(owner):
                    value = _own_dict(owner)[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((key, value))
        seen.add(key)
    found.sort(key=lambda item: item[0])
    return found

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
    raise AttributeError(attr)


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

def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    name = getattr(obj, '__name__', None)
    if ismethod(obj):
        owner = obj.__self__
        if not isclass(owner):
            owner = type(owner)
        if getattr(owner, name, None) is not obj.__func__ and not isclass(obj.__self__):
            return None
    elif isfunction(obj) or isbuiltin(obj):
        owner = obj.__globals__ if isfunction(obj) else None
        owner = None
        qual = getattr(obj, '__qualname__', '')
        module = sys.modules.get(getattr(obj, '__module__', None))
        if module is None or '.' not in qual:
            return None
        owner = module
        for part in qual.split('.')[:-1]:
            owner = getattr(owner, part, None)
        if not isclass(owner):
            return None
    elif isinstance(obj, property):
        return None
    else:
        return None
    for base in owner.__mro__[1:]:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None

def getdoc(object):
    '''The cleaned docstring of object, inherited from a base class when it has none.'''
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- modules, files and source ----

def getmodule(object, _filename=None):
    '''The module object was defined in, or None.'''
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None

def _where_kind(object):
    if isinstance(object, _builtin_kind):
        return 'builtin_function_or_method'
    return type(object).__name__

def getfile(object):
    '''The name of the file object was defined in.'''
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if path:
            return path
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        path = getattr(module, '__file__', None)
        if path:
            return path
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(_where_kind(object)))

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

    def feed(self, line):
        i, n = 0, len(line)
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
        return self.depth > 0 or self.quote is not None

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
        if compound and not scan.open() and text.rstrip().endswith(':') and not text.startswith('@'):
            in_body = True
        elif compound and not scan.open() and not in_body and ':' in text and not text.startswith('@'):
            head_done = text.split('#')[0].rstrip()
            if not head_done.endswith(':'):
                break
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

def findsource(object):
    '''All lines of object's source file and the 0-based line where object starts.'''
    path, lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        name = object.__name__
        pattern = re.compile(r'^(\s*)class\s*' + name + r'\b')
        for i, line in enumerate(lines):
            if pattern.match(line):
                return lines, i
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        first = object.co_firstlineno - 1
        if first < 0 or first >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, first
    raise OSError('could not find code object')

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
    lines, _ = getsourcelines(object)
    return ''.join(lines)

def getcomments(object):
    '''The comment lines just above object's source, or None.'''
    try:
        lines, first = findsource(object)
    except (OSError, TypeError):
        return None
    grabbed = []
    i = first - 1
    while i >= 0 and lines[i].lstrip().startswith('#'):
        grabbed.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    return ''.join(grabbed) or None


# ---- frames and the stack ----

Traceback = namedtuple('Traceback', 'filename lineno function code_context index')
_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)
_Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')

class FrameInfo(_FrameInfo):
    '''A frame with its file, line, function name and source context.'''

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))

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
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
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
    found = []
    while frame is not None:
        found.append(_info(frame, frame.f_lineno, context))
        frame = frame.f_back
    return found

def getinnerframes(tb, context=1):
    '''FrameInfo records for a traceback's frames, outermost first.'''
    found = []
    while tb is not None:
        found.append(_info(tb.tb_frame, tb.tb_lineno, context))
        tb = tb.tb_next
    return found

def stack(context=1):
    '''FrameInfo records for the caller's stack, innermost first.'''
    return getouterframes(sys._getframe(1), context)

def trace(context=1):
    '''FrameInfo records between the current frame and where the handled exception was raised.'''
    return getinnerframes(sys.exc_info()[2], context)

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

def getgeneratorstate(generator):
    '''GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED.'''
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED

def getcoroutinestate(coroutine):
    '''CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED.'''
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED

def getgeneratorlocals(generator):
    '''The local variables of a suspended generator, as a dict.'''
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}

def getcoroutinelocals(coroutine):
    '''The local variables of a suspended coroutine, as a dict.'''
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


# ---- argument specs ----

ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')

def getargs(co):
    '''Arguments(args, varargs, varkw) of a code object.'''
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return _Arguments(args, varargs, varkw)

_Arguments = namedtuple('Arguments', 'args, varargs, varkw')

def getfullargspec(func):
    '''FullArgSpec of a callable, from its signature (bound self included).'''
    try:
        sig = _signature_of(func, follow=False, drop_first=False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonly, annotations, kwdefaults = [], [], {}, {}
    defaults = ()
    varargs = varkw = None
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not p.empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not p.empty:
                defaults += (p.default,)
        elif p.kind is _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind is _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not p.empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)

def getargvalues(frame):
    '''ArgInfo(args, varargs, keywords, locals) of a frame.'''
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    '''A fresh dict of obj's annotations (strings evaluated when eval_str).'''
    if isinstance(obj, type):
        found = _own_dict(obj).get('__annotations__', None)
        if isinstance(found, types.GetSetDescriptorType if hasattr(types, 'GetSetDescriptorType') else ()):
            found = None
    elif isinstance(obj, types.ModuleType) or callable(obj):
        found = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if globals is None:
        target = unwrap(obj) if callable(obj) and not isinstance(obj, type) else obj
        globals = getattr(target, '__globals__', None)
        if globals is None:
            module = sys.modules.get(getattr(obj, '__module__', None), None)
            globals = getattr(module, '__dict__', None)
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


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

    def __new__(cls, description):
        number = len(cls.__members__)
        member = int.__new__(cls, number)
        member._value_ = number
        member.description = description
        return member

    def __str__(self):
        return self.name

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

def formatannotation(annotation, base_module=None):
    '''How a signature shows an annotation.'''
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        home = annotation.__module__
        if home in ('builtins', base_module):
            return annotation.__qualname__
        return home + '.' + annotation.__qualname__
    return repr(annotation)

def formatannotationrelativeto(object):
    '''A formatannotation that leaves out object's own module name.'''
    home = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, home)


class Parameter:
    '''One parameter of a Signature: name, kind, default and annotation.'''

    __slots__ = ('_name', '_kind', '_default', '_annotation')

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
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a ' + type(name).__name__)
        if name[:1] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not ' + kind.description)
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        '''A copy with the given fields changed.'''
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def __str__(self):
        text = self._name
        noted = self._annotation is not _empty
        if noted:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if noted else '=') + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
               (other._name, other._kind, other._default, other._annotation)


class BoundArguments:
    '''The result of Signature.bind: arguments by parameter name.'''

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, p in self._signature.parameters.items():
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
        for name, p in self._signature.parameters.items():
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
        filled = {}
        for name, p in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif p.default is not _empty:
                filled[name] = p.default
            elif p.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif p.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


class Signature:
    '''The parameters and return annotation of a callable.'''

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__:
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
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        '''The Signature of a callable.'''
        return _signature_of(obj, follow=follow_wrapped, sigcls=cls, globals=globals,
                             locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        '''A copy with new parameters and/or return annotation.'''
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        named = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, named, self._return_annotation

    def __hash__(self):
        ordered, named, ret = self._key()
        return hash((ordered, frozenset(named.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, *, partial=False):
        kwargs = dict(kwargs)
        bound = {}
        params = list(self._parameters.values())
        at = 0
        count = len(params)
        # Positional arguments fill parameters left to right.
        for index, value in enumerate(args):
            if at >= count or params[at].kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments') from None
            p = params[at]
            if p.kind == _VAR_POSITIONAL:
                bound[p.name] = tuple(args[index:])
                at += 1
                break
            if p.kind != _POSITIONAL_ONLY and p.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(p.name)) from None
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
                        raise TypeError('{!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(p.name)) from None
                elif p.kind != _VAR_KEYWORD and p.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(p.name)) from None
        catch_all = None
        for p in params[at:]:
            if p.kind == _VAR_KEYWORD:
                catch_all = p
                continue
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.name in kwargs:
                if p.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(p.name))
                bound[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(p.name)) from None
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        '''Map args and kwargs to parameters (TypeError when they do not fit).'''
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        '''Map args and kwargs to parameters, allowing some to stay unbound.'''
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        parts = []
        slash_due = False
        star_needed = True
        for p in self._parameters.values():
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
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    '''The Signature of a callable.'''
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _looks_like_function(obj):
    '''A duck-typed function (e.g. a Cython one): has the attributes signatures need.'''
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    notes = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(notes, dict) or notes is None))

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
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])

def _after_partial(sig, part, leading=()):
    args = leading + tuple(part.args or ())
    keywords = part.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as exc:
        raise ValueError('partial object {!r} has incorrect arguments'.format(part)) from exc
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

# Text signatures of common builtins (pymm's builtins carry none).
_BUILTIN_SIGNATURES = {
    'abs': '(x, /)', 'all': '(iterable, /)', 'any': '(iterable, /)', 'ascii': '(obj, /)',
    'bin': '(number, /)', 'callable': '(obj, /)', 'chr': '(i, /)', 'delattr': '(obj, name, /)',
    'divmod': '(x, y, /)', 'format': '(value, format_spec=\'\', /)', 'hash': '(obj, /)',
    'hex': '(number, /)', 'id': '(obj, /)', 'isinstance': '(obj, class_or_tuple, /)',
    'issubclass': '(cls, class_or_tuple, /)', 'len': '(obj, /)', 'oct': '(number, /)',
    'ord': '(c, /)', 'pow': '(base, exp, mod=None)', 'repr': '(obj, /)',
    'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'input': "(prompt='', /)", 'hasattr': '(obj, name, /)', 'globals': '()', 'locals': '()',
    'aiter': '(async_iterable, /)', 'breakpoint': '(*args, **kws)',
    'compile': "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
    'eval': '(source, globals=None, locals=None, /)', 'exec': '(source, globals=None, locals=None, /, *, closure=None)',
}

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

def _signature_of(obj, *, follow=True, drop_first=True, sigcls=None, globals=None,
                  locals=None, eval_str=False):
    sigcls = Signature if sigcls is None else sigcls
    again = lambda f: _signature_of(f, follow=follow, drop_first=drop_first, sigcls=sigcls,
                                     globals=globals, locals=locals, eval_str=eval_str)
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _without_first(sig) if drop_first else sig
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        given = obj.__signature__
    except AttributeError:
        given = None
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(given))
        return given
    method_partial = getattr(obj, '_partialmethod', None)
    if isinstance(method_partial, getattr(functools, 'partialmethod', ())):
        inner = again(method_partial.func)
        sig = _after_partial(inner, method_partial, (None,))
        first = tuple(inner.parameters.values())[0]
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if isfunction(obj) or _looks_like_function(obj):
        return _from_code(sigcls, obj, globals, locals, eval_str)
    if isinstance(obj, _builtin_kind):
        owner = getattr(obj, '__self__', None)
        text = getattr(obj, '__text_signature__', None)
        if text:
            text = text.replace('($module, ', '(').replace('($self, ', '(').replace('($type, ', '(')
        elif owner is None or ismodule(owner) or owner is __import__('builtins'):
            text = _BUILTIN_SIGNATURES.get(obj.__name__)
        if text:
            return _parse_text_signature(sigcls, text)
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, functools.partial):
        return _after_partial(again(obj.func), obj)
    found = None
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            found = again(call)
        else:
            maker = None
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in _own_dict(base):
                    maker = new
                    break
                if init is not None and '__init__' in _own_dict(base):
                    maker = init
                    break
            if maker is not None:
                found = again(maker)
        if found is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls()
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    else:
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                found = again(call)
            except ValueError as exc:
                raise ValueError('no signature found for {!r}'.format(obj)) from exc
    if found is not None:
        return _without_first(found) if drop_first else found
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


class ClosureVars(namedtuple('ClosureVars', 'nonlocals globals builtins unbound')):
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
