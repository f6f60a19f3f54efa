# time.struct_time as CPython's structseq: read-only members (the hidden tm_zone and tm_gmtoff too),
# the optional dict of hidden fields, its errors, __reduce__, pattern matching.
import time, copy, pickle
t = time.struct_time((2020,1,2,3,4,5,6,7,0), {'tm_zone': 'X', 'tm_gmtoff': 5})
print(t, t.tm_zone, t.tm_gmtoff, t.__reduce__())
t2 = time.struct_time((2020,1,2,3,4,5,6,7,0,'A',1), {'tm_zone': 'X'})
print(t2.tm_zone, t2.tm_gmtoff)
print(time.struct_time((2020,1,2,3,4,5,6,7,0), {'bogus': 1}).tm_zone)
print(time.struct_time.tm_year, time.struct_time.tm_zone)
print(time.struct_time.__match_args__)
t3 = time.struct_time(range(9)); print(t3.tm_zone, t3[:2])
for bad in (lambda: time.struct_time([1]*9, []), lambda: time.struct_time(5), lambda: time.struct_time([1]*8), lambda: time.struct_time([1]*12)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
for op in ('del', 'set'):
    try:
        if op == 'del': del t.tm_year
        else: t.tm_zone = 'Y'
    except Exception as e: print(type(e).__name__, e)
print(copy.copy(t) == t, pickle.loads(pickle.dumps(t)).tm_zone, copy.deepcopy(t).tm_gmtoff)
g = time.gmtime(86400 * 365)
print(g.tm_year, g.tm_zone, g.tm_gmtoff, time.strftime('%Y-%m-%d %Z', g), time.mktime(time.localtime(1000)) == 1000)
match g:
    case time.struct_time(tm_year=y, tm_mon=m):
        print('matched', y, m)
print(time.asctime(g), tuple(g))
