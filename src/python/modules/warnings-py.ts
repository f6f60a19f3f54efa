// The warnings module in Python: warn and warn_explicit with the filters (the default ones, filterwarnings, simplefilter, resetwarnings), per-location registries, showwarning/formatwarning hooks and catch_warnings, following the behaviour of CPython 3.11's module and its C accelerator _warnings.

/** Python source of the `warnings` module, run in the module's namespace. */
export const WARNINGS_PY = String.raw`"""Warning control: warn and warn_explicit, the filters that decide what becomes of a
warning, showwarning and formatwarning, and catch_warnings."""

import sys

__all__ = [
    'warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
    'simplefilter', 'resetwarnings', 'catch_warnings',
]

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# Each filter is (action, message regex or None, category, module regex or None, lineno);
# the first that matches a warning decides its action. Registries ({key: True}) remember
# which warnings were shown; they are emptied whenever the filters change (the version).
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# -- showing ------------------------------------------------------------------------------

class WarningMessage(object):
    """One warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _format_record(w):
    """The text a warning is shown as: 'file:line: Category: message' and its source line."""
    kind = w.category.__name__
    text = '%s:%s: %s: %s\n' % (w.filename, w.lineno, kind, w.message)
    line = _source_line(w.filename, w.lineno) if w.line is None else w.line
    if line:
        text += '  ' + line.strip() + '\n'
    if w.source is not None:
        text += _allocation_note(w.source, kind)
    return text


def _allocation_note(source, kind):
    """Where the object a ResourceWarning is about was allocated, if tracemalloc knows."""
    if sys.is_finalizing():
        return ''  # CPython can no longer import tracemalloc then
    try:
        import tracemalloc
        tracing = tracemalloc.is_tracing()
        try:
            tb = tracemalloc.get_object_traceback(source)
        except Exception:
            tb = None
    except Exception:
        tracing, tb = True, None
    if tb is None:
        return '' if tracing else kind + ': Enable tracemalloc to get the object allocation traceback\n'
    out = ['Object allocated at (most recent call last):\n']
    for frame in tb:
        out.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        line = _source_line(frame.filename, frame.lineno)
        if line:
            out.append('    ' + line.strip() + '\n')
    return ''.join(out)


def _showwarnmsg_impl(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return
    rendered = _formatwarnmsg(msg)
    try:
        stream.write(rendered)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    return _format_record(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default); may be replaced by the program."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning; may be replaced by the program."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Shows msg through showwarning if the program replaced it, else directly."""
    hook = globals().get('showwarning', _showwarning_orig)
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    hook = globals().get('formatwarning', _formatwarning_orig)
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# -- the filters ------------------------------------------------------------------------

def _check_action(action):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'


def _insert(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: warnings whose text starts with the regex message (any case), of
    category, from a module whose name matches the regex module, at lineno (0: any)."""
    _check_action(action)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    _check_lineno(lineno)
    if message or module:
        import re
    text_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _insert((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of category (at lineno, 0: any)."""
    _check_action(action)
    _check_lineno(lineno)
    _insert((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter."""
    del filters[:]
    _filters_mutated()


# -- issuing ------------------------------------------------------------------------------

def _matches(pattern, value):
    # A filter's field: None matches anything, a str only itself, else a compiled regex.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == value
    return bool(pattern.match(value))


def _action_for(text, category, module, lineno):
    """(action, filter) for a warning: the first matching filter's, else defaultaction's."""
    if not isinstance(filters, list):
        raise ValueError('_warnings.filters must be a list')
    for i, entry in enumerate(filters):
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, text_re, cat, module_re, line = entry
        if (_matches(text_re, text) and issubclass(category, cat)
                and _matches(module_re, module) and (line == 0 or line == lineno)):
            return action, entry
    return defaultaction, None


def _caller(stacklevel):
    """The frame stacklevel - 1 calls above warn()'s caller (its caller when stacklevel is 1
    or less), or None when the stack is not that deep."""
    try:
        return sys._getframe(max(stacklevel, 1) + 1)
    except ValueError:
        return None


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (a str with a category, UserWarning by default, or a Warning
    instance) attributed to the code stacklevel frames up from the caller."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    frame = _caller(stacklevel)
    if frame is None:
        where, filename, lineno = sys.__dict__, 'sys', 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    del frame
    module = where['__name__'] if '__name__' in where else '<string>'
    registry = where.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, where, source)


def _warn_unawaited_coroutine(coro):
    """The RuntimeWarning of a coroutine object freed before it ever ran."""
    warn(f"coroutine '{coro.__qualname__}' was never awaited", RuntimeWarning, 2, coro)


def _already(book, key, mark):
    """Whether book (a registry) has key, after emptying it if the filters changed since it
    was filled; with mark, key is added when absent."""
    version = book.get('version')
    if type(version) is not int or version != _filters_version:
        book.clear()
        book['version'] = _filters_version
    elif book.get(key):
        return True
    if mark:
        book[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning attributed to filename:lineno in module, remembered in registry."""
    lineno = int(lineno)
    if module is None:
        if not filename:
            module = '<unknown>'
        else:
            module = filename[:-3] if filename.endswith('.py') else filename
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    here = (text, category, lineno)
    if registry is not None and _already(registry, here, False):
        return
    action, entry = _action_for(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        # Shown once per location ('default'), per module ('module': the registry also
        # gets (text, category)), or per program ('once', the same in onceregistry when
        # there is no registry).
        if registry is not None:
            registry[here] = True
        if action == 'once':
            book = onceregistry if registry is None else registry
            if _already(book, (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already(registry, (text, category), True):
                return
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r'
                               % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# -- catch_warnings -----------------------------------------------------------------------

class catch_warnings(object):
    """A context manager that saves the filters and showwarning on entry and restores them
    on exit; with record=True it collects the warnings (WarningMessage objects) in the list
    it returns instead of showing them. action (with category, lineno, append) adds a
    simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules['warnings']:
            shown.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl
`;
