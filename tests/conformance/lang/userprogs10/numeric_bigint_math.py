import math, cmath
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN
f = math.factorial(100)
print(f, sum(map(int, str(f))), len(str(f)))
a, b = 0, 1
for _ in range(300): a, b = b, a + b
print(a, a.bit_length(), bin(a).count('1'))
n = 0b1011_0110
print(n & -n, n & (n - 1), (n >> 2) ^ 0xff, ~n, n.bit_count(), f"{n:016b}")
print(math.gcd(1071, 462), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(10, 3))
print(math.sqrt(2), math.exp(1), math.log(1000, 10), math.log10(1000), math.log2(1024), math.hypot(3, 4))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, divmod(-7, 3))
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1 + 1j), abs(3 + 4j), cmath.exp(1j * math.pi))
print(math.prod(range(1, 11)), pow(3, 200, 1000), pow(2, -1, 7), 2 ** 0.5, (-8) ** (1 / 3))
def cf(fr):
    out = []
    while True:
        q = math.floor(fr)
        out.append(q)
        fr -= q
        if fr == 0: return out
        fr = 1 / fr
print(cf(Fraction(415, 93)), Fraction(3.75), Fraction('22/7') - Fraction(1, 7), Fraction(1, 3) ** 2)
print(Fraction(math.pi).limit_denominator(1000), float(Fraction(355, 113)), Fraction(7, 3).__round__(), round(Fraction(7, 3), 2))
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('1.1') + Decimal('2.2'))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal('123.456789') * 1)
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.675').quantize(Decimal('0.01')), Decimal('-7.5').quantize(Decimal('1'), rounding=ROUND_DOWN))
print(Decimal('1e3'), Decimal('1.000'), Decimal('0.00001'), Decimal(0.1), Decimal('100').normalize(), Decimal('-0'))
print(repr(Decimal('3.14')), Decimal('10') ** 20, Decimal('1') / Decimal('8'), Decimal(10).ln())
print(int('ff', 16), int('0o17', 0), float('1_000.5'), int(' 42 '), hex(2**64), oct(-8))
print(1e16, 1e16 + 1, 2**53 + 1.0, 0.1 + 0.2, 1/3, -0.0, 1e-320, 5e-324, 1.7976931348623157e308 * 10)
print(float('inf') - float('inf'), math.inf > 10**400, 10**400 > 1e308, float(10**308))
try:
    print(float(10**400))
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
print(math.factorial(20) // math.factorial(18), 7 // -2, -7 // 2, 7 % -2, round(-0.5), round(1.5))
x = 12345678901234567890
print(x * x, x // 7, x % 97, -x >> 3, x.to_bytes(9, 'big').hex(), int.from_bytes(b'\x01\x00', 'little'))
