# decimal as money and teaching programs use it: exact sums, division to the context's
# precision, quantize with every rounding mode, contexts, signals, formatting, sqrt, powers.
from decimal import *
D = Decimal
print(D('0.1')+D('0.2'), repr(D(0.1)), D(1)/D(7), D('1.30'), D('1.30')*D('2'), D('10')/D('4'), D('1')/D('3')*3, D('100')/D('10'), D('1.00')/D('1'), D('12')/D('2.0'))
print(D('1.2345').quantize(D('0.01')), D('1.2350').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('-1.5').quantize(D('1')), D('123.456').quantize(D('1E+1')))
print(D('1E+5'), D('1e-7'), D('0.000001'), D('0.0000001'), D('123E2'), D('-0'), D('0E-3'), D('1234567890123456789012345678901234567890'), D(10)**30, D(2)**-3)
print(D('NaN'), D('-Infinity'), D('inf'), str(D('1.5').to_integral()), round(D('2.5')), round(D('2.675'), 2), int(D('-3.9')), float(D('0.1')))
print(D('1.5') < 2, D('1.5') == 1.5, D('0.1') == 0.1, hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), sum([D('0.1')]*10), D('3.14').as_tuple())
getcontext().prec = 6
print(D(1)/D(7), D('123456789') + 0, +D('123456789'), D('1.23456789')*1)
for f in [lambda: D(1)/0, lambda: D('abc'), lambda: D(0)/0, lambda: D('1').quantize(D('1e-10'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(D('2').sqrt(), D(5).max(D(3)), -D('1.50'), abs(D('-2')), D('7') % D('3'), D('-7') // D('2'), divmod(D(7), D(2)), D('1.10').normalize(), D('1E+2').normalize())
with localcontext() as ctx:
    ctx.prec = 3
    print(D(2)/D(3))
print(D(2)/D(3))
getcontext().prec = 28
print(f'{D("1.2345"):.2f}', format(D('1234.5'), ','), D('1.0').is_zero(), D(0).is_zero(), D('-1').is_signed(), D('1.20').adjusted(), D('-5').copy_abs())
print(f'{D("1234567.891"):,.2f}', f'{D("0.256"):.1%}', f'{D("-3.5"):>8}', f'{D("12.5"):010.3f}', f'{D("123456"):.2e}')
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ['2.5', '-2.5', '1.4', '-1.6', '0.5', '5.01', '-0.1']])
prices = [D('19.99'), D('5.01'), D('0.10')]
total = sum(prices)
tax = (total * D('0.0825')).quantize(D('0.01'), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, sorted(prices), max(prices), D(3) * D('0.1') == D('0.3'))
print(D('1.1') ** 2, D(2) ** 100, D('0.5') ** 3, D(7).sqrt(), D('0.0001').sqrt(), D(16).sqrt())
print(D(1) / D(3) + D(2) / D(3), D('9.99999999999999999999999999999'), D('1') / D('8'), D('-0') + D('0'))
print(D((0, (1, 4, 1, 4), -3)), D((1, (5,), 2)), D(' 12 '), D('1_000'), Decimal(), D(-7), D(True))
print(getcontext().prec, getcontext().rounding, type(getcontext()).__name__)
