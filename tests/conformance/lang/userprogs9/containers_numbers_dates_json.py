import sys, copy, weakref, gc, collections, contextlib, io, json, decimal, fractions, datetime, statistics, array
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(f"!! {type(e).__name__}: {e}")
def sortmut():
    l = [3, 1, 2]
    l.sort(key=lambda x: l.append(x) or x)
t(sortmut)
def setcomp():
    s = {1, 2}
    return {s.add(x + 5) for x in s}
t(setcomp)
def dictcomp():
    d = {1: 1}
    return {d.setdefault(k + 1, 0): 0 for k in d}
t(dictcomp)
def dq():
    q = collections.deque([1, 2, 3])
    for x in q:
        q.popleft()
t(dq)
def dqrot():
    q = collections.deque(range(5), maxlen=5)
    q.rotate(2); q.append(9); q.extendleft([7, 8])
    return q, q.maxlen, q.count(9), q.index(7)
t(dqrot)
t(lambda: collections.deque([1], maxlen=-1))
def ks():
    d = dict.fromkeys("abc")
    for k in d.keys():
        d.update({k: 1})
    return d
t(ks)
def itemsdel():
    d = dict.fromkeys(range(5))
    it = iter(d.items())
    next(it)
    d.popitem()
    return list(it)
t(itemsdel)
def keysdelre():
    d = {"a": 1, "b": 2}
    it = iter(d)
    next(it)
    del d["a"]; d["a"] = 1
    return list(it)
t(keysdelre)
def vals_hint():
    d = {1: 2, 3: 4}
    it = iter(d.values()); next(it)
    return it.__length_hint__(), iter(d.items()).__length_hint__(), iter({1, 2}).__length_hint__()
t(vals_hint)
def odict_ops():
    o = collections.OrderedDict.fromkeys("abcde")
    o.move_to_end("b"); o.move_to_end("d", last=False)
    it = reversed(o)
    r = [next(it)]
    o["z"] = 1
    try:
        next(it)
    except RuntimeError as e:
        r.append(str(e))
    r.append(list(o.items())[:2])
    r.append(o.popitem(last=False))
    r.append(type(iter(o)).__name__)
    return r
t(odict_ops)
def odict_update_value():
    o = collections.OrderedDict(a=1, b=2)
    out = []
    for k in o:
        o[k] = 5
        out.append(k)
    return out, o
t(odict_update_value)
def arr():
    a = array.array("i", [1, 2, 3])
    a.append(4); a.extend([5]); a.insert(0, 0)
    return a, a.tolist(), a.itemsize, a[1:3], a.typecode, array.array("d", [1.5]) * 2, array.array("u", "hi")
t(arr)
t(lambda: array.array("b", [200]))
t(lambda: array.array("q"))
def dec():
    D = decimal.Decimal
    decimal.getcontext().prec = 10
    r = [D(1) / D(7), D("1.10") + D("2.20"), D("10").sqrt(), D("2.5").quantize(D("1"), rounding=decimal.ROUND_HALF_UP), round(D("2.675"), 2), D("1e3").normalize(), D(0.1)]
    decimal.getcontext().prec = 28
    return r
t(dec)
t(lambda: decimal.Decimal("abc"))
t(lambda: decimal.Decimal(1) / 0)
t(lambda: fractions.Fraction(1, 0))
t(lambda: fractions.Fraction("1/3") ** 2 + 1, )
t(lambda: (fractions.Fraction(7, 3).limit_denominator(2), round(fractions.Fraction(7, 2)), fractions.Fraction(1, 3) < 0.34, float(fractions.Fraction(1, 3))))
t(lambda: statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
t(lambda: (statistics.mean([1, 2, 4]), statistics.median([1, 3, 2, 4]), statistics.mode("aab"), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3]), statistics.harmonic_mean([1, 2]), statistics.geometric_mean([1, 4])))
t(lambda: statistics.mean([]))
t(lambda: statistics.correlation([1, 2, 3], [2, 4, 7]))
t(lambda: statistics.linear_regression([1, 2, 3], [2, 4, 7]))
t(lambda: statistics.NormalDist(100, 15).cdf(130))
t(lambda: statistics.multimode("aabbc"))
t(lambda: statistics.fmean([1, 2]))
t(lambda: statistics.median_grouped([1, 2, 2, 3]))
def dt():
    d = datetime.date(2024, 2, 28)
    d2 = d + datetime.timedelta(days=2)
    dt = datetime.datetime(2024, 3, 10, 14, 30, 5, 123456)
    return (d2, d2.isoformat(), d2.weekday(), d2.isocalendar(), d2.strftime("%A %d %B %Y %j %U %W"), dt.strftime("%I:%M %p %f %y %b %a %H%%"),
            dt - datetime.datetime(2024, 1, 1), (dt - datetime.datetime(2024, 1, 1)).total_seconds(), datetime.timedelta(days=-1, seconds=5),
            datetime.timedelta(hours=36) // datetime.timedelta(hours=5), dt.replace(year=2025).ctime(), datetime.datetime.fromisoformat("2024-03-10T14:30:05+02:00"),
            datetime.datetime.strptime("10/03/24 2:30PM", "%d/%m/%y %I:%M%p"), dt.timestamp() if False else 0, datetime.date.fromordinal(738000), dt.date() < d,
            datetime.timedelta(weeks=1, minutes=90) , str(datetime.timedelta(microseconds=-1)), datetime.time(23, 59).isoformat(timespec="minutes"))
t(dt)
t(lambda: datetime.date(2023, 2, 29))
t(lambda: datetime.datetime(2024, 1, 1) - datetime.date(2024, 1, 1))
t(lambda: datetime.datetime.strptime("2024-13-01", "%Y-%m-%d"))
t(lambda: datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc) - datetime.datetime(2024, 1, 1))
t(lambda: datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=-5), "EST")).astimezone(datetime.timezone.utc))
t(lambda: json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é"}}, indent=2, sort_keys=True))
t(lambda: json.dumps({"a": 1, "b": 2}, separators=(",", ":"), ensure_ascii=False))
t(lambda: json.dumps({1: 2, None: 3, 2.5: 1, True: 0}))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps(set()))
t(lambda: json.dumps(float("nan")) + json.dumps(1e100) + json.dumps(-0.0))
t(lambda: json.loads('{"a": [1, 2, {"b": null}]}', object_hook=lambda d: sorted(d.items())))
t(lambda: json.loads('{"a": 1.5, "b": 10}', parse_float=decimal.Decimal, parse_int=str))
t(lambda: json.loads('[1, 2,]'))
t(lambda: json.loads('{"a" 1}'))
t(lambda: json.loads(''))
t(lambda: json.loads('"\\ud83d\\ude00"'))
t(lambda: json.dumps("😀"))
t(lambda: json.dumps([1, [2, [3]]], indent="\t"))
t(lambda: json.dumps({"a": decimal.Decimal("1.5")}, default=str))
