for s in ['0x1p1000000000000', '0x1p-1000000000000', '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x.8p-1074', '0x.80001p-1074', '0x1p-1075', '0x1.fffffffffffffp1023', '0x1p1024', '-0x1p-2000']:
    try:
        print(float.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
print(round(1.5, 2**100), round(1.5, -2**100), round(123, 2**100), round(-2.5e300, -2**70), round(7, 500))
print((1.5).__round__(2**64), (155).__round__(-1), round(2.675, 2))
try:
    round(1.5, 'x')
except TypeError as e:
    print(e)
