// The `inspect` module, part one: predicates on objects, getmembers, docstrings, frames and
// stacks, argument specs and source lookup through linecache, following the behaviour of
// CPython 3.11's module. Signatures are part two (inspect-signature-py.ts), run after this
// one in the same namespace.

/** Source of the inspect module's first part, run in the module's namespace. */
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
`;
