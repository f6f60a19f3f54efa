print(int('42'), int('-0x1f', 16), int('ff', 16), int('0b101', 0), int('  7  '), int('1_000'))
print(float('3.5'), float('-inf'), float('1e-3'), float(' 2 '))
print(str(3.0), str(1e16), str(1e-5), str(0.1 + 0.2), repr(1 / 3))
for bad in ('abc', '1.5', ''):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float('x1')
except ValueError as e:
    print('ValueError:', e)
print(hex(255), oct(8), bin(5), hex(-1))
