rows = [('widget', 4, 3.5), ('gadget', 10, 12.25), ('doohickey', 1, 100.0)]
header = f"{'item':<10}{'qty':>5}{'price':>10}{'total':>10}"
print(header)
print('-' * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<10}{qty:>5}{price:>10.2f}{total:>10.2f}')
print('-' * len(header))
print(f"{'TOTAL':<25}{grand:>10.2f}")
print('{:=^35}'.format(' end '))
