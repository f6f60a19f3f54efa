# A sales report: aggregation, sorting by several keys and formatted tables.
sales = [
    ('north', 'widgets', 1200, 3.5),
    ('south', 'widgets', 800, 3.25),
    ('north', 'gadgets', 150, 19.99),
    ('east', 'widgets', 2300, 3.4),
    ('south', 'gadgets', 90, 21.0),
    ('east', 'gizmos', 40, 120.0),
    ('north', 'gizmos', 12, 118.5),
]

totals = {}
for region, product, qty, price in sales:
    totals[region] = totals.get(region, 0) + qty * price
grand = sum(totals.values())

header = f"{'Region':<8}|{'Revenue':>12}|{'Share':>8}"
print(header)
print('-' * len(header))
for region, revenue in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    print(f'{region:<8}|{revenue:>12,.2f}|{revenue / grand:>8.1%}')
print(f"{'TOTAL':<8}|{grand:>12,.2f}|{1:>8.0%}")
print()
rows = sorted(sales, key=lambda r: (r[1], -r[2]))
for region, product, qty, price in rows:
    print(f'{product:^10}{region:>6} {qty:>5d} @ {price:>7.2f} = {qty * price:>10.2f}')
print()
best = max(sales, key=lambda r: r[2] * r[3])
print('best line: {0} {1} ({2:,} units)'.format(*best))
print('%-6s %5.1f%% %s' % ('pct', 12.345, 'done'))
print('{:=^30}'.format(' summary '))
print('{region} sold {qty:04d} {product}'.format(region='east', qty=40, product='gizmos'))
print('{0!r} {0!s} {1[0]} {2[k]}'.format('q', [7], {'k': 'v'}))
print(f'{3.14159:.3}', f'{1e-5:g}', f'{1234.5:e}', f'{0.1 + 0.2!r}', f'{10 / 3:.4f}', f'{2 ** 40:,}')
print(f'{"left":<10}|', f'{"right":>10}|', f'{"mid":*^11}|', f'{-42:>+6}', f'{42:<#8x}|', f'{7:03}')
width, prec = 12, 3
print(f'{22 / 7:{width}.{prec}f}|', f'{"x":{"^"}{5}}|')
print(str(round(2.675, 2)), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
print(format(1234567, '_d'), format(0.000123, '.2e'), format(255, '08b'), format(3, 'c') if False else 'n/a')
