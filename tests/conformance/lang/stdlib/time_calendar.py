# time's calendar functions: struct_time, gmtime, strftime's directives (C locale, ISO weeks,
# widths), asctime; local-time results only through relations that hold in any zone.
import time

t = time.gmtime(1e9)
for d in 'aAbBcdDeFHIjmMpSTuwyYZUWVGgCrRhxX':
    print(d, repr(time.strftime('%' + d, t)))
print(repr(time.strftime('%Q %5Y %3d %% %z', t)))


def tr(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


tr(lambda: time.strftime(5))
tr(lambda: time.gmtime('x'))
tr(lambda: time.gmtime(float('nan')))
tr(lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
tr(lambda: time.asctime(5))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
tr(lambda: time.struct_time((1, 2)))
print(time.gmtime(-1), time.gmtime(1.9), time.gmtime(0))
print(t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, type(t), isinstance(t, tuple), t[:3])
print(time.asctime(t), time.asctime((2024, 2, 29, 23, 5, 0, 3, 60, 0)))
for ts in [0, 86400 * 3, 1104537600, 1230681600, 1262304000, 1609459200, 1735603200, 951782400]:
    g = time.gmtime(ts)
    print(time.strftime('%Y-%m-%d %a %j %U %W %V %G %u %w', g))
local = time.localtime(1e9)
print(time.mktime(local) == 1e9, time.ctime(1e9) == time.asctime(local))
print(time.strftime('%Y') == time.strftime('%Y', time.localtime()))
print(time.gmtime(1e9) == time.gmtime(1e9), time.gmtime(1e9) == tuple(time.gmtime(1e9)))
print(type(time.timezone), type(time.tzname), len(time.tzname), time.daylight in (0, 1))
print(time.localtime(0).tm_gmtoff == -time.timezone or time.daylight == 1)
