rows = [
    ("Widget", 4, 3.5, 0.075),
    ("Gadget extra long name", 12, 129.99, 0.2),
    ("Thing", 1000000, 0.001, 1.0),
    ("Nothing", 0, -12.5, -0.05),
]
print(f"{'Name':<15}|{'Qty':>10}|{'Price':>12}|{'Tax':>8}")
print("-" * 48)
for name, qty, price, tax in rows:
    print(f"{name[:15]:<15}|{qty:>10,}|{price:>12.3f}|{tax:>8.1%}")
print("=" * 48)
total = sum(q * p for _, q, p, _ in rows)
print(f"{'Total':<15}|{'':>10}|{total:>12,.2f}|")
print(f"{total:_.4e} {total:e} {total:g} {total:G} {1e20:g} {1e-5:g}")
for n in (0, 5, 255, 1023, -42, 2**40):
    print(f"{n:>8d} {n:#x} {n:#o} {n:_b} {n:08b} {n:+} {n: } {n:^10}|{n:x<6}|")
print("{:>10.3f}|{:,}|{:_b}|{:%}|{!r:^20}|".format(3.14159, 1234567, 10, 0.25, "hi"))
print("{0:*^30}".format(" Report "))
print("{name!s:>8} {name!r:<10} {name!a}".format(name="café"))
print("{:.2s}|{:10.2}|".format("abcdef", "xyz"))
print("%-10s|%5d|%-8.2f|%x|%o|%e|%c" % ("left", 42, 3.14159, 255, 8, 12345.678, 65))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.25})
print("%r %a" % ("é", "é"))
print(format(1234.5, ","), format(1234.5, "_"), format(-0.0, ".1f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(12345678.9, ",.1f"), format(123, "=+8"), format(-123, "=8"), format(3.0, "#.0f"))
print(f"{'x':{'>'}{5}}", f"{3.14159:{'.'}{2}f}")
width = 12
for word in ["apple", "kiwi", "banana"]:
    print(word.ljust(width, ".") + word.rjust(8) + "|" + word.center(11, "-") + "|")
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4))
print(f"{1/3:.10f} {2/3:.3} {10/3:10.4g}| {1e100:.3e}")
print(f"{True:d} {True!r} {None!s:>6}")
import datetime
d = datetime.date(2023, 3, 9)
print(f"{d:%A %d %B %Y} {d!r} {d}")
print(f"{12:c}{'':>3}{'end'}")
print("{:,d}".format(-9876543210), "{:_x}".format(0xdeadbeef))
