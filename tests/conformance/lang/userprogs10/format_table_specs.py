rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 150, 0.1), ("dates", 7, 2.75)]
print(f"{'Item':<10}|{'Qty':>6}|{'Price':>8}|{'Total':>10}")
print("-" * 37)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>6d}|{price:>8.2f}|{qty*price:>10,.3f}")
print(f"{'TOTAL':^10}|{sum(r[1] for r in rows):>6}|{'':>8}|{sum(r[1]*r[2] for r in rows):>10.2f}")
for n in [0, 7, 255, 1024, 65535, -42]:
    print(f"{n:>8} {n:#x} {n:#o} {n:_b} {n:08b} {n:+d} {n:,}")
for x in [0.1 + 0.2, 1e16, 1e-7, -0.0, float('inf'), float('nan'), 2.5, 3.5, 123456789.123]:
    print(repr(x), str(x), f"{x:.3e}", f"{x:g}", f"{x:%}" if x == x and abs(x) != float('inf') else f"{x:.1%}", f"{x:10.2f}|", round(x) if x == x and abs(x) != float('inf') else None)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(0.125, 2))
print('{!r:^20}'.format('hi'), '{0!s:>5}{0!a}'.format('é'))
print(format(1234567.891, ',.2f'), format(1234567, '_'), format(0.000012345, '.3g'))
print('{:*^30}'.format(' Report '))
print('{:=+10.2f}'.format(-3.14159))
print('%5s|%-5s|%05d|%.3f|%x|%e' % ('a', 'b', 42, 2 / 3, 255, 12345.678))
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7})
print(str(1e16), str(1e15), 1e22, 1.5e-5, 100.0, 1e100)
print(f"{12.0:n} {1234.5:n} {0.00001:n}")
print(f"{3.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{'abc':.2} {'abc':>5.1}|")
print(f"{1+2j:.2f} {complex(1.5, -2):>15}")
width = 12
print(f"{'dyn':>{width}}|{3.14159:.{2}f}")
import decimal
print(f"{decimal.Decimal('1234.5678'):,.2f} {decimal.Decimal('0.1'):%}")
