# datetime: timedelta normalization, arithmetic and reprs; date/time/datetime validation,
# ISO formats, strftime/strptime, ordinals and ISO weeks, fixed-offset timezones.
from datetime import *
import datetime as dtmod
print(repr(timedelta(days=1, seconds=5, microseconds=3)), repr(timedelta(0)), repr(timedelta(hours=-1)), str(timedelta(hours=-1)), str(timedelta(days=2, microseconds=5)))
print(repr(datetime(2024,1,1,12,30)), repr(datetime(2024,1,1)), repr(datetime(2024,1,1,0,0,5)), repr(datetime(2024,1,1,0,0,0,7)), repr(datetime(2024,1,1,tzinfo=timezone.utc)))
print(repr(time(12,30)), repr(time()), repr(time(1,2,3,4)), str(time(1,2,3,4)), repr(timezone.utc), repr(timezone(timedelta(hours=1))), str(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=-1, minutes=-30), 'X')))
print(date(2024,1,1).isocalendar(), date.fromisoformat('2024-02-29'), datetime.fromisoformat('2024-02-29T10:11:12.5+01:00'))
print(datetime(2024,1,1,tzinfo=timezone.utc).isoformat(), datetime(2024,1,1,1,2,3,4).isoformat(timespec='milliseconds'), datetime(2024,5,6).ctime())
print(timedelta(seconds=1.5)/timedelta(seconds=0.5), timedelta(seconds=7)//2, timedelta(seconds=7)%timedelta(seconds=2), divmod(timedelta(7), timedelta(2)), timedelta(1)*1.5, timedelta(1)/3)
for f in [lambda: date(2023,2,29), lambda: date(0,1,1), lambda: date(2020,13,1), lambda: timedelta(days=10**9),
          lambda: datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc),
          lambda: datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc),
          lambda: date(2024,1,1) < datetime(2024,1,1), lambda: datetime.strptime('2024', '%Y-%m'),
          lambda: date.fromisoformat('2024-1-1'), lambda: time(24), lambda: date(2024, 1, 1.5),
          lambda: timedelta(days='1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(date(2024,1,1) == datetime(2024,1,1), datetime(2024,1,1) == datetime(2024,1,1,tzinfo=timezone.utc))
print(datetime.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M'), datetime.strptime('05/Mar/24 2PM', '%d/%b/%y %I%p'))
print(date.min, date.max, timedelta.max, timedelta.min, timedelta.resolution, datetime.min, datetime.max)
print(f'{date(2024,1,5):%A %d %B}', format(date(2024,1,5)), date(2024,1,5).strftime('%j'), f'{datetime(2024,1,5,3,4,5,6):%H:%M:%S.%f %z|%Z}')
print(timedelta(weeks=1, days=-1, hours=25.5, milliseconds=1.5, microseconds=-3))
print(hash(timedelta(1)) == hash(timedelta(days=1)), timedelta(0) == 0, bool(timedelta(0)), bool(time(0)))
d = date(2024, 2, 28)
for n in [1, 2, 366, -59, 10000]:
    print(d + timedelta(days=n), (d + timedelta(days=n)).weekday(), (d + timedelta(days=n)).isocalendar())
print(date(2024, 3, 1) - date(2023, 3, 1), datetime(2024, 3, 1, 12) - datetime(2024, 2, 28, 6, 30))
print(datetime(2024, 1, 31, 23, 59, 59) + timedelta(seconds=1), datetime(2024, 1, 1) - timedelta(microseconds=1))
print(date(2024, 1, 1).toordinal(), date.fromordinal(738886), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
print(datetime(2024, 7, 4, 12, tzinfo=timezone(timedelta(hours=-4))).astimezone(timezone.utc))
print(datetime(2024, 7, 4, 12, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(1e9, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(datetime.combine(date(2024, 1, 2), time(3, 4)), datetime(2024, 1, 2, 3, 4).date(), datetime(2024, 1, 2, 3, 4).time())
print(date(2024, 1, 1).replace(month=2), datetime(2024, 1, 1).replace(hour=5, tzinfo=timezone.utc))
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 1)]))
print(date.fromisocalendar(2024, 1, 1), date.fromisoformat('20240315'), date.fromisoformat('2024-W10-2'), datetime.fromisoformat('2024-03-15 10:30'))
print(time.fromisoformat('10:30:15.123'), time(10, 30, tzinfo=timezone.utc).isoformat(), time(1, 2) < time(1, 3))
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
print(date(2024, 1, 1).timetuple())
class MyDate(date):
    pass
print(repr(MyDate(2024, 1, 1)), MyDate(2024, 1, 1) + timedelta(1))
print(abs(timedelta(days=-2, hours=3)), -timedelta(hours=1), timedelta(hours=1).total_seconds(), timedelta(days=1, seconds=1).days)
