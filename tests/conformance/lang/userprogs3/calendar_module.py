import calendar
from datetime import date
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))
calendar.prmonth(2024, 9)
calendar.prcal(1900, m=6)
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.leapdays(2025, 1900))
print(calendar.weekday(2024, 7, 4), calendar.weekday(10000, 1, 1), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1, 1))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.month_name[1:4], calendar.month_abbr[-1], len(calendar.month_name), repr(calendar.month_name[0]))
print(calendar.firstweekday(), calendar.weekheader(3), repr(calendar.weekheader(9)), calendar.MONDAY, calendar.SUNDAY)
for bad in (13, 0):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
calendar.setfirstweekday(0)
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.firstweekday, [d.isoformat() for d in cal.itermonthdates(2024, 2)][:9])
print(list(cal.itermonthdays(2024, 2))[:10], list(cal.itermonthdays2(2024, 2))[:4], list(cal.itermonthdays3(2024, 1))[:2], list(cal.itermonthdays4(2024, 12))[-2:])
print(cal.monthdatescalendar(2024, 2)[0], len(cal.yeardayscalendar(2024)), len(cal.yeardays2calendar(2024, 4)[0]), cal.yeardatescalendar(2024, 6)[1][0][0][0])
tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2024, 1), tc.formatweekheader(2), repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatday(0, 0, 3)), repr(tc.formatweekday(2, 9)))
tc.prweek([(1, 0), (2, 1)], 3)
print()
print(calendar.timegm((2024, 1, 1, 12, 30, 0)), calendar.timegm(date(1970, 1, 2).timetuple()))
calendar.format(["a", "b"], 5, 2)
print(repr(calendar.formatstring(["x", "yy"], 4, 1)), calendar.mdays, calendar.EPOCH, calendar.error)
