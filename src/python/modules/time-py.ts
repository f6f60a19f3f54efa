// The `time` module's calendar part: struct_time, gmtime, localtime, mktime, strftime,
// asctime and ctime, in Python over two natives of time.ts (_civil: the broken-down time of
// a timestamp, UTC or local; _mktime: the timestamp of a local broken-down time).
// strftime follows glibc's C-locale output for each directive.

/** Source of the Python part of the time module, run in its namespace after the natives. */
export const TIME_PY = String.raw`
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')


class _member:
    # A structseq field: a read-only member descriptor. The first 9 are the tuple's items;
    # tm_zone and tm_gmtoff are hidden fields (CPython keeps them past the tuple's size).
    __slots__ = ('i', 'name')

    def __init__(self, i, name):
        self.i = i
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self.i < 9:
            return tuple.__getitem__(obj, self.i)
        return obj._hidden[self.i - 9]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return "<member '%s' of 'time.struct_time' objects>" % self.name


_member.__name__ = _member.__qualname__ = 'member_descriptor'


class struct_time(tuple):
    '''The broken-down time: a 9-tuple with named fields, plus tm_zone and tm_gmtoff.'''
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        # structseq_new: 9 to 11 items; the hidden fields missing from the sequence come
        # from the dict (by name), else None.
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        if len(items) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)')
        if len(items) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)')
        hidden = list(items[9:])
        for name in ('tm_zone', 'tm_gmtoff')[len(hidden):]:
            hidden.append(None if dict is None else dict.get(name))
        made = tuple.__new__(cls, items[:9])
        made._hidden = tuple(hidden)
        return made

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._hidden[0], 'tm_gmtoff': self._hidden[1]}))


for _index, _name in enumerate(_FIELDS + ('tm_zone', 'tm_gmtoff')):
    setattr(struct_time, _name, _member(_index, _name))
struct_time.__module__ = 'time'
del _index, _name


def _seconds(secs, name):
    if secs is None:
        return time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return secs
    if not isinstance(secs, int):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return secs


def gmtime(secs=None, /):
    '''The UTC broken-down time of a timestamp (now by default).'''
    return struct_time(_civil(_seconds(secs, 'gmtime'), False))


def localtime(secs=None, /):
    '''The local broken-down time of a timestamp (now by default).'''
    return struct_time(_civil(_seconds(secs, 'localtime'), True))


def _as_struct(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f'{name}(): illegal time tuple argument')
    return t if isinstance(t, struct_time) else struct_time(t)


def mktime(t, /):
    '''The timestamp of a local broken-down time.'''
    t = _as_struct(t, 'mktime')
    return float(_mktime(tuple(t)[:6] + (t[8],)))


def asctime(t=None, /):
    ''''Sun Sep  9 01:46:40 2001' for a broken-down time (now by default).'''
    t = _as_struct(t, 'asctime')
    return f'{_DAYS[t[6]][:3]} {_MONTHS[t[1] - 1][:3]} {t[2]:2d} {t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}'


def ctime(secs=None, /):
    '''asctime(localtime(secs)).'''
    return asctime(localtime(secs))


def _year_days(year):
    return 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365


def _iso_week(t):
    # (ISO year, ISO week): the week (Monday first) is numbered by the year of its Thursday.
    year = t[0]
    thursday = t[7] + 3 - t[6]
    if thursday < 1:
        year -= 1
        thursday += _year_days(year)
    elif thursday > _year_days(year):
        thursday -= _year_days(year)
        year += 1
    return year, (thursday - 1) // 7 + 1


def _directive(ch, t):
    year, mon, mday, hour, minute, sec, wday, yday = t[:8]
    if ch == 'a':
        return _DAYS[wday][:3]
    if ch == 'A':
        return _DAYS[wday]
    if ch in 'bh':
        return _MONTHS[mon - 1][:3]
    if ch == 'B':
        return _MONTHS[mon - 1]
    if ch == 'c':
        return asctime(t)
    if ch == 'C':
        return f'{year // 100:02d}'
    if ch == 'd':
        return f'{mday:02d}'
    if ch in 'Dx':
        return f'{mon:02d}/{mday:02d}/{year % 100:02d}'
    if ch == 'e':
        return f'{mday:2d}'
    if ch == 'F':
        return f'{year}-{mon:02d}-{mday:02d}'
    if ch == 'H':
        return f'{hour:02d}'
    if ch == 'I':
        return f'{(hour + 11) % 12 + 1:02d}'
    if ch == 'j':
        return f'{yday:03d}'
    if ch == 'k':
        return f'{hour:2d}'
    if ch == 'l':
        return f'{(hour + 11) % 12 + 1:2d}'
    if ch == 'm':
        return f'{mon:02d}'
    if ch == 'M':
        return f'{minute:02d}'
    if ch == 'n':
        return '\n'
    if ch == 'p':
        return 'AM' if hour < 12 else 'PM'
    if ch == 'P':
        return 'am' if hour < 12 else 'pm'
    if ch == 'r':
        return f"{(hour + 11) % 12 + 1:02d}:{minute:02d}:{sec:02d} {'AM' if hour < 12 else 'PM'}"
    if ch == 'R':
        return f'{hour:02d}:{minute:02d}'
    if ch == 's':
        return str(int(mktime(t)))
    if ch == 'S':
        return f'{sec:02d}'
    if ch == 't':
        return '\t'
    if ch in 'TX':
        return f'{hour:02d}:{minute:02d}:{sec:02d}'
    if ch == 'u':
        return str(wday + 1)
    if ch == 'w':
        return str((wday + 1) % 7)
    if ch == 'U':
        return f'{(yday + 6 - (wday + 1) % 7) // 7:02d}'
    if ch == 'W':
        return f'{(yday + 6 - wday) // 7:02d}'
    if ch in 'GgV':
        iso_year, week = _iso_week(t)
        if ch == 'G':
            return str(iso_year)
        if ch == 'g':
            return f'{iso_year % 100:02d}'
        return f'{week:02d}'
    if ch == 'y':
        return f'{year % 100:02d}'
    if ch == 'Y':
        return str(year)
    if ch == 'z':
        offset = t.tm_gmtoff if isinstance(t, struct_time) and t.tm_gmtoff is not None else _civil(mktime(t), True)[10]
        sign = '-' if offset < 0 else '+'
        offset = abs(offset) // 60
        return f'{sign}{offset // 60:02d}{offset % 60:02d}'
    if ch == 'Z':
        zone = t.tm_zone if isinstance(t, struct_time) else None
        return zone if zone is not None else tzname[t[8] > 0]
    if ch == '%':
        return '%'
    return None


def strptime(data_string, format='%a %b %d %H:%M:%S %Y', /):
    '''The broken-down time data_string gives read by format (tm_isdst -1).'''
    from datetime import datetime
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg)}')
    d = datetime.strptime(data_string, format)
    off = d.utcoffset()
    yday = d.toordinal() - datetime(d.year, 1, 1).toordinal() + 1
    fields = (d.year, d.month, d.day, d.hour, d.minute, d.second, d.weekday(), yday, -1)
    return struct_time(fields + (None, None if off is None else off.days * 86400 + off.seconds))


def strftime(format, t=None, /):
    '''format with its %-directives replaced by fields of t (local time now by default).'''
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    t = _as_struct(t, 'strftime')
    if not 1 <= t[1] <= 12:
        raise ValueError('month out of range')
    if not 1 <= t[2] <= 31:
        raise ValueError('day of month out of range')
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch != '%' or i + 1 >= len(format):
            out.append(ch)
            i += 1
            continue
        j = i + 1
        width = ''
        while j < len(format) and format[j].isdigit():
            width += format[j]
            j += 1
        if j >= len(format):
            out.append(format[i:])
            break
        text = _directive(format[j], t)
        if text is None:
            out.append(format[i:j + 1])
        else:
            if width:
                pad = '0' if format[j] in 'CdGgHIjmMSUVWyYz' or text.isdigit() else ' '
                text = text.rjust(int(width), pad)
            out.append(text)
        i = j + 1
    return ''.join(out)


_CLOCKS = {
    'time': ('REALTIME', False, True),
    'monotonic': ('MONOTONIC', True, False),
    'perf_counter': ('MONOTONIC', True, False),
    'process_time': ('PROCESS_CPUTIME_ID', True, False),
    'thread_time': ('THREAD_CPUTIME_ID', True, False),
}


def get_clock_info(name, /):
    '''How the named clock is read: implementation, monotonic, adjustable, resolution.'''
    try:
        clock, monotonic, adjustable = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError('unknown clock') from None
    from types import SimpleNamespace
    return SimpleNamespace(implementation=f'clock_gettime(CLOCK_{clock})', monotonic=monotonic,
                           adjustable=adjustable, resolution=1e-09)


def tzset():
    '''Re-reads the TZ environment variable (the zone stays UTC here).'''


# The tp_names of CPython's C types (messages show 'time.struct_time').
for _cls in (struct_time,):
    _set_tp_name(_cls, 'time.' + _cls.__name__)
del _cls, _set_tp_name
`;
