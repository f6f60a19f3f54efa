# float ** overflow: OverflowError(34, 'Numerical result out of range') has two args.
import traceback
for f in [lambda: 10.0 ** 400, lambda: 2.0 ** 5000, lambda: (-3.5) ** 1001, lambda: pow(1e200, 2)]:
    try:
        f()
    except OverflowError as e:
        print(repr(e), e.args, str(e))
        traceback.print_exc()
x = 1e300
y = x ** 2
