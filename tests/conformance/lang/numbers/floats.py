print(0.1 + 0.2, 1 / 3, 2 / 3, 1e300 * 1e10, -1e300 * 1e10, 1e-320)
print(round(3.14159, 2), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(3.0 == 3, 1.5.is_integer(), (2.0).is_integer(), float('nan') == float('nan'))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2 ** 0.5, 10 ** -2)
print(repr(1.0), repr(100.0), repr(1e22), repr(1.5e-7), repr(123456789.123), str(1e100))
print(int(1e18), float(2 ** 53 + 1), 1.0 / 8, 5e-324 / 2)
print(abs(-2.5), max(1.5, 2), min(-0.0, 0.0), divmod(7.5, 2))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
