import datetime as dt, calendar, time
d = dt.date(2024, 2, 28)
print(d + dt.timedelta(days=1), d + dt.timedelta(days=2), d.isoweekday(), d.strftime('%A %d %B %Y, week %U/%W, day %j'))
print(dt.date.fromisoformat('2023-12-31').isocalendar(), dt.date(2021, 1, 3).isocalendar().week)
t = dt.datetime(2024, 3, 10, 14, 5, 9, 123456)
print(t.isoformat(), t.isoformat(sep=' ', timespec='minutes'), t.strftime('%I:%M %p %y-%m-%d %f'), repr(t))
print(dt.datetime.fromisoformat('2024-03-10T14:05:09.5+02:00'), dt.datetime.fromisoformat('2024-03-10 14:05'))
p = dt.datetime.strptime('07/04/2023 09:30 PM', '%m/%d/%Y %I:%M %p'); print(p, p.weekday(), p.timestamp() if p.tzinfo else 'naive')
try:
    dt.datetime.strptime('2023-13-01', '%Y-%m-%d')
except ValueError as e:
    print(e)
try:
    dt.datetime.strptime('2023-01-01 x', '%Y-%m-%d')
except ValueError as e:
    print(e)
delta = dt.datetime(2024, 12, 25) - dt.datetime(2024, 3, 10, 14, 5)
print(delta, delta.days, delta.seconds, delta.total_seconds(), delta // dt.timedelta(hours=1), delta / 7)
print(dt.timedelta(days=-1, seconds=5), -dt.timedelta(hours=25), dt.timedelta(weeks=1, minutes=90) * 1.5, abs(dt.timedelta(-3)))
utc = dt.timezone.utc; est = dt.timezone(dt.timedelta(hours=-5), 'EST')
a = dt.datetime(2024, 1, 1, 12, tzinfo=utc)
print(a.astimezone(est), a.astimezone(est).tzname(), a.utcoffset(), est, repr(est), dt.timezone(dt.timedelta(hours=5, minutes=30)))
print(a.timestamp(), dt.datetime.fromtimestamp(0, utc), dt.datetime(2024,1,1) < dt.datetime(2024,1,2))
try:
    a < dt.datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(calendar.month(2024, 2))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.day_name[0], list(calendar.month_abbr)[:3])
c = calendar.TextCalendar(firstweekday=6); print(c.formatmonth(2023, 9, w=3))
print(calendar.monthcalendar(2024, 6)[:2])
print(dt.date(2024, 1, 31).replace(day=29, month=2), dt.date.max, dt.date.min, dt.time(23, 59, 59, 999999), dt.time(7).isoformat())
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 5, 1), dt.date(2024, 1, 1)]), dt.date(2024,1,1).toordinal(), dt.date.fromordinal(738000))
print(f"{t:%Y/%m/%d %H:%M}", format(d, '%d.%m.%y'), '{:%b %d}'.format(d), str(dt.timedelta(microseconds=1500)))
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(e)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), time.gmtime(0).tm_year, time.mktime(time.localtime(1000)) == 1000.0)
