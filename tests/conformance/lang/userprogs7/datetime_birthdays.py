from datetime import date, datetime, timedelta, time, timezone
import calendar

d = date(2024, 2, 28)
for i in range(3):
    nd = d + timedelta(days=i)
    print(nd, nd.strftime("%a %b %d %Y, day %j, week %U/%W"), nd.weekday(), nd.isoweekday(), nd.isocalendar())
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, dt + timedelta(seconds=45), dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %y %%"), dt.strftime("%c"), dt.strftime("%x %X"))
print(repr(dt), repr(d), repr(timedelta(days=1, hours=2)), repr(timedelta(0)), repr(time(12, 30)))
delta = datetime(2024, 3, 1) - datetime(2023, 1, 15, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), str(-delta), abs(-delta))
print(timedelta(hours=25, minutes=61), timedelta(weeks=2, milliseconds=1500), timedelta(microseconds=-1), timedelta(days=-1.5))
print(timedelta(hours=1) / timedelta(minutes=15), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7), timedelta(minutes=10) * 2.5, timedelta(hours=3) / 4)
print(datetime.strptime("2021-07-04 15:08", "%Y-%m-%d %H:%M"), datetime.strptime("03/Mar/2020", "%d/%b/%Y").date())
print(date.fromisoformat("2020-02-29"), datetime.fromisoformat("2020-02-29T10:11:12"), date.fromordinal(738000), d.toordinal())
print(date(2024, 1, 31).replace(month=2, day=29), dt.replace(year=2000), dt.date(), dt.time(), datetime.combine(d, time(8, 15)))
utc = datetime(2022, 6, 1, 12, 0, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), utc.utcoffset(), repr(est), timezone(timedelta(hours=5, minutes=30)))
print(utc.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
print(calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.day_name[0], calendar.month_abbr[12], calendar.weekday(2000, 1, 1))
print(calendar.month(2024, 2))
birthdays = {"ann": date(1990, 5, 17), "bob": date(1985, 12, 1), "cy": date(2001, 2, 28)}
today = date(2024, 6, 15)
for name, bd in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - bd.year - ((today.month, today.day) < (bd.month, bd.day))
    nxt = bd.replace(year=today.year)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(f"{name:>4}: {bd:%d.%m.%Y} age {age:3d}, next in {(nxt - today).days:3d} days ({nxt:%A})")
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    d - dt
except TypeError as e:
    print("TypeError:", e)
try:
    utc < datetime(2022, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(min(date(2020, 1, 1), date(2019, 12, 31)), date.max, date.min, timedelta.max, timedelta.resolution)
print(time(23, 59, 59, 999999).isoformat(), time(1, 2).strftime("%H h %M m"), bool(timedelta()), hash(d) == hash(date(2024, 2, 28)))
print(sorted([datetime(2020, 1, 1, 5), datetime(2020, 1, 1), datetime(2019, 6, 6)]))
print(dt.timetuple()[:6], d.ctime(), dt.weekday(), (dt - datetime(2023, 1, 1)).days)
