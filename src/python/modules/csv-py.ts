// The `csv` module (with `_csv`'s reader, writer and Dialect): CPython 3.11's state machine
// for reading (quoted fields, doubled quotes, escape characters, QUOTE_NONNUMERIC floats,
// strict mode), the writer's quoting rules and messages, registered dialects, DictReader
// and DictWriter. Written for pymm; the behaviour follows Modules/_csv.c and Lib/csv.py.

/** Source of the csv module, run in the module's namespace. */
export const CSV_PY = String.raw`
'''CSV parsing and writing (reader, writer, DictReader, DictWriter, dialects).'''
__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'DictReader', 'DictWriter',
           'unix_dialect', '__version__', '__doc__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_limit = [128 * 1024]
_registry = {}


class Error(Exception):
    pass


Error.__module__ = '_csv'


def field_size_limit(*args, **kwargs):
    if kwargs:
        raise TypeError('field_size_limit() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


def _one_char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        what = 'string or None' if none_ok else 'string'
        raise TypeError('"%s" must be %s, not %s' % (name, what, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    '''The validated, read-only formatting parameters of a reader or writer.'''
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict')

    def __init__(self, dialect=None, **kwargs):
        def pick(name, default):
            if name in kwargs:
                return kwargs.pop(name), True
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name), True
            return default, False

        # quotechar=None given without quoting= means QUOTE_NONE (a dialect's values do not).
        no_quoting = 'quotechar' in kwargs and kwargs['quotechar'] is None and 'quoting' not in kwargs
        delimiter, _ = pick('delimiter', ',')
        doublequote, _ = pick('doublequote', True)
        escapechar, _ = pick('escapechar', None)
        lineterminator, _ = pick('lineterminator', '\r\n')
        quotechar, _ = pick('quotechar', '"')
        quoting, _ = pick('quoting', QUOTE_MINIMAL)
        skipinitialspace, _ = pick('skipinitialspace', False)
        strict, _ = pick('strict', False)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        # In dialect_new's order: each value's type, then the combinations.
        self._delimiter = _one_char('delimiter', delimiter, False)
        self._doublequote = bool(doublequote)
        self._escapechar = _one_char('escapechar', escapechar, True)
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        self._quotechar = _one_char('quotechar', quotechar, True)
        if not isinstance(quoting, int) or isinstance(quoting, bool):
            raise TypeError('"quoting" must be an integer')
        self._skipinitialspace = bool(skipinitialspace)
        self._strict = bool(strict)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self._quoting = QUOTE_NONE if no_quoting else quoting
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD = range(5)
_ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(5, 9)
_EOL = object()


class _Reader:
    '''Iterates over the records of the lines an iterable gives, as lists of fields.'''

    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _limit[0]:
            raise Error('field larger than field limit (%d)' % _limit[0])
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        eol = c is _EOL
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if eol:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if eol else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if eol:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if newline or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            if eol:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if eol else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if newline:
                pass
            elif eol:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def _is_number(value):
    t = type(value)
    return any(hasattr(t, m) for m in ('__index__', '__int__', '__float__', '__complex__'))


class _Writer:
    '''Formats rows as delimited lines and passes each to the file's write().'''

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field(self, text, quoted, first, out):
        d = self.dialect
        specials = {d.delimiter, d.escapechar, d.quotechar}
        specials.update(d.lineterminator)
        specials.discard(None)
        body = []
        for c in text:
            if c in specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            body.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    body.append(d.escapechar)
            body.append(c)
        if not first:
            out.append(d.delimiter)
        if quoted:
            out.append(d.quotechar)
        out.extend(body)
        if quoted:
            out.append(d.quotechar)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ''
            else:
                text = str(field)
            self._field(text, quoted, count == 0, out)
            count += 1
        if count > 0 and not out:
            # A record of one empty field would read back as no fields: it is quoted.
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out = [d.quotechar, d.quotechar]
        out.append(d.lineterminator)
        return self._write(''.join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    try:
        lines = iter(csvfile)
    except TypeError:
        raise TypeError('argument 1 must be an iterator') from None
    return _Reader(lines, _make_dialect(dialect, fmtparams))


def writer(csvfile, dialect='excel', **fmtparams):
    try:
        write = csvfile.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    return _Writer(write, _make_dialect(dialect, fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _registry[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _registry:
        raise Error('unknown dialect')
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_registry)


class Dialect:
    '''A class whose attributes describe a CSV format; subclasses are checked when made.'''
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # (raised while handling the TypeError, as csv.py does)
            raise Error(str(e))


class excel(Dialect):
    '''The usual properties of an Excel-generated CSV file.'''
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    '''The usual properties of an Excel-generated TAB-delimited file.'''
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    '''The usual properties of a CSV file written on UNIX systems.'''
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    '''Reads rows as dicts keyed by the field names (the first row, unless given).'''

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result


class DictWriter:
    '''Writes dicts as rows, in the order of the field names.'''

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        if self.extrasaction == 'raise':
            extra = rowdict.keys() - self.fieldnames
            if extra:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join(repr(k) for k in extra))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))
`;
