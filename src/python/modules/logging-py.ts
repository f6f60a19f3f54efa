// The `logging` module: loggers in a dotted hierarchy, levels, handlers writing to streams,
// formatters in the three styles, filters, basicConfig and the module-level shortcuts, with
// CPython 3.11's behaviour and output. pymm's own code; no file handlers (no file access),
// no logging.handlers / logging.config, one thread.

/** Source of the logging module, run in the module's namespace. */
export const LOGGING_PY = String.raw`
'''Event logging: getLogger(name).info(...), handlers, formatters, filters, basicConfig().'''
import io
import re
import sys
import time
import traceback

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'Filter', 'Formatter', 'Handler',
           'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler',
           'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log',
           'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLogRecordFactory',
           'setLogRecordFactory', 'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'FileHandler']

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0
BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
raiseExceptions = True
logThreads = logProcesses = logMultiprocessing = True
_startTime = time.time()
_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    '''A copy of the level names and their numbers.'''
    return dict(_nameToLevel)


def getLevelName(level):
    '''The name of a level number, the number of a level name, or 'Level N'.'''
    found = _levelToName.get(level)
    if found is None:
        found = _nameToLevel.get(level)
    return found if found is not None else f'Level {level}'


def addLevelName(level, levelName):
    '''Gives level number 'level' the name 'levelName' (both ways).'''
    _levelToName.update({level: levelName})
    _nameToLevel.update({levelName: level})


def _level_of(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError(f'Unknown level: {level!r}')
        return _nameToLevel[level]
    raise TypeError(f'Level not an integer or a valid string: {level!r}')


def _is_internal(frame):
    # Frames of this module (and of pymm's frozen helpers it calls) are skipped by findCaller.
    name = frame.f_code.co_filename
    return name == _SOURCE_FILE or name.startswith('<frozen ')


_SOURCE_FILE = sys._getframe(0).f_code.co_filename


class LogRecord:
    '''One logged event: who logged what, where and when.'''

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        created = time.time()
        self.name = name
        self.msg = msg
        # A lone mapping argument is the mapping for %(key)s (logger.info('%(a)s', {'a': 1})).
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        base = pathname.replace('\\', '/').rsplit('/', 1)[-1]
        self.filename = base
        self.module = base.rsplit('.', 1)[0] if '.' in base else base
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = float(int((created - int(created)) * 1000))
        self.relativeCreated = (created - _startTime) * 1000
        self.thread = 1
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 1

    def __repr__(self):
        return f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, {self.lineno}, "{self.msg}">'

    def getMessage(self):
        '''The message: msg with args merged in by %.'''
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_recordFactory = LogRecord


def setLogRecordFactory(factory):
    '''Makes 'factory' build the records loggers make.'''
    global _recordFactory
    _recordFactory = factory


def getLogRecordFactory():
    '''The callable that builds records.'''
    return _recordFactory


def makeLogRecord(dict):
    '''A record whose attributes are the items of 'dict'.'''
    record = _recordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# How each style fills a format from a record's attributes.
_RENDER = {
    '%': lambda fmt, values: fmt % values,
    '{': lambda fmt, values: fmt.format_map(values),
    '$': lambda fmt, values: __import__('string').Template(fmt).substitute(values),
}
_PERCENT_FIELD = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
_BRACE_FIELD = re.compile(r'\{[^{}]+\}')
_DOLLAR_FIELD = re.compile(r'\$(\w+|\{\w+\})')


class Formatter:
    '''Turns a record into text by a format in '%', '{' or '$' style.'''
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'
    converter = staticmethod(time.localtime)

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in ('%', '{', '$'):
            raise ValueError('Style must be one of: %s' % ','.join(('%', '{', '$')))
        self._style = style
        self._fmt = fmt or {'%': '%(message)s', '{': '{message}', '$': '$' '{message}'}[style]
        self._defaults = defaults
        if validate:
            pattern = {'%': _PERCENT_FIELD, '{': _BRACE_FIELD, '$': _DOLLAR_FIELD}[style]
            if not pattern.search(self._fmt):
                raise ValueError(f"Invalid format '{self._fmt}' for '{style}' style")
        self.datefmt = datefmt

    def usesTime(self):
        '''True if the format shows asctime.'''
        probe = {'%': '%(asctime)', '{': '{asctime', '$': 'asctime'}[self._style]
        return probe in self._fmt

    def formatTime(self, record, datefmt=None):
        '''record.created as text: by datefmt, else '2024-01-02 03:04:05,678'.'''
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        '''The traceback text of exc_info 'ei', without a final newline.'''
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        return text[:-1] if text.endswith('\n') else text

    def formatStack(self, stack_info):
        '''The stack text as it stands.'''
        return stack_info

    def formatMessage(self, record):
        '''The format filled in from the record's attributes.'''
        values = dict(self._defaults or {}, **record.__dict__)
        try:
            return _RENDER[self._style](self._fmt, values)
        except KeyError as e:
            if self._style != '%':
                raise
            raise ValueError(f'Formatting field not found in record: {e}')

    def format(self, record):
        '''The record's full text: the formatted message, then any traceback and stack.'''
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = (text if text.endswith('\n') else text + '\n') + record.exc_text
        if record.stack_info:
            text = (text if text.endswith('\n') else text + '\n') + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


def _add_once(items, item):
    # Filters and handlers are lists without repeats.
    if item not in items:
        items.append(item)


def _discard(items, item):
    if item in items:
        items.remove(item)


class Filter:
    '''Passes records of the logger 'name' and its descendants (all records if name is empty).'''

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer:
    '''Something with a list of filters that all must pass a record.'''

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        _add_once(self.filters, filter)

    def removeFilter(self, filter):
        _discard(self.filters, filter)

    def filter(self, record):
        for f in self.filters:
            verdict = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not verdict:
                return False
        return True


_handlers = []


class Handler(Filterer):
    '''Sends records somewhere (emit) once they pass its level and filters.'''

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_of(level)
        self.formatter = None
        self._closed = False
        _handlers.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _level_of(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self in _handlers:
            _handlers.remove(self)

    def handleError(self, record):
        '''Reports an exception raised while emitting, on sys.stderr (if raiseExceptions).'''
        if not raiseExceptions or sys.stderr is None:
            return
        kind, value, tb = sys.exc_info()
        sys.stderr.write('--- Logging error ---\n')
        traceback.print_exception(kind, value, tb, None, sys.stderr)
        frame = sys._getframe(0)
        while frame is not None and _is_internal(frame):
            frame = frame.f_back
        if frame is not None:
            sys.stderr.write('Call stack:\n')
            traceback.print_stack(frame, file=sys.stderr)
        sys.stderr.write(f'Message: {record.msg!r}\nArguments: {record.args}\n')

    def __repr__(self):
        return f'<{type(self).__name__} ({getLevelName(self.level)})>'


class StreamHandler(Handler):
    '''Writes each formatted record and a newline to a stream (sys.stderr by default).'''
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        if self.stream is not None and hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        '''Writes to 'stream' from now on; returns the previous stream (None if unchanged).'''
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return f'<{type(self).__name__} {name}({getLevelName(self.level)})>'


class FileHandler(StreamHandler):
    '''A handler writing to a file (of the run's in-memory file system), opened at once or,
    with delay, at the first record.'''

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import os
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode, self.encoding, self.errors, self.delay = mode, encoding, errors, delay
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        # A delayed handler opens its file now (not again after close() in mode 'w').
        if self.stream is None:
            if self.mode == 'w' and getattr(self, '_closed', False):
                return
            opened = self._open()
            self.stream = opened
        StreamHandler.emit(self, record)

    def close(self):
        stream, self.stream = self.stream, None
        self._closed = True
        if stream is not None:
            try:
                stream.flush()
            finally:
                stream.close()
        StreamHandler.close(self)

    def __repr__(self):
        return f'<{type(self).__name__} {self.baseFilename} ({getLevelName(self.level)})>'


class NullHandler(Handler):
    '''A handler that does nothing (for libraries that leave output to the application).'''

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    # The handler of last resort: sys.stderr as it is when a record comes.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class Manager:
    '''The loggers by name; each one's parent is the logger of its longest dotted prefix.'''

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.loggerDict = {}
        self.loggerClass = None

    def getLogger(self, name):
        if type(name) is not str and not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None:
            return existing
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        # The new logger may sit between existing ones: every logger under it re-links.
        for each in self.loggerDict.values():
            if each is made or each.name.startswith(name + '.'):
                each.parent = self._nearest_ancestor(each.name)
        return made

    def _nearest_ancestor(self, name):
        while '.' in name:
            name = name.rpartition('.')[0]
            found = self.loggerDict.get(name)
            if found is not None:
                return found
        return self.root

    def _clear_cache(self):
        self.root._cache.clear()
        for each in self.loggerDict.values():
            each._cache.clear()


def _exc_triple(info):
    # exc_info=True means the exception being handled; an exception instance means that one.
    if isinstance(info, tuple):
        return info
    if isinstance(info, BaseException):
        return type(info), info, info.__traceback__
    return sys.exc_info()


class Logger(Filterer):
    '''A named channel for log records; its records go to its handlers and its ancestors'.'''

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_of(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _level_of(level)
        self.manager._clear_cache()

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            _log_if_enabled(self, level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError('level must be an integer')

    def findCaller(self, stack_info=False, stacklevel=1):
        '''(filename, lineno, function name, stack text or None) of the code that logged.'''
        frame = sys._getframe(1)
        while frame is not None and _is_internal(frame):
            frame = frame.f_back
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        sinfo = None
        if stack_info:
            text = ''.join(traceback.format_stack(frame))
            sinfo = 'Stack (most recent call last):\n' + text.rstrip('\n')
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        '''A record from these fields, with 'extra''s items as attributes.'''
        record = _recordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError(f'Attempt to overwrite {key!r} in LogRecord')
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        path, line, function, stack = self.findCaller(stack_info, stacklevel)
        exc_info = _exc_triple(exc_info) if exc_info else exc_info
        self.handle(self.makeRecord(self.name, level, path, line, msg, args, exc_info, function, extra, stack))

    def handle(self, record):
        '''Passes the record to the handlers unless this logger is disabled or filters it out.'''
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        _add_once(self.handlers, hdlr)

    def removeHandler(self, hdlr):
        _discard(self.handlers, hdlr)

    def hasHandlers(self):
        '''True if this logger or an ancestor it propagates to has a handler.'''
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        '''Gives the record to each handler up the tree whose level it reaches.'''
        chain = []
        logger = self
        while logger is not None:
            chain += logger.handlers
            logger = logger.parent if logger.propagate else None
        # No handler anywhere up the tree: the last resort (stderr, WARNING and up).
        if not chain and lastResort is not None:
            chain.append(lastResort)
        for handler in chain:
            if handler.level <= record.levelno:
                handler.handle(record)

    def getEffectiveLevel(self):
        '''The level of this logger or of its nearest ancestor that has one.'''
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        '''True if a record of 'level' from this logger would be handled.'''
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            known = self._cache[level] = (self.manager.disable < level
                                          and level >= self.getEffectiveLevel())
        return known

    def getChild(self, suffix):
        '''The logger named '<this name>.<suffix>'.'''
        name = suffix if self.root is self else f'{self.name}.{suffix}'
        return self.manager.getLogger(name)

    def __repr__(self):
        return f'<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>'

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    '''The logger at the top of the tree, named 'root'.'''

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def setLoggerClass(klass):
    '''Makes getLogger() create instances of 'klass' (a Logger subclass).'''
    global _loggerClass
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    '''The class getLogger() creates.'''
    return _loggerClass


class LoggerAdapter:
    '''A logger with contextual 'extra' attributes added to each record.'''

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return f'<{type(self).__name__} {self.logger.name} ({getLevelName(self.logger.getEffectiveLevel())})>'


def _forwarder(name):
    # An adapter asks its logger (isEnabledFor, setLevel, getEffectiveLevel, hasHandlers).
    def forward(self, *args):
        return getattr(self.logger, name)(*args)
    return _named(forward, name, 'LoggerAdapter')


def _named(function, name, owner=None):
    function.__name__ = name
    function.__qualname__ = f'{owner}.{name}' if owner else name
    return function


for _name in ('isEnabledFor', 'setLevel', 'getEffectiveLevel', 'hasHandlers'):
    setattr(LoggerAdapter, _name, _forwarder(_name))
del _name

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# The per-level methods, made from one table: Logger's check the level and log; an
# adapter's go through its log(); the module's log on the root logger, configuring it
# first if it has no handler.
_LEVEL_METHODS = (('debug', DEBUG), ('info', INFO), ('warning', WARNING), ('error', ERROR),
                  ('critical', CRITICAL))


def _log_if_enabled(logger, level, msg, args, kwargs):
    if logger.isEnabledFor(level):
        logger._log(level, msg, args, **kwargs)


def _logger_method(level):
    def method(self, msg, *args, **kwargs):
        _log_if_enabled(self, level, msg, args, kwargs)
    return method


def _adapter_method(level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    return method


def _root_function(level):
    def function(msg, *args, **kwargs):
        _configured().log(level, msg, *args, **kwargs)
    return function


for _name, _level in _LEVEL_METHODS:
    setattr(Logger, _name, _named(_logger_method(_level), _name, 'Logger'))
    setattr(LoggerAdapter, _name, _named(_adapter_method(_level), _name, 'LoggerAdapter'))
    globals()[_name] = _named(_root_function(_level), _name)
del _name, _level
Logger.fatal = Logger.critical
fatal = critical


def _exception(self, msg, *args, exc_info=True, **kwargs):
    # logger.exception(...): an ERROR record with the exception being handled.
    self.error(msg, *args, exc_info=exc_info, **kwargs)


def _deprecated_warn(self, msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
    self.warning(msg, *args, **kwargs)


Logger.exception = _named(_exception, 'exception', 'Logger')
LoggerAdapter.exception = _named(_exception, 'exception', 'LoggerAdapter')
Logger.warn = _named(_deprecated_warn, 'warn', 'Logger')


def exception(msg, *args, exc_info=True, **kwargs):
    '''Logs on the root logger at ERROR with the exception being handled.'''
    _configured().error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    _configured().warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    '''Logs on the root logger at level.'''
    _configured().log(level, msg, *args, **kwargs)




def getLogger(name=None):
    '''The logger of 'name' (made on first use), or the root logger.'''
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


_BASIC_OPTIONS = ('datefmt', 'encoding', 'errors', 'filemode', 'filename', 'force', 'format',
                  'handlers', 'level', 'stream', 'style')
_STYLE_DEFAULTS = {'%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}',
                   '$': '$' '{levelname}:$' '{name}:$' '{message}'}


def basicConfig(**kwargs):
    '''Gives the root logger a stream handler and a format, unless it has handlers already
    (force=True replaces them).'''
    options = dict.fromkeys(_BASIC_OPTIONS)
    options.update(kwargs)
    if options['force']:
        while root.handlers:
            old = root.handlers[0]
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    given = set(kwargs)
    if options['handlers'] is not None and given & {'stream', 'filename'}:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if {'stream', 'filename'} <= given:
        raise ValueError("'stream' and 'filename' should not be specified together")
    handlers = options['handlers']
    if handlers is None:
        if options['filename']:
            handlers = [FileHandler(options['filename'], options['filemode'] or 'a',
                                    encoding=options.get('encoding'), errors=options.get('errors'))]
        else:
            handlers = [StreamHandler(options['stream'])]
    style = options['style'] or '%'
    if style not in _STYLE_DEFAULTS:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLE_DEFAULTS))
    shared = Formatter(options['format'] or _STYLE_DEFAULTS[style], options['datefmt'], style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(shared)
        root.addHandler(handler)
    if options['level'] is not None:
        root.setLevel(options['level'])
    unknown = [key for key in kwargs if key not in _BASIC_OPTIONS]
    if unknown:
        raise ValueError('Unrecognised argument(s): ' + ', '.join(unknown))


def _configured():
    if not root.handlers:
        basicConfig()
    return root


def disable(level=CRITICAL):
    '''Drops every record at 'level' or below, whatever the loggers' levels.'''
    manager = Logger.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=None):
    '''Flushes and closes every handler.'''
    for h in reversed(list(_handlers if handlerList is None else handlerList)):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass


def captureWarnings(capture):
    '''(pymm: warnings are not routed to logging.)'''
`;
