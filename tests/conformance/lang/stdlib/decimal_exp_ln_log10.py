# Decimal exp, ln, log10 and x ** y with a non-integral y: correctly rounded results at
# several precisions and roundings, special operands, and the flags each one sets.
import random
from decimal import (Decimal, localcontext, getcontext, InvalidOperation, Overflow,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP)


def flags(ctx):
    return [k.__name__ for k, v in ctx.flags.items() if v]


def show(label, thunk):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        result = repr(thunk())
    except Exception as e:
        result = type(e).__name__ + ' ' + str(e)
    print(label, result, flags(ctx))


print(Decimal(10).ln())
print(Decimal(1).exp())
print(Decimal(2).sqrt())
print(Decimal(2) ** Decimal('0.5'))
print(Decimal(100).log10())
print(Decimal('0.5').ln())

specials = ['0', '-0', '1', '-1', 'Infinity', '-Infinity', 'NaN', '1E-100', '-1E-100', '1E+8',
            '-1E+8', '1000000', '-1000000', '100', '0.001', '1.000', '1E+5', '10', '0.1',
            '1.00000000000000000000000000000001', '0.99999999999999999999999999999', '2.5',
            '1E-30', '123.456', '-0.5']
for text in specials:
    x = Decimal(text)
    show('exp ' + text, x.exp)
    show('ln ' + text, x.ln)
    show('log10 ' + text, x.log10)

pairs = [('4', '0.5'), ('1', '0.5'), ('0', '0.5'), ('0', '-0.5'), ('-0', '-0.5'), ('-4', '0.5'),
         ('Infinity', '0.5'), ('Infinity', '-0.5'), ('-Infinity', '0.5'), ('2', 'Infinity'),
         ('2', '-Infinity'), ('0.5', 'Infinity'), ('0.5', '-Infinity'), ('1', 'Infinity'),
         ('-2', 'Infinity'), ('0', 'Infinity'), ('2', 'NaN'), ('1E+100', '0.01'), ('100', '1.5'),
         ('8', '0.333'), ('16', '0.25'), ('0.25', '0.5'), ('1.0', '0.5'), ('2', '0.0'),
         ('2', '1.0'), ('4', '-0.5'), ('10', '-1.5'), ('9', '1.5'), ('2', '100000000.5'),
         ('2', '-100000000.5'), ('3', '0.1'), ('0.001', '2.5'), ('27', '0.3333333333')]
for a, b in pairs:
    show(a + ' ** ' + b, lambda: Decimal(a) ** Decimal(b))

rng = random.Random(1211)


def random_decimal(low, high):
    digits = rng.randint(1, 30)
    coefficient = rng.randrange(10 ** digits)
    return Decimal((0, tuple(map(int, str(coefficient))), rng.randint(low, high)))


roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
             ROUND_HALF_DOWN, ROUND_05UP]
for i in range(120):
    x = random_decimal(-40, 3)
    if rng.random() < 0.3:
        x = -x
    prec = rng.choice([1, 3, 9, 16, 28, 40, 60])
    rounding = rng.choice(roundings)
    with localcontext() as ctx:
        ctx.prec = prec
        ctx.rounding = rounding
        ctx.traps[InvalidOperation] = False
        ctx.traps[Overflow] = False
        results = []
        for name in ('exp', 'ln', 'log10'):
            ctx.clear_flags()
            results.append(f'{name}={getattr(x, name)()}{flags(ctx)}')
        y = Decimal(rng.randrange(1, 10 ** rng.randint(1, 7))).scaleb(-rng.randint(1, 6))
        if y == y.to_integral_value():
            y += Decimal('0.5')
        if rng.random() < 0.4:
            y = -y
        base = abs(x) if rng.random() < 0.8 else x
        ctx.clear_flags()
        try:
            power = base ** y
        except Overflow:
            power = 'Overflow'
        results.append(f'pow({base}, {y})={power}{flags(ctx)}')
        print(i, x, prec, rounding, ' '.join(results))

with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).ln(), Decimal(3).exp(), Decimal(7).log10())
    print(Decimal('1.5') ** Decimal('2.5'), Decimal(10) ** Decimal('0.5'))
with localcontext(prec=5, rounding=ROUND_UP):
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal('0.3').log10())
