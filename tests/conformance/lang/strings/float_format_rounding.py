# Floats formatted with a precision are rounded from their exact binary value, ties to even
# ('%.0f' % 2.5 is '2', '%.1f' % 3.25 is '3.2'), in %-formatting, format() and f-strings alike;
# '#' keeps the decimal point; the empty type with a precision; huge values stay fixed-point.
import random

TIES = [0.5, 1.5, 2.5, 3.25, 0.125, 0.375, 1.0625, 56.25, 56.5, 1023.5, 2.675, 0.045]
SPECS = ['.0f', '.1f', '.2f', '.3f', '.0e', '.1e', '.3e', '.1g', '.2g', '.3g', '.0%', '.1%',
         '.1', '.3', '#.0f', '#.0e', '#g', '#.1g', '#', '.2', '10.1f', '+.1f', ',.1f']

for v in TIES:
    print(v, [format(v, s) for s in SPECS])
    print('  ', '%.0f %.1f %.2f %+.1f %e %g %.3g %5.1f %#.0f' % (v, v, v, -v, v, v, v, v, v))
    print('  ', f'{v:.0f} {v:.1f} {-v:.1e} {v * 1024:.1f} {v / 3:.4f}')

for v in [0.0, 100.0, 1e16, 1e21, 1.5e22, 123456789012345678901234.0, 9.995, 9.5, 99.5,
          0.0001, 0.00015, 1e-5, 5e-324, 1.7976931348623157e308, 12345.678, 1 / 3]:
    print(v, [format(v, s) for s in SPECS])

random.seed(12345)
for _ in range(150):
    v = random.randint(0, 2**24) / 2 ** random.randint(0, 14)
    w = random.random() * 10 ** random.randint(-8, 22)
    print(format(v, '.0f'), format(v, '.1f'), format(v, '.2e'), format(v, '.3g'),
          format(w, '.1f'), format(w, '.3e'), format(w, '.4g'), format(w, '.6'))

for v in [float('inf'), float('-inf'), float('nan')]:
    print([format(v, s) for s in ('.1f', 'e', '%', '#g', '.2', 'F', 'E')])
