import argparse
import csv
import io
import logging
import sys
from datetime import date, datetime, timedelta
from string import Template
import textwrap
import calendar

CSV_DATA = """date,item,qty,price
2024-01-05,apple,3,0.5
2024-01-05,pear,1,0.75
2024-01-06,apple,10,0.45
2024-02-01,"melon, large",1,3.20
2024-02-03,pear,4,0.7
"""

def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="sales", description="Summarise sales.")
    p.add_argument("--month", type=int, choices=range(1, 13), help="month filter")
    p.add_argument("--min-qty", type=int, default=0)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.add_argument("items", nargs="*", help="items to include")
    return p.parse_args(argv)

def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * args.verbose, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
    log = logging.getLogger("sales")
    log.info("args: %s", vars(args))
    rows = list(csv.DictReader(io.StringIO(CSV_DATA)))
    log.debug("read %d rows", len(rows))
    totals = {}
    for r in rows:
        d = datetime.strptime(r["date"], "%Y-%m-%d").date()
        if args.month and d.month != args.month:
            continue
        qty = int(r["qty"])
        if qty < args.min_qty or (args.items and r["item"] not in args.items):
            log.warning("skipping %s (qty=%d)", r["item"], qty)
            continue
        totals[r["item"]] = totals.get(r["item"], 0) + qty * float(r["price"])
    if args.format == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["item", "total"])
        for k, v in sorted(totals.items()):
            w.writerow([k, f"{v:.2f}"])
        print(out.getvalue(), end="")
    else:
        print(f"{'item':<14}{'total':>8}")
        for k, v in sorted(totals.items(), key=lambda kv: -kv[1]):
            print(f"{k:<14}{v:>8.2f}")
    return totals

main([])
main(["--month", "1", "-vv"])
main(["--format", "csv", "--min-qty", "2", "apple", "pear"])
try:
    main(["--month", "13"])
except SystemExit as e:
    print("exit code", e.code)
try:
    main(["--bogus"])
except SystemExit as e:
    print("exit code", e.code)
try:
    main(["--help"])
except SystemExit as e:
    print("exit code", e.code)

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.strftime("%A %d %B %Y"), d.isoweekday(), d.timetuple().tm_yday)
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, dt.isoformat(), dt.strftime("%Y/%m/%d %H:%M:%S.%f %p %j %a %b"), dt.replace(hour=0) - dt, repr(dt - datetime(2024, 1, 1)))
print(timedelta(days=1, hours=25, minutes=61), timedelta(seconds=-1), timedelta(weeks=2) / timedelta(days=1), timedelta(hours=1) * 1.5)
print(datetime.fromisoformat("2024-05-06T07:08:09"), date.fromisoformat("2024-12-25").weekday(), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], list(calendar.day_abbr)[:3])
print(calendar.month(2024, 2))
t = Template("$who owes $$${amount} since ${when}")
print(t.substitute(who="bob", amount="3.50", when=d), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 3, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.dedent("""
    indented
      more
    back"""), textwrap.shorten("Hello   world, this is long", width=15), textwrap.indent("a\nb", "# "), sep="\n")
