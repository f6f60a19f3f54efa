# string.Formatter: parsing edge cases, nested specs, auto-numbering and the errors str.format raises.
import string
f = string.Formatter()
cases = [('{0:{1}}', (3, 5), {}), ('{:{}}|{}', ('a', '>3', 'b'), {}), ('{0[0]}{0[1]}', ('xy',), {}),
         ('{a[k]}', (), {'a': {'k': 1}}), ('{!r:}', ('s',), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}),
         ('{', (), {}), ('}', (), {}), ('{0!x}', (1,), {}), ('{0!}', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {}),
         ('a}}b{{c', (), {}), ('{0.}', (1,), {}), ('{0[}', (1,), {}), ('{0]}', ([1],), {}), ('{0.real.imag}', (3,), {}),
         ('{x!a}', (), {'x': 'é'}), ('{0:d}', ('s',), {}), ('{[0]}', ([5],), {})]
for fs, a, k in cases:
    try:
        print(repr(fs), repr(f.vformat(fs, a, k)))
    except Exception as e:
        print(repr(fs), type(e).__name__, e)
    try:
        print('  parse', list(f.parse(fs)))
    except Exception as e:
        print('  parse', type(e).__name__, e)
