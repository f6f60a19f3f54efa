from decimal import Decimal as D
for v in ['12.34567', '0.000123456', '123456', '1.5E+10', '-0', 'NaN', '-Infinity', '1234.5', '100']:
    for spec in ['10.4', '.2', '.0', '.3', '', '>12.6', '.10', ',', '.3%', '.2e', '.3g', '.1', '012.3']:
        print(repr(v), repr(spec), repr(format(D(v), spec)))
for s in ['0=12', '*<12', '012', '<012', '^012', '+012', '012%', '_', ',', '010,', '#.0f', 'z.1f', 'n', '.3n', '0=10', '%', '.1%', '.2E', '.4G', 'e', 'E', '.0e', '20,.2f', '025,.3f']:
    for v in ['NaN', '-Inf', '1.5', '-1234567.05', '-0.01', '0E+3', '0.000', '9.9999', '1E-7']:
        try:
            print(repr(s), v, repr(format(D(v), s)))
        except Exception as e:
            print(repr(s), v, type(e).__name__, e)
