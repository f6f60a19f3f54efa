from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, InvalidOperation, DivisionByZero

TAX = Decimal('0.0825')
lines = [('widget', 3, '19.99'), ('gadget', 1, '249.50'), ('cable', 12, '3.75')]

subtotal = Decimal(0)
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}")
for name, qty, price in lines:
    total = qty * Decimal(price)
    subtotal += total
    print(f'{name:<10}{qty:>5}{Decimal(price):>10.2f}{total:>12,.2f}')
tax = (subtotal * TAX).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print(f"{'subtotal':<25}{subtotal:>12,.2f}")
print(f"{'tax':<25}{tax:>12,.2f}")
print(f"{'TOTAL':<25}{subtotal + tax:>12,.2f}")

# engineering notation for measurements
for text in ['0.000047', '4700', '1.5E+7', '123E-8', '0E+7', '-2.2E+10', '1E+3']:
    d = Decimal(text)
    print(f'{text:>10} sci={d!s:<10} eng={d.to_eng_string():<10} logb={d.logb() if d else "-"} class={d.number_class()}')

# modular exponentiation, as in a toy RSA
p, q, e = 61, 53, 17
n = p * q
msg = Decimal(65)
cipher = pow(msg, e, n)
print('cipher:', cipher, type(cipher).__name__, pow(Decimal(-7), 3, 10))

# powers of one never blow up
print(Decimal(1) ** 10**30, Decimal('1.00') ** 10**12, (-Decimal(1)) ** 10**15, (-Decimal(1)) ** (10**15 + 1))

# context helpers
ctx = Context(prec=5, rounding=ROUND_HALF_UP)
print(ctx.add(Decimal('1.23456'), 1), ctx.divide(1, 7), ctx.power(2, 20), ctx.divide_int(17, 5), ctx.sqrt(10))
print(ctx.remainder_near(10, 6), Decimal(10).remainder_near(Decimal(4)), ctx.compare_total(Decimal('1.0'), Decimal('1.00')))
print(ctx.is_normal(Decimal('1E-999999')), ctx.is_subnormal(Decimal('1E-1000002')), ctx.to_sci_string(Decimal('123E+4')))
print(Decimal('101').logical_and(Decimal('110')), Decimal('123456').rotate(2), Decimal('123456').shift(-3))
print(Decimal('1.5').same_quantum(Decimal('2.7')), Decimal('1.5').same_quantum(Decimal('2')))

with localcontext() as c:
    c.traps[InvalidOperation] = False
    c.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-4).sqrt(), Decimal(0).logb())
    print(c)
    c.clear_flags()
    print(Decimal('abc'), Decimal(5) / 0)
    print(c)
print(getcontext())
c0 = Context(capitals=0)
print(c0.to_eng_string(Decimal('4.7E+8')), c0, c0.create_decimal_from_float(0.5))
Decimal(3).logb(Context(prec=2)).ln()
print(Decimal('7').compare_signal(Decimal('NaN')))
