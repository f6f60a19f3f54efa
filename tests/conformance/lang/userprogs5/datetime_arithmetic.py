import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
import calendar

d = date(2024, 2, 28)
for i in range(4):
    x = d + timedelta(days=i)
    print(x, x.strftime("%a %A %b %B %d %j %U %W %w %y %Y %m"), x.isoweekday(), x.isocalendar(), x.toordinal())
t = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t + timedelta(seconds=45), t.strftime("%H:%M:%S.%f %I %p %c %x %X %%"), t.isoformat(), t.isoformat(" ", "minutes"))
print(t.replace(year=2020, month=2, day=29), t.date(), t.time(), t.timetuple()[:6], t.weekday())
print(repr(t), repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-1, seconds=5)), timedelta(hours=36, microseconds=5))
print(timedelta(weeks=2, hours=3) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=5), timedelta(days=7) % timedelta(days=3))
print(timedelta(minutes=90).total_seconds(), abs(timedelta(-3)), -timedelta(hours=2), timedelta(days=1) * 1.5, timedelta(seconds=10) / 4)
start = datetime(2024, 3, 1, 8)
end = datetime(2024, 4, 15, 17, 45)
delta = end - start
print(delta, delta.days, delta.seconds, repr(delta), divmod(delta, timedelta(weeks=1)))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.500+02:00"), date.fromisoformat("2021-01-01"))
print(datetime.strptime("2024-07-04 13:05", "%Y-%m-%d %H:%M"), datetime.strptime("03/Feb/2022:10:11:12", "%d/%b/%Y:%H:%M:%S"))
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(timezone(timedelta(hours=5, minutes=30))), repr(est), str(utc), aware.tzname(), aware.utcoffset())
print(aware.isoformat(), aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, tz=est))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(aware == datetime(2024, 1, 1))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(time(9, 5), time(9, 5, 3, 20), repr(time(23, 59)), time(12).isoformat(timespec="milliseconds"), time(1, 2, 3).strftime("%H-%M"))
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution, date(2024, 1, 1).replace(day=31))
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
print(f"{d:%d.%m.%Y}", format(t, "%Y"), "{:%H:%M}".format(t), f"{t:%Y-%m-%d %H:%M:%S}", f"{delta}")
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), date(2020, 1, 1) == datetime(2020, 1, 1), {date(2020, 1, 1): 1})
ages = {"ann": date(1990, 6, 15), "bo": date(2000, 2, 29), "cy": date(1985, 12, 31)}
today = date(2024, 6, 14)
for name, born in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name:<4}{born:%Y-%m-%d} {age:>3} {(today - born).days:>6,} days")
print(dt.MINYEAR, dt.MAXYEAR, datetime(2024, 1, 1).ctime(), date(2024, 3, 10).ctime())
print(datetime.combine(date(2024, 1, 2), time(3, 4)), timedelta(days=1, hours=-1), timedelta(seconds=-1))
print(datetime(2024, 1, 31) + timedelta(days=30), datetime(2024, 12, 31).strftime("%G-W%V-%u"), date(2021, 1, 3).isocalendar())
print(repr(date.fromisocalendar(2024, 1, 1)), date(2024, 1, 1).isocalendar().week, utc.utcoffset(None), timezone(timedelta(0)))
print(timezone(timedelta(hours=3)).tzname(None), repr(timezone(timedelta(hours=-3, minutes=-30))), datetime(2024,1,1,tzinfo=timezone(timedelta(hours=2))).strftime("%z %Z"))
