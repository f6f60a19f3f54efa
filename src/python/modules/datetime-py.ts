// The `datetime` module: timedelta, date, time, datetime, tzinfo and fixed-offset timezone,
// with CPython 3.11's arithmetic, validation, reprs and ISO formats, written for pymm in
// Python. Day numbers come from a proleptic-Gregorian civil/day conversion (days relative
// to 1970-01-01, 400-year eras); strftime goes through time.strftime.

/** Source of the datetime module, run in the module's namespace. */
export const DATETIME_PY = String.raw`
'''Dates and times: date, time, datetime, timedelta, tzinfo, timezone.'''
import time as _time
from fractions import Fraction as _Fraction

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
_DAY_US = 86400 * 1000000
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    return 29 if month == 2 and _leap(year) else _MONTH_DAYS[month - 1]


def _days_from_civil(y, m, d):
    # Days from 1970-01-01 to y-m-d (eras of 400 years starting on March 1st).
    if m <= 2:
        y -= 1
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _civil_from_days(days):
    # (year, month, day) of the day 'days' after 1970-01-01.
    z = days + 719468
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted = (5 * day_of_year + 2) // 153
    d = day_of_year - (153 * shifted + 2) // 5 + 1
    m = shifted + 3 if shifted < 10 else shifted - 9
    return year_of_era + era * 400 + (m <= 2), m, d


def _ordinal(y, m, d):
    return _days_from_civil(y, m, d) + _EPOCH_ORDINAL


def _index(value):
    if isinstance(value, int):
        return value
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return hook(value)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    for value, top, name in ((hour, 23, 'hour'), (minute, 59, 'minute'), (second, 59, 'second'),
                             (microsecond, 999999, 'microsecond')):
        if not 0 <= value <= top:
            raise ValueError(f'{name} must be in 0..{top}')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _clock(hour, minute, second, microsecond, timespec='auto'):
    # 'HH:MM:SS[.ffffff]' cut to timespec.
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return f'{hour:02d}'
    if timespec == 'minutes':
        return f'{hour:02d}:{minute:02d}'
    if timespec == 'seconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}'
    if timespec == 'milliseconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}'
    if timespec == 'microseconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}'
    raise ValueError('Unknown timespec value')


def _offset_text(offset, sep=':'):
    # '+HH:MM[:SS[.ffffff]]' of a UTC offset (a timedelta), or '' for None.
    if offset is None:
        return ''
    sign = '-' if offset.days < 0 else '+'
    offset = -offset if offset.days < 0 else offset
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f'{sign}{hours + 24 * offset.days:02d}{sep}{minutes:02d}'
    if seconds or offset.microseconds:
        text += f'{sep}{seconds:02d}'
        if offset.microseconds:
            text += f'.{offset.microseconds:06d}'
    return text


def _cmp(a, b):
    return (a > b) - (a < b)


class timedelta:
    '''A duration: days, seconds (0..86399) and microseconds (0..999999), normalized.'''
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __sizeof__(self):
        return 40

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            # All ints (the usual call): no temporary objects, as the C constructor makes none.
            return cls._from_us(((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds)
                                * 1000000 + milliseconds * 1000 + microseconds)
        total = 0
        exact = True
        for value, scale in ((days, _DAY_US), (seconds, 1000000), (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000), (weeks, 7 * _DAY_US)):
            if isinstance(value, float):
                exact = False
                total += _Fraction(value) * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError(f'unsupported type for timedelta {_PARAM_NAMES[scale]} component: '
                                f'{type(value).__name__}')
        return cls._from_us(total if exact else round(total))

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _DAY_US)
        if not -999999999 <= days <= 999999999:
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        made = object.__new__(cls)
        made._days = days
        made._seconds, made._microseconds = divmod(rest, 1000000)
        made._hashcode = -1
        return made

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        '''The duration in seconds, as a float.'''
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        return f"{_qualified(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f'{hours}:{minutes:02d}:{seconds:02d}'
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        if self._days:
            text = f"{self._days} day{'' if abs(self._days) == 1 else 's'}, " + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(_Fraction(other) * self._us()))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(round(_Fraction(self._us(), other)))
        if isinstance(other, float):
            return timedelta._from_us(round(_Fraction(self._us()) / _Fraction(other)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compare(self, other):
        return _cmp(self._us(), other._us())

    def __eq__(self, other):
        return self._us() == other._us() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._us() < other._us() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._us() <= other._us() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._us() > other._us() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._us() >= other._us() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_PARAM_NAMES = {_DAY_US: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
                60000000: 'minutes', 3600000000: 'hours', 7 * _DAY_US: 'weeks'}
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _qualified(obj):
    # The C type's tp_name: 'datetime.date' for the module's own classes, the bare class
    # name for subclasses.
    cls = type(obj)
    return f'datetime.{cls.__qualname__}' if cls.__module__ == 'datetime' else cls.__name__


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


class date:
    '''A day of the proleptic Gregorian calendar, year 1 to 9999.'''
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __sizeof__(self):
        return 32

    def __new__(cls, year, month, day):
        made = object.__new__(cls)
        made._year, made._month, made._day = _check_date(year, month, day)
        made._hashcode = -1
        return made

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        '''The current local date.'''
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        '''The local date of a POSIX timestamp.'''
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        '''The date of proleptic Gregorian ordinal n (1 is 0001-01-01).'''
        n = _index(n)
        if not 1 <= n <= 3652059:
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_civil_from_days(n - _EPOCH_ORDINAL))

    @classmethod
    def fromisoformat(cls, date_string):
        '''The date of 'YYYY-MM-DD' (also 'YYYYMMDD' and the ISO week forms).'''
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_iso_date(date_string))
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        '''The date of an ISO year, week (1..53) and weekday (1..7).'''
        return cls(*_from_iso_week(year, week, day))

    def toordinal(self):
        '''The proleptic Gregorian ordinal (0001-01-01 is 1).'''
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        '''Monday is 0, Sunday is 6.'''
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        '''Monday is 1, Sunday is 7.'''
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        '''(ISO year, ISO week, ISO weekday).'''
        year, week = _iso_year_week(self.toordinal())
        return _IsoCalendarDate(year, week, self.isoweekday())

    def timetuple(self):
        '''The struct_time of midnight on this date (tm_isdst -1).'''
        yday = self.toordinal() - _ordinal(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        '''A copy with the given fields changed.'''
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        '''YYYY-MM-DD.'''
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        '''asctime-style text: 'Mon Jan  1 00:00:00 2024'.'''
        return (f'{_DAY_NAMES[self.weekday()]} {_MONTH_NAMES[self._month - 1]} {self._day:2d} '
                f'00:00:00 {self._year:04d}')

    def strftime(self, fmt):
        '''fmt with its %-directives filled from this date.'''
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        return f'{_qualified(self)}({self._year}, {self._month}, {self._day})'

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(_cmp(self._key(), other._key()))
        if isinstance(other, date):
            raise TypeError(f"can't compare {_qualified(other)} to {_qualified(self)}")
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= 3652059:
                raise OverflowError('result out of range')
            return type(self).fromordinal(ordinal)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _iso_year_week(ordinal):
    # The ISO week of a day is numbered by the year of that week's Thursday.
    thursday = ordinal + 3 - (ordinal + 6) % 7
    year = _civil_from_days(thursday - _EPOCH_ORDINAL)[0]
    return year, (thursday - _ordinal(year, 1, 1)) // 7 + 1


def _from_iso_week(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    last_week = 53 if _iso_year_week(_ordinal(year, 12, 28))[1] == 53 else 52
    if not 0 < week <= last_week:
        raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
    jan4 = _ordinal(year, 1, 4)
    monday = jan4 - (jan4 + 6) % 7
    return _civil_from_days(monday + (week - 1) * 7 + day - 1 - _EPOCH_ORDINAL)


def _iso_date_length(text):
    # How many characters the date of an ISO datetime text takes (a separator follows).
    if text[4:5] == '-':
        if text[5:6] == 'W':
            return 10 if text[8:9] == '-' else 8
        return 10
    if text[4:5] == 'W':
        return 8 if text[7:8].isdigit() else 7
    return 8


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError('bad digits')
    return int(part)


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYY-Www-D, YYYYWww, YYYYWwwD.
    year = _digits(text, 0, 4)
    rest = text[4:]
    dashed = rest[:1] == '-'
    if dashed:
        rest = rest[1:]
    if rest[:1] == 'W':
        week = _digits(rest, 1, 2)
        tail = rest[3:]
        if tail and dashed:
            if tail[0] != '-':
                raise ValueError('bad week form')
            tail = tail[1:]
        day = _digits(tail, 0, 1) if tail else 1
        if len(tail) > 1:
            raise ValueError('trailing text')
        return _from_iso_week(year, week, day)
    month = _digits(rest, 0, 2)
    rest = rest[2:]
    if dashed:
        if rest[:1] != '-':
            raise ValueError('missing dash')
        rest = rest[1:]
    day = _digits(rest, 0, 2)
    if rest[2:]:
        raise ValueError('trailing text')
    return year, month, day


class tzinfo:
    '''Abstract base of time zone information: utcoffset, dst and tzname of a datetime.'''
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        '''dt (in UTC, with this tzinfo) as local time in this zone.'''
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        return dt + offset


class timezone(tzinfo):
    '''A fixed offset from UTC, with an optional name.'''
    __slots__ = ('_offset', '_name')

    def __sizeof__(self):
        return 32

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is not None and not isinstance(name, str):
            raise TypeError('name must be a string')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        if name is None and not offset and getattr(cls, 'utc', None) is not None:
            return cls.utc
        made = object.__new__(cls)
        made._offset = offset
        made._name = name
        return made

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return 'UTC' + _offset_text(self._offset) if self._offset else 'UTC'

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = None
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    offset = tz.utcoffset(dt)
    if offset is not None and not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.utcoffset() must return None or timedelta, not '{type(offset).__name__}'")
    return offset


def _clock_repr(obj, leading):
    # time's and datetime's repr: the leading fields, hour and minute, then second and
    # microsecond only as far as they are not zero, then tzinfo and fold if set.
    fields = leading + [obj._hour, obj._minute]
    if obj._microsecond:
        fields += [obj._second, obj._microsecond]
    elif obj._second:
        fields.append(obj._second)
    text = f"{_qualified(obj)}({', '.join(map(str, fields))}"
    if obj._tzinfo is not None:
        text += f', tzinfo={obj._tzinfo!r}'
    if obj._fold:
        text += ', fold=1'
    return text + ')'


def _clock_properties(cls):
    # time and datetime read their time-of-day fields the same way.
    for name in ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'):
        setattr(cls, name, property(lambda self, slot='_' + name: getattr(self, slot)))


class time:
    '''A time of day (hour, minute, second, microsecond), optionally with a tzinfo.'''
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __sizeof__(self):
        return 40

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        made = object.__new__(cls)
        made._hour, made._minute, made._second, made._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        made._tzinfo = tzinfo
        made._fold = fold
        made._hashcode = -1
        return made

    @classmethod
    def fromisoformat(cls, time_string):
        '''The time of 'HH[:MM[:SS[.fff[fff]]]][+HH:MM]'.'''
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_iso_time(time_string))
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        '''A copy with the given fields changed.'''
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        '''HH:MM:SS[.ffffff][+HH:MM].'''
        return _clock(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _offset_text(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        '''fmt with its %-directives filled from this time (on 1900-01-01).'''
        return _strftime(self, fmt, _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        return _clock_repr(self, [])

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, allow_mixed):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        if mine == theirs:
            return _cmp(self._key(), other._key())
        shift = lambda t, off: (t._hour * 3600 + t._minute * 60 + t._second) * 10**6 + t._microsecond - off._us()
        return _cmp(shift(self, mine), shift(other, theirs))

    def __eq__(self, other):
        return self._compare(other, True) == 0 if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._compare(other, False) < 0 if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._compare(other, False) <= 0 if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._compare(other, False) > 0 if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._compare(other, False) >= 0 if isinstance(other, time) else NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            self._hashcode = hash(self._key() if offset is None else (self._key(), offset))
        return self._hashcode

    def __bool__(self):
        return True


_clock_properties(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_iso_time(text):
    # HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]], then Z or +-HH[:MM[:SS[.ffffff]]].
    zone = None
    for mark in ('+', '-', 'Z'):
        at = text.find(mark)
        if at > 0:
            clock, tail = text[:at], text[at:]
            zone = timezone.utc if tail == 'Z' else _parse_offset(tail)
            break
    else:
        clock = text
    fields = [_digits(clock, 0, 2)]
    rest = clock[2:]
    colon = rest[:1] == ':'
    while rest and rest[0] not in '.,' and len(fields) < 3:
        if colon:
            if rest[0] != ':':
                raise ValueError('bad separator')
            rest = rest[1:]
        fields.append(_digits(rest, 0, 2))
        rest = rest[2:]
    micro = 0
    if rest:
        if rest[0] not in '.,' or len(fields) < 3 or not rest[1:].isdigit():
            raise ValueError('bad fraction')
        micro = int(rest[1:7].ljust(6, '0'))
    while len(fields) < 3:
        fields.append(0)
    return fields[0], fields[1], fields[2], micro, zone


def _parse_offset(text):
    sign = -1 if text[0] == '-' else 1
    h, m, s, us, _ = _parse_iso_time(text[1:])
    return timezone(sign * timedelta(hours=h, minutes=m, seconds=s, microseconds=us))


class datetime(date):
    '''A date and a time of day, optionally with a tzinfo.'''
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __sizeof__(self):
        return 48

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        made = date.__new__(cls, year, month, day)
        made._hour, made._minute, made._second, made._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        made._tzinfo = tzinfo
        made._fold = fold
        return made

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        whole = t // 1
        us = round((t - whole) * 10**6)
        if us >= 10**6:
            whole += 1
            us -= 10**6
        fields = (_time.gmtime if utc else _time.localtime)(whole)
        made = cls(*fields[:6], us, tz)
        return made

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        '''The local (or, given tz, that zone's) datetime of a POSIX timestamp.'''
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        '''The naive UTC datetime of a POSIX timestamp.'''
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        '''The current local (or tz) datetime.'''
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        '''The current naive UTC datetime.'''
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        '''The current local datetime.'''
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        '''The datetime of a date and a time.'''
        if not isinstance(date, globals()['date']):
            raise TypeError('combine() argument 1 must be datetime.date, not ' + type(date).__name__)
        if not isinstance(time, globals()['time']):
            raise TypeError('combine() argument 2 must be datetime.time, not ' + type(time).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        '''The datetime of an ISO 8601 text: a date, then 'T' or any one character, then a time.'''
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            cut = _iso_date_length(date_string)
            y, m, d = _parse_iso_date(date_string[:cut])
            if len(date_string) > cut:
                return cls(y, m, d, *_parse_iso_time(date_string[cut + 1:]))
            return cls(y, m, d)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def strptime(cls, date_string, format):
        '''The datetime that format's directives read from date_string.'''
        return _strptime(cls, date_string, format)

    def date(self):
        '''The date part.'''
        return date(self._year, self._month, self._day)

    def time(self):
        '''The time part, without tzinfo.'''
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        '''The time part with this tzinfo.'''
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _us(self):
        # Microseconds from 0001-01-01 00:00 of the wall clock.
        seconds = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
        return seconds * 10**6 + self._microsecond

    @classmethod
    def _from_wall_us(cls, us, tz):
        days, rest = divmod(us, _DAY_US)
        if not 1 <= days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _civil_from_days(days - _EPOCH_ORDINAL)
        seconds, micro = divmod(rest, 10**6)
        return cls(y, m, d, seconds // 3600, seconds // 60 % 60, seconds % 60, micro, tz)

    def timestamp(self):
        '''The POSIX timestamp (naive datetimes are local time).'''
        if self._tzinfo is None:
            return _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                 0, 1, -1)) + self._microsecond / 10**6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        yday = self.toordinal() - _ordinal(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _time.struct_time(tuple(moment.timetuple())[:8] + (0,))

    def astimezone(self, tz=None):
        '''The same moment as a datetime in tz (the local zone by default).'''
        if tz is None:
            moment = self.timestamp()
            local = _time.localtime(moment)
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type '
                            f"'{type(tz).__name__}'")
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(seconds=_time.localtime(self.timestamp()).tm_gmtoff)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        '''A copy with the given fields changed.'''
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def isoformat(self, sep='T', timespec='auto'):
        '''YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM].'''
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _clock(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return (f'{_DAY_NAMES[self.weekday()]} {_MONTH_NAMES[self._month - 1]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __repr__(self):
        return _clock_repr(self, [self._year, self._month, self._day])

    def _compare(self, other, allow_mixed):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a, b = self._us(), other._us()
        if mine is not None and mine != theirs:
            a -= mine._us()
            b -= theirs._us()
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        return False if isinstance(other, date) else NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            return op(self._compare(other, False))
        if isinstance(other, date):
            raise TypeError(f"can't compare {_qualified(self)} to {_qualified(other)}")
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            us = self._us() - (offset._us() if offset else 0)
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_wall_us(self._us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_wall_us(self._us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            shift = (mine._us() - theirs._us()) if mine is not None and mine != theirs else 0
            return timedelta._from_us(self._us() - other._us() - shift)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_clock_properties(datetime)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _strftime(obj, fmt, struct):
    # %f (microseconds), %z and %Z come from the object; the rest from time.strftime.
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == '%' and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code in 'fzZ':
                if code == 'f':
                    value = f'{getattr(obj, "microsecond", 0):06d}'
                elif code == 'z':
                    offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                    value = '' if offset is None else _offset_text(offset, '')
                else:
                    value = (obj.tzname() if hasattr(obj, 'tzname') else None) or ''
                out.append(value.replace('%', '%%'))
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return _time.strftime(''.join(out), struct)


_STRPTIME_FIELDS = {
    'Y': r'(?P<Y>\d{4})', 'm': r'(?P<m>1[0-2]|0?[1-9])', 'd': r'(?P<d>3[01]|[12]\d|0?[1-9])',
    'H': r'(?P<H>2[0-3]|[01]?\d)', 'I': r'(?P<I>1[0-2]|0?[1-9])', 'M': r'(?P<M>[0-5]?\d)',
    'S': r'(?P<S>6[01]|[0-5]?\d)', 'f': r'(?P<f>\d{1,6})', 'y': r'(?P<y>\d\d)', 'p': r'(?P<p>am|pm)',
    'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)',
    'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)',
    'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0?[1-9])',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)', 'Z': r'(?P<Z>utc|gmt)',
    '%': '%',
}
_FULL_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december')


def _strptime(cls, text, fmt):
    import re
    if not isinstance(text, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(text).__name__}')
    if not isinstance(fmt, str):
        raise TypeError(f'strptime() argument 2 must be str, not {type(fmt).__name__}')
    pattern = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray % in format '%s'" % fmt)
            code = fmt[i + 1]
            if code not in _STRPTIME_FIELDS:
                raise ValueError(f"'{code}' is a bad directive in format '{fmt}'")
            pattern.append(_STRPTIME_FIELDS[code])
            i += 2
        elif ch.isspace():
            pattern.append(r'\s+')
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            pattern.append(re.escape(ch))
            i += 1
    found = re.match(''.join(pattern), text, re.IGNORECASE)
    if found is None:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if found.end() != len(text):
        raise ValueError(f'unconverted data remains: {text[found.end():]}')
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = int(g['Y']) if 'Y' in g else (int(g['y']) + (1900 if int(g['y']) >= 69 else 2000) if 'y' in g else 1900)
    month = 1
    if 'm' in g:
        month = int(g['m'])
    elif 'B' in g:
        month = _FULL_MONTHS.index(g['B'].lower()) + 1
    elif 'b' in g:
        month = [n.lower() for n in _MONTH_NAMES].index(g['b'].lower()) + 1
    day = int(g.get('d', 1))
    hour = int(g.get('H', 0))
    if 'I' in g:
        hour = int(g['I']) % 12
        if g.get('p', 'am').lower() == 'pm':
            hour += 12
    minute = int(g.get('M', 0))
    second = int(g.get('S', 0))
    micro = int(g['f'].ljust(6, '0')) if 'f' in g else 0
    if 'j' in g and 'm' not in g and 'd' not in g:
        month, day = _civil_from_days(_ordinal(year, 1, 1) + int(g['j']) - 1 - _EPOCH_ORDINAL)[1:]
    tz = None
    if 'z' in g:
        z = g['z']
        tz = timezone.utc if z == 'Z' else _parse_offset(z[0] + z[1:3] + ':' + z[-2:] if ':' not in z and len(z) == 5 else z)
    elif 'Z' in g:
        tz = None
    return cls(year, month, day, hour, minute, second, micro, tz)


# The tp_names of CPython's C types (messages show 'datetime.date').
for _cls in (date, datetime, time, timedelta, timezone, tzinfo):
    _set_tp_name(_cls, 'datetime.' + _cls.__name__)
del _cls, _set_tp_name
`;

/** Source of `_strptime`: the entry points datetime.strptime and time.strptime use. */
export const STRPTIME_PY = String.raw`
'''Strptime-related classes and functions.'''


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    '''An instance of cls (datetime, or a subclass) from data_string read by format.'''
    import datetime
    return datetime._strptime(cls, data_string, format)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    '''A time.struct_time from data_string read by format.'''
    import time
    return time.strptime(data_string, format)
`;
