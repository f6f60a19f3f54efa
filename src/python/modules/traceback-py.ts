// The Python half of the traceback module: walking tracebacks and running frames
// (walk_tb, walk_stack), FrameSummary and StackSummary, and the extract_/format_/print_
// functions over them (tb and stack), format_list/print_list and clear_frames, with
// CPython 3.11's results: a traceback entry keeps its instruction's columns and is shown
// with carets, a stack entry has its line only. It runs in the module's namespace, where
// the native part put `_tb_position` (the columns of a traceback entry), `_tb_hidden`
// (frames tracebacks leave out) and `_carets` (the caret line the interpreter prints).
// https://docs.python.org/3.11/library/traceback.html

/** Source of the pure-Python part of traceback, run in the module's namespace. */
export const TRACEBACK_PY = String.raw`
import sys as _sys
import linecache as _linecache

_REPEAT_SHOWN = 3


def walk_tb(tb):
    '''Yields (frame, lineno) for each entry of the traceback tb, oldest call first.'''
    while tb is not None:
        if not _tb_hidden(tb):
            yield (tb.tb_frame, tb.tb_lineno)
        tb = tb.tb_next


def walk_stack(f):
    '''Yields (frame, lineno) from frame f outwards; with None, from the frame that called
    StackSummary.extract (the generator's consumer's consumer's caller, as CPython counts).'''
    if f is None:
        f = _sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_entries(tb):
    # walk_tb with each entry's instruction columns, for carets.
    while tb is not None:
        if not _tb_hidden(tb):
            yield tb.tb_frame, _tb_position(tb)
        tb = tb.tb_next


def _effective_limit(limit):
    # None means sys.tracebacklimit (when set; a negative one shows nothing).
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
        if limit is not None:
            limit = max(limit, 0)
    return limit


class FrameSummary:
    '''One frame of a traceback or stack: file, line number, function name, and the
    source line (read through linecache when first asked for).'''

    __slots__ = ('filename', 'lineno', 'name', 'end_lineno', 'colno',
                 'end_colno', 'locals', '_line')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self.locals = None if not locals else {k: repr(v) for k, v in locals.items()}
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._quad() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return (self._quad()[:3] == other._quad()[:3]) and self.locals == other.locals

    def _quad(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __getitem__(self, pos):
        return self._quad()[pos]

    def __iter__(self):
        return iter(list(self._quad()))

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _linecache.getline(self.filename, self.lineno)
        text = self._line
        return text.strip()


class StackSummary(list):
    '''A list of FrameSummary objects, ready to format.'''

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        '''Summarises (frame, lineno) pairs, as walk_tb and walk_stack yield them.'''
        def lines_only():
            for frame, lineno in frame_gen:
                yield frame, (lineno,) + (None,) * 3
        return klass._summarise(lines_only(), limit, lookup_lines, capture_locals)

    @classmethod
    def _summarise(klass, entries, limit, lookup_lines, capture_locals):
        limit = _effective_limit(limit)
        taken = []
        if limit is None or limit < 0:
            for entry in entries:
                taken.append(entry)
            if limit is not None:
                taken = taken[limit:]
        elif limit > 0:
            for entry in entries:
                taken.append(entry)
                if len(taken) == limit:
                    break
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in taken:
            code = f.f_code
            summary = FrameSummary(code.co_filename, lineno, code.co_name,
                                   lookup_line=False,
                                   locals=f.f_locals if capture_locals else None,
                                   end_lineno=end_lineno, colno=colno,
                                   end_colno=end_colno)
            result.append(summary)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        '''A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples.'''
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                summary = FrameSummary(filename, lineno, name, line=line)
                result.append(summary)
        return result

    def format_frame_summary(self, frame_summary):
        '''The text of one entry: its File line, its source line and carets.'''
        text = '  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += '    %s\n' % frame_summary.line
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                text += _carets(frame_summary._original_line, frame_summary.lineno,
                                frame_summary.end_lineno, frame_summary.colno,
                                frame_summary.end_colno)
        if frame_summary.locals:
            for name in sorted(frame_summary.locals):
                text += '    %s = %s\n' % (name, frame_summary.locals[name])
        return text

    def format(self):
        '''The entries' texts, a run of more than three identical ones shortened.'''
        out = []
        previous = None
        count = 0
        for summary in self:
            key = (summary.filename, summary.lineno, summary.name)
            if key == previous:
                count += 1
            else:
                if count > _REPEAT_SHOWN:
                    extra = count - _REPEAT_SHOWN
                    out.append('  [Previous line repeated %d more time%s]\n'
                               % (extra, 's' if extra > 1 else ''))
                previous = key
                count = 1
            if count > _REPEAT_SHOWN:
                continue
            out.append(self.format_frame_summary(summary))
        if count > _REPEAT_SHOWN:
            extra = count - _REPEAT_SHOWN
            out.append('  [Previous line repeated %d more time%s]\n'
                       % (extra, 's' if extra > 1 else ''))
        return out


def extract_tb(tb, limit=None):
    '''The StackSummary of traceback tb (at most limit entries, oldest first).'''
    return StackSummary._summarise(_tb_entries(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    '''The StackSummary of the running frames from f (the caller when None), oldest first.'''
    if f is None:
        f = _sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    '''The text of each entry of a StackSummary or a list of 4-tuples.'''
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def format_tb(tb, limit=None):
    '''format_list(extract_tb(tb, limit)).'''
    return extract_tb(tb, limit).format()


def format_stack(f=None, limit=None):
    '''format_list(extract_stack(f, limit)).'''
    if f is None:
        f = _sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def print_list(extracted_list, file=None):
    '''Writes format_list's text to file (sys.stderr by default).'''
    if file is None:
        file = _sys.stderr
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end='')


def print_tb(tb, limit=None, file=None):
    '''Writes the entries of traceback tb to file (sys.stderr by default).'''
    print_list(extract_tb(tb, limit), file)


def print_stack(f=None, limit=None, file=None):
    '''Writes the running frames from f (the caller when None) to file.'''
    if f is None:
        f = _sys._getframe().f_back
    print_list(extract_stack(f, limit), file)


def _text_of(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


class TracebackException:
    '''An exception captured for formatting later: its type, text, stack and chain.'''

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary._summarise(_tb_entries(exc_traceback), limit, lookup_lines,
                                             capture_locals)
        self._str = _text_of(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        chained = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=seen)

        def wrap(other):
            if other is None or id(other) in seen:
                return None
            return TracebackException(type(other), other, other.__traceback__, **chained)

        self.__cause__ = wrap(getattr(exc_value, '__cause__', None))
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))
        context = getattr(exc_value, '__context__', None)
        self.__context__ = None if compact and (self.__cause__ is not None or self.__suppress_context__) else wrap(context)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [wrap(e) for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        '''The TracebackException of exception exc (its own type and traceback).'''
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        '''The lines of the exception's type and message (and notes).'''
        if self.exc_type is None:
            yield from format_exception_only(None)
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True, _ctx=None):
        '''The lines of the whole report, as the interpreter prints it.'''
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception(self.exc_type, self._value, self._tb, limit=self._limit,
                                    chain=chain)

    def print(self, *, file=None, chain=True):
        '''Writes format()'s lines to file (sys.stderr by default).'''
        if file is None:
            file = _sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def clear_frames(tb):
    '''Clears the locals of every frame of traceback tb (a running frame is left alone).'''
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next
`;
