# A sales report: csv parsing with errors, Decimal totals, statistics, fractions, dates,
# textwrap, aligned tables with format specs, % formatting and f-string nesting.
import io, csv, statistics, textwrap
from collections import namedtuple, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
from datetime import date, timedelta, datetime

raw = """region,product,units,price,date
North,Widget,12,3.50,2024-01-05
South,Gadget,3,12.00,2024-01-06
North,Gadget,7,12.00,2024-01-09
East,Widget,20,3.25,2024-02-01
South,Widget,,3.50,2024-02-03
West,Doohickey,1,99.99,2024-02-14
"""
Sale = namedtuple("Sale", "region product units price day")
sales, errors = [], []
for lineno, row in enumerate(csv.DictReader(io.StringIO(raw)), start=2):
    try:
        sales.append(Sale(row["region"], row["product"], int(row["units"]), Decimal(row["price"]),
                          date.fromisoformat(row["date"])))
    except ValueError as e:
        errors.append(f"line {lineno}: {e}")
print("errors:", errors)
by_region = defaultdict(Decimal)
for s in sales:
    by_region[s.region] += s.units * s.price
width = max(map(len, by_region)) + 2
print(f"{'Region':<{width}}|{'Revenue':>12}|{'Share':>8}")
print("-" * width + "+" + "-" * 12 + "+" + "-" * 8)
total = sum(by_region.values())
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total
    print(f"{region:<{width}}|{rev:>12,.2f}|{share:>8.1%}")
print(f"{'TOTAL':<{width}}|{total:>12,.2f}|{1:>8.0%}")
print(total.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), round(total, 1), Decimal("2.675").quantize(Decimal("0.01")))
units = [s.units for s in sales]
print(statistics.mean(units), statistics.median(units), statistics.mode([1, 2, 2, 3]), round(statistics.stdev(units), 4), statistics.median_low(units))
print(statistics.quantiles(units, n=4), statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 4]))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(1, 3).limit_denominator(10), float(Fraction(22, 7)))
first = min(s.day for s in sales); last = max(s.day for s in sales)
print(first, last, (last - first).days, last - first, first + timedelta(weeks=2), first.strftime("%A %d %B %Y"), first.isocalendar(), first.weekday())
dt = datetime(2024, 3, 10, 14, 5, 9)
print(dt, dt.isoformat(), dt.strftime("%Y/%m/%d %I:%M %p"), dt.replace(hour=0), dt.date(), dt.time(), repr(dt), dt.timestamp() > 0)
print(datetime.strptime("2024-03-10 14:05", "%Y-%m-%d %H:%M"), (dt - datetime(2024, 1, 1)).total_seconds(), timedelta(hours=25, minutes=61))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    indented
      more
    back"""))
tbl = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana split", 12, 0.25), ("kiwi", 100, 12.0)]
widths = [max(len(str(r[i])) for r in tbl) for i in range(3)]
for i, row in enumerate(tbl):
    cells = [str(c).ljust(w) if j == 0 else str(c).rjust(w) for j, (c, w) in enumerate(zip(row, widths))]
    print("| " + " | ".join(cells) + " |")
    if i == 0:
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
print("%-10s|%6.2f|%+5d|%05x|%e" % ("left", 3.14159, 42, 255, 0.000123))
print("{:=^30}".format(" Summary "), "{0:b} {0:o} {0:x} {0:X} {0:#x} {0:c}".format(97), "{:,d}".format(10**9), "{:_}".format(10**6))
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {0.1:.20f} {2**0.5:.3} {-0.0:+} {float('nan'):>5} {1e21:f}")
print(f"{'€':*^7} {'日本':>6}| {12:#06b} {True:d} {None!s:>6} {[1, 2]!r:>10}")
w = 7; p = 2
print(f"{3.14159:{w}.{p}f}|{'x':{'<'}{w}}|{12345:{','}}")
