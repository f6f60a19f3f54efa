# numbers formatting
import math
vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789.123, float('inf'), float('-inf'), float('nan'), 2**70, -2**65, 0.1+0.2, 1/3]
for v in vals:
    print(f"{v!r:>25} {v:e} {v:.3g} {v:,}" if not isinstance(v, int) or isinstance(v, bool) else f"{v:>25} {v:e} {v:,} {v:_x}")
for spec in ['10.2f', '<10', '^10', '*>12.3e', '+.2%', '08.3f', ' .4f', '#x', '#o', '#b', '010d', ',.2f', '_.3f', 'n', 'g', '.0f', '.1e', '=+10.2f']:
    for v in (1234.5678, -0.000123, 42):
        try:
            print(spec, repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(spec, type(e).__name__, e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1234.5, -1), round(1234, -2))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, divmod(7.5, -2), math.fmod(-7, 2))
print(int('0x1F', 16), int('  42  '), int('1_000'), float('  -1.5e3 '), int(-3.9), int(3.9))
print(10**20 / 3, 10**20 // 3, 2**0.5, (-8) ** (1/3), pow(3, -1, 7), pow(2, 100, 1000))
print(1e16, 1e15, 123456789012345678.0, 1.0e-5, 0.0001, -0.0, 5e-324, 1.7976931348623157e308)
print(float.fromhex('0x1.8p1'), (3.5).hex(), (0.1).as_integer_ratio(), (10).bit_length(), (255).to_bytes(2, 'big'))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.isclose(0.1+0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.sqrt(2), math.log(100, 10), math.log2(1024), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.isqrt(99))
print('%5.2f|%-8s|%08.3f|%x|%o|%e|%r|%c|%%|%+d|% d' % (3.14159, 'ab', -3.14159, 255, 8, 12345.678, 'q', 65, 5, 5))
print('{:>8}|{:<8}|{:^8}|{:08.2f}|{!r}|{0}'.format('a', 'b', 'c', 3.14159, 'r') if False else '{:>8}|{:<8}|{:^8}|{:08.2f}|{!r}'.format('a', 'b', 'c', 3.14159, 'r'))
print('{0[1]} {1[key]} {2.real}'.format([1, 2], {'key': 'v'}, 3+4j))
print(f"{'nested':{'>'}{10}}", f"{3.14159:.{2}f}", f"{12345:,d}", f"{0.5:%}", f"{1234567.891:_.2f}")
x = 10; y = 3
print(f"{x/y=}", f"{x=:5d}", f"{x!r:>4}", f"{'a' 'b'}", f"{{literal}}")
print(complex(1, 2) * complex(3, -1), abs(3+4j), (1+2j).conjugate(), complex('1+2j'))
print(bin(-10), oct(-8), hex(-255), int('-0b101', 0), 0o17, 0b1010, 1_000_000)
print(True + True, True * 10, bool(''), bool('0'), bool([]), bool([0]), int(True))
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(101)), max([3, 1, 2], key=lambda v: -v), min('hello'))
