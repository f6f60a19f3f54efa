// The `calendar` module: leap years, weekdays, month grids (Calendar's iterators), and
// TextCalendar's month and year layouts with CPython 3.11's spacing, in the C locale's
// English names, and HTMLCalendar's tables. Written for pymm; the results follow Lib/calendar.py.

/** Source of the calendar module, run in the module's namespace. */
export const CALENDAR_PY = String.raw`
'''Calendar printing and date arithmetic helpers (TextCalendar, monthrange, isleap ...).'''
import datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday',
           'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month',
           'prcal', 'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'HTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY',
           'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    '''A month number outside 1-12.'''

    def __init__(self, month):  # (ValueError's args stay empty)
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    '''A weekday number outside 0-6.'''

    def __init__(self, weekday):  # (ValueError's args stay empty)
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % (self.weekday,)


January = 1
February = 2
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]  # by month; February in common years
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, January, 1).toordinal()


class _localized_day:
    '''Weekday names (Monday first) in a strftime format, indexable and sliceable.'''
    _formatters = [datetime.date(2001, 1, n).strftime for n in range(1, 8)]

    def __init__(self, format):  # a strftime format such as '%A'
        self.format = format

    def __getitem__(self, i):  # one name, or a list of names for a slice
        picked = self._formatters[i]
        return [f(self.format) for f in picked] if isinstance(i, slice) else picked(self.format)

    def __len__(self):
        return 7


class _localized_month:
    '''Month names (index 0 is '') in a strftime format, indexable and sliceable.'''
    _formatters = [lambda fmt: ''] + [datetime.date(2001, n, 1).strftime for n in range(1, 13)]

    def __init__(self, format):  # a strftime format such as '%B'
        self.format = format

    def __getitem__(self, i):  # one name, or a list of names for a slice
        picked = self._formatters[i]
        return [f(self.format) for f in picked] if isinstance(i, slice) else picked(self.format)

    def __len__(self):
        return 13


day_name, day_abbr = _localized_day('%A'), _localized_day('%a')
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')


def isleap(year):
    '''True for leap years.'''
    return year % 400 == 0 or (year % 100 != 0 and year % 4 == 0)


def leapdays(y1, y2):
    '''The number of leap years in [y1, y2).'''
    a, b = y1 - 1, y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):  # 0 (Monday) to 6 (Sunday)
    '''0 (Monday) to 6 (Sunday) for the date.'''
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400  # the weekdays repeat every 400 years
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    leap_day = 1 if month == February and isleap(year) else 0
    return mdays[month] + leap_day


def monthrange(year, month):  # (first weekday, length)
    '''(weekday of the month's first day, number of days in the month).'''
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _month_before(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _chunks(seq, size):
    return [seq[k:k + size] for k in range(0, len(seq), size)]


class Calendar(object):
    '''Month and year grids as dates, day numbers or (day, weekday) pairs.'''

    def __init__(self, firstweekday=0):  # 0 = weeks start on Monday
        self.firstweekday = firstweekday

    def getfirstweekday(self):  # (kept as given; read modulo 7)
        return self._first % 7

    def setfirstweekday(self, firstweekday):  # no check here (the module function checks)
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)  # the two methods as an attribute

    def iterweekdays(self):
        start = self.firstweekday
        for k in range(start, start + 7):
            yield k % 7

    def _padding(self, year, month):
        first, count = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - count) % 7
        return lead, count, trail

    def itermonthdays3(self, year, month):  # (year, month, day) triples, padded to whole weeks
        lead, count, trail = self._padding(year, month)
        py, pm = _month_before(year, month)
        last = _days_in(py, pm)
        for d in range(last - lead + 1, last + 1):
            yield py, pm, d
        for d in range(1, count + 1):
            yield year, month, d
        ny, nm = _month_after(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdates(self, year, month):  # datetime.date objects
        return (datetime.date(*ymd) for ymd in self.itermonthdays3(year, month))

    def itermonthdays(self, year, month):  # day numbers, 0 outside the month
        lead, count, trail = self._padding(year, month)
        yield from [0] * lead
        yield from range(1, count + 1)
        yield from [0] * trail

    def itermonthdays2(self, year, month):  # (day number, weekday) pairs
        for k, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, k % 7

    def itermonthdays4(self, year, month):  # (year, month, day, weekday)
        for k, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + k) % 7

    def monthdatescalendar(self, year, month):  # weeks of dates
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):  # weeks of (day, weekday)
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):  # weeks of day numbers
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):  # rows of width months
        return _chunks([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):  # rows of width months
        return _chunks([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):  # rows of width months
        return _chunks([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):  # plain-text layouts
    '''Calendars as plain text: formatmonth / formatyear and their print variants.'''

    def prweek(self, theweek, width):  # prints formatweek's text
        print(self.formatweek(theweek, width), end='')  # (no newline)

    def formatday(self, day, weekday, width):  # '' for padding days
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):  # one line of days
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):  # a centred day name
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):  # the line of day names
        return ' '.join(self.formatweekday(d, width) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):  # a centred title
        text = month_name[themonth]
        if withyear:
            text = '%s %r' % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):  # prints formatmonth's text
        print(self.formatmonth(theyear, themonth, w, l), end='')  # (ends with its own newline)

    def formatmonth(self, theyear, themonth, w=0, l=0):  # title, header and weeks
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(wk, w).rstrip() for wk in self.monthdays2calendar(theyear, themonth)]
        return gap.join(lines) + gap

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):  # m months side by side
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = 7 * (w + 1) - 1
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)  # the same for every month
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            parts.append(gap)
            titles = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            parts += [formatstring(titles, colwidth, c).rstrip(), gap]
            parts += [formatstring((header for k in months), colwidth, c).rstrip(), gap]
            for j in range(max(len(grid) for grid in row)):
                weeks = [self.formatweek(grid[j], w) if j < len(grid) else '' for grid in row]
                parts += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):  # prints formatyear's text
        print(self.formatyear(theyear, w, l, c, m), end='')  # (ends with its own newline)


class HTMLCalendar(Calendar):  # XHTML tables, one cell per day
    '''Month and year calendars as HTML tables, with CSS class names on every cell.'''
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):  # a <td>; padding days are blank
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):  # a <tr> of seven days
        return '<tr>' + ''.join(self.formatday(d, wd) for d, wd in theweek) + '</tr>'

    def formatweekday(self, day):  # a <th> with the abbreviated name
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>' + ''.join(map(self.formatweekday, self.iterweekdays())) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth] + (' %s' % theyear if withyear else '')
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):  # the whole <table>, newline-ended
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear), self.formatweekheader()]
        rows.extend(self.formatweek(w) for w in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):  # width months per row
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            cells = ''.join('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False)
                            for m in range(first, min(first + width, 13)))
            out.append('<tr>' + cells + '</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):  # a page, as bytes
        if encoding is None:
            import sys
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>', '']
        page = '\n'.join(head) + self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, 'xmlcharrefreplace')

c = TextCalendar()

firstweekday = c.getfirstweekday  # the module functions are the shared calendar's methods


def setfirstweekday(firstweekday):  # checked, unlike the method
    if firstweekday not in range(MONDAY, SUNDAY + 1):
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


monthcalendar, prweek, week = c.monthdayscalendar, c.prweek, c.formatweek
weekheader, prmonth, month = c.formatweekheader, c.prmonth, c.formatmonth
calendar, prcal = c.formatyear, c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):  # one line of columns
    '''The columns centred in colwidth, spacing blanks apart.'''
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


def format(cols, colwidth=_colwidth, spacing=_spacing):  # prints formatstring's line
    '''Prints the columns centred in colwidth, spacing blanks apart.'''
    print(formatstring(cols, colwidth, spacing))


def timegm(tuple):
    '''Seconds since the epoch for a UTC time tuple (the inverse of time.gmtime).'''
    year, month, day, hour, minute, second = tuple[0:6]
    days = datetime.date(year, month, 1).toordinal() + (day - 1) - _EPOCH_ORD  # day may run past the month
    return ((days * 24 + hour) * 60 + minute) * 60 + second
`;
