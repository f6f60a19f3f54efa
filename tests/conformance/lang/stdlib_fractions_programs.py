# Exact arithmetic with fractions: series, continued fractions, Egyptian fractions.
from fractions import Fraction
import math

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))

for n in (1, 2, 5, 10, 20):
    h = harmonic(n)
    print(n, h, float(h), h.numerator.bit_length())

def egyptian(f):
    out = []
    while f.numerator:
        d = -(-f.denominator // f.numerator)
        out.append(Fraction(1, d))
        f -= Fraction(1, d)
    return out

for f in (Fraction(4, 13), Fraction(5, 121), Fraction(7, 15), Fraction(3, 7)):
    parts = egyptian(f)
    print(f, '=', ' + '.join(map(str, parts)), sum(parts) == f)

def convergents(x, n):
    out = []
    h0, h1, k0, k1 = 0, 1, 1, 0
    for _ in range(n):
        a = math.floor(x)
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append(Fraction(h1, k1))
        if x == a:
            break
        x = 1 / (x - a)
    return out

print(convergents(Fraction(415, 93), 10))
pi = Fraction(math.pi)
print(pi, pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), pi.limit_denominator())
print(Fraction('3.1415926535').limit_denominator(1000), Fraction(1.1).limit_denominator(), Fraction(0.3333333333333333).limit_denominator(100))
print(Fraction(2, 3) ** 10, Fraction(2, 3) ** -3, Fraction(-1, 2) ** 3, Fraction(9, 4) ** 0.5, 8 ** Fraction(1, 3))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)))
print(sorted([Fraction(1, 3), 0.25, 1, Fraction(-2, 5), 0]), max(Fraction(1, 3), 0.3), min(Fraction(1, 3), Fraction(2, 7)))
print({Fraction(1, 2), 0.5, Fraction(2, 4)}, Fraction(6, 3) == 2, hash(Fraction(6, 3)) == hash(2), hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(1, 3) + 1 / 3, Fraction(1, 3) * 3 == 1, Fraction(1, 10) * 10, divmod(Fraction(7, 2), Fraction(2, 3)), Fraction(7, 2) % 1, Fraction(7, 2) // 1)
print(f'{float(Fraction(1, 7)):.10f}', str(Fraction(-3, 6)), repr(Fraction('-0.125')), Fraction('1e-3'), Fraction(' 7 '))
total = Fraction(0)
for i in range(1, 11):
    total += Fraction(1, i * (i + 1))
print(total, total == 1 - Fraction(1, 11))
for bad in ('1/0', 'half', '1.2.3'):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) + 'x'
except TypeError as e:
    print('TypeError', e)
