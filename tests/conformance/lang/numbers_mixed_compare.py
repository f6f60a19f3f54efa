# Ordering and equality across int, float, Fraction, Decimal and complex (test_compare-style).
from fractions import Fraction
from decimal import Decimal
i1 = 1001; f1 = 1001.0; q1 = Fraction(2002, 2); d1 = Decimal('1001.0'); c1 = 1001+0j
for a, b in ((i1,f1), (i1,q1), (i1,d1), (f1,q1), (f1,d1), (q1,d1)):
    for x, y in ((a, b), (b, a)):
        print(type(x).__name__, type(y).__name__, x == y, x != y, x < y, x <= y, x > y, x >= y)
for n1 in (i1, f1, q1, d1):
    for x, y in ((n1, c1), (c1, n1)):
        print(type(x).__name__, type(y).__name__, x == y, x != y)
        try: x < y
        except TypeError as e: print(' ', e)
from decimal import Decimal as D, getcontext, InvalidOperation, FloatOperation
print(D("1.5") == Fraction(3, 2), D("1.5") < Fraction(8, 5), Fraction(1, 3) < D("0.34"), D("-Infinity") < Fraction(-10**9))
print(D("Infinity") > Fraction(1, 3), D(2) == 2 + 0j, D(2) == 2 + 1j, D("0.1") == 0.1, D("0.5") == 0.5 + 0j)
print(sorted([D("1.25"), Fraction(5, 4), 1.2, 1, Fraction(7, 6)], key=lambda x: (x, str(type(x)))))
try:
    D("NaN") < Fraction(1, 2)
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(D("NaN") == Fraction(1, 2), getcontext().flags[FloatOperation])
