import sys
from fractions import Fraction as F
import math
vals = [F(1,2), F(-3,4), F(5), F('3.25'), F(' -7/3 '), F('1e3'), F('-.5E-2'), F(0.1), F(7, -21), F(F(1,3), F(2,5)), F('1_000/3')]
for v in vals: print(repr(v), str(v), hash(v), float(v), int(v), math.floor(v), math.ceil(v), round(v), round(v, 2), round(v, -1), bool(v))
for a in vals[:6]:
    for b in [F(2,3), 2, 0.5, 2j, -3]:
        for op in ['+','-','*','/','//','%','**','<','<=','==','>','>=']:
            try: r = eval('a %s b' % op)
            except Exception as e: r = '%s: %s' % (type(e).__name__, e)
            try: r2 = eval('b %s a' % op)
            except Exception as e: r2 = '%s: %s' % (type(e).__name__, e)
            print(repr(a), op, repr(b), repr(r), repr(r2))
        print(divmod(a, b) if not isinstance(b, complex) else '')
for s in [' -7/ 3', '1 /2', 'abc', '1/0', '', '1.', '1..2', '1_', '_1', '1__0', '3/-4', '+-3', ' 5 ', '1/2e3', '.e3', 'inf', '1e', '1E+2', '2.5_0']:
    try: print(repr(s), repr(F(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for args in [(1, 0), (1.5,), (1, 2.0), ([],), (float('inf'),), (float('nan'),), (F(1,2), 0)]:
    try: print(args, repr(F(*args)))
    except Exception as e: print(args, type(e).__name__, e)
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F(1,3).limit_denominator(2))
try: F(1,3).limit_denominator(0)
except ValueError as e: print(e)
print(F.from_float(0.25), F.from_float(3))
try: F.from_float('x')
except TypeError as e: print(e)
print(F(1,2) ** -2, F(-2,3) ** -3, F(4) ** F(1,2), 2 ** F(3), 2 ** F(-1), F(0) ** 0)
try: F(0) ** -1
except ZeroDivisionError as e: print(e)
try: F(1,2) / 0
except ZeroDivisionError as e: print(e)
try: F(4,3) / F(0)
except ZeroDivisionError as e: print(e)
print(F(1,2) == 0.5, F(1,3) == 1/3, F(1) == 1+0j, F(1,2) < float('inf'), F(1,2) == float('nan'), {F(1,2): 1, 0.5: 2}, hash(F(1, sys.hash_info.modulus)))
print(sum([F(1,3)]*3), sorted([F(1,2), 0.3, 1, F(-1,7)]), F(1,2).as_integer_ratio(), F(1,2).real, F(1,2).imag)
import copy; print(copy.copy(F(1,2)), copy.deepcopy([F(1,2)]))
class G(F): pass
print(repr(G(1,2)), repr(G(1,2) + 1), repr(-G(1,2)))
print(isinstance(F(1), F), F(True), F(1,2) + True)
try: F(1,2) + 'a'
except TypeError as e: print(e)
try: F(1,2) < 'a'
except TypeError as e: print(e)
